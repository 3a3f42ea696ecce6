"""Look at a file before trusting it: is it a workshop of ours, of which version, is it sound?

Everything here reads with a raw read-only ``sqlite3`` connection and never writes, so a
foreign, damaged or newer file is refused without being touched.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
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


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    # Checks must report damage, not trip over it: a corrupt text byte is shown as U+FFFD.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    return conn


def probe(path: Path) -> FileInfo:
    """Identify ``path`` as a workshop file, or raise a one-line ``WorkshopFileError``."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise WorkshopFileError(f"{name}: no such file")
    if path.is_dir():
        raise WorkshopFileError(f"{name}: is a folder, not a workshop file")
    if has_hot_journal(path):
        with rolled_back_copy(path) as copy:
            try:
                info = probe(copy)
            except WorkshopFileError as exc:
                raise type(exc)(str(exc).replace(str(copy), name)) from None
        return FileInfo(path=path, version=info.version, writable=_is_writable(path), interrupted=True)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise WorkshopFileError(f"{name}: cannot be read ({exc.strerror})") from exc
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
    try:
        conn = connect_read_only(path)
        try:
            problems = integrity_problems(conn, quick=True)
            if not problems:
                problems = schema_problems(conn, version)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedFileError(f"{name}: the file is damaged ({one_line(exc)})") from exc
    if problems:
        raise DamagedFileError(f"{name}: {problems[0]}")
    writable = _is_writable(path)
    return FileInfo(path=path, version=version, writable=writable)


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
        conn = sqlite3.connect(copy, isolation_level=None)
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
        problems.append(f"the file contains an unexpected {key[0]} '{key[1]}'; refusing to open it")
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key] != actual[key]:
            problems.append(f"the file is damaged ({key[0]} '{key[1]}' has been altered)")
    return problems


def _schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(t, n): " ".join((sql or "").split()) for t, n, sql in rows}


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
