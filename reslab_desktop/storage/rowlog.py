"""What a transaction changed, row by row, recorded by SQLite itself.

Temporary triggers (in the connection's ``temp`` schema, never in the file) log every insert,
update and delete on every mapped table, in the order SQLite performs them — including the
rows a foreign-key cascade deletes and the references ``ON DELETE SET NULL`` clears. This is
the technique of https://www.sqlite.org/undoredo.html, keeping row images instead of SQL text.

For each change the log keeps the row's *previous* image (updates, deletes) in a shadow table
of the same columns; the *new* image is the next previous image of the same row later in the
log, or the row as it is at the end of the transaction. :func:`collect` turns the log into
:class:`RowChange` records (table, primary key, old image, new image) and empties it.

A row image is a dict of Python values as the mapped columns type them (``bool`` for Boolean
columns), so it can be written back with SQLAlchemy Core unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import MetaData, Table

Row = Mapping[str, Any]
Key = tuple[Any, ...]

LOG = "reslab_log"
_SHADOW = "reslab_old_"
_CHUNK = 500


@dataclass(frozen=True)
class RowChange:
    """One row's change: ``old`` is None for an insert, ``new`` is None for a delete."""

    table: str
    key: Key
    old: Row | None
    new: Row | None

    @property
    def kind(self) -> str:
        return "insert" if self.old is None else "delete" if self.new is None else "update"

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.key, self.new, self.old)

    def changed_columns(self) -> tuple[str, ...]:
        """For an update: the columns whose value differs."""
        if self.old is None or self.new is None:
            return ()
        return tuple(c for c in self.new if self.new[c] != self.old[c])


@dataclass(frozen=True)
class _TableLog:
    table: Table
    columns: tuple[str, ...]
    key: tuple[str, ...]
    convert: tuple[Callable[[Any], Any] | None, ...]

    def image(self, values: Sequence[Any]) -> dict[str, Any]:
        return {
            c: (v if f is None or v is None else f(v))
            for c, v, f in zip(self.columns, values, self.convert, strict=True)
        }

    def key_of(self, row: Row) -> Key:
        return tuple(row[c] for c in self.key)


@cache
def _tables(metadata: MetaData) -> dict[str, _TableLog]:
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    out: dict[str, _TableLog] = {}
    for table in metadata.sorted_tables:
        cols = tuple(c.name for c in table.columns)
        convert = tuple(c.type.result_processor(dialect, None) for c in table.columns)
        out[table.name] = _TableLog(table, cols, tuple(c.name for c in table.primary_key.columns), convert)
    return out


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install_statements(metadata: MetaData) -> list[str]:
    """The temp tables and triggers that log changes to every table of ``metadata``."""
    out = [f"CREATE TEMP TABLE IF NOT EXISTS {LOG} (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
           "kind TEXT NOT NULL, rid INTEGER NOT NULL)"]
    for name, t in _tables(metadata).items():
        q = _quote(name)
        shadow = _quote(_SHADOW + name)
        cols = ", ".join(_quote(c) for c in t.columns)
        olds = ", ".join(f"OLD.{_quote(c)}" for c in t.columns)
        lit = "'" + name.replace("'", "''") + "'"
        out.append(f"CREATE TEMP TABLE IF NOT EXISTS {shadow} (n INTEGER PRIMARY KEY, {cols})")
        out.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {_quote('reslab_i_' + name)} AFTER INSERT ON main.{q} BEGIN "
            f"INSERT INTO {LOG} (tbl, kind, rid) VALUES ({lit}, 'I', NEW.rowid); END"
        )
        for kind, event in (("U", "UPDATE"), ("D", "DELETE")):
            out.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {_quote(f'reslab_{kind.lower()}_' + name)} AFTER {event} "
                f"ON main.{q} BEGIN "
                f"INSERT INTO {LOG} (tbl, kind, rid) VALUES ({lit}, '{kind}', OLD.rowid); "
                f"INSERT INTO {shadow} VALUES (last_insert_rowid(), {olds}); END"
            )
    return out


def install(conn: sqlite3.Connection, metadata: MetaData) -> None:
    """Create the logging triggers on ``conn`` (idempotent; outside any transaction is best)."""
    for statement in install_statements(metadata):
        conn.execute(statement)


def collect(conn: sqlite3.Connection, metadata: MetaData, clear: bool = True) -> list[RowChange]:
    """The changes logged on ``conn`` since the last collect, in the order they happened.

    Run inside the transaction (before its commit) so that the final images are the ones
    being committed. ``clear=False`` leaves the log as it is (to look before the end).
    """
    events = conn.execute(f"SELECT n, tbl, kind, rid FROM {LOG} ORDER BY n").fetchall()
    if not events:
        return []
    tables = _tables(metadata)
    olds: dict[int, dict[str, Any]] = {}
    for name in {tbl for _, tbl, kind, _ in events if kind != "I"}:
        t = tables[name]
        for n, *values in conn.execute(f"SELECT * FROM {_quote(_SHADOW + name)}"):
            olds[n] = t.image(values)
    # Per row (table, rowid): the events in order; an event's new image is the next one's old.
    nexts: dict[int, int] = {}
    last: dict[tuple[str, int], int] = {}
    for n, tbl, _kind, rid in events:
        prev = last.get((tbl, rid))
        if prev is not None:
            nexts[prev] = n
        last[(tbl, rid)] = n
    kinds = {n: kind for n, _, kind, _ in events}
    finals = _final_rows(conn, tables, [(tbl, rid) for (tbl, rid), n in last.items() if kinds[n] != "D"])
    out: list[RowChange] = []
    for n, tbl, kind, rid in events:
        t = tables[tbl]
        old = olds.get(n) if kind != "I" else None
        if kind == "D":
            new = None
        elif n in nexts:
            new = olds[nexts[n]]
        else:
            new = finals.get((tbl, rid))
        if old is None and new is None:
            continue
        if old is not None and new is not None and old == new:
            continue  # an UPDATE that wrote the same values
        out.append(RowChange(tbl, t.key_of(old if new is None else new), old, new))  # type: ignore[arg-type]
    if clear:
        conn.execute(f"DELETE FROM {LOG}")
        for name in {tbl for _, tbl, kind, _ in events if kind != "I"}:
            conn.execute(f"DELETE FROM {_quote(_SHADOW + name)}")
    return out


def _final_rows(
    conn: sqlite3.Connection, tables: Mapping[str, _TableLog], wanted: Sequence[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, Any]]:
    by_table: dict[str, list[int]] = {}
    for tbl, rid in wanted:
        by_table.setdefault(tbl, []).append(rid)
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for tbl, rids in by_table.items():
        t = tables[tbl]
        cols = ", ".join(_quote(c) for c in t.columns)
        for chunk in _chunks(rids):
            marks = ", ".join("?" * len(chunk))
            for rid, *values in conn.execute(
                f"SELECT rowid, {cols} FROM main.{_quote(tbl)} WHERE rowid IN ({marks})", chunk
            ):
                out[(tbl, rid)] = t.image(values)
    return out


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def table_key(metadata: MetaData, table: str) -> tuple[str, ...]:
    """The primary-key columns of ``table``."""
    return _tables(metadata)[table].key


def table_columns(metadata: MetaData, table: str) -> tuple[str, ...]:
    return _tables(metadata)[table].columns
