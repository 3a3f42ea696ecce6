"""Change announcements: services say what changed after each commit; views react."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

ADDED = "added"
UPDATED = "updated"
REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    """``entity`` is a table-like name ("notes", "participants", "vote_rounds"…)."""

    entity: str
    action: str
    ids: tuple[str, ...] = ()
    board_id: str | None = None


Listener = Callable[[Sequence[Change]], None]


class EventBus:
    """A plain observer list; the UI adapts it to a Qt signal."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, changes: Sequence[Change]) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)
