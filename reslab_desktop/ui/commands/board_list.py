"""Undo commands for the navigator's board list: create, rename, delete a board."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reslab_desktop.services import boards
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import ServiceCommand


def create_board(
    store: Store, phase: int, title: str, template: str | None, language: str
) -> ServiceCommand:
    """``result`` is the new board's id. Undo deletes it; redo puts the same board back."""
    from reslab_desktop.services.boards import create_board_from_template

    state: dict[str, object] = {}

    def do() -> str:
        snap = state.get("snapshot")
        if snap is not None:
            boards.restore_board(store, snap)  # type: ignore[arg-type]
            return str(state["id"])
        board_id = create_board_from_template(store, phase, title, template, language)
        state["id"] = board_id
        return board_id

    def undo(board_id: str) -> None:
        state["snapshot"] = boards.delete_board(store, board_id)

    return ServiceCommand(QCoreApplication.translate("Commands", "Create board “%1”").replace("%1", title.strip()), do, undo)


def rename_board(store: Store, board_id: str, title: str) -> ServiceCommand:
    before = boards.get_board(store, board_id).title
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Rename board “%1”").replace("%1", before),
        lambda: boards.rename_board(store, board_id, title),
        lambda previous: boards.rename_board(store, board_id, previous),
    )


def delete_board(store: Store, board_id: str) -> ServiceCommand:
    title = boards.get_board(store, board_id).title
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Delete board “%1”").replace("%1", title),
        lambda: boards.delete_board(store, board_id),
        lambda snap: boards.restore_board(store, snap),
    )


