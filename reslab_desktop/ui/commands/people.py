"""Undo commands for organizations and participants (and a whole sign-up list import)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from reslab_desktop.services import people, roster
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import ServiceCommand, same_id_on_redo


def add_organization(store: Store, name: str, sector: str) -> ServiceCommand:
    """``result`` is the new id; redo adds it back with the same id."""
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Add organization “%1”").replace("%1", name.strip()),
        same_id_on_redo(lambda oid: people.add_organization(store, name, sector, org_id=oid)),
        lambda oid: people.remove_organizations(store, [oid]),
    )


def update_organization(store: Store, org_id: str, name: str, sector: str) -> ServiceCommand:
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Edit organization “%1”").replace("%1", name.strip()),
        lambda: people.update_organization(store, org_id, name=name, sector=sector),
        lambda before: people.update_organization(store, org_id, name=before.name, sector=before.sector),
    )


def remove_organizations(store: Store, ids: Sequence[str], label: str) -> ServiceCommand:
    """``label`` names what is removed in the Undo menu text."""
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Remove %1").replace("%1", label),
        lambda: people.remove_organizations(store, list(ids)),
        lambda snap: people.restore_removed(store, snap),
    )


def add_participant(store: Store, name: str, organization_id: str | None, role: str) -> ServiceCommand:
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Add participant “%1”").replace("%1", name.strip()),
        same_id_on_redo(lambda pid: people.add_participant(store, name, organization_id, role, participant_id=pid)),
        lambda pid: people.remove_participants(store, [pid]),
    )


def update_participant(
    store: Store, participant_id: str, name: str, organization_id: str | None, role: str
) -> ServiceCommand:
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Edit participant “%1”").replace("%1", name.strip()),
        lambda: people.update_participant(store, participant_id, name=name,
                                          organization_id=organization_id, role=role),
        lambda before: people.update_participant(store, participant_id, name=before.name,
                                                 organization_id=before.organization_id, role=before.role),
    )


def remove_participants(store: Store, ids: Sequence[str], label: str) -> ServiceCommand:
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Remove %1").replace("%1", label),
        lambda: people.remove_participants(store, list(ids)),
        lambda snap: people.restore_removed(store, snap),
    )


def import_roster(store: Store, plan: roster.RosterPlan) -> ServiceCommand:
    """The whole list is one undo step; redo puts back exactly the same rows and ids."""
    state: dict[str, object] = {}

    def do() -> roster.RosterResult:
        if "snaps" in state:
            roster.restore_imported(store, state.pop("snaps"))  # type: ignore[arg-type]
            return state["result"]  # type: ignore[return-value]
        result = roster.import_roster(store, plan)
        state["result"] = result
        return result

    def undo(result: roster.RosterResult) -> None:
        state["snaps"] = roster.remove_imported(store, result)

    count = len(plan.importable)
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Import %n participant(s)", "", count), do, undo
    )
