"""The Qt undo stack as a view of the window's undo history (``services/history.py``).

The history (Qt-free) keeps the steps and applies their inverses; a ``QUndoStack`` shows them
(Edit menu texts, enabled states) and forwards ``undo()``/``redo()`` to the history. Every
feature records its actions the same way::

    run(stack, tr("Add note"), lambda: notes.add_note(store, board, "", x, y))
    with step(stack, tr("Move 3 items")):        # several service calls, one undo step
        ...

``run`` lets a ``ReslabError`` of the service reach the caller (who shows it) and records
nothing; an undo or redo refused later (another writer changed what it touches) is shown by
:data:`error_handler` in one line and leaves the stack where it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import getCppPointer, isValid

from reslab_desktop.errors import ReslabError
from reslab_desktop.services.history import CLEARED, MERGED, PUSHED, Step, UndoHistory

T = TypeVar("T")

#: Called with the exception when an undo/redo is refused or fails (disk full, file removed…).
#: The application replaces it with a dialog; tests may replace it to collect errors.
error_handler: Callable[[BaseException], None] = lambda exc: None  # noqa: E731


class StepCommand(QUndoCommand):
    """One history step on the Qt stack; its undo/redo ask the history to do it."""

    def __init__(self, adapter: UndoAdapter, step: Step) -> None:
        super().__init__(step.text)
        self.step = step
        self._adapter = adapter

    def redo(self) -> None:
        self._adapter.stack_redo(self)

    def undo(self) -> None:
        self._adapter.stack_undo(self)


class UndoAdapter(QObject):
    """Keeps ``stack`` showing ``history``: the same steps, the same index."""

    def __init__(self, stack: QUndoStack, history: UndoHistory) -> None:
        super().__init__(stack)
        self.stack, self.history = stack, history
        self._quiet = False  # the stack is being brought in line: its commands do nothing
        self._driving = False  # the stack is calling the history: no syncing meanwhile
        self._refused = False
        history.subscribe(self._on_history)
        stack.indexChanged.connect(self._sync)
        self.destroyed.connect(lambda *_: history.unsubscribe(self._on_history))

    @contextlib.contextmanager
    def _quietly(self) -> Iterator[None]:
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def _on_history(self, event: str, step: Step | None) -> None:
        if self._driving or not isValid(self.stack):
            return
        if event == PUSHED and step is not None:
            with self._quietly():
                self.stack.push(StepCommand(self, step))
        elif event == MERGED and step is not None:
            top = self.stack.command(self.stack.index() - 1)
            if top is not None:
                top.setText(step.text)
        elif event == CLEARED:
            with self._quietly():
                self.stack.clear()
        else:
            self._sync()

    def stack_undo(self, command: StepCommand) -> None:
        self._drive(command, self.history.undo, self.history.last)

    def stack_redo(self, command: StepCommand) -> None:
        nxt = self.history.steps[self.history.index] if self.history.can_redo() else None
        self._drive(command, self.history.redo, nxt)

    def _drive(self, command: StepCommand, action: Callable[[], Any], expected: Step | None) -> None:
        if self._quiet or self._refused:
            return
        if expected is not command.step:  # out of step (a refusal earlier in this pass)
            self._refused = True
            return
        self._driving = True
        try:
            action()
        except ReslabError as exc:
            self._refused = True
            error_handler(exc)
        finally:
            self._driving = False

    def _sync(self, *_: Any) -> None:
        """After the stack moved: where the history really is (a refused step stays done)."""
        self._refused = False
        if not isValid(self.stack) or self._quiet or self._driving or self.stack.index() == self.history.index:
            return
        with self._quietly():
            self.stack.setIndex(self.history.index)


_adapters: dict[int, UndoAdapter] = {}


def bind(stack: QUndoStack, history: UndoHistory | None = None) -> UndoHistory:
    """Make ``stack`` the view of ``history`` (a new one when None); returns the history."""
    key = getCppPointer(stack)[0]
    adapter = _adapters.get(key)
    if adapter is not None and history is None:
        return adapter.history
    if adapter is not None:
        adapter.deleteLater()
    adapter = UndoAdapter(stack, history or UndoHistory())
    _adapters[key] = adapter
    stack.destroyed.connect(lambda *_: _adapters.pop(key, None))
    return adapter.history


def history_for(stack: QUndoStack) -> UndoHistory:
    """The history ``stack`` shows (bound on first use)."""
    return bind(stack)


def run(stack: QUndoStack, text: str, action: Callable[[], T], merge_key: Hashable | None = None) -> T:
    """Run ``action`` as one undoable step named ``text`` (see the module doc)."""
    return history_for(stack).run(text, action, merge_key)


def step(stack: QUndoStack, text: str, merge_key: Hashable | None = None) -> contextlib.AbstractContextManager[Step]:
    """Everything written inside the block is one undo step named ``text``."""
    return history_for(stack).record(text, merge_key)


# -- the shape used before the history: kept so that callers written for it keep working ----
class ServiceCommand:
    """``do()`` performs the action. ``undo`` is not needed any more (the history applies the
    exact inverse of what ``do`` wrote) and is ignored."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None] | None = None,
                 merge_id: int = -1) -> None:
        self._text, self._do = text, do
        self.merge_key: Hashable | None = None if merge_id == -1 else merge_id
        self.result: Any = None

    def text(self) -> str:
        return self._text


def push(stack: QUndoStack, command: ServiceCommand) -> Any:
    """Run ``command`` now (errors propagate, nothing is recorded) as one undo step."""
    command.result = run(stack, command.text(), command._do, command.merge_key)
    return command.result
