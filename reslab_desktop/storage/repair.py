"""``reslab check --repair``: salvage what can still be read into a new workshop file.

Pure Python (the ``sqlite3`` shell's ``.recover`` is not on a facilitator's laptop): a fresh
file gets the current schema, then every table of the damaged file is copied row by row.
Where a table's pages are unreadable, its rows are read by rowid ranges, halving a failing
range until the unreadable rows are isolated, so one bad page loses only the rows on it.
Rows that break a rule of the schema, or refer to rows that were lost, are dropped (or
their optional reference cleared) and counted. The damaged file is opened read-only and
immutable: it is never modified.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from reslab_desktop.errors import DamagedFileError, NewerFileError, WorkshopFileError
from reslab_desktop.rules import fields
from reslab_desktop.storage.atomic import atomic_path, reading
from reslab_desktop.storage.integrity import check_file
from reslab_desktop.storage.migrations import LATEST_VERSION
from reslab_desktop.storage.probe import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    bounded,
    foreign_side_file,
    has_hot_journal,
    one_line,
    rolled_back_copy,
)
from reslab_desktop.storage.store import connect_file, initialise_file

REPAIR_SECONDS = 600.0  # a planted expression cannot keep the repair running for ever
MAX_QUERIES_PER_TABLE = 50_000  # bound the halving on a badly broken table
_READ_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)


@dataclass
class RepairReport:
    source: Path
    target: Path
    recovered: dict[str, int] = field(default_factory=dict)
    #: table → rows (or unreadable row slots) that could not be recovered
    lost: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.lost and not self.notes

    def lose(self, table: str, count: int, note: str | None = None) -> None:
        if count:
            self.lost[table] = self.lost.get(table, 0) + count
        if note:
            self.notes.append(note)


def default_target(source: Path) -> Path:
    return source.with_name(f"{source.stem}.recovered{source.suffix or '.reslab'}")


def repair(source: Path, target: Path | None = None) -> RepairReport:
    """Write what can be read of ``source`` to ``target`` (a new file); never touches ``source``."""
    source = Path(source)
    target = Path(target) if target else default_target(source)
    if target.exists():
        raise WorkshopFileError(f"{target}: already exists (choose another name with -o)")
    _check_identity(source)
    report = RepairReport(source, target)
    try:
        with reading(source), _readable(source, report) as src, atomic_path(target) as tmp:
            _salvage_into(src, tmp, report)
    except DamagedFileError as exc:
        raise DamagedFileError(f"{source}: {exc}") from None
    return report


def _salvage_into(src: sqlite3.Connection, tmp: Path, report: RepairReport) -> None:
    tmp.unlink()
    initialise_file(tmp)
    dst = connect_file(tmp, read_only=False)
    try:
        dst.execute("PRAGMA foreign_keys=OFF")
        dst.execute("BEGIN IMMEDIATE")
        source_tables = _tables(src)
        for table in _tables(dst):
            if table not in source_tables:
                report.notes.append(f"table {table} was missing; it starts empty")
                continue
            _copy_table(src, dst, table, report)
        _drop_broken_references(dst, report)
        _ensure_workshop_row(dst, report)
        dst.execute("COMMIT")
    finally:
        dst.close()
    remaining = check_file(tmp).problems
    report.notes += [f"still to fix by hand: {p}" for p in remaining]


def _check_identity(source: Path) -> None:
    try:
        header = source.read_bytes()[:100] if source.is_file() else None
    except OSError as exc:
        raise WorkshopFileError(f"{source}: cannot be read ({exc.strerror})") from exc
    if header is None:
        raise WorkshopFileError(f"{source}: no such file")
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise WorkshopFileError(f"{source}: not a readable SQLite file; nothing can be recovered")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise WorkshopFileError(f"{source}: not a Resiliency Lab workshop; refusing to repair it")
    version = int.from_bytes(header[60:64], "big")
    if version > LATEST_VERSION:
        raise NewerFileError(f"{source}: made by a newer version of Resiliency Lab; update the app")


@contextmanager
def _readable(source: Path, report: RepairReport) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a private copy (rolled back, header mended, length restored)."""
    with _maybe_rolled_back(source, report) as path, tempfile.TemporaryDirectory(prefix="reslab-repair-") as d:
        copy = Path(d) / "damaged.reslab"
        shutil.copyfile(path, copy)
        _mend_copy(copy, report)
        uri = f"file:{quote(str(copy))}?mode=ro&immutable=1"
        conn = bounded(sqlite3.connect(uri, uri=True, isolation_level=None), REPAIR_SECONDS)
        garbled = [0]

        def decode(data: bytes) -> str:
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                garbled[0] += 1
                return data.decode("utf-8", "replace")

        conn.text_factory = decode
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA cell_size_check=ON")
            yield conn
        finally:
            conn.close()
        if garbled[0]:
            report.notes.append(f"{garbled[0]} texts had damaged characters; they now show \ufffd")


def _mend_copy(copy: Path, report: RepairReport) -> None:
    """Fix what stops SQLite from reading anything: a bad page size, a cut-off file."""
    with copy.open("r+b") as fh:
        header = bytearray(fh.read(100))
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):
            header[16:18] = (4096).to_bytes(2, "big")  # what every workshop file uses
            fh.seek(0)
            fh.write(header)
            page_size = 4096
            report.notes.append("the file's header was damaged (page size); read as 4096")
        if header[18] == 2 or header[19] == 2:  # WAL mode: read the main database alone
            header[18:20] = b"\x01\x01"
            fh.seek(0)
            fh.write(header)
        pages = int.from_bytes(header[28:32], "big")
        size = fh.seek(0, 2)
        if pages and size < pages * page_size:
            fh.truncate(pages * page_size)  # zero pages: unreadable, the rest is reachable
            report.notes.append(f"the file was cut off ({size:,} of {pages * page_size:,} bytes)")


@contextmanager
def _maybe_rolled_back(source: Path, report: RepairReport) -> Iterator[Path]:
    """The file as SQLite would read it: a hot journal played back, unless the journal is a
    stranger's (playing it back damages a file that is sound alone: then it is ignored).
    A ``-wal``/``-shm`` is never applied (the main database is copied alone)."""
    side = foreign_side_file(source)
    if side is not None:
        report.notes.append(f"{side.split(' beside', 1)[0]} beside the file was ignored (never written "
                            "by Resiliency Lab)")
    if has_hot_journal(source):
        from reslab_desktop.storage.probe import _sound_alone

        with rolled_back_copy(source) as copy:
            if _sound_alone(source) and not check_file(copy).ok:
                report.notes.append(f"{source.name}-journal beside the file does not belong to it; "
                                    "it was ignored")
                copy = source
            yield copy
    else:
        yield source


def _tables(conn: sqlite3.Connection) -> list[str]:
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' "
            "ORDER BY rowid"
        )]
    except _READ_ERRORS as exc:
        raise DamagedFileError(
            f"the list of tables cannot be read ({one_line(exc)}); nothing could be recovered"
        ) from exc


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str, report: RepairReport) -> None:
    try:
        wanted = _columns(dst, table)
        have = set(_columns(src, table))
    except _READ_ERRORS as exc:
        report.notes.append(f"table {table} could not be read ({one_line(exc)})")
        return
    cols = [c for c in wanted if c in have]
    col_list = ", ".join(f'"{c}"' for c in cols)
    rows, unreadable = _salvage_rows(src, table, col_list)
    insert = f'INSERT INTO "{table}" ({col_list}) VALUES ({", ".join("?" * len(cols))})'
    refused = mended = 0
    rules = [(i, fields.field(table, c)) for i, c in enumerate(cols) if (table, c) in _RULED]
    for row in rows:
        fixed = _mend_row(row, rules)
        if fixed is None:
            refused += 1
            continue
        mended += fixed != row
        try:
            dst.execute(insert, fixed)
        except sqlite3.DatabaseError:
            refused += 1  # a value a damaged page garbled breaks a rule of the schema
    if mended:
        report.notes.append(f"{table}: {mended} rows broke a rule; their values were mended")
    report.recovered[table] = len(rows) - refused
    if unreadable:
        report.lose(table, unreadable, f"{table}: up to {unreadable} rows were on unreadable pages")
    if refused:
        report.lose(table, refused, f"{table}: {refused} damaged rows broke the schema's rules")


_RULED = {(f.table, f.column) for f in fields.FIELDS}


def _mend_row(
    row: tuple[object, ...], rules: list[tuple[int, fields.Field]]
) -> tuple[object, ...] | None:
    """``row`` with every value that breaks its field's rule mended; ``None``: drop it."""
    values = [v.decode("utf-8", "replace") if isinstance(v, bytes) and not _is_blob(i, rules) else v
              for i, v in enumerate(row)]
    for i, rule in rules:
        mended = rule.mend(values[i])
        if mended is fields.DROP:
            return None
        values[i] = mended
    return tuple(values)


def _is_blob(i: int, rules: list[tuple[int, fields.Field]]) -> bool:
    return any(j == i and rule.kind == "blob" for j, rule in rules)


def _salvage_rows(
    src: sqlite3.Connection, table: str, col_list: str
) -> tuple[list[tuple[object, ...]], int]:
    """All readable rows (in rowid order) and how many rowids could not be read."""
    query = f'SELECT {col_list} FROM "{table}"'
    try:
        return src.execute(query + " ORDER BY rowid").fetchall(), 0
    except _READ_ERRORS:
        pass
    ranged = query.replace("SELECT ", "SELECT rowid, ", 1) + " WHERE rowid BETWEEN ? AND ?"
    found: dict[int, tuple[object, ...]] = {}
    bad: list[int] = []
    unreadable = 0
    pending = [(1, _rowid_bound(src, table))]
    queries = 0
    while pending:
        lo, hi = pending.pop()
        queries += 1
        if queries > MAX_QUERIES_PER_TABLE:
            unreadable += sum(h - lo2 + 1 for lo2, h in pending) + (hi - lo + 1)
            break
        try:
            for rowid, *values in src.execute(ranged, (lo, hi)):
                found[rowid] = tuple(values)
        except _READ_ERRORS:
            if lo == hi:
                bad.append(lo)
            else:
                mid = (lo + hi) // 2
                pending += [(lo, mid), (mid + 1, hi)]
    # An unreadable rowid is a lost row only between rows that were read: past the last one,
    # the slots up to a guessed bound are mostly empty (counting them said 13,200 lost notes
    # of 264). Rows there are counted as one unknown loss.
    top = max(found, default=0)
    unreadable += sum(1 for rowid in bad if rowid < top) + (1 if any(rowid > top for rowid in bad) else 0)
    return [found[k] for k in sorted(found)], unreadable


def _rowid_bound(src: sqlite3.Connection, table: str) -> int:
    try:
        top = src.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
        if top is not None:
            return int(top)
    except _READ_ERRORS:
        pass
    # The rightmost pages are damaged too: rows cannot outnumber what the file can hold.
    pages = int(src.execute("PRAGMA page_count").fetchone()[0])
    return max(1, min(pages * 100, 1 << 20))


def _drop_broken_references(dst: sqlite3.Connection, report: RepairReport) -> None:
    """Clear optional references to lost rows; drop rows whose required parent was lost."""
    cleared: Counter[str] = Counter()
    rescued: Counter[str] = Counter()
    for _ in range(20):  # dropping a row can orphan its own children: repeat until clean
        problems = dst.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            break
        for table, rowid, _parent, fkid in problems:
            fk = [r for r in dst.execute(f'PRAGMA foreign_key_list("{table}")') if r[0] == fkid]
            column = fk[0][3]
            nullable = {r[1]: not r[3] for r in dst.execute(f'PRAGMA table_info("{table}")')}
            if column == "board_id" and _parent == "boards":
                dst.execute(f'UPDATE "{table}" SET board_id = ? WHERE rowid = ?',
                            (_rescue_board(dst, report), rowid))
                rescued[table] += 1
            elif nullable.get(column):
                dst.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
                cleared[f"{table}.{column}"] += 1
            else:
                dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                report.recovered[table] = report.recovered.get(table, 1) - 1
                report.lose(table, 1)
    else:
        report.notes.append("some references could not be untangled")
    report.notes += [f"{where}: {n} references to lost rows were cleared" for where, n in cleared.items()]
    report.notes += [f"{table}: {n} whose board was lost are on the board '{RESCUE_TITLE}'"
                     for table, n in rescued.items()]


RESCUE_BOARD = "recovered"
RESCUE_TITLE = "Recovered"


def _rescue_board(dst: sqlite3.Connection, report: RepairReport) -> str:
    """A board for things whose own board was lost, so they are not lost with it."""
    if not dst.execute("SELECT 1 FROM boards WHERE id = ?", (RESCUE_BOARD,)).fetchone():
        seq = dst.execute("SELECT coalesce(max(seq), -1) + 1 FROM boards").fetchone()[0]
        dst.execute("INSERT INTO boards (id, seq, phase, title) VALUES (?, ?, 1, ?)",
                    (RESCUE_BOARD, seq, RESCUE_TITLE))
    return RESCUE_BOARD


def _ensure_workshop_row(dst: sqlite3.Connection, report: RepairReport) -> None:
    if dst.execute("SELECT count(*) FROM workshop").fetchone()[0] == 0:
        dst.execute("INSERT INTO workshop (id, title) VALUES (1, 'Recovered workshop')")
        report.notes.append("the workshop's own details were lost; its title is now 'Recovered workshop'")
