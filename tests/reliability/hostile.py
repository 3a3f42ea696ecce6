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
