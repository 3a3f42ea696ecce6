"""Opening, creating, checking and migrating workshop files (Qt-free)."""

from reslab_desktop.storage.events import ADDED, REMOVED, UPDATED, Change, EventBus
from reslab_desktop.storage.store import FILE_SUFFIX, StorageError, Store, Tx

__all__ = [
    "ADDED",
    "FILE_SUFFIX",
    "REMOVED",
    "UPDATED",
    "Change",
    "EventBus",
    "StorageError",
    "Store",
    "Tx",
]
