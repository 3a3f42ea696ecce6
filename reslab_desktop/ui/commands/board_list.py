"""The navigator's board list as undo steps: create, rename, delete a board."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from reslab_desktop.services import boards
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import run


def create_board(
    stack: QUndoStack, store: Store, phase: int, title: str, template: str | None, language: str
) -> str:
    """The new board's id."""
    from reslab_desktop.services.boards import create_board_from_template

    text = QCoreApplication.translate("Commands", "Create board “%1”").replace("%1", title.strip())
    return run(stack, text, lambda: create_board_from_template(store, phase, title, template, language))


def rename_board(stack: QUndoStack, store: Store, board_id: str, title: str) -> None:
    before = boards.get_board(store, board_id).title
    run(stack, QCoreApplication.translate("Commands", "Rename board “%1”").replace("%1", before),
        lambda: boards.rename_board(store, board_id, title))


def delete_board(stack: QUndoStack, store: Store, board_id: str) -> None:
    title = boards.get_board(store, board_id).title
    run(stack, QCoreApplication.translate("Commands", "Delete board “%1”").replace("%1", title),
        lambda: boards.delete_board(store, board_id))
