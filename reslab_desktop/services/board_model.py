"""One board's records, kept in step with the file by applying each change set once.

The board scene binds to a :class:`BoardModel` (as orange-canvas-core's scene binds to its
scheme) instead of listening to the store: the editor feeds it every ``ChangeSet``, the model
takes the committed rows the change set carries (nothing is read again) and tells its
listeners what changed as a :class:`BoardDelta`. Each row remembers the ``seq`` of the change
set that last set it, so a change set applied twice, or one arriving after a later one (a
phone's write queued behind the window's own), changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from reslab_desktop.model import Board, Image, Link, Note, Participant, Zone
from reslab_desktop.services.records import (
    BoardContent,
    ImageRecord,
    LinkRecord,
    NoteRecord,
    ZoneRecord,
)
from reslab_desktop.storage import ChangeSet

#: The board's entities, parents before children: (mapped class, record type).
KINDS: tuple[tuple[type, type], ...] = (
    (Zone, ZoneRecord),
    (Image, ImageRecord),
    (Note, NoteRecord),
    (Link, LinkRecord),
)


def kind_of(model: type) -> str:
    return str(model.__table__.name)  # type: ignore[attr-defined]


@dataclass
class BoardDelta:
    """What one change set changed on the board: records per kind, parents first."""

    upserted: dict[str, list[Any]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    board_removed: bool = False
    authors_changed: bool = False

    def __bool__(self) -> bool:
        return bool(self.upserted or self.removed or self.board_removed or self.authors_changed)


Listener = Callable[[BoardDelta], None]


class BoardModel:
    def __init__(self, content: BoardContent, since: int = 0) -> None:
        """``since``: the store's ``last_seq`` read before ``content`` was (change sets up to
        it are in ``content`` already)."""
        self.board_id = content.board.id
        self.since = since
        self.records: dict[str, dict[str, Any]] = {}
        for model, _ in KINDS:
            self.records[kind_of(model)] = {r.id: r for r in getattr(content, kind_of(model))}
        self._seq: dict[tuple[str, str], int] = {}
        self._fields = {kind_of(m): (r, tuple(f.name for f in fields(r))) for m, r in KINDS}
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def apply(self, changes: ChangeSet) -> BoardDelta:
        """Take in one change set (again or late: no effect); listeners hear what changed."""
        delta = BoardDelta()
        seq = changes.seq
        if seq <= self.since:
            return delta
        if self.board_id in changes.of(Board).removed:
            delta.board_removed = True
        if changes.touches(Participant):
            delta.authors_changed = True
        for model, _ in KINDS:
            kind = kind_of(model)
            entity = changes.of(model)
            if not entity:
                continue
            table = self.records[kind]
            record_type, names = self._fields[kind]
            for key in entity.present:
                row = changes.image(model, key)
                if row is None or not self._newer(kind, key, seq):
                    continue
                if row["board_id"] == self.board_id:
                    table[key] = record_type(**{n: row[n] for n in names})
                    delta.upserted.setdefault(kind, []).append(table[key])
                elif table.pop(key, None) is not None:
                    delta.removed.setdefault(kind, []).append(key)
            for key in entity.removed:
                if self._newer(kind, key, seq) and table.pop(key, None) is not None:
                    delta.removed.setdefault(kind, []).append(key)
        if delta:
            self._tell(delta)
        return delta

    def reset(self, content: BoardContent) -> BoardDelta:
        """The board as the file has it now (after a refused gesture): what differs."""
        delta = BoardDelta()
        for model, _ in KINDS:
            kind = kind_of(model)
            fresh = {r.id: r for r in getattr(content, kind)}
            table = self.records[kind]
            gone = [i for i in table if i not in fresh]
            changed = [r for i, r in fresh.items() if table.get(i) != r]
            if gone:
                delta.removed[kind] = gone
            if changed:
                delta.upserted[kind] = changed
            self.records[kind] = fresh
        if delta:
            self._tell(delta)
        return delta

    def _newer(self, kind: str, key: str, seq: int) -> bool:
        if self._seq.get((kind, key), 0) >= seq:
            return False
        self._seq[(kind, key)] = seq
        return True

    def _tell(self, delta: BoardDelta) -> None:
        for listener in list(self._listeners):
            listener(delta)
