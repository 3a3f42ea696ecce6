"""Import a document into a new workshop file; export a workshop file to a document."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from reslab_desktop.errors import WorkshopFileError
from reslab_desktop.interchange import document
from reslab_desktop.storage import Store
from reslab_desktop.storage.atomic import atomic_path, reading, write_bytes_atomic
from reslab_desktop.storage.store import connect_file, initialise_file, is_bad_text


def import_json(doc: Any, target: Path, *, overwrite: bool = False) -> list[str]:
    """Validate ``doc`` completely, then write it as a new workshop at ``target``.

    Nothing is written unless the whole document is valid; the target appears in one
    rename once the file is complete. Returns the warnings.
    """
    target = Path(target)
    # An existing empty file (what ``tempfile`` or ``touch`` leaves) holds no work to lose.
    if target.exists() and not overwrite and not (target.is_file() and target.stat().st_size == 0):
        raise WorkshopFileError(f"{target}: already exists (choose another name, or --overwrite)")
    plans, warnings = document.validate(doc)
    with atomic_path(target) as tmp:
        tmp.unlink()
        initialise_file(tmp)
        conn = connect_file(tmp, read_only=False)
        try:
            conn.execute("BEGIN IMMEDIATE")
            document.write_plans(conn, plans)
            conn.execute("COMMIT")
        finally:
            conn.close()
    return warnings


def import_file(source: Path, target: Path, *, overwrite: bool = False) -> list[str]:
    with reading(source):  # ``--overwrite`` never replaces the document being imported
        return import_json(document.read_file(source), target, overwrite=overwrite)


def export_json(store: Store) -> str:
    conn = store.raw_connection()
    try:
        conn.execute("BEGIN")
        doc = document.export_document(conn)
        conn.execute("COMMIT")
    except (sqlite3.OperationalError, UnicodeDecodeError) as exc:
        if not is_bad_text(exc):
            raise
        raise store.damaged_text() from exc
    finally:
        conn.close()
    return document.dumps(doc)


def export_to_file(store: Store, target: Path) -> None:
    write_bytes_atomic(Path(target), export_json(store).encode("utf-8"))
