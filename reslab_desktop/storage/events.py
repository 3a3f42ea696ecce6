"""Change announcements: after each commit the store tells its listeners what changed.

Listeners get a :class:`~reslab_desktop.storage.changes.ChangeSet` (typed, per entity, with
its initiator); it is also a sequence of the :class:`Change` records below, the shape
listeners used before change sets. Listeners run on the thread that wrote, after the commit
and outside the store's write lock; they must be quick and never wait for another thread
(the Qt adapter, ``ui/store_signals.py``, hands the change set to the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

ADDED = "added"
UPDATED = "updated"
REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    """``entity`` is a table name ("notes", "participants", "vote_rounds"…)."""

    entity: str
    action: str
    ids: tuple[str, ...] = ()
    board_id: str | None = None


Listener = Callable[[Any], None]  # called with a ChangeSet (a Sequence[Change])


class EventBus:
    """A plain observer list, safe to use from several threads; the UI adapts it to a Qt signal."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def emit(self, changes: Sequence[Change]) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)
