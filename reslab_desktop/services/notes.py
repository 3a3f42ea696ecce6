"""Sticky notes: add (one, many, pasted lines), edit, color, author, move, resize, order, delete.

Every "change fields" action returns the previous values as ``{note_id: {field: value}}``;
:func:`restore_notes` writes them back (that is the undo). Zone membership is decided here,
when a note is dropped (added, moved or resized), and stored with the note.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Board, Note, Participant, Zone
from reslab_desktop.rules import geometry
from reslab_desktop.rules.palette import DEFAULT_NOTE_COLOR
from reslab_desktop.rules.text import NOTE_TEXT_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import (
    Patches,
    board_of,
    current,
    delete_on_one_board,
    next_board_seq,
    patch,
)
from reslab_desktop.services.deletion import restore_rows
from reslab_desktop.services.ids import new_id
from reslab_desktop.services.records import ZoneRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store, Tx

MIN_SIDE = 40.0
MAX_SIDE = 4_000.0
MAX_PASTED_NOTES = 2_000

Before = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class NoteDraft:
    """A note to create. ``id`` is given by callers that must recreate the same note (redo)."""

    text: str
    x: float
    y: float
    color: str = DEFAULT_NOTE_COLOR
    w: float = geometry.NOTE_W
    h: float = geometry.NOTE_H
    author_id: str | None = None
    id: str | None = None


# -- adding ------------------------------------------------------------------------------
def add_note(store: Store, board_id: str, text: str, x: float, y: float, **fields: Any) -> str:
    return add_notes(store, board_id, [NoteDraft(text=text, x=x, y=y, **fields)])[0]


def add_notes(store: Store, board_id: str, drafts: Sequence[NoteDraft]) -> list[str]:
    """Create ``drafts`` on top of the board's stack in one transaction (executemany)."""
    if not drafts:
        return []
    rows = [_validated_draft(d) for d in drafts]
    with store.write() as tx:
        checks.found(tx.session.get(Board, board_id), "board", board_id)
        _check_authors(tx, {r["author_id"] for r in rows if r["author_id"]})
        zones = board_zones(tx, board_id)
        seq = next_board_seq(tx, "notes", board_id)
        for i, row in enumerate(rows):
            row.update(board_id=board_id, seq=seq + i, zone_id=_zone_for(zones, row))
        tx.session.connection().execute(insert(cast(Table, Note.__table__)), rows)
        ids = [r["id"] for r in rows]
        tx.changed("notes", ADDED, ids, board_id)
    return ids


def drafts_from_text(
    text: str, x: float, y: float, color: str = DEFAULT_NOTE_COLOR, author_id: str | None = None
) -> list[NoteDraft]:
    """One note per non-empty line of ``text`` in a grid from (x, y): typing in paper cards."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise ValidationError("the pasted text has no lines to turn into notes")
    if len(lines) > MAX_PASTED_NOTES:
        raise ValidationError(f"too many lines to paste ({len(lines):,}; at most {MAX_PASTED_NOTES:,} notes at once)")
    cells = geometry.grid_positions(len(lines), x, y)
    return [NoteDraft(text=t, x=cx, y=cy, color=color, author_id=author_id) for t, (cx, cy) in zip(lines, cells, strict=True)]


def add_text_notes(store: Store, board_id: str, text: str, x: float, y: float, **kw: Any) -> list[str]:
    return add_notes(store, board_id, drafts_from_text(text, x, y, **kw))


def copy_drafts(store: Store, note_ids: Sequence[str], dx: float = 0.0, dy: float = 0.0) -> list[NoteDraft]:
    """Drafts recreating ``note_ids`` shifted by (dx, dy), in stacking order (duplicate, copy)."""
    with store.read() as s:
        table = Note.__table__
        rows = s.connection().execute(select(table).where(table.c.id.in_(list(note_ids))).order_by(table.c.seq))
        return [
            NoteDraft(text=r.text, x=r.x + dx, y=r.y + dy, color=r.color, w=r.w, h=r.h, author_id=r.author_id)
            for r in rows
        ]


# -- changing fields ---------------------------------------------------------------------
def set_text(store: Store, note_id: str, text: str) -> Before:
    checks.text(text, "note text", max_len=NOTE_TEXT_MAX)
    return _patch(store, {note_id: {"text": text}})


def set_color(store: Store, note_ids: Sequence[str], color: str) -> Before:
    color = checks.color(color)
    return _patch(store, {i: {"color": color} for i in note_ids})


def set_author(store: Store, note_ids: Sequence[str], author_id: str | None) -> Before:
    with store.write() as tx:
        _check_authors(tx, {author_id} if author_id else set())
        return _patch_in(tx, {i: {"author_id": author_id} for i in note_ids})


def move_notes(store: Store, positions: Mapping[str, tuple[float, float]]) -> Before:
    """Drop notes at new top-left corners; each joins the zone under its centre (or none)."""
    for x, y in positions.values():
        checks.coordinate(x, "x")
        checks.coordinate(y, "y")
    with store.write() as tx:
        return _drop(tx, {i: {"x": float(x), "y": float(y)} for i, (x, y) in positions.items()})


def resize_note(store: Store, note_id: str, w: float, h: float) -> Before:
    w, h = _side(w, "width"), _side(h, "height")
    with store.write() as tx:
        return _drop(tx, {note_id: {"w": w, "h": h}})


def align_notes(store: Store, note_ids: Sequence[str], mode: str) -> Before:
    checks.choice(mode, geometry.ALIGN_MODES, "alignment")
    return _arrange(store, note_ids, lambda rects: geometry.align(rects, mode))


def distribute_notes(store: Store, note_ids: Sequence[str], mode: str) -> Before:
    checks.choice(mode, geometry.DISTRIBUTE_MODES, "direction")
    return _arrange(store, note_ids, lambda rects: geometry.distribute(rects, mode))


def restack(store: Store, note_ids: Sequence[str], to_front: bool) -> Before:
    """Bring notes to the front (top of the stack) or send them to the back, keeping their order."""
    with store.write() as tx:
        board_id = board_of(tx, "notes", note_ids)
        rows = current(tx, "notes", note_ids)
        ordered = sorted(rows, key=lambda i: rows[i]["seq"])
        col = Note.__table__.c.seq
        where = Note.__table__.c.board_id == board_id
        if to_front:
            start = (tx.session.execute(select(func.max(col)).where(where)).scalar() or 0) + 1
        else:
            start = (tx.session.execute(select(func.min(col)).where(where)).scalar() or 0) - len(ordered)
        return patch(tx, "notes", {i: {"seq": start + k} for k, i in enumerate(ordered)}, board_id)


def restore_notes(store: Store, before: Patches) -> Before:
    """Write previous field values back (undo of every change above); returns the values replaced."""
    with store.write() as tx:
        return _patch_in(tx, before)


# -- deleting ----------------------------------------------------------------------------
def delete_notes(store: Store, note_ids: Sequence[str]) -> Snapshot:
    """Delete notes (and the links to them); the snapshot undoes it with :func:`restore_deleted`."""
    return delete_on_one_board(store, "notes", note_ids)


def restore_deleted(store: Store, snap: Snapshot, board_id: str | None = None) -> None:
    restore_rows(store, snap, board_id)


# -- helpers -----------------------------------------------------------------------------
def board_zones(tx: Tx, board_id: str) -> list[ZoneRecord]:
    table = Zone.__table__
    rows = tx.session.connection().execute(select(table).where(table.c.board_id == board_id))
    return [ZoneRecord(**r._mapping) for r in rows]


def _zone_for(zones: Sequence[ZoneRecord], row: Mapping[str, Any]) -> str | None:
    return geometry.zone_at(zones, row["x"] + row["w"] / 2, row["y"] + row["h"] / 2)


def _drop(tx: Tx, patches: Mapping[str, Mapping[str, Any]]) -> Before:
    """Apply geometry patches and recompute the zone of each moved note, in one write."""
    if not patches:
        return {}
    rows = current(tx, "notes", list(patches))
    board_id = board_of(tx, "notes", list(patches), rows)
    zones = board_zones(tx, board_id)
    full: dict[str, dict[str, Any]] = {}
    for i, fields in patches.items():
        merged = {**rows[i], **fields}
        full[i] = {**fields, "zone_id": _zone_for(zones, merged)}
    return patch(tx, "notes", full, board_id, rows)


def _arrange(store: Store, note_ids: Sequence[str], layout) -> Before:  # type: ignore[no-untyped-def]
    with store.write() as tx:
        rows = current(tx, "notes", note_ids)
        ids = list(rows)
        corners = layout([(rows[i]["x"], rows[i]["y"], rows[i]["w"], rows[i]["h"]) for i in ids])
        return _drop(tx, {i: {"x": x, "y": y} for i, (x, y) in zip(ids, corners, strict=True)})


def _patch(store: Store, patches: Patches) -> Before:
    with store.write() as tx:
        return _patch_in(tx, patches)


def _patch_in(tx: Tx, patches: Patches) -> Before:
    if not patches:
        return {}
    board_id = board_of(tx, "notes", list(patches))
    return patch(tx, "notes", patches, board_id)


def _validated_draft(d: NoteDraft) -> dict[str, Any]:
    return {
        "id": d.id or new_id("n"),
        "text": checks.text(d.text, "note text", max_len=NOTE_TEXT_MAX),
        "color": checks.color(d.color),
        "x": checks.coordinate(d.x, "x"),
        "y": checks.coordinate(d.y, "y"),
        # what the file holds (``rules/fields.py``): a 10×10 note imported from a file can be
        # duplicated and pasted; only the resize gesture keeps to MIN_SIDE..MAX_SIDE
        "w": checks.size(d.w, "note width"),
        "h": checks.size(d.h, "note height"),
        "author_id": d.author_id,
    }


def _side(value: float, what: str) -> float:
    value = checks.size(value, f"note {what}")
    if not MIN_SIDE <= value <= MAX_SIDE:
        raise ValidationError(f"note {what} must be between {MIN_SIDE:.0f} and {MAX_SIDE:.0f}")
    return value


def _check_authors(tx: Tx, author_ids: set[str]) -> None:
    if not author_ids:
        return
    found = {p for (p,) in tx.session.execute(select(Participant.id).where(Participant.id.in_(author_ids)))}
    for a in sorted(author_ids - found):
        raise ValidationError(f"no participant with id {a!r}")
