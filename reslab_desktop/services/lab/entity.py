"""Create / update / remove for the Lab's list entities, written once.

Each entity module declares an :class:`Entity` (its mapped class, record type and a
``validate`` that turns a record into checked column values) and gets add, update (returning
the previous record, for undo), remove (returning a deletion snapshot) and list for free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Organization
from reslab_desktop.model.lab_vocab import blank
from reslab_desktop.services import checks
from reslab_desktop.services.deletion import delete_rows, restore_rows
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, UPDATED, Store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")  # a record: a frozen dataclass

Validate = Callable[[Session, Any], dict[str, Any]]
Hook = Callable[[Session, Any], None]


@dataclass(frozen=True)
class Entity(Generic[R]):
    model: type[Any]
    table: str  # also the entity name of the change announcements
    what: str  # for messages: "initiative", "pledge"…
    prefix: str  # of new ids
    record: type[R]
    validate: Validate
    #: writes what lives in other tables (members, organizations of a decision)
    write_extra: Hook | None = None
    #: reads the same back into the record's extra fields
    read_extra: Callable[[Session, Any], dict[str, Any]] | None = None
    order: tuple[str, ...] = ("seq",)

    def to_record(self, session: Session, row: Any) -> R:
        names = {f.name for f in fields(self.record)}
        values = {c.name: getattr(row, c.name) for c in self.model.__table__.columns if c.name in names}
        if self.read_extra:
            values.update(self.read_extra(session, row))
        return self.record(**values)


def add(store: Store, entity: Entity[Any], record: Any) -> str:
    """Insert ``record`` (its ``id`` may be empty: a new one is made; ``seq`` is assigned)."""
    with store.write() as tx:
        rid = record.id or new_id(entity.prefix)
        if tx.session.get(entity.model, rid) is not None:
            raise ValidationError(f"there is already a {entity.what} with id {rid!r}")
        values = entity.validate(tx.session, record)
        if "seq" in entity.model.__table__.columns and "seq" not in values:
            values["seq"] = next_seq(tx.session, entity.model.seq)
        tx.session.add(entity.model(id=rid, **values))
        tx.session.flush()
        if entity.write_extra:
            entity.write_extra(tx.session, replace(record, id=rid))
        tx.changed(entity.table, ADDED, (rid,))
    return rid


def update(store: Store, entity: Entity[R], row_id: str, **changes: Any) -> R:
    """Change some fields; returns the previous record (pass it to :func:`put_back` to undo)."""
    unknown = (set(changes) - {f.name for f in fields(entity.record)}) | ({"id"} & set(changes))
    if unknown:
        raise ValidationError(f"{entity.what} has no field(s) {', '.join(sorted(unknown))} to change")
    with store.write() as tx:
        row = checks.found(tx.session.get(entity.model, row_id), entity.what, row_id)
        before = entity.to_record(tx.session, row)
        after = replace(before, **changes)
        for name, value in entity.validate(tx.session, after).items():
            setattr(row, name, value)
        if entity.write_extra:
            entity.write_extra(tx.session, after)
        tx.changed(entity.table, UPDATED, (row_id,))
    return before


def put_back(store: Store, entity: Entity[Any], before: Any) -> None:
    """Undo an :func:`update`: every field back to ``before``."""
    values = {f.name: getattr(before, f.name) for f in fields(before) if f.name != "id"}
    update(store, entity, before.id, **values)


def remove(store: Store, entity: Entity[Any], ids: Sequence[str]) -> Snapshot:
    """Delete rows and everything that cascades from them; returns the undo snapshot."""
    with store.read() as s:
        for rid in ids:
            checks.found(s.get(entity.model, rid), entity.what, rid)
    return delete_rows(store, entity.table, list(ids))


def restore(store: Store, snap: Snapshot) -> None:
    """Undo a :func:`remove`."""
    restore_rows(store, snap)


def get(store: Store, entity: Entity[R], row_id: str) -> R:
    with store.read() as s:
        return entity.to_record(s, checks.found(s.get(entity.model, row_id), entity.what, row_id))


def listing(store: Store, entity: Entity[R], *where: Any) -> list[R]:
    query: Any = select(entity.model).where(*where).order_by(*(getattr(entity.model, c) for c in entity.order))
    with store.read() as s:
        return [entity.to_record(s, row) for row in s.execute(query).scalars()]


# -- shared field checks ------------------------------------------------------------------
def ref(session: Session, model: type, value: str | None, what: str, *, required: bool = False) -> str | None:
    """``value`` must name an existing row of ``model`` (or be None when not required)."""
    if value is None or value == "":
        if required:
            raise ValidationError(f"{what} is required")
        return None
    checks.found(session.get(model, value), what, value)
    return value


def refs(session: Session, model: type, values: Sequence[str], what: str) -> tuple[str, ...]:
    unique = tuple(dict.fromkeys(values))
    for value in unique:
        ref(session, model, value, what, required=True)
    return unique


def linked_organizations(session: Session, organization_id: Any, owner_id: Any, owner: str) -> tuple[str, ...]:
    """The organizations a row names in a link table (``organization_id`` and ``owner_id`` are
    that table's columns; ``owner`` the row's id), in the organizations' own order."""
    return tuple(session.execute(
        select(organization_id)
        .join(Organization, Organization.id == organization_id)
        .where(owner_id == owner)
        .order_by(Organization.seq)
    ).scalars())


def required_text(value: str, what: str, max_len: int) -> str:
    """Non-blank text (as the schema's CHECKs see it), stripped."""
    checks.text(value, what, max_len=max_len)
    if blank(value):
        raise ValidationError(f"{what} cannot be empty")
    return value.strip()


def phase(value: int) -> int:
    if value.__class__ is not int or not 1 <= value <= 6:
        raise ValidationError(f"phase must be a whole number from 1 to 6 (got {value!r})")
    return value
