"""The decision log: what was decided, in which phase, and who decided it.

``record_decision`` is what other features call when the app knows a decision was just
taken (closing a vote round → set priorities; promoting ideas → design; confirming pledges →
allocate resources; adopting an adaptation → adapt). The facilitator then says in one click
who decided (``set_decided_by``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date as _date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import (
    Decision,
    DecisionOrganization,
    Initiative,
    Organization,
    WorkSession,
)
from reslab_desktop.model.lab_vocab import DECIDERS, DECISION_KINDS, DECISION_SOURCES
from reslab_desktop.rules import localization
from reslab_desktop.rules.text import LAB_TEXT_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.records import DecisionRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import Store

#: The kind of decision each automatic source records, and the phase it usually belongs to.
SOURCE_DEFAULTS: dict[str, tuple[str, int]] = {
    "vote_round": ("set_priorities", 2),
    "promotion": ("design_implement", 4),
    "pledges": ("allocate_resources", 3),
    "adaptation": ("adapt_learning", 6),
}


def _validate(session: Session, rec: DecisionRecord) -> dict[str, Any]:
    if (rec.source_kind is None) != (rec.source_id is None):
        raise ValidationError("a decision's source needs both its kind and its id")
    if rec.source_kind is not None:
        checks.choice(rec.source_kind, DECISION_SOURCES, "decision source")
        checks.text(rec.source_id or "", "decision source id", required=True, max_len=200)
    return {
        "phase": E.phase(rec.phase),
        "kind": checks.choice(rec.kind, DECISION_KINDS, "decision kind"),
        "text": E.required_text(rec.text, "decision", LAB_TEXT_MAX),
        "date": checks.iso_date(rec.date, "decision date"),
        "decided_by": checks.choice(rec.decided_by, DECIDERS, "who decided"),
        "initiative_id": E.ref(session, Initiative, rec.initiative_id, "initiative"),
        "session_id": E.ref(session, WorkSession, rec.session_id, "session"),
        "source_kind": rec.source_kind,
        "source_id": rec.source_id,
    }


def _write_organizations(session: Session, rec: DecisionRecord) -> None:
    orgs = E.refs(session, Organization, rec.organization_ids, "organization")
    session.execute(delete(DecisionOrganization).where(DecisionOrganization.decision_id == rec.id))
    session.add_all(DecisionOrganization(decision_id=rec.id, organization_id=o) for o in orgs)


def _read_organizations(session: Session, row: Decision) -> dict[str, Any]:
    return {"organization_ids": E.linked_organizations(
        session, DecisionOrganization.organization_id, DecisionOrganization.decision_id, row.id)}


DECISIONS = E.Entity(
    Decision, "decisions", "decision", "dec", DecisionRecord, _validate,
    write_extra=_write_organizations, read_extra=_read_organizations, order=("seq",),
)


def insert_decision(session: Session, rec: DecisionRecord) -> str:
    """Inside another feature's transaction: validate and add ``rec`` (a new id if it has none)."""
    did = rec.id or new_id("dec")
    rec = replace(rec, id=did)
    session.add(Decision(id=did, seq=next_seq(session, Decision.seq), **_validate(session, rec)))
    session.flush()
    _write_organizations(session, rec)
    return did


def list_decisions(store: Store, phase: int | None = None, session_id: str | None = None) -> list[DecisionRecord]:
    where = []
    if phase is not None:
        where.append(Decision.phase == phase)
    if session_id is not None:
        where.append(Decision.session_id == session_id)
    return E.listing(store, DECISIONS, *where)


def add_decision(
    store: Store, phase: int, kind: str, text: str, decided_by: str,
    organization_ids: Sequence[str] = (), date: str | None = None, initiative_id: str | None = None,
    session_id: str | None = None, source: tuple[str, str] | None = None, decision_id: str | None = None,
) -> str:
    """Log a decision; ``source`` is (kind, id) of what the app recorded it from."""
    source_kind, source_id = source if source else (None, None)
    return E.add(store, DECISIONS, DecisionRecord(
        decision_id or "", 0, phase, kind, text, date, decided_by, initiative_id, session_id,
        source_kind, source_id, tuple(organization_ids)))


def record_decision(
    store: Store, source_kind: str, source_id: str, text: str, decided_by: str = "facilitators",
    phase: int | None = None, kind: str | None = None, organization_ids: Sequence[str] = (),
    initiative_id: str | None = None, session_id: str | None = None, date: str | None = None,
) -> str:
    """Log a decision the app saw happen (today, unless ``date``); kind and phase follow the source.

    Called by other features' actions; the UI then asks "who decided?" and calls
    :func:`set_decided_by`. Undo with ``remove_decisions(store, [id])``.
    """
    checks.choice(source_kind, DECISION_SOURCES, "decision source")
    default_kind, default_phase = SOURCE_DEFAULTS[source_kind]
    return add_decision(
        store, phase if phase is not None else default_phase, kind or default_kind, text, decided_by,
        organization_ids, date or _date.today().isoformat(), initiative_id, session_id,
        (source_kind, source_id),
    )


def decisions_from(store: Store, source_kind: str, source_id: str) -> list[DecisionRecord]:
    """Decisions already recorded from this source (so a feature does not log one twice)."""
    return E.listing(store, DECISIONS, Decision.source_kind == source_kind, Decision.source_id == source_id)


def set_decided_by(
    store: Store, decision_id: str, decided_by: str, organization_ids: Sequence[str] | None = None
) -> DecisionRecord:
    """The one-click "who decided?"; returns the previous record (undo: ``restore_decision``)."""
    changes: dict[str, Any] = {"decided_by": decided_by}
    if organization_ids is not None:
        changes["organization_ids"] = tuple(organization_ids)
    return E.update(store, DECISIONS, decision_id, **changes)


def update_decision(store: Store, decision_id: str, **changes: Any) -> DecisionRecord:
    if "organization_ids" in changes:
        changes["organization_ids"] = tuple(changes["organization_ids"])
    return E.update(store, DECISIONS, decision_id, **changes)


def restore_decision(store: Store, before: DecisionRecord) -> None:
    E.put_back(store, DECISIONS, before)


def remove_decisions(store: Store, ids: Sequence[str]) -> Snapshot:
    return E.remove(store, DECISIONS, ids)


def localization_pathway(store: Store, session_id: str | None = None) -> list[localization.PathwayPoint]:
    """The localization index per phase (see ``rules/localization.py`` for the rule)."""
    query = select(Decision.phase, Decision.decided_by)
    if session_id is not None:
        query = query.where(Decision.session_id == session_id)
    with store.read() as s:
        return localization.pathway(s.execute(query).all())


def record_round_decision(
    store: Store, round_id: str, decided_by: str = "facilitators", top: int = 3, decision_id: str | None = None,
) -> str | None:
    """Log "set priorities" for a closed vote round (its question and top notes); None when the
    round is not closed or its decision is already logged."""
    from reslab_desktop.services import voting
    from reslab_desktop.services.boards import get_board

    rnd = voting.get_round(store, round_id)
    if rnd.status != "closed" or decisions_from(store, "vote_round", round_id):
        return None
    ranking = [r for r in voting.results(store, round_id) if r.dots > 0][:top]
    chosen = "; ".join(f"{r.rank}. {r.text.strip()}" for r in ranking)
    text = f"{rnd.question.strip()} → {chosen}" if chosen else rnd.question.strip()
    phase = get_board(store, rnd.board_id).phase
    return add_decision(store, phase, "set_priorities", text[:LAB_TEXT_MAX], decided_by,
                        date=(rnd.closed_at or _date.today().isoformat())[:10], source=("vote_round", round_id),
                        decision_id=decision_id)
