"""Row-level helpers shared by the board services (notes, zones, links, images).

``patch`` writes field changes for many rows with one ``executemany`` per field set and
returns the previous values, so every "change these fields" action undoes by patching the
returned values back. ``fetch`` reads rows by id into records for views that refresh only
what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, select, update

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Image, Link, Note, Zone
from reslab_desktop.services import checks
from reslab_desktop.services.deletion import delete_rows
from reslab_desktop.services.ids import next_seq
from reslab_desktop.services.records import ImageRecord, LinkRecord, NoteRecord, ZoneRecord
from reslab_desktop.services.snapshot import Snapshot, delete_with_snapshot
from reslab_desktop.storage import REMOVED, UPDATED, Store, Tx

ENTITIES: dict[str, tuple[type[Any], type[Any]]] = {
    "notes": (Note, NoteRecord),
    "zones": (Zone, ZoneRecord),
    "links": (Link, LinkRecord),
    "images": (Image, ImageRecord),
}
_WHAT = {"notes": "note", "zones": "zone", "links": "link", "images": "image"}
_CHUNK = 500

Patches = Mapping[str, Mapping[str, Any]]
Rows = dict[str, dict[str, Any]]


def fetch(store: Store, entity: str, ids: Iterable[str]) -> list[Any]:
    """Records of ``entity`` rows ``ids`` that still exist, in ``seq`` order."""
    model, record = ENTITIES[entity]
    table = model.__table__
    ids = list(ids)
    out: list[Any] = []
    with store.read() as s:
        conn = s.connection()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            out.extend(record(**r._mapping) for r in conn.execute(select(table).where(table.c.id.in_(chunk))))
    out.sort(key=lambda rec: rec.seq)
    return out


def current(tx: Tx, entity: str, ids: Sequence[str], board_id: str | None = None) -> dict[str, dict[str, Any]]:
    """Current rows ``ids`` as dicts; a missing id (or one on another board) is a one-line error."""
    model, _ = ENTITIES[entity]
    table = model.__table__
    conn = tx.session.connection()
    rows: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for r in conn.execute(select(table).where(table.c.id.in_(chunk))):
            rows[r.id] = dict(r._mapping)
    for i in ids:
        row = checks.found(rows.get(i), _WHAT[entity], i)
        if board_id is not None and row.get("board_id") != board_id:
            raise ValidationError(f"{_WHAT[entity]} {i!r} is on another board")
    return rows


def patch(
    tx: Tx, entity: str, patches: Patches, board_id: str | None, rows: Rows | None = None
) -> dict[str, dict[str, Any]]:
    """Write ``patches`` {id: {field: value}} (already validated); return the previous values.

    ``rows``: the current rows when the caller has just read them (saves a query).
    """
    if not patches:
        return {}
    model, _ = ENTITIES[entity]
    table = model.__table__
    rows = rows if rows is not None else current(tx, entity, list(patches))
    before = {i: {f: rows[i][f] for f in fields} for i, fields in patches.items()}
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for i, fields in patches.items():
        key = tuple(sorted(fields))
        groups.setdefault(key, []).append({"_id": i, **{f"v_{f}": fields[f] for f in key}})
    conn = tx.session.connection()
    for key, params in groups.items():
        stmt = update(table).where(table.c.id == bindparam("_id")).values({f: bindparam(f"v_{f}") for f in key})
        conn.execute(stmt, params)
    tx.changed(entity, UPDATED, tuple(patches), board_id)
    return before


def board_of(tx: Tx, entity: str, ids: Sequence[str], rows: Rows | None = None) -> str:
    """The single board all ``ids`` are on (a one-line error when they span boards)."""
    rows = rows if rows is not None else current(tx, entity, ids)
    boards = {r["board_id"] for r in rows.values()}
    if len(boards) != 1:
        raise ValidationError(f"the {entity} must all be on one board")
    return str(boards.pop())


def delete_on_one_board(store: Store, entity: str, ids: Sequence[str]) -> Snapshot:
    """Delete rows of one board (and what cascades); the snapshot is what undo restores."""
    model, _ = ENTITIES[entity]
    with store.read() as s:
        boards = {b for (b,) in s.execute(select(model.board_id).where(model.id.in_(list(ids))))}
    if len(boards) != 1:
        raise ValidationError(f"no {entity} to delete" if not boards else f"the {entity} must all be on one board")
    return delete_rows(store, entity, ids, boards.pop())


def next_board_seq(tx: Tx, entity: str, board_id: str) -> int:
    """One past the largest ``seq`` of ``entity`` on the board (0 on an empty board)."""
    model, _ = ENTITIES[entity]
    return next_seq(tx.session, model.seq, model.board_id == board_id)


def remove_copies(tx: Tx, board_id: str, note_ids: Sequence[str], created_board: bool) -> None:
    """Undo of copying notes onto a board (a vote's promotion, a Lab carry): delete the copies,
    or the whole board when it was made for them."""
    conn = tx.session.connection()
    if created_board:
        delete_with_snapshot(conn, "boards", [board_id])
        tx.changed("boards", REMOVED, (board_id,), board_id)
    else:
        delete_with_snapshot(conn, "notes", list(note_ids))
    tx.changed("notes", REMOVED, tuple(note_ids), board_id)
