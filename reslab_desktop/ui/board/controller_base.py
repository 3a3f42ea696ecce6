"""Shared plumbing of the board controller: the editor's parts, running undo commands,
grouping them, asking a one-line question."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from reslab_desktop.rules.palette import DEFAULT_NOTE_COLOR

if TYPE_CHECKING:
    from reslab_desktop.ui.board.editor import BoardEditor

T = TypeVar("T")


def tr(text: str) -> str:
    """Translated board text. ``lupdate`` files a module-level ``tr("…")`` under the empty
    context, so it is looked up there (call it with a literal so that lupdate finds it)."""
    return QCoreApplication.translate("", text)


def count_text(n: int, one: str, many: str) -> str:
    """"Move note" / "Move 3 notes" from already translated texts (``many`` contains %n)."""
    return one if n == 1 else many.replace("%n", str(n))


class ControllerBase:
    def __init__(self, editor: BoardEditor) -> None:
        self.editor = editor
        self.store = editor.store
        self.scene = editor.scene
        self.view = editor.view
        self.snap_to_grid = False
        self.current_color = DEFAULT_NOTE_COLOR
        #: the participant new notes are attributed to (chosen in the tool strip), or None
        self.current_author: str | None = None

    @property
    def board_id(self) -> str:
        return self.editor.board_id

    def run(self, text: str, action: Callable[[], T], merge_key: Hashable | None = None) -> T | None:
        """One undo step; a refused action is reported in one line and gives None."""
        return self.editor.run(text, action, merge_key)

    @contextmanager
    def macro(self, text: str, needed: bool = True) -> Iterator[None]:
        """Several actions as one undo step named ``text`` (when ``needed``; else the one
        action inside names its step)."""
        if not needed:
            yield
            return
        with self.editor.history.record(text):
            yield

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        """A one-line text question (tests replace this method)."""
        text, ok = QInputDialog.getText(self.editor, title, label, text=value)
        return text if ok else None
