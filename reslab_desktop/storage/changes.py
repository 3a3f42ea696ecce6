"""Typed change sets: what one committed transaction changed, per entity, and who made it.

A :class:`ChangeSet` is built by ``Store.write()`` from the rows SQLite logged during the
transaction (``rowlog.py``), so it is complete by construction: cascades and references set
to NULL are in it, and no service has to announce anything by hand. Entities are the mapped
tables; ask with the mapped class (``changes.of(Note).updated``), never with a bare string.

For listeners written before change sets existed, a change set is also a sequence of
:class:`~reslab_desktop.storage.events.Change` records (entity name, action, ids, board id).

The writer is named by ``initiator`` (``WINDOW``, ``PHONE``…): a thread that writes sets it
with :func:`acting_as`; writes with none named say ``LOCAL``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from sqlalchemy import MetaData

from reslab_desktop.storage.events import ADDED, REMOVED, UPDATED, Change
from reslab_desktop.storage.rowlog import Row, RowChange

#: Who made a change (``ChangeSet.initiator``). Any short string works; these are the known ones.
WINDOW = "window"  # the facilitator's window (its undoable actions, undo and redo)
PHONE = "phone"  # a participant's phone through the room server
IMPORT = "import"
RULE = "rule"
CLI = "cli"
LOCAL = "local"  # this process, no writer named (tests, scripts)

#: Why a change set was written: a new action, or the undo/redo of one.
ACTION, UNDO, REDO = "action", "undo", "redo"

_initiators = threading.local()


@contextlib.contextmanager
def acting_as(initiator: str) -> Iterator[None]:
    """Every write this thread commits inside the block says it was made by ``initiator``."""
    stack: list[str] = _initiators.__dict__.setdefault("stack", [])
    stack.append(initiator)
    try:
        yield
    finally:
        stack.pop()


def current_initiator() -> str:
    stack = _initiators.__dict__.get("stack")
    return stack[-1] if stack else LOCAL


def entity_name(entity: Any) -> str:
    """The entity (table) name of a mapped class, a ``Table``, or a name."""
    if isinstance(entity, str):
        return entity
    table = getattr(entity, "__table__", entity)
    return str(table.name)


@dataclass(frozen=True)
class EntityChanges:
    """Primary keys (a row's id; a tuple for tables keyed by several columns) per kind of change."""

    added: frozenset[Any] = frozenset()
    updated: frozenset[Any] = frozenset()
    removed: frozenset[Any] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    @property
    def present(self) -> frozenset[Any]:
        """Added or updated: rows whose new image the change set carries."""
        return self.added | self.updated

    @property
    def all(self) -> frozenset[Any]:
        return self.added | self.updated | self.removed


_NONE = EntityChanges()


def _plain(key: tuple[Any, ...]) -> Any:
    return key[0] if len(key) == 1 else key


@dataclass(frozen=True, eq=False)
class ChangeSet(Sequence[Change]):
    """One committed transaction: ``seq`` orders commits of the store (1, 2, 3… per open store)."""

    seq: int
    initiator: str
    rows: tuple[RowChange, ...]
    entities: Mapping[str, EntityChanges]
    images: Mapping[str, Mapping[Any, Row]] = field(repr=False, default_factory=dict)
    cause: str = ACTION
    legacy: tuple[Change, ...] = field(repr=False, default=())

    @classmethod
    def build(
        cls, seq: int, initiator: str, rows: Sequence[RowChange], metadata: MetaData,
        hints: Sequence[Change] = (), cause: str = ACTION,
    ) -> ChangeSet:
        first_old: dict[tuple[str, Any], Row | None] = {}
        last_new: dict[tuple[str, Any], Row | None] = {}
        for ch in rows:
            k = (ch.table, _plain(ch.key))
            first_old.setdefault(k, ch.old)
            last_new[k] = ch.new
        sets: dict[str, dict[str, set[Any]]] = {}
        images: dict[str, dict[Any, Row]] = {}
        legacy: dict[tuple[str, str, str | None], list[str]] = {}
        for (table, key), old in first_old.items():
            new = last_new[(table, key)]
            if old is None and new is None:
                continue
            kind = ADDED if old is None else REMOVED if new is None else UPDATED
            if kind == UPDATED and old == new:
                continue
            sets.setdefault(table, {ADDED: set(), UPDATED: set(), REMOVED: set()})[kind].add(key)
            image = new if new is not None else old
            assert image is not None
            if new is not None:
                images.setdefault(table, {})[key] = new
            board = image.get("board_id") if table != "boards" else image.get("id")
            legacy.setdefault((table, kind, board), []).append(_announced_id(metadata, table, image, key))
        entities = {
            t: EntityChanges(frozenset(s[ADDED]), frozenset(s[UPDATED]), frozenset(s[REMOVED]))
            for t, s in sets.items()
        }
        changes = [Change(t, a, tuple(dict.fromkeys(ids)), b)
                   for (t, a, b), ids in legacy.items()]
        announced: dict[str, set[str]] = {}
        for c in changes:
            announced.setdefault(c.entity, set()).update(c.ids)
        for hint in hints:  # what a service announced by hand that the rows do not already say
            have = announced.get(hint.entity)
            if have is not None and (not hint.ids or set(hint.ids) <= have):
                continue
            changes.append(hint)
        return cls(seq, initiator, tuple(rows), entities, images, cause, tuple(changes))

    # -- typed access --------------------------------------------------------------------
    def of(self, entity: Any) -> EntityChanges:
        """What changed in ``entity`` (a mapped class such as ``Note``)."""
        return self.entities.get(entity_name(entity), _NONE)

    def touches(self, *entities: Any) -> bool:
        return any(entity_name(e) in self.entities for e in entities)

    def image(self, entity: Any, key: Any) -> Row | None:
        """The committed row of an added or updated ``key`` (None when removed or untouched)."""
        return self.images.get(entity_name(entity), {}).get(key)

    def __bool__(self) -> bool:
        return bool(self.entities) or bool(self.legacy)

    # -- a sequence of Change records, for listeners written before change sets ----------
    @overload
    def __getitem__(self, index: int) -> Change: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Change]: ...

    def __getitem__(self, index: int | slice) -> Change | Sequence[Change]:
        return self.legacy[index]

    def __len__(self) -> int:
        return len(self.legacy)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.legacy)


def _announced_id(metadata: MetaData, table: str, image: Row, key: Any) -> str:
    """The id a ``Change`` names: the row's own id, or for a row keyed by several columns
    the row it belongs to (a ballot's round, an attendance's session)."""
    if not isinstance(key, tuple):
        return str(key)
    for column in metadata.tables[table].columns:
        if column.foreign_keys:
            return str(image[column.name])
    return str(key)
