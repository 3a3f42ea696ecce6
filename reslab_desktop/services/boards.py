"""Boards of the six phases, and loading a board's whole content in one pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from itertools import starmap
from typing import Any, TypeVar

from sqlalchemy import select

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Board, Image, Link, Note, Zone
from reslab_desktop.model.vocab import PHASES
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.deletion import delete_rows, restore_rows
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.records import (
    BoardContent,
    BoardRecord,
    ImageRecord,
    LinkRecord,
    NoteRecord,
    ZoneRecord,
)
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, UPDATED, Store

R = TypeVar("R")


def list_boards(store: Store, phase: int | None = None) -> list[BoardRecord]:
    query = select(Board).order_by(Board.phase, Board.seq)
    if phase is not None:
        query = query.where(Board.phase == phase)
    with store.read() as s:
        return [_board_record(b) for b in s.execute(query).scalars()]


def get_board(store: Store, board_id: str) -> BoardRecord:
    with store.read() as s:
        return _board_record(checks.found(s.get(Board, board_id), "board", board_id))


def create_board(
    store: Store,
    phase: int,
    title: str,
    template: str | None = None,
    zones: Sequence[ZoneRecord] = (),
    board_id: str | None = None,
) -> str:
    """Create a board, with the zones of its template laid out already (ids are given new)."""
    if phase not in PHASES:
        raise ValidationError(f"phase must be one of {', '.join(map(str, PHASES))} (got {phase!r})")
    title = checks.text(title, "board title", required=True, max_len=NAME_MAX).strip()
    with store.write() as tx:
        bid = board_id or new_id("b")
        tx.session.add(Board(id=bid, seq=next_seq(tx.session, Board.seq), phase=phase, title=title, template=template))
        tx.session.flush()
        zone_ids = []
        for i, z in enumerate(zones):
            zid = z.id or new_id("z")
            zone_ids.append(zid)
            tx.session.add(
                Zone(
                    id=zid, board_id=bid, seq=i, title=z.title, x=z.x, y=z.y, w=z.w, h=z.h,
                    color=checks.color(z.color), shape=z.shape, prompt=z.prompt,
                )
            )
        tx.changed("boards", ADDED, (bid,), bid)
        if zone_ids:
            tx.changed("zones", ADDED, tuple(zone_ids), bid)
    return bid


def create_board_from_template(
    store: Store, phase: int, title: str, template_key: str | None, language: str
) -> str:
    """A board laid out with a template's zones in ``language`` (``None``: a blank board).

    Any template may be used in any phase (a feedback grid is handy when evaluating too).
    """
    if template_key is None:
        return create_board(store, phase, title)
    from reslab_desktop.rules.templates import get_template

    template = get_template(template_key)
    return create_board(store, phase, title, template.key, template.zone_records(language))


def rename_board(store: Store, board_id: str, title: str) -> str:
    """Returns the previous title (for undo)."""
    title = checks.text(title, "board title", required=True, max_len=NAME_MAX).strip()
    with store.write() as tx:
        row = checks.found(tx.session.get(Board, board_id), "board", board_id)
        before: str = row.title
        row.title = title
        tx.changed("boards", UPDATED, (board_id,), board_id)
    return before


def delete_board(store: Store, board_id: str) -> Snapshot:
    get_board(store, board_id)
    return delete_rows(store, "boards", [board_id], board_id)


def restore_board(store: Store, snap: Snapshot) -> None:
    restore_rows(store, snap, snap.ids("boards")[0] if snap.ids("boards") else None)


def load_board(store: Store, board_id: str) -> BoardContent:
    """Everything on a board as records, read in one transaction with one query per table."""
    with store.read() as s:
        board = _board_record(checks.found(s.get(Board, board_id), "board", board_id))
        conn = s.connection()
        zones = _records(conn, ZoneRecord, Zone, board_id)
        notes = _records(conn, NoteRecord, Note, board_id)
        links = _records(conn, LinkRecord, Link, board_id)
        images = _records(conn, ImageRecord, Image, board_id)
    return BoardContent(board=board, zones=zones, notes=notes, links=links, images=images)


def _records(conn: Any, cls: type[R], model: Any, board_id: str) -> tuple[R, ...]:
    """A board's rows of one table as records: columns selected in the record's field order and
    passed positionally (``**row._mapping`` per row costs a third of a 20,000-note load)."""
    table = model.__table__
    columns = [table.c[f.name] for f in fields(cls)]  # type: ignore[arg-type]
    query = select(*columns).where(table.c.board_id == board_id).order_by(table.c.seq)
    return tuple(starmap(cls, conn.execute(query)))


def _board_record(b: Board) -> BoardRecord:
    return BoardRecord(id=b.id, seq=b.seq, phase=b.phase, title=b.title, template=b.template)
