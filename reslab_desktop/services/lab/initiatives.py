"""Collaborative initiatives, their member organizations and lead, and their iterations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import (
    Board,
    Initiative,
    InitiativeMember,
    Iteration,
    IterationBoard,
    Organization,
)
from reslab_desktop.rules.text import LAB_TEXT_MAX, NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.ids import new_id
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.records import InitiativeRecord, IterationRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store


def _validate(session: Session, rec: InitiativeRecord) -> dict[str, Any]:
    return {
        "title": E.required_text(rec.title, "initiative title", NAME_MAX),
        "description": checks.text(rec.description, "initiative description", max_len=LAB_TEXT_MAX),
        "lead_organization_id": E.ref(session, Organization, rec.lead_organization_id, "organization"),
    }


def _write_members(session: Session, rec: InitiativeRecord) -> None:
    members = E.refs(session, Organization, rec.member_ids, "organization")
    if rec.lead_organization_id and rec.lead_organization_id not in members:
        members = (rec.lead_organization_id, *members)
    session.execute(delete(InitiativeMember).where(InitiativeMember.initiative_id == rec.id))
    session.add_all(InitiativeMember(initiative_id=rec.id, organization_id=o) for o in members)
    if latest_iteration(session, rec.id) is None:
        new_iteration(session, rec.id, "", None)


def _read_members(session: Session, row: Initiative) -> dict[str, Any]:
    return {"member_ids": E.linked_organizations(
        session, InitiativeMember.organization_id, InitiativeMember.initiative_id, row.id)}


INITIATIVES = E.Entity(
    Initiative, "initiatives", "initiative", "ini", InitiativeRecord, _validate,
    write_extra=_write_members, read_extra=_read_members,
)


def list_initiatives(store: Store) -> list[InitiativeRecord]:
    return E.listing(store, INITIATIVES)


def get_initiative(store: Store, initiative_id: str) -> InitiativeRecord:
    return E.get(store, INITIATIVES, initiative_id)


def add_initiative(
    store: Store,
    title: str,
    description: str = "",
    lead_organization_id: str | None = None,
    member_ids: Sequence[str] = (),
    initiative_id: str | None = None,
) -> str:
    """A new initiative (the lead is always a member) with its first iteration, number 1."""
    return E.add(store, INITIATIVES, InitiativeRecord(
        initiative_id or "", 0, title, description, lead_organization_id, tuple(member_ids)))


def update_initiative(store: Store, initiative_id: str, **changes: Any) -> InitiativeRecord:
    """Change title, description, lead and/or ``member_ids``; returns the previous record."""
    if "member_ids" in changes:
        changes["member_ids"] = tuple(changes["member_ids"])
    return E.update(store, INITIATIVES, initiative_id, **changes)


def restore_initiative(store: Store, before: InitiativeRecord) -> None:
    E.put_back(store, INITIATIVES, before)


def remove_initiatives(store: Store, ids: Sequence[str]) -> Snapshot:
    """Deletes the initiatives with their pledges, needs, plans and iterations (undo: restore)."""
    return E.remove(store, INITIATIVES, ids)


# -- iterations --------------------------------------------------------------------------
# Iterations are numbered by new_iteration(), never through the generic add.
ITERATIONS = E.Entity(Iteration, "iterations", "iteration", "it", IterationRecord, lambda s, r: {},
                      order=("initiative_id", "number"))


def list_iterations(store: Store, initiative_id: str | None = None) -> list[IterationRecord]:
    query = select(Iteration).order_by(Iteration.initiative_id, Iteration.number)
    if initiative_id is not None:
        query = query.where(Iteration.initiative_id == initiative_id)
    with store.read() as s:
        boards: dict[str, list[str]] = {}
        for board_id, iteration_id in s.execute(
            select(IterationBoard.board_id, IterationBoard.iteration_id)
            .join(Board, Board.id == IterationBoard.board_id)
            .order_by(Board.phase, Board.seq)
        ):
            boards.setdefault(iteration_id, []).append(board_id)
        return [
            IterationRecord(r.id, r.initiative_id, r.number, r.started_on, r.focus, tuple(boards.get(r.id, ())))
            for r in s.execute(query).scalars()
        ]


def add_iteration(
    store: Store, initiative_id: str, focus: str = "", started_on: str | None = None,
    iteration_id: str | None = None,
) -> str:
    """The next numbered cycle of steps 4–6 for an initiative."""
    focus = checks.text(focus, "iteration focus", max_len=LAB_TEXT_MAX)
    started_on = checks.iso_date(started_on, "start date")
    with store.write() as tx:
        checks.found(tx.session.get(Initiative, initiative_id), "initiative", initiative_id)
        number = new_iteration(tx.session, initiative_id, focus, started_on, iteration_id)
        tx.changed("iterations", ADDED, (number.id,))
    return number.id


def new_iteration(
    session: Session, initiative_id: str, focus: str, started_on: str | None, iteration_id: str | None = None
) -> Iteration:
    """Inside a transaction: add iteration max+1 of the initiative."""
    last = session.execute(
        select(func.max(Iteration.number)).where(Iteration.initiative_id == initiative_id)
    ).scalar()
    row = Iteration(id=iteration_id or new_id("it"), initiative_id=initiative_id, number=(last or 0) + 1,
                    started_on=started_on, focus=focus)
    session.add(row)
    session.flush()
    return row


def remove_iteration(store: Store, iteration_id: str) -> Snapshot:
    with store.read() as s:
        row = checks.found(s.get(Iteration, iteration_id), "iteration", iteration_id)
        if row.number == 1:
            raise ValidationError("the first iteration of an initiative cannot be removed")
    return E.remove(store, ITERATIONS, [iteration_id])


def latest_iteration(session: Session, initiative_id: str) -> Iteration | None:
    return session.execute(
        select(Iteration).where(Iteration.initiative_id == initiative_id).order_by(Iteration.number.desc())
    ).scalars().first()
