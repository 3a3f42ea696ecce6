"""Links: arrows from one note to another on the same board, with an optional label."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, insert, select

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Link
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
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store


def add_link(store: Store, from_note_id: str, to_note_id: str, label: str = "", link_id: str | None = None) -> str:
    """An arrow between two notes of one board (a second identical arrow is refused)."""
    if from_note_id == to_note_id:
        raise ValidationError("a link needs two different notes")
    label = checks.text(label, "link label", max_len=NAME_MAX).strip()
    with store.write() as tx:
        board_id = board_of(tx, "notes", [from_note_id, to_note_id])
        exists = tx.session.execute(
            select(Link.id).where(Link.from_note_id == from_note_id, Link.to_note_id == to_note_id)
        ).first()
        if exists:
            raise ValidationError("these notes are already linked")
        lid = link_id or new_id("l")
        tx.session.connection().execute(
            insert(cast(Table, Link.__table__)),
            [{"id": lid, "board_id": board_id, "seq": next_board_seq(tx, "links", board_id),
              "from_note_id": from_note_id, "to_note_id": to_note_id, "label": label}],
        )
        tx.changed("links", ADDED, (lid,), board_id)
    return lid


def set_label(store: Store, link_id: str, label: str) -> dict[str, dict[str, str]]:
    """Returns the previous label as ``{link_id: {"label": old}}`` for :func:`restore_links`."""
    label = checks.text(label, "link label", max_len=NAME_MAX).strip()
    return restore_links(store, {link_id: {"label": label}})


def restore_links(store: Store, before: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    if not before:
        return {}
    with store.write() as tx:
        rows = current(tx, "links", list(before))
        board_id = next(iter(rows.values()))["board_id"]
        return patch(tx, "links", before, board_id)


def delete_links(store: Store, link_ids: Sequence[str]) -> Snapshot:
    return delete_on_one_board(store, "links", link_ids)
