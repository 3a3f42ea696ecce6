"""Zones: titled colored regions of a board. Drawn, renamed, recolored, moved (with their
notes), resized, deleted, and created around selected notes (affinity clustering)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select

from reslab_desktop.errors import ValidationError
from reslab_desktop.interchange.core_sections import ZONE_SHAPES
from reslab_desktop.model import Board, Note, Zone
from reslab_desktop.rules import geometry
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import (
    board_of,
    current,
    delete_on_one_board,
    next_board_seq,
    patch,
)
from reslab_desktop.services.ids import new_id
from reslab_desktop.services.notes import board_zones
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store

PROMPT_MAX = 2000
GROUP_PADDING = 30.0
GROUP_TITLE_H = 60.0
DEFAULT_ZONE_COLOR = "#8FD3F5"
MIN_SIDE = 60.0

#: {"zones": {id: {field: old}}, "notes": {id: {field: old}}}
Before = dict[str, dict[str, dict[str, Any]]]


@dataclass(frozen=True)
class ZoneDraft:
    x: float
    y: float
    w: float
    h: float
    title: str = ""
    color: str = DEFAULT_ZONE_COLOR
    shape: str = "rect"
    prompt: str = ""
    id: str | None = None


def add_zone(store: Store, board_id: str, draft: ZoneDraft, members: Sequence[str] | None = None) -> str:
    """Draw a zone. Notes whose centre falls in it now belong to it (or only ``members``)."""
    row = _validated(draft)
    with store.write() as tx:
        checks.found(tx.session.get(Board, board_id), "board", board_id)
        row.update(board_id=board_id, seq=next_board_seq(tx, "zones", board_id))
        tx.session.connection().execute(insert(cast(Table, Zone.__table__)), [row])
        tx.changed("zones", ADDED, (row["id"],), board_id)
        zones = board_zones(tx, board_id)
        if members is None:
            table = Note.__table__
            notes = tx.session.connection().execute(
                select(table.c.id, table.c.x, table.c.y, table.c.w, table.c.h).where(table.c.board_id == board_id)
            )
            members = [
                n.id for n in notes if geometry.zone_at(zones, n.x + n.w / 2, n.y + n.h / 2) == row["id"]
            ]
        elif members and board_of(tx, "notes", members) != board_id:
            raise ValidationError("the notes to group are on another board")
        if members:
            patch(tx, "notes", {i: {"zone_id": row["id"]} for i in members}, board_id)
    return str(row["id"])


def group_notes(store: Store, note_ids: Sequence[str], title: str, color: str = DEFAULT_ZONE_COLOR) -> str:
    """A new titled zone around ``note_ids`` that they all belong to (affinity clustering)."""
    if not note_ids:
        raise ValidationError("select the notes to group first")
    checks.text(title, "group title", required=True, max_len=NAME_MAX)
    with store.read() as s:
        table = Note.__table__
        rows = list(s.connection().execute(select(table).where(table.c.id.in_(list(note_ids)))))
    if len(rows) != len(set(note_ids)):
        raise ValidationError("some of the notes to group no longer exist")
    boards = {r.board_id for r in rows}
    if len(boards) != 1:
        raise ValidationError("the notes to group must all be on one board")
    box = geometry.bounds((r.x, r.y, r.w, r.h) for r in rows)
    assert box is not None
    x, y, w, h = box
    board_id = boards.pop()
    frame = (x - GROUP_PADDING, y - GROUP_PADDING - GROUP_TITLE_H,
             w + 2 * GROUP_PADDING, h + 2 * GROUP_PADDING + GROUP_TITLE_H)
    with store.read() as s:  # the zones around the notes keep their titles and prompts visible
        around = [z for z in s.scalars(select(Zone).where(Zone.board_id == board_id))
                  if z.x <= x and z.y <= y and z.x + z.w >= x + w and z.y + z.h >= y + h]
        frame = geometry.below_headers(frame, [geometry.zone_header(z, z.prompt) for z in around])
    fx, fy, fw, fh = frame
    draft = ZoneDraft(x=fx, y=fy, w=fw, h=fh, title=title.strip(), color=color)
    return add_zone(store, board_id, draft, members=list(note_ids))


def update_zones(store: Store, patches: Mapping[str, Mapping[str, Any]]) -> Before:
    """Rename, recolor, reshape, re-prompt or resize zones; returns the previous values."""
    clean = {i: _validated_fields(fields) for i, fields in patches.items()}
    if not clean:
        return {"zones": {}}
    with store.write() as tx:
        board_id = board_of(tx, "zones", list(clean))
        return {"zones": patch(tx, "zones", clean, board_id)}


def rename_zone(store: Store, zone_id: str, title: str) -> Before:
    return update_zones(store, {zone_id: {"title": title}})


def move_zones(store: Store, positions: Mapping[str, tuple[float, float]]) -> Before:
    """Move zones to new top-left corners; their notes move along by the same distance."""
    if not positions:
        return {"zones": {}, "notes": {}}
    with store.write() as tx:
        board_id = board_of(tx, "zones", list(positions))
        zones = current(tx, "zones", list(positions))
        zone_patch, delta = {}, {}
        for zid, (x, y) in positions.items():
            zone_patch[zid] = {"x": checks.coordinate(x, "x"), "y": checks.coordinate(y, "y")}
            delta[zid] = (x - zones[zid]["x"], y - zones[zid]["y"])
        table = Note.__table__
        members = tx.session.connection().execute(
            select(table.c.id, table.c.x, table.c.y, table.c.zone_id).where(table.c.zone_id.in_(list(positions)))
        )
        note_patch = {
            n.id: {"x": n.x + delta[n.zone_id][0], "y": n.y + delta[n.zone_id][1]} for n in members
        }
        before = {"zones": patch(tx, "zones", zone_patch, board_id)}
        before["notes"] = patch(tx, "notes", note_patch, board_id) if note_patch else {}
        return before


def restore_zones(store: Store, before: Before) -> Before:
    """Undo of the changes above: write the previous values back (zones and notes together)."""
    with store.write() as tx:
        out: Before = {}
        for entity in ("zones", "notes"):
            patches = before.get(entity) or {}
            if patches:
                out[entity] = patch(tx, entity, patches, board_of(tx, entity, list(patches)))
        return out


def delete_zones(store: Store, zone_ids: Sequence[str]) -> Snapshot:
    """Delete zones; their notes stay on the board without a zone (the snapshot remembers)."""
    return delete_on_one_board(store, "zones", zone_ids)


def _validated(d: ZoneDraft) -> dict[str, Any]:
    return {
        "id": d.id or new_id("z"),
        **_validated_fields(
            {"x": d.x, "y": d.y, "w": d.w, "h": d.h, "title": d.title, "color": d.color,
             "shape": d.shape, "prompt": d.prompt}
        ),
    }


def _validated_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("x", "y"):
            out[key] = checks.coordinate(value, key)
        elif key in ("w", "h"):
            out[key] = checks.size(value, "zone width" if key == "w" else "zone height")
            if out[key] < MIN_SIDE:
                raise ValidationError(f"a zone must be at least {MIN_SIDE:.0f} wide and high")
        elif key == "title":
            out[key] = checks.text(value, "zone title", max_len=NAME_MAX).strip()
        elif key == "prompt":
            out[key] = checks.text(value, "zone prompt", max_len=PROMPT_MAX)
        elif key == "color":
            out[key] = checks.color(value)
        elif key == "shape":
            out[key] = checks.choice(value, ZONE_SHAPES, "zone shape")
        else:
            raise ValidationError(f"a zone has no field {key!r}")
    return out
