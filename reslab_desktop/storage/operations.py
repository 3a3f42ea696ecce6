"""Operations: the exact rows one action changed, to apply again backwards (undo) or forwards (redo).

An :class:`Operation` is the sequence of :class:`~reslab_desktop.storage.rowlog.RowChange`
records of one or more committed transactions, as SQLite logged them — previous values of
updated columns, full images of deleted rows (cascades included), exact keys and values of
inserted rows. Its :meth:`~Operation.inverse` is the same sequence backwards with old and new
swapped, so undo is ``apply(op.inverse())`` and redo ``apply(op)``: nothing is re-run.

:func:`apply` never destroys what someone else wrote meanwhile: each row must still be as the
operation left it (for an update, the columns it changed), and the write may touch no other
row (a cascade into a ballot cast since, a reference to a note added since). Otherwise it
raises :class:`Conflict` with a one-line reason and the transaction is rolled back.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, bindparam, delete, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from reslab_desktop.errors import ReslabError
from reslab_desktop.storage import rowlog
from reslab_desktop.storage.rowlog import RowChange

if TYPE_CHECKING:
    from reslab_desktop.storage.store import Tx

_CHUNK = 400

#: How a table's rows are named in messages (default: the table name, singular).
WHAT: dict[str, str] = {
    "ballots": "dot",
    "vote_rounds": "voting round",
    "vote_voters": "voter",
    "vote_round_events": "round log entry",
    "vote_candidates": "candidate",
    "paper_tallies": "paper count",
    "links": "arrow",
    "phase_status": "step status",
    "workshop": "workshop",
    "attendance": "attendance",
    "decision_organizations": "decision's organization",
    "initiative_members": "initiative member",
    "iteration_boards": "iteration board",
    "agenda_items": "agenda item",
    "action_items": "action plan item",
    "learning_entries": "learning log entry",
    "needs": "need",
    "sessions": "session",
}


def what(table: str, n: int | None = None) -> str:
    """"dot", or with a count "1 dot" / "3 dots": a table's rows in words."""
    name = WHAT.get(table) or table.replace("_", " ").removesuffix("s")
    return name if n is None else f"{n} {name}" + ("" if n == 1 else "s")


class Conflict(ReslabError):
    """The operation cannot be applied as it is: someone changed what it touches."""


@dataclass(frozen=True)
class Operation:
    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def inverse(self) -> Operation:
        return Operation(tuple(ch.inverse() for ch in reversed(self.rows)))

    def then(self, later: Operation) -> Operation:
        """This operation followed by ``later`` (one step made of both)."""
        return Operation(_compact((*self.rows, *later.rows)))

    def tables(self) -> set[str]:
        return {ch.table for ch in self.rows}


def _compact(rows: Sequence[RowChange]) -> tuple[RowChange, ...]:
    """Fold changes of the same row that follow each other (typing saves the text many times;
    a new note's text typed after it was added) into one."""
    out: list[RowChange] = []
    for ch in rows:
        prev = out[-1] if out else None
        if prev is not None and prev.table == ch.table and prev.key == ch.key and prev.new == ch.old:
            out.pop()
            if prev.old is None and ch.new is None:
                continue  # added, then removed
            if prev.old is not None and ch.new is not None and prev.old == ch.new:
                continue  # changed and changed back
            ch = RowChange(ch.table, ch.key, prev.old, ch.new)
        out.append(ch)
    return tuple(out)


def apply(tx: Tx, op: Operation) -> None:
    """Write ``op`` in ``tx``; :class:`Conflict` if a row is not as ``op`` expects or if the
    write would change rows ``op`` does not name."""
    from reslab_desktop.model import Base

    metadata = Base.metadata
    conn = tx.session.connection()
    for run in _runs(op.rows):
        _apply_run(conn, metadata.tables[run[0].table], run)
    named = {(ch.table, ch.key) for ch in op.rows}
    extra = [ch for ch in rowlog.collect(tx.raw(), metadata, clear=False) if (ch.table, ch.key) not in named]
    if extra:
        raise Conflict(_side_effects(extra))


def _runs(rows: Sequence[RowChange]) -> Iterator[list[RowChange]]:
    """Consecutive changes of one table and kind (and, for updates, of the same columns)."""
    run: list[RowChange] = []
    shape: tuple[Any, ...] = ()
    for ch in rows:
        s = (ch.table, ch.kind, ch.changed_columns())
        if run and (s != shape or len(run) >= _CHUNK):
            yield run
            run = []
        run.append(ch)
        shape = s
    if run:
        yield run


def _key_clause(table: Table, keys: Sequence[tuple[Any, ...]]) -> Any:
    cols = list(table.primary_key.columns)
    if len(cols) == 1:
        return cols[0].in_([k[0] for k in keys])
    return tuple_(*cols).in_(keys)


def _current(conn: Connection, table: Table, keys: Sequence[tuple[Any, ...]]) -> dict[tuple[Any, ...], Mapping[str, Any]]:
    pk = [c.name for c in table.primary_key.columns]
    out: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for row in conn.execute(select(table).where(_key_clause(table, keys))).mappings():
        out[tuple(row[c] for c in pk)] = dict(row)
    return out


def _apply_run(conn: Connection, table: Table, run: list[RowChange]) -> None:
    keys = list(dict.fromkeys(ch.key for ch in run))
    have = _current(conn, table, keys)
    kind = run[0].kind
    pk = [c.name for c in table.primary_key.columns]
    where = and_(*(table.c[c] == bindparam(f"k_{c}") for c in pk))
    if kind == "insert":
        for ch in run:
            if ch.key in have:
                raise Conflict(f"the {what(table.name)} it adds back exists again")
            have[ch.key] = ch.new  # type: ignore[assignment]
        conn.execute(insert(table), [dict(ch.new) for ch in run])  # type: ignore[arg-type]
        return
    for ch in run:
        row = have.get(ch.key)
        if row is None:
            raise Conflict(f"a {what(table.name)} it changes was removed since")
        expected = ch.old
        assert expected is not None
        columns = ch.changed_columns() if kind == "update" else tuple(expected)
        if any(row[c] != expected[c] for c in columns):
            raise Conflict(f"a {what(table.name)} it changes was changed since")
        if kind == "delete":
            del have[ch.key]
        else:
            have[ch.key] = {**row, **{c: ch.new[c] for c in columns}}  # type: ignore[index]
    params = [{f"k_{c}": v for c, v in zip(pk, ch.key, strict=True)} for ch in run]
    if kind == "delete":
        conn.execute(delete(table).where(where), params)
        return
    columns = run[0].changed_columns()
    stmt = update(table).where(where).values({c: bindparam(f"v_{c}") for c in columns})
    for p, ch in zip(params, run, strict=True):
        p.update({f"v_{c}": ch.new[c] for c in columns})  # type: ignore[index]
    conn.execute(stmt, params)


def _side_effects(extra: Sequence[RowChange]) -> str:
    removed: dict[str, int] = {}
    changed: dict[str, int] = {}
    for ch in extra:
        target = removed if ch.new is None else changed
        target[ch.table] = target.get(ch.table, 0) + 1
    parts = [f"remove {what(t, n)}" for t, n in removed.items()]
    parts += [f"change {what(t, n)}" for t, n in changed.items()]
    return "it would also " + " and ".join(parts) + " made since"
