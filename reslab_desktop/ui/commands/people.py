"""Organizations and participants (and a whole sign-up list import) as undo steps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from reslab_desktop.services import people, roster
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import run


def add_organization(stack: QUndoStack, store: Store, name: str, sector: str) -> str:
    """The new organization's id."""
    return run(stack, QCoreApplication.translate("Commands", "Add organization “%1”").replace("%1", name.strip()),
               lambda: people.add_organization(store, name, sector))


def update_organization(stack: QUndoStack, store: Store, org_id: str, name: str, sector: str) -> None:
    run(stack, QCoreApplication.translate("Commands", "Edit organization “%1”").replace("%1", name.strip()),
        lambda: people.update_organization(store, org_id, name=name, sector=sector))


def remove_organizations(stack: QUndoStack, store: Store, ids: Sequence[str], label: str) -> None:
    """``label`` names what is removed in the Undo menu text."""
    run(stack, QCoreApplication.translate("Commands", "Remove %1").replace("%1", label),
        lambda: people.remove_organizations(store, list(ids)))


def add_participant(stack: QUndoStack, store: Store, name: str, organization_id: str | None, role: str) -> str:
    return run(stack, QCoreApplication.translate("Commands", "Add participant “%1”").replace("%1", name.strip()),
               lambda: people.add_participant(store, name, organization_id, role))


def update_participant(
    stack: QUndoStack, store: Store, participant_id: str, name: str, organization_id: str | None, role: str
) -> None:
    run(stack, QCoreApplication.translate("Commands", "Edit participant “%1”").replace("%1", name.strip()),
        lambda: people.update_participant(store, participant_id, name=name, organization_id=organization_id, role=role))


def remove_participants(stack: QUndoStack, store: Store, ids: Sequence[str], label: str) -> None:
    run(stack, QCoreApplication.translate("Commands", "Remove %1").replace("%1", label),
        lambda: people.remove_participants(store, list(ids)))


def import_roster(stack: QUndoStack, store: Store, plan: roster.RosterPlan) -> roster.RosterResult:
    """The whole list is one undo step."""
    count = len(plan.importable)
    return run(stack, QCoreApplication.translate("Commands", "Import %n participant(s)", "", count),
               lambda: roster.import_roster(store, plan))
