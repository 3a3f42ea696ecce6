"""Opening, creating, checking and migrating workshop files (Qt-free)."""

from reslab_desktop.storage.changes import (
    CLI,
    IMPORT,
    LOCAL,
    PHONE,
    RULE,
    WINDOW,
    ChangeSet,
    EntityChanges,
    acting_as,
)
from reslab_desktop.storage.events import ADDED, REMOVED, UPDATED, Change, EventBus
from reslab_desktop.storage.store import FILE_SUFFIX, StorageError, Store, Tx

__all__ = [
    "ADDED",
    "CLI",
    "FILE_SUFFIX",
    "IMPORT",
    "LOCAL",
    "PHONE",
    "REMOVED",
    "RULE",
    "UPDATED",
    "WINDOW",
    "Change",
    "ChangeSet",
    "EntityChanges",
    "EventBus",
    "StorageError",
    "Store",
    "Tx",
    "acting_as",
]
