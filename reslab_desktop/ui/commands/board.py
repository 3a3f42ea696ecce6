"""Undo commands for the board, built on ``ServiceCommand``.

Three shapes cover every board action:
- ``added``: the service creates rows; undo deletes them keeping a snapshot; redo puts the
  very same rows back (same ids, so later commands that refer to them still apply);
- ``changed``: the service returns the previous field values; undo writes them back;
- ``deleted``: the service returns a deletion snapshot; undo restores it.
``MoveCommand`` folds consecutive keyboard nudges of the same notes into one step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reslab_desktop.services.deletion import delete_rows, restore_rows
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import ServiceCommand

NUDGE_MERGE_ID = 4001


def added(text: str, store: Store, table: str, board_id: str, create: Callable[[], Sequence[str]]) -> ServiceCommand:
    state: dict[str, Any] = {}

    def do() -> list[str]:
        snap = state.pop("snap", None)
        if snap is not None:
            restore_rows(store, snap, board_id)
        else:
            state["ids"] = list(create())
        return state["ids"]

    def undo(_: Any) -> None:
        state["snap"] = delete_rows(store, table, state["ids"], board_id)

    return ServiceCommand(text, do, undo)


def changed(text: str, do: Callable[[], Any], restore: Callable[[Any], Any]) -> ServiceCommand:
    return ServiceCommand(text, do, restore)


def deleted(text: str, store: Store, board_id: str, delete: Callable[[], Snapshot]) -> ServiceCommand:
    return ServiceCommand(text, delete, lambda snap: restore_rows(store, snap, board_id))


class MoveCommand(ServiceCommand):
    """Move notes to absolute positions; keyboard nudges of the same notes merge."""

    def __init__(
        self,
        text: str,
        positions: Mapping[str, tuple[float, float]],
        move: Callable[[Mapping[str, tuple[float, float]]], Any],
        restore: Callable[[Any], Any],
        mergeable: bool = False,
    ) -> None:
        self.positions = dict(positions)
        super().__init__(text, lambda: move(self.positions), restore, NUDGE_MERGE_ID if mergeable else -1)

    def mergeWith(self, other: Any) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, MoveCommand) or other.positions.keys() != self.positions.keys():
            return False
        self.positions = other.positions  # keep our "before": undo returns to where the nudging started
        return True
