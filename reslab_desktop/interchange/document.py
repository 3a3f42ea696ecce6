"""Reading, checking and writing interchange documents (format ``reslab-workshop``)."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange.section import ImportContext
from reslab_desktop.interchange.sections import SECTIONS

FORMAT = "reslab-workshop"
VERSION = 1
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024


def _reject_constant(name: str) -> None:
    raise InterchangeError("", f"{name} is not a valid JSON number")


class DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose key appears twice is refused (which one would win is a guess)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key[:80])
            seen.add(key)
    return out


def parse(text: str | bytes) -> Any:
    """Parse JSON text, turning every failure into a one-line ``InterchangeError``."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InterchangeError("", f"not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except DuplicateKeyError as exc:
        raise InterchangeError("", f"not valid: the key {exc.key!r} appears twice in one object") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError("", f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise InterchangeError("", "not valid JSON (nested too deeply)") from None
    except ValueError:
        # The only other failure of json.loads: an integer longer than Python's digit limit.
        raise InterchangeError("", "not valid JSON (a number with thousands of digits)") from None


def read_file(path: Path) -> Any:
    path = Path(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            # a FIFO or a device would block or never end: refused before it is opened
            raise InterchangeError("", f"{path}: is not a regular file (a pipe or a device)")
        size = st.st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InterchangeError("", f"{path.name} is too large ({size:,} bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InterchangeError("", f"{path}: no such file") from None
    except IsADirectoryError:
        raise InterchangeError("", f"{path}: is a folder, not a JSON file") from None
    except OSError as exc:
        raise InterchangeError("", f"{path}: cannot be read ({exc.strerror})") from None
    if data.startswith(b"SQLite format 3\x00"):
        raise InterchangeError("", f"{path}: a workshop file (.reslab), not a JSON document")
    try:
        return parse(data)
    except InterchangeError as exc:
        raise InterchangeError("", f"{path}: {exc.problem}") from None


def validate(doc: Any) -> tuple[list[tuple[Any, Any]], list[str]]:
    """Check the whole document before anything is written.

    Returns the plan for each section and the warnings (unknown keys ignored).
    """
    if not isinstance(doc, dict):
        raise InterchangeError("", "expected a JSON object at the top level")
    if doc.get("format") != FORMAT:
        raise InterchangeError("format", f'expected "{FORMAT}" (is this a Resiliency Lab workshop file?)')
    version = doc.get("version")
    if version is None:
        raise InterchangeError("version", "missing")
    if version.__class__ is not int:
        raise InterchangeError("version", "expected a whole number")
    if version > VERSION:
        raise InterchangeError(
            "version", f"format version {version} is newer than this app reads ({VERSION}); update the app"
        )
    if version < 1:
        raise InterchangeError("version", "must be 1 or more")
    ctx = ImportContext()
    known_keys = {"format", "version"} | {s.key for s in SECTIONS}
    for key in doc:
        if key not in known_keys:
            ctx.warnings.append(f"ignored unknown section {key!r} (from a newer app?)")
    plans = []
    for section in SECTIONS:
        if section.key not in doc:
            if section.required:
                raise InterchangeError(section.key, "missing")
            continue
        plans.append((section, section.validate(doc[section.key], ctx)))
    return plans, ctx.warnings


def write_plans(conn: sqlite3.Connection, plans: list[tuple[Any, Any]]) -> None:
    for section, plan in plans:
        section.write(conn, plan)


def export_document(conn: sqlite3.Connection) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section in SECTIONS:
        value = section.export(conn)
        if value is not None:
            doc[section.key] = value
    return doc


def dumps(doc: dict[str, Any]) -> str:
    """Canonical text: UTF-8 without ASCII escapes, two-space indent, final newline."""
    # allow_nan=False: "Infinity" is not JSON; a value that slipped past the rules is a bug
    # to report, never a file the importer refuses later.
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
