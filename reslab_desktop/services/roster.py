"""Importing a sign-up list: organizations created as needed, participants added, one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from reslab_desktop.interchange.roster_csv import Roster, RosterRow
from reslab_desktop.model import Organization, Participant
from reslab_desktop.rules.text import fold as normalize_name
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.people import (
    remove_organizations,
    remove_participants,
    restore_removed,
)
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store


@dataclass(frozen=True)
class RosterPlan:
    """What an import will do: ``rows`` re-checked against the workshop, the organizations it adds."""

    rows: tuple[RosterRow, ...]
    new_organizations: tuple[str, ...]

    @property
    def importable(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if r.ok)


@dataclass(frozen=True)
class RosterResult:
    organization_ids: tuple[str, ...]
    participant_ids: tuple[str, ...]


def plan_roster(store: Store, roster: Roster) -> RosterPlan:
    """Mark rows naming someone already in the workshop; list the organizations to create."""
    with store.read() as s:
        org_names = {o.id: normalize_name(o.name) for o in s.execute(select(Organization)).scalars()}
        people = {(normalize_name(p.name), org_names.get(p.organization_id or "", ""))
                  for p in s.execute(select(Participant)).scalars()}
    orgs = set(org_names.values())
    rows = []
    new_orgs: dict[str, str] = {}
    for row in roster.rows:
        org_key = normalize_name(row.organization)
        if row.ok and (normalize_name(row.name), org_key) in people:
            row = replace(row, error="already in this workshop")
        if row.ok and org_key and org_key not in orgs:
            new_orgs.setdefault(org_key, row.organization)
        rows.append(row)
    return RosterPlan(rows=tuple(rows), new_organizations=tuple(new_orgs.values()))


def import_roster(store: Store, plan: RosterPlan) -> RosterResult:
    """Add the plan's valid rows (and their new organizations) in one transaction."""
    org_ids: list[str] = []
    participant_ids: list[str] = []
    with store.write() as tx:
        s = tx.session
        orgs = {normalize_name(o.name): o.id for o in s.execute(select(Organization)).scalars()}
        org_seq = next_seq(s, Organization.seq)
        person_seq = next_seq(s, Participant.seq)
        for row in plan.importable:
            org_id = None
            key = normalize_name(row.organization)
            if key:
                org_id = orgs.get(key)
                if org_id is None:
                    org_id = orgs[key] = new_id("org")
                    s.add(Organization(id=org_id, seq=org_seq, name=row.organization.strip(),
                                       sector=row.sector or "civil_society"))
                    org_seq += 1
                    org_ids.append(org_id)
            pid = new_id("p")
            s.add(Participant(id=pid, seq=person_seq, name=row.name.strip(), organization_id=org_id,
                              role=row.role))
            person_seq += 1
            participant_ids.append(pid)
        s.flush()
        if org_ids:
            tx.changed("organizations", ADDED, org_ids)
        if participant_ids:
            tx.changed("participants", ADDED, participant_ids)
    return RosterResult(tuple(org_ids), tuple(participant_ids))


def remove_imported(store: Store, result: RosterResult) -> list[Snapshot]:
    """Undo an import: returns the snapshots that :func:`restore_imported` puts back."""
    snaps = [remove_participants(store, result.participant_ids)]
    if result.organization_ids:
        snaps.append(remove_organizations(store, result.organization_ids))
    return snaps


def restore_imported(store: Store, snaps: Sequence[Snapshot]) -> None:
    for snap in reversed(snaps):
        restore_removed(store, snap)
