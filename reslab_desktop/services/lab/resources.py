"""Step 3: what organizations pledge to initiatives (expertise, time, funding) and what each needs."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Initiative, Need, Organization, Pledge
from reslab_desktop.model.lab_vocab import (
    CURRENCY_RE,
    DEFAULT_CURRENCY,
    MAX_QUANTITY,
    RESOURCE_KINDS,
    TIME_UNITS,
)
from reslab_desktop.rules import resources as rules
from reslab_desktop.services import checks
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.decisions import SOURCE_DEFAULTS, insert_decision
from reslab_desktop.services.lab.records import DecisionRecord, NeedRecord, PledgeRecord
from reslab_desktop.services.snapshot import Snapshot, delete_with_snapshot
from reslab_desktop.storage import ADDED, REMOVED, UPDATED, Store

TEXT_MAX = 2000


def default_unit(kind: str) -> str:
    return DEFAULT_CURRENCY if kind == "funding" else "hours"


def check_amount(kind: str, quantity: float, unit: str) -> tuple[str, float, str]:
    """The one place the kind/quantity/unit rule is checked (the SQL CHECK repeats it)."""
    checks.choice(kind, RESOURCE_KINDS, "resource kind")
    if isinstance(quantity, bool) or not isinstance(quantity, int | float) or not math.isfinite(quantity):
        raise ValidationError("quantity must be a number")
    if not 0 <= quantity <= MAX_QUANTITY:
        raise ValidationError(f"quantity must be between 0 and {MAX_QUANTITY:,.0f}")
    if kind == "funding":
        unit = str(unit).strip().upper()
        if not CURRENCY_RE.match(unit):
            raise ValidationError(f"currency must be a three-letter code like MXN or USD (got {unit!r})")
    elif unit not in TIME_UNITS:
        raise ValidationError(f"{kind} is counted in hours or days (got {unit!r})")
    return kind, float(quantity), unit


def _validate_pledge(session: Session, rec: PledgeRecord) -> dict[str, Any]:
    kind, quantity, unit = check_amount(rec.kind, rec.quantity, rec.unit)
    return {
        "organization_id": E.ref(session, Organization, rec.organization_id, "organization", required=True),
        "initiative_id": E.ref(session, Initiative, rec.initiative_id, "initiative", required=True),
        "kind": kind, "quantity": quantity, "unit": unit,
        "description": checks.text(rec.description, "pledge description", max_len=TEXT_MAX),
        "confirmed": bool(rec.confirmed),
    }


def _validate_need(session: Session, rec: NeedRecord) -> dict[str, Any]:
    kind, quantity, unit = check_amount(rec.kind, rec.quantity, rec.unit)
    return {
        "initiative_id": E.ref(session, Initiative, rec.initiative_id, "initiative", required=True),
        "kind": kind, "quantity": quantity, "unit": unit,
        "description": checks.text(rec.description, "need description", max_len=TEXT_MAX),
    }


PLEDGES = E.Entity(Pledge, "pledges", "pledge", "pl", PledgeRecord, _validate_pledge)
NEEDS = E.Entity(Need, "needs", "need", "nd", NeedRecord, _validate_need)


# -- pledges -----------------------------------------------------------------------------
def list_pledges(store: Store, initiative_id: str | None = None) -> list[PledgeRecord]:
    where = () if initiative_id is None else (Pledge.initiative_id == initiative_id,)
    return E.listing(store, PLEDGES, *where)


def add_pledge(
    store: Store, organization_id: str, initiative_id: str, kind: str, quantity: float,
    unit: str | None = None, description: str = "", confirmed: bool = False, pledge_id: str | None = None,
) -> str:
    """Hours or days for expertise/time (hours by default); an amount in MXN (default) for funding."""
    return E.add(store, PLEDGES, PledgeRecord(
        pledge_id or "", 0, organization_id, initiative_id, kind, description, quantity,
        unit or default_unit(kind), confirmed))


def update_pledge(store: Store, pledge_id: str, **changes: Any) -> PledgeRecord:
    return E.update(store, PLEDGES, pledge_id, **changes)


def restore_pledge(store: Store, before: PledgeRecord) -> None:
    E.put_back(store, PLEDGES, before)


def remove_pledges(store: Store, ids: Sequence[str]) -> Snapshot:
    return E.remove(store, PLEDGES, ids)


def set_confirmed(store: Store, ids: Sequence[str], confirmed: bool = True) -> dict[str, bool]:
    """Mark pledges confirmed (or not) in one action; returns the previous flags (for undo)."""
    before: dict[str, bool] = {}
    with store.write() as tx:
        for pid in ids:
            row = checks.found(tx.session.get(Pledge, pid), "pledge", pid)
            before[pid] = bool(row.confirmed)
            row.confirmed = bool(confirmed)
        tx.changed("pledges", UPDATED, tuple(ids))
    return before


def restore_confirmed(store: Store, before: dict[str, bool]) -> None:
    with store.write() as tx:
        for pid, flag in before.items():
            checks.found(tx.session.get(Pledge, pid), "pledge", pid).confirmed = flag
        tx.changed("pledges", UPDATED, tuple(before))


@dataclass(frozen=True)
class Confirmation:
    """What :func:`confirm_pledges` did; :func:`undo_confirmation` takes it back."""

    flags_before: dict[str, bool]
    decision_id: str


def confirm_pledges(
    store: Store, ids: Sequence[str], decided_by: str = "shared", organization_ids: Sequence[str] | None = None,
    text: str | None = None, decision_id: str | None = None,
) -> Confirmation:
    """Confirm pledges and log the decision to allocate them (one transaction).

    The decision's organizations default to the pledging organizations; its initiative is
    set when all pledges go to one initiative.
    """
    if not ids:
        raise ValidationError("choose the pledges to confirm")
    with store.write() as tx:
        rows = [checks.found(tx.session.get(Pledge, pid), "pledge", pid) for pid in dict.fromkeys(ids)]
        before = {r.id: bool(r.confirmed) for r in rows}
        for r in rows:
            r.confirmed = True
        initiatives = {r.initiative_id for r in rows}
        orgs = list(dict.fromkeys(r.organization_id for r in rows)) if organization_ids is None else organization_ids
        names = "; ".join(f"{r.description or r.kind}: {rules.amount_text(r.kind, r.quantity, r.unit)}" for r in rows)
        kind, phase = SOURCE_DEFAULTS["pledges"]
        did = insert_decision(tx.session, DecisionRecord(
            decision_id or "", 0, phase, kind, (text or names)[:5000], date.today().isoformat(), decided_by,
            next(iter(initiatives)) if len(initiatives) == 1 else None, None, "pledges", ",".join(before)[:200],
            tuple(orgs)))
        tx.changed("pledges", UPDATED, tuple(before))
        tx.changed("decisions", ADDED, (did,))
    return Confirmation(before, did)


def undo_confirmation(store: Store, done: Confirmation) -> None:
    with store.write() as tx:
        for pid, flag in done.flags_before.items():
            row = tx.session.get(Pledge, pid)
            if row is not None:
                row.confirmed = flag
        delete_with_snapshot(tx.session.connection(), "decisions", [done.decision_id])
        tx.changed("pledges", UPDATED, tuple(done.flags_before))
        tx.changed("decisions", REMOVED, (done.decision_id,))


# -- needs -------------------------------------------------------------------------------
def list_needs(store: Store, initiative_id: str | None = None) -> list[NeedRecord]:
    where = () if initiative_id is None else (Need.initiative_id == initiative_id,)
    return E.listing(store, NEEDS, *where)


def add_need(
    store: Store, initiative_id: str, kind: str, quantity: float, unit: str | None = None,
    description: str = "", need_id: str | None = None,
) -> str:
    return E.add(store, NEEDS, NeedRecord(
        need_id or "", 0, initiative_id, kind, description, quantity, unit or default_unit(kind)))


def update_need(store: Store, need_id: str, **changes: Any) -> NeedRecord:
    return E.update(store, NEEDS, need_id, **changes)


def restore_need(store: Store, before: NeedRecord) -> None:
    E.put_back(store, NEEDS, before)


def remove_needs(store: Store, ids: Sequence[str]) -> Snapshot:
    return E.remove(store, NEEDS, ids)


# -- summary -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ResourceSummary:
    pledges: tuple[PledgeRecord, ...]
    needs: tuple[NeedRecord, ...]
    by_kind: dict[rules.Key, float]  # all pledges
    by_initiative: dict[str, dict[rules.Key, float]]
    by_organization: dict[str, dict[rules.Key, float]]
    balances: tuple[rules.Balance, ...]

    @property
    def gaps(self) -> tuple[rules.Balance, ...]:
        return tuple(b for b in self.balances if b.gap > 0)


def summary(store: Store) -> ResourceSummary:
    """Everything the resources view and report show, read in one go."""
    pledges = tuple(list_pledges(store))
    needs = tuple(list_needs(store))
    amounts = [rules.Amount(p.initiative_id, p.kind, p.quantity, p.unit, p.confirmed, p.organization_id)
               for p in pledges]
    need_amounts = [rules.Amount(n.initiative_id, n.kind, n.quantity, n.unit) for n in needs]
    return ResourceSummary(
        pledges=pledges,
        needs=needs,
        by_kind=rules.totals(amounts),
        by_initiative=rules.totals_by(amounts, "initiative_id"),
        by_organization=rules.totals_by(amounts, "organization_id"),
        balances=tuple(rules.balances(need_amounts, amounts)),
    )
