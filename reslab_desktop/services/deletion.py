"""Delete anything with an undo snapshot, and put it back (see ``snapshot.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reslab_desktop.services.snapshot import Snapshot, delete_with_snapshot, restore
from reslab_desktop.storage import ADDED, REMOVED, Store


def delete_rows(store: Store, table: str, ids: Sequence[str], board_id: str | None = None) -> Snapshot:
    """Delete rows ``ids`` of ``table`` and what cascades from them; returns what undo needs."""
    with store.write() as tx:
        snap = delete_with_snapshot(tx.session.connection(), table, ids)
        for name, rows in snap.rows.items():
            tx.changed(name, REMOVED, _keys(rows), board_id)
        for name in {n for n, *_ in snap.nulled}:
            tx.changed(name, "updated", (), board_id)
    return snap


def restore_rows(store: Store, snap: Snapshot, board_id: str | None = None) -> None:
    with store.write() as tx:
        restore(tx.session.connection(), snap)
        for name, rows in snap.rows.items():
            tx.changed(name, ADDED, _keys(rows), board_id)
        for name in {n for n, *_ in snap.nulled}:
            tx.changed(name, "updated", (), board_id)


def _keys(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    return tuple(str(r["id"]) for r in rows if "id" in r)
