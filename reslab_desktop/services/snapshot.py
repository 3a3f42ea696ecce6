"""Undo for deletions, for every table at once.

Before rows are deleted, :func:`capture` follows the foreign keys of the mapped schema and
keeps the rows that the delete will cascade away and the references it will set to NULL.
:func:`restore` puts all of it back in parent-first order. New tables added by later
migrations are covered without writing a restore function per entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.engine import Connection

from reslab_desktop.model import Base

_CHUNK = 500


@dataclass
class Snapshot:
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # (table, primary-key values, column, old value) for references set to NULL by the delete
    nulled: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)

    def ids(self, table: str) -> list[str]:
        return [row["id"] for row in self.rows.get(table, [])]


def capture(conn: Connection, table_name: str, ids: Sequence[str]) -> Snapshot:
    snap = Snapshot()
    _capture(conn, Base.metadata.tables[table_name], list(ids), snap, seen=set())
    return snap


def delete_with_snapshot(conn: Connection, table_name: str, ids: Sequence[str]) -> Snapshot:
    """Capture, then delete rows ``ids`` of ``table_name`` (cascades run in SQLite)."""
    snap = capture(conn, table_name, ids)
    table = Base.metadata.tables[table_name]
    for chunk in _chunks(list(ids)):
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
    return snap


def restore(conn: Connection, snap: Snapshot) -> None:
    for table in Base.metadata.sorted_tables:
        rows = snap.rows.get(table.name)
        if rows:
            conn.execute(insert(table), rows)
    for table_name, pk, column, value in snap.nulled:
        table = Base.metadata.tables[table_name]
        cond = and_(*(table.c[k] == v for k, v in pk.items()))
        conn.execute(update(table).where(cond).values({column: value}))


def _capture(conn: Connection, table: Table, ids: list[Any], snap: Snapshot, seen: set[Any]) -> None:
    ids = [i for i in ids if (table.name, i) not in seen]
    if not ids:
        return
    seen.update((table.name, i) for i in ids)
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        rows.extend(dict(r._mapping) for r in conn.execute(select(table).where(table.c.id.in_(chunk))))
    snap.rows.setdefault(table.name, []).extend(rows)
    for child, fk in _references_to(table):
        column = fk.parent
        for chunk in _chunks(ids):
            child_rows = [dict(r._mapping) for r in conn.execute(select(child).where(column.in_(chunk)))]
            if not child_rows:
                continue
            if fk.ondelete and fk.ondelete.upper() == "CASCADE":
                if "id" in child.c:
                    _capture(conn, child, [r["id"] for r in child_rows], snap, seen)
                else:
                    _add_keyless(snap, child, child_rows, seen)
            elif fk.ondelete and fk.ondelete.upper() == "SET NULL":
                pk_cols = [c.name for c in child.primary_key.columns]
                for r in child_rows:
                    snap.nulled.append((child.name, {k: r[k] for k in pk_cols}, column.name, r[column.name]))


def _add_keyless(snap: Snapshot, table: Table, rows: list[dict[str, Any]], seen: set[Any]) -> None:
    pk_cols = [c.name for c in table.primary_key.columns]
    for row in rows:
        key = (table.name, tuple(row[k] for k in pk_cols))
        if key not in seen:
            seen.add(key)
            snap.rows.setdefault(table.name, []).append(row)


def _references_to(table: Table) -> Iterable[tuple[Table, Any]]:
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                yield child, fk


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
