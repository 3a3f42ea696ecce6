"""Makers of damaged and hostile workshop files, shared by the reliability tests."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from reslab_desktop.interchange import import_json
from reslab_desktop.storage.migrations import LATEST_VERSION

PAGE = 4096


def sound_workshop(path: Path, notes: int = 300) -> Path:
    """A real workshop with enough notes to fill several pages of the notes table."""
    doc = {
        "format": "reslab-workshop", "version": 1,
        "workshop": {"title": "Taller sano", "facilitators": ["Ana"]},
        "organizations": [{"id": "o1", "name": "Red", "sector": "community"}],
        "participants": [{"id": "p1", "name": "Luz", "organization": "o1"}],
        "boards": [{"id": "b1", "phase": 1, "title": "Problemas", "notes": [
            {"id": f"n{i}", "text": f"NOTE-{i:05d} " + "agua y barrio " * 6, "color": "#FFD966",
             "x": i, "y": i, "w": 100, "h": 60, "author": "p1"} for i in range(notes)]}],
    }
    import_json(doc, path)
    return path


def _sql(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return path


def truncated_half(path: Path) -> Path:
    sound_workshop(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_header(path: Path) -> Path:
    sound_workshop(path)
    path.write_bytes(path.read_bytes()[:60])
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(1).randbytes(64 * 1024))
    return path


def sqlite_magic_then_garbage(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8 * PAGE))
    return path


def zero_length(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def other_application(path: Path) -> Path:
    return _sql(path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                "INSERT INTO moz_places (url) VALUES ('https://example.org')")


def our_id_foreign_schema(path: Path) -> Path:
    return _sql(path, "PRAGMA application_id=1380729154", f"PRAGMA user_version={LATEST_VERSION}",
                "CREATE TABLE notes (id)")


def missing_table(path: Path) -> Path:
    return _sql(sound_workshop(path), "DROP TABLE links")


def altered_table(path: Path) -> Path:
    return _sql(sound_workshop(path), "ALTER TABLE notes ADD COLUMN payload TEXT")


def newer_version(path: Path) -> Path:
    return _sql(sound_workshop(path), f"PRAGMA user_version={LATEST_VERSION + 1}")


def version_zero(path: Path) -> Path:
    return _sql(sound_workshop(path), "PRAGMA user_version=0")


def planted_trigger(path: Path) -> Path:
    return _sql(sound_workshop(path),
                "CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM notes; END")


def planted_view(path: Path) -> Path:
    return _sql(sound_workshop(path), "CREATE VIEW boards_v AS SELECT * FROM boards")


def planted_table(path: Path) -> Path:
    return _sql(sound_workshop(path), "CREATE TABLE extra (x)")


def broken_reference(path: Path) -> Path:
    return _sql(sound_workshop(path), "PRAGMA foreign_keys=OFF", "UPDATE notes SET board_id = 'nowhere'")


def corrupted_page(path: Path) -> Path:
    """Overwrite the page holding one note with garbage (a bad sector, a torn USB copy)."""
    sound_workshop(path)
    data = bytearray(path.read_bytes())
    page = data.index(b"NOTE-00150") // PAGE
    data[page * PAGE : (page + 1) * PAGE] = random.Random(3).randbytes(PAGE)
    path.write_bytes(bytes(data))
    return path


def corrupted_header_page_size(path: Path) -> Path:
    sound_workshop(path)
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x03"  # not a power of two
    path.write_bytes(bytes(data))
    return path


def invalid_utf8_text(path: Path) -> Path:
    """One byte of a note's text flipped so it is no longer UTF-8; every page stays sound."""
    sound_workshop(path)
    data = bytearray(path.read_bytes())
    data[data.index(b"NOTE-00046")] = 0x80
    path.write_bytes(bytes(data))
    return path


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "truncated in the middle": truncated_half,
    "truncated in the header": truncated_header,
    "random bytes": random_bytes,
    "SQLite magic then garbage": sqlite_magic_then_garbage,
    "zero-length": zero_length,
    "another application's SQLite file": other_application,
    "our id, foreign schema": our_id_foreign_schema,
    "missing table": missing_table,
    "altered table": altered_table,
    "newer schema version": newer_version,
    "version zero with tables": version_zero,
    "planted trigger": planted_trigger,
    "planted view": planted_view,
    "planted table": planted_table,
    "broken reference": broken_reference,
    "corrupted page": corrupted_page,
    "corrupted page size": corrupted_header_page_size,
}


# -- valid SQLite, hostile content (issue 19) ---------------------------------------------------
def sqlite_named_trigger(path: Path) -> Path:
    """``_`` is a LIKE wildcard: ``sqlitex_…`` passed ``NOT LIKE 'sqlite_%'``."""
    return _sql(sound_workshop(path),
                "CREATE TRIGGER sqlitex_wipe AFTER UPDATE ON boards BEGIN DELETE FROM notes; END")


def sqlite_named_view(path: Path) -> Path:
    return _sql(sound_workshop(path), "CREATE VIEW sqlite1_v AS SELECT * FROM notes")


def writable_schema_object(path: Path) -> Path:
    """A trigger planted straight into sqlite_schema under a reserved-looking name."""
    return _sql(sound_workshop(path), "PRAGMA writable_schema=ON",
                "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('trigger', "
                "'sqlite_autoindex_x', 'boards', 0, 'CREATE TRIGGER sqlite_autoindex_x AFTER UPDATE ON boards "
                "BEGIN DELETE FROM notes; END')", "PRAGMA writable_schema=OFF")


def planted_generated_column(path: Path) -> Path:
    """A virtual generated column that costs seconds per row, planted in a real table."""
    sound_workshop(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'notes'").fetchone()[0]
        slow = "(length(replace(hex(zeroblob(20000000)), '00', 'xy')))"
        sql = sql.rstrip()[:-1] + f", slow INTEGER AS {slow} VIRTUAL)"
        conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'notes'", (sql,))
        conn.execute("PRAGMA writable_schema=OFF")
    finally:
        conn.close()
    return path


def _unchecked(path: Path, *statements: str) -> Path:
    return _sql(sound_workshop(path), "PRAGMA ignore_check_constraints=ON", *statements)


def text_as_blob(path: Path) -> Path:
    return _unchecked(path, "UPDATE notes SET text = CAST(text AS BLOB) WHERE id = 'n3'")


def phase_99(path: Path) -> Path:
    return _unchecked(path, "UPDATE boards SET phase = 99")


def bad_facilitators(path: Path) -> Path:
    return _unchecked(path, "UPDATE workshop SET facilitators = '{\"a\": 1'")


def width_abc(path: Path) -> Path:
    return _unchecked(path, "UPDATE notes SET w = 'abc' WHERE id = 'n4'")


def x_infinity(path: Path) -> Path:
    return _unchecked(path, "UPDATE notes SET x = 9e999 WHERE id = 'n5'")


def color_with_newline(path: Path) -> Path:
    return _unchecked(path, "UPDATE notes SET color = '#FFE066' || char(10) WHERE id = 'n6'")


def bad_sector(path: Path) -> Path:
    return _unchecked(path, "UPDATE organizations SET sector = 'mafia'")


def foreign_wal(path: Path) -> Path:
    """A ``-wal`` from another copy of the file: SQLite would apply it."""
    sound_workshop(path)
    other = path.with_name("other.reslab")
    import shutil

    shutil.copyfile(path, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE notes SET text = 'INJECTED'")
    shutil.copyfile(other.with_name("other.reslab-wal"), path.with_name(path.name + "-wal"))
    conn.close()
    for p in path.parent.glob("other.reslab*"):
        p.unlink()
    return path


def wal_header(path: Path) -> Path:
    """The header says WAL mode: a read-only open would leave -wal/-shm files."""
    sound_workshop(path)
    with path.open("r+b") as fh:
        fh.seek(18)
        fh.write(b"\x02\x02")
    return path


HOSTILE_CONTENT: dict[str, Callable[[Path], Path]] = {
    "trigger named sqlitex_": sqlite_named_trigger,
    "view named sqlite1_": sqlite_named_view,
    "object planted with writable_schema": writable_schema_object,
    "slow generated column": planted_generated_column,
    "note text stored as a BLOB": text_as_blob,
    "phase 99": phase_99,
    "facilitators not a JSON list": bad_facilitators,
    "w = 'abc'": width_abc,
    "x = +Inf": x_infinity,
    "color with a newline": color_with_newline,
    "unknown sector": bad_sector,
    "foreign -wal": foreign_wal,
    "header in WAL mode": wal_header,
}
HOSTILE.update(HOSTILE_CONTENT)
