"""The one undo command shape every feature uses.

``push(stack, ServiceCommand(...))`` runs the action *before* it reaches the stack, so a
``ValidationError`` raised by the service reaches the caller (who shows a dialog) and no
broken command is ever pushed. The stack's own first ``redo()`` is then skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from reslab_desktop.errors import ReslabError

#: Called with the exception when an undo/redo fails later (disk full, file removed…).
#: The main window replaces it with a dialog; tests may replace it to collect errors.
error_handler: Callable[[BaseException], None] = lambda exc: None  # noqa: E731


class ServiceCommand(QUndoCommand):
    """``do()`` performs the action (and may return a value undo needs); ``undo(result)`` reverts it.

    ``merge_id``/``merge`` support folding repeated actions (keyboard nudges) into one step.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], None],
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._merge_id = merge_id
        self.result: Any = None
        self._skip_first_redo = False

    def run(self) -> Any:
        self.result = self._do()
        self._skip_first_redo = True
        return self.result

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guard(lambda: setattr(self, "result", self._do()))

    def undo(self) -> None:
        self._guard(lambda: self._undo(self.result))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_id

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ReslabError as exc:
            self.setObsolete(True)
            error_handler(exc)


def same_id_on_redo(add: Callable[[str | None], Any], ident: Callable[[Any], str] = str) -> Callable[[], Any]:
    """The ``do`` of an undoable "add": ``add(None)`` creates under a new id the first time, and
    each redo calls ``add(that id)``, so later commands that name it still apply.
    ``ident(result)`` is the id (the result itself by default)."""
    made: list[str] = []

    def do() -> Any:
        result = add(made[0] if made else None)
        made[:] = [ident(result)]
        return result

    return do


def push(stack: QUndoStack, command: ServiceCommand) -> Any:
    """Run ``command`` now (errors propagate, nothing is pushed) and put it on the stack."""
    result = command.run()
    stack.push(command)
    return result
