"""The learning log (CLA): what was tried, what happened, what we learned, what we adapt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as _date
from typing import Any

from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Decision, Initiative, Iteration, LearningEntry
from reslab_desktop.model.lab_vocab import blank
from reslab_desktop.rules.text import LAB_TEXT_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.decisions import SOURCE_DEFAULTS, insert_decision
from reslab_desktop.services.lab.records import DecisionRecord, LearningRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, UPDATED, Store


def _validate(session: Session, rec: LearningRecord) -> dict[str, Any]:
    values = {
        name: checks.text(getattr(rec, name), label, max_len=LAB_TEXT_MAX)
        for name, label in (("tried", "what was tried"), ("happened", "what happened"),
                            ("learned", "what we learned"), ("adapt", "what we adapt"))
    }
    if blank("".join(values.values())):
        raise ValidationError("a learning log entry needs at least one of tried, happened, learned, adapt")
    initiative_id = E.ref(session, Initiative, rec.initiative_id, "initiative")
    iteration_id = E.ref(session, Iteration, rec.iteration_id, "iteration")
    if iteration_id is not None:
        iteration = session.get(Iteration, iteration_id)
        assert iteration is not None  # E.ref checked it exists
        owner = iteration.initiative_id
        if initiative_id is None:
            initiative_id = owner
        elif owner != initiative_id:
            raise ValidationError("that iteration belongs to another initiative")
    return {
        **values,
        "initiative_id": initiative_id,
        "iteration_id": iteration_id,
        "date": checks.iso_date(rec.date, "date"),
        "decision_id": E.ref(session, Decision, rec.decision_id, "decision"),
    }


LEARNING = E.Entity(LearningEntry, "learning_entries", "learning log entry", "le", LearningRecord, _validate)


def list_learning(store: Store, initiative_id: str | None = None) -> list[LearningRecord]:
    where = () if initiative_id is None else (LearningEntry.initiative_id == initiative_id,)
    return E.listing(store, LEARNING, *where)


def add_learning(
    store: Store, tried: str = "", happened: str = "", learned: str = "", adapt: str = "",
    initiative_id: str | None = None, iteration_id: str | None = None, date: str | None = None,
    entry_id: str | None = None,
) -> str:
    return E.add(store, LEARNING, LearningRecord(
        entry_id or "", 0, initiative_id, iteration_id, date, tried, happened, learned, adapt))


def update_learning(store: Store, entry_id: str, **changes: Any) -> LearningRecord:
    return E.update(store, LEARNING, entry_id, **changes)


def restore_learning(store: Store, before: LearningRecord) -> None:
    E.put_back(store, LEARNING, before)


def remove_learning(store: Store, ids: Sequence[str]) -> Snapshot:
    return E.remove(store, LEARNING, ids)


def adopt_adaptation(
    store: Store, entry_id: str, decided_by: str = "local", organization_ids: Sequence[str] = (),
    phase: int | None = None, decision_id: str | None = None, date: str | None = None,
) -> str:
    """Adopt an entry's adaptation: one decision (adapt based on learning) linked to the entry.

    Undo: ``remove_decisions(store, [returned id])`` (the entry's link goes with it).
    """
    with store.write() as tx:
        entry = checks.found(tx.session.get(LearningEntry, entry_id), "learning log entry", entry_id)
        if entry.decision_id is not None:
            raise ValidationError("this adaptation was already adopted")
        if blank(entry.adapt):
            raise ValidationError("the entry says nothing to adapt yet")
        kind, default_phase = SOURCE_DEFAULTS["adaptation"]
        did = insert_decision(tx.session, DecisionRecord(
            decision_id or "", 0, phase or default_phase, kind, entry.adapt, date or _date.today().isoformat(),
            decided_by, entry.initiative_id, None, "adaptation", entry_id, tuple(organization_ids)))
        entry.decision_id = did
        tx.changed("decisions", ADDED, (did,))
        tx.changed("learning_entries", UPDATED, (entry_id,))
    return did
