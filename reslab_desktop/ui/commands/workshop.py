"""The workshop's properties as an undo step."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from reslab_desktop.services import workshop
from reslab_desktop.services.records import WorkshopInfo
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands.base import run


def update_workshop(stack: QUndoStack, store: Store, info: WorkshopInfo) -> None:
    """Set every property to ``info`` (undo puts the previous values back)."""
    run(stack, QCoreApplication.translate("Commands", "Edit workshop properties"),
        lambda: workshop.update_workshop(store, **asdict(info)))
