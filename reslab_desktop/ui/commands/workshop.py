"""Undo command for the workshop's properties."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication

from reslab_desktop.services import workshop
from reslab_desktop.services.records import WorkshopInfo
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import ServiceCommand


def update_workshop(store: Store, info: WorkshopInfo) -> ServiceCommand:
    """Set every property to ``info``; undo puts the previous values back."""
    return ServiceCommand(
        QCoreApplication.translate("Commands", "Edit workshop properties"),
        lambda: workshop.update_workshop(store, **asdict(info)),
        lambda before: workshop.update_workshop(store, **asdict(before)),
    )
