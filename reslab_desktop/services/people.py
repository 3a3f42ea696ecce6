"""Organizations and participants of the Learning Community."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from reslab_desktop.model import Organization, Participant
from reslab_desktop.model.vocab import ROLES, SECTORS
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.deletion import delete_rows, restore_rows
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.records import OrganizationRecord, ParticipantRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, UPDATED, Store


# -- organizations -----------------------------------------------------------------------
def list_organizations(store: Store) -> list[OrganizationRecord]:
    with store.read() as s:
        rows = s.execute(select(Organization).order_by(Organization.seq)).scalars()
        return [_org_record(o) for o in rows]


def add_organization(store: Store, name: str, sector: str = "civil_society", org_id: str | None = None) -> str:
    name = checks.text(name, "organization name", required=True, max_len=NAME_MAX).strip()
    checks.choice(sector, SECTORS, "sector")
    with store.write() as tx:
        oid = org_id or new_id("org")
        tx.session.add(Organization(id=oid, seq=next_seq(tx.session, Organization.seq), name=name, sector=sector))
        tx.changed("organizations", ADDED, (oid,))
    return oid


def update_organization(store: Store, org_id: str, **changes: str) -> OrganizationRecord:
    """Change name and/or sector; returns the previous record (for undo)."""
    with store.write() as tx:
        row = checks.found(tx.session.get(Organization, org_id), "organization", org_id)
        before = _org_record(row)
        after = replace(before, **changes)  # type: ignore[arg-type]  # name and/or sector
        row.name = checks.text(after.name, "organization name", required=True, max_len=NAME_MAX).strip()
        row.sector = checks.choice(after.sector, SECTORS, "sector")
        tx.changed("organizations", UPDATED, (org_id,))
    return before


def remove_organizations(store: Store, ids: Sequence[str]) -> Snapshot:
    return delete_rows(store, "organizations", ids)


# -- participants ------------------------------------------------------------------------
def list_participants(store: Store) -> list[ParticipantRecord]:
    with store.read() as s:
        rows = s.execute(select(Participant).order_by(Participant.seq)).scalars()
        return [_participant_record(p) for p in rows]


def add_participant(
    store: Store,
    name: str,
    organization_id: str | None = None,
    role: str = "participant",
    participant_id: str | None = None,
) -> str:
    name = checks.text(name, "participant name", required=True, max_len=NAME_MAX).strip()
    checks.choice(role, ROLES, "role")
    with store.write() as tx:
        if organization_id is not None:
            checks.found(tx.session.get(Organization, organization_id), "organization", organization_id)
        pid = participant_id or new_id("p")
        tx.session.add(
            Participant(
                id=pid,
                seq=next_seq(tx.session, Participant.seq),
                name=name,
                organization_id=organization_id,
                role=role,
            )
        )
        tx.changed("participants", ADDED, (pid,))
    return pid


def update_participant(store: Store, participant_id: str, **changes: object) -> ParticipantRecord:
    """Change name, organization and/or role; returns the previous record (for undo)."""
    with store.write() as tx:
        row = checks.found(tx.session.get(Participant, participant_id), "participant", participant_id)
        before = _participant_record(row)
        after = replace(before, **changes)  # type: ignore[arg-type]
        if after.organization_id is not None:
            checks.found(tx.session.get(Organization, after.organization_id), "organization", after.organization_id)
        row.name = checks.text(after.name, "participant name", required=True, max_len=NAME_MAX).strip()
        row.organization_id = after.organization_id
        row.role = checks.choice(after.role, ROLES, "role")
        tx.changed("participants", UPDATED, (participant_id,))
    return before


def remove_participants(store: Store, ids: Sequence[str]) -> Snapshot:
    return delete_rows(store, "participants", ids)


def restore_removed(store: Store, snap: Snapshot) -> None:
    """Undo ``remove_organizations`` / ``remove_participants``."""
    restore_rows(store, snap)


def _org_record(o: Organization) -> OrganizationRecord:
    return OrganizationRecord(id=o.id, seq=o.seq, name=o.name, sector=o.sector)


def _participant_record(p: Participant) -> ParticipantRecord:
    return ParticipantRecord(id=p.id, seq=p.seq, name=p.name, organization_id=p.organization_id, role=p.role)


__all__ = [
    "add_organization",
    "add_participant",
    "list_organizations",
    "list_participants",
    "remove_organizations",
    "remove_participants",
    "restore_removed",
    "update_organization",
    "update_participant",
]
