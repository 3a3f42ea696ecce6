"""Look at a file before trusting it: is it a workshop of ours, of which version, is it sound?

Everything here reads with a raw read-only ``sqlite3`` connection and never writes, so a
foreign, damaged or newer file is refused without being touched. A file from a stranger is
untrusted input (``docs/reliability.md``), so the order of the checks matters:

1. ``os.stat`` first: a FIFO, a device or a folder is refused before anything opens it;
2. side files: a ``-wal`` or ``-shm`` beside the file was never written by this app (it
   writes in rollback-journal mode only), nor was a header set to WAL mode; both are refused,
   since SQLite would apply the log. A hot ``-journal`` is played back on a private copy only,
   and when that damages a file that is sound alone, the journal is named as the cause;
3. the schema is compared *exactly* with the one our migrations build: every row of
   ``sqlite_schema`` (``sqlite_``-named objects too), compared by string, before any query
   that could evaluate an expression stored in the file (a generated column, a CHECK);
4. only then SQLite's own integrity checks, bounded in time by a progress handler.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from reslab_desktop.errors import DamagedFileError, NewerFileError, WorkshopFileError
from reslab_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS

APPLICATION_ID = 0x524C4142  # "RLAB"
SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal it cannot roll back
#: How long any one look at a file may take before it is refused (SQLite's progress handler).
CHECK_SECONDS = 60.0
_PROGRESS_STEPS = 20_000  # virtual-machine instructions between two looks at the clock
#: Largest string or blob SQLite will build while checking (a planted expression cannot
#: make it allocate gigabytes).
_LENGTH_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class FileInfo:
    path: Path
    version: int
    writable: bool
    #: A commit was interrupted (crash, power loss): SQLite rolls it back on the first
    #: writable open. The checks above ran on a rolled-back copy.
    interrupted: bool = False


def one_line(detail: object, limit: int = 160) -> str:
    """SQLite's messages can quote schema SQL over many lines; a user sees one short line."""
    text = " ".join(str(detail).replace("*** in database main ***", "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def side_path(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


class TooSlowError(sqlite3.OperationalError):
    """A check ran past its time budget (see :func:`bounded`)."""


def bounded(conn: sqlite3.Connection, seconds: float = CHECK_SECONDS) -> sqlite3.Connection:
    """Interrupt any statement of ``conn`` that runs longer than ``seconds`` in all."""
    deadline = time.monotonic() + seconds

    def progress() -> int:
        return 1 if time.monotonic() > deadline else 0

    conn.set_progress_handler(progress, _PROGRESS_STEPS)
    with contextlib.suppress(AttributeError, sqlite3.Error):
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _LENGTH_LIMIT)
    return conn


def is_interrupted(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)


def refuse_special(path: Path) -> os.stat_result:
    """``os.stat`` of ``path``; a FIFO, device, socket or folder is refused in one line."""
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise WorkshopFileError(f"{name}: no such file") from None
    except OSError as exc:
        raise WorkshopFileError(f"{name}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise WorkshopFileError(f"{name}: is a folder, not a workshop file")
    if stat.S_ISFIFO(st.st_mode):
        raise WorkshopFileError(f"{name}: is a pipe (FIFO), not a workshop file")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        raise WorkshopFileError(f"{name}: is a device, not a workshop file")
    if not stat.S_ISREG(st.st_mode):
        raise WorkshopFileError(f"{name}: is not a regular file")
    return st


def read_header(path: Path) -> bytes:
    """The first 100 bytes, read without ever blocking (``O_NONBLOCK``: a FIFO swapped in)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise WorkshopFileError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise WorkshopFileError(f"{path}: is not a regular file")
        return os.read(fd, 100)
    except OSError as exc:
        raise WorkshopFileError(f"{path}: cannot be read ({exc.strerror})") from exc
    finally:
        os.close(fd)


def foreign_side_file(path: Path) -> str | None:
    """A one-line refusal when a ``-wal``/``-shm`` lies beside ``path`` (never ours)."""
    for suffix in ("-wal", "-shm"):
        side = side_path(path, suffix)
        if side.exists() or side.is_symlink():
            return (f"{side.name} beside it was not written by Resiliency Lab (a write-ahead log "
                    "it never uses) and would change what the file says; move it away to open the "
                    "file as it is, or run \"reslab check --repair\"")
    return None


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def connect_read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection with SQLite's defensive settings and a time budget.

    ``immutable``: SQLite reads the main database alone (no journal or log applied, no lock,
    no side file created), for files already known to have no side files of ours."""
    uri = read_only_uri(path) + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    bounded(conn)
    # Checks must report damage, not trip over it: a corrupt text byte is shown as U+FFFD.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    return conn


def probe(path: Path) -> FileInfo:
    """Identify ``path`` as a workshop file, or raise a one-line ``WorkshopFileError``."""
    path = Path(path)
    name = str(path)
    refuse_special(path)
    side = foreign_side_file(path)
    if side is not None:
        raise DamagedFileError(f"{name}: {side}")
    if has_hot_journal(path):
        with rolled_back_copy(path) as copy:
            try:
                info = probe(copy)
                # The journal is about to be played back for good: the full check (rare, so
                # its cost is paid only after a crash) catches a stranger's journal that
                # the quick check misses (index entries that no longer match).
                conn = connect_read_only(copy)
                try:
                    damage = integrity_problems(conn)
                finally:
                    conn.close()
                if damage:
                    raise DamagedFileError(f"{copy}: {damage[0]}")
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                raise DamagedFileError(f"{name}: the file is damaged ({one_line(exc)})") from exc
            except WorkshopFileError as exc:
                if isinstance(exc, DamagedFileError) and _sound_alone(path):
                    raise DamagedFileError(f"{name}: {foreign_journal(path)}") from None
                raise type(exc)(str(exc).replace(str(copy), name)) from None
        return FileInfo(path=path, version=info.version, writable=_is_writable(path), interrupted=True)
    header = read_header(path)
    if len(header) == 0:
        raise WorkshopFileError(f"{name}: the file is empty")
    if not header.startswith(SQLITE_MAGIC):
        raise WorkshopFileError(f"{name}: not a workshop file (not an SQLite database)")
    if len(header) < 100:
        raise DamagedFileError(f"{name}: the file is truncated")
    app_id = int.from_bytes(header[68:72], "big")
    version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        raise WorkshopFileError(f"{name}: an SQLite database of another application")
    if version > LATEST_VERSION:
        raise NewerFileError(
            f"{name}: made by a newer version of Resiliency Lab (file format {version}, "
            f"this app reads up to {LATEST_VERSION}); update the app to open it"
        )
    if header[18] == 2 or header[19] == 2:
        raise DamagedFileError(
            f"{name}: the file is set to write-ahead-log mode, which Resiliency Lab never uses; "
            "run \"reslab check --repair\" to write a clean copy")
    try:
        conn = connect_read_only(path)
        try:
            # The schema first: nothing stored in the file is evaluated before it matches.
            problems = schema_problems(conn, version)
            if not problems:
                problems = integrity_problems(conn, quick=True)
            if not problems:
                from reslab_desktop.storage.content import rule_violations

                broken = rule_violations(conn, version, limit=1)
                if broken:
                    problems = [f"{broken[0]}; \"reslab check --repair\" writes a copy without it"]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if is_interrupted(exc):
            raise DamagedFileError(f"{name}: checking the file took too long; refusing to open it") from exc
        raise DamagedFileError(f"{name}: the file is damaged ({one_line(exc)})") from exc
    if problems:
        raise DamagedFileError(f"{name}: {problems[0]}")
    writable = _is_writable(path)
    return FileInfo(path=path, version=version, writable=writable)


def foreign_journal(path: Path) -> str:
    return (f"{journal_path(path).name} beside it does not belong to this file (playing it back "
            "would damage a sound file); move it away to open the file as it is")


def _sound_alone(path: Path) -> bool:
    """Whether the main database, read alone (journal ignored), passes every check."""
    try:
        header = read_header(path)
        version = int.from_bytes(header[60:64], "big")
        conn = connect_read_only(path, immutable=True)
        try:
            return not schema_problems(conn, version) and not integrity_problems(conn, quick=True)
        finally:
            conn.close()
    except (WorkshopFileError, sqlite3.DatabaseError, UnicodeDecodeError):
        return False


def has_hot_journal(path: Path) -> bool:
    """True when a crash left a journal that SQLite must play back before the file is read."""
    journal = journal_path(path)
    try:
        if journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        conn = connect_read_only(path)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    # (SQLite's error text may quote damaged, non-UTF-8 schema bytes: UnicodeDecodeError.)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return getattr(exc, "sqlite_errorcode", 0) == SQLITE_READONLY_ROLLBACK
    return False


@contextlib.contextmanager
def rolled_back_copy(path: Path) -> Iterator[Path]:
    """A private copy of ``path`` with its hot journal played back; the original is untouched."""
    with tempfile.TemporaryDirectory(prefix="reslab-probe-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(journal_path(path), journal_path(copy))
        except OSError as exc:
            raise WorkshopFileError(f"{path}: cannot be read ({exc.strerror})") from exc
        conn = bounded(sqlite3.connect(copy, isolation_level=None))
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA schema_version").fetchone()  # plays the journal back
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise DamagedFileError(f"{path}: the file is damaged ({one_line(exc)})") from exc
        finally:
            conn.close()
        yield copy


def _is_writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def integrity_problems(conn: sqlite3.Connection, quick: bool = False) -> list[str]:
    """Problems reported by SQLite's own checks (empty when the file is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    problems = [] if rows == ["ok"] else [f"the file is damaged ({one_line(rows[0] if rows else '?')})"]
    fk = conn.execute("PRAGMA foreign_key_check").fetchmany(1)
    if fk:
        problems.append(f"the file is damaged (broken reference in table {fk[0][0]})")
    return problems


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Differences between the file's schema and the one our migrations build at ``version``.

    A planted trigger or view, a missing or altered table: anything we did not create is
    refused, so nothing from a file is ever executed.
    """
    expected = expected_schema(version)
    actual = _schema_of(conn)
    problems = []
    for key in sorted(expected.keys() - actual.keys()):
        problems.append(f"the file is damaged (missing {key[0]} '{key[1]}')")
    for key in sorted(actual.keys() - expected.keys()):
        problems.append(f"the file contains an unexpected {one_line(key[0], 20)} '{one_line(key[1], 60)}'; "
                        "refusing to open it")
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key] != actual[key]:
            problems.append(f"the file is damaged ({key[0]} '{key[1]}' has been altered)")
    if not problems:
        # writable_schema can point two objects at one b-tree, or one at none.
        roots = [r for (r,) in conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE type IN ('table', 'index')")]
        if len(set(roots)) != len(roots) or any(not isinstance(r, int) or r < 1 for r in roots):
            problems.append("the file is damaged (its list of tables has been tampered with)")
    return problems


def _schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every object of ``sqlite_schema``, ``sqlite_``-named ones included (compared as strings:
    no LIKE, whose ``_`` matches any character), keyed by type and name."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    schema: dict[tuple[str, str], str] = {}
    for kind, name, table, sql in rows:
        key = (str(kind), str(name))
        text = f"{table} " + " ".join(str(sql or "").split())
        # Two rows of one name (planted with writable_schema) never compare equal.
        schema[key] = text if key not in schema else schema[key] + "\x00duplicate"
    return schema


@cache
def expected_schema(version: int) -> dict[tuple[str, str], str]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in MIGRATIONS:
            if migration.version > version:
                break
            for statement in migration.statements:
                conn.execute(statement)
        return _schema_of(conn)
    finally:
        conn.close()
