"""Sign-up lists as CSV (name, organization, role; Spanish or English headers).

Facilitators get these from spreadsheets: comma, semicolon (Spanish Excel) or tab separated,
UTF-8 with or without BOM, or Windows-1252. Parsing checks every row and reports problems per
row; nothing here writes (``services/roster.py`` does, in one transaction).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reslab_desktop.errors import InterchangeError, ValidationError
from reslab_desktop.model.vocab import ROLE_NAMES, SECTOR_NAMES
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.rules.text import fold as normalize_name
from reslab_desktop.services import checks

MAX_BYTES = 5_000_000

# Column names accepted in the header row, after normalize_name().
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "nombre", "nombre completo", "full name", "participante", "participant",
             "nombre y apellidos", "persona"),
    "organization": ("organization", "organisation", "organizacion", "org", "institucion",
                     "institution", "colectivo", "organizacion o colectivo"),
    "role": ("role", "rol", "papel", "funcion"),
    "sector": ("sector", "tipo de organizacion", "organization type"),
}

# Role words people write in sign-up lists, after normalize_name().
ROLE_WORDS: dict[str, str] = {
    "participant": "participant", "participante": "participant", "asistente": "participant",
    "facilitator": "facilitator", "facilitador": "facilitator", "facilitadora": "facilitator",
    "facilitacion": "facilitator", "facilitador/a": "facilitator",
    "observer": "observer", "observador": "observer", "observadora": "observer",
    "observador/a": "observer",
}


@dataclass(frozen=True)
class RosterRow:
    """One data row. ``line`` is the 1-based line in the file; ``error`` is "" when the row is fine."""

    line: int
    name: str
    organization: str
    role: str
    sector: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True)
class Roster:
    rows: tuple[RosterRow, ...]
    columns: tuple[str, ...]  # which known columns the header had, in file order

    @property
    def valid_rows(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def error_rows(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if not r.ok)


def read_roster(path: Path) -> Roster:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InterchangeError("", f"{path.name}: too large for a sign-up list ({size:,} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError("", f"{path.name}: cannot read the file ({exc.strerror})") from None
    try:
        return parse_roster(decode(data))
    except InterchangeError as exc:
        raise InterchangeError("", f"{path.name}: {exc.problem}") from None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (what Excel on Windows writes)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class _guarded:
    """A ``csv.reader`` whose errors (a cell over the field size limit, a NUL byte) are one
    line naming the row, never ``_csv.Error`` reaching the user."""

    def __init__(self, reader: Any, start: int) -> None:
        self._reader, self._start = reader, start

    @property
    def line_num(self) -> int:
        return int(self._reader.line_num)

    def __iter__(self) -> _guarded:
        return self

    def __next__(self) -> list[str]:
        try:
            return next(self._reader)
        except csv.Error as exc:
            line = self._start + self._reader.line_num
            if "field larger" in str(exc):
                raise InterchangeError(f"line {line}", f"a cell is too long (at most {csv.field_size_limit():,} "
                                                       "characters)") from None
            raise InterchangeError(f"line {line}", "the row cannot be read") from None
        except StopIteration:
            raise


def parse_roster(text: str) -> Roster:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        raise InterchangeError("", "the list is empty")
    body = "\n".join(lines[start:])
    reader = _guarded(csv.reader(io.StringIO(body), delimiter=_delimiter(lines[start])), start)
    header = next(reader)
    index = {key: pos for pos, key in _columns(header).items()}
    if "name" not in index:
        raise InterchangeError("", "the first row needs a column called “nombre” or “name” "
                                   f"(found: {', '.join(h.strip() for h in header if h.strip()) or 'nothing'})")
    rows: list[RosterRow] = []
    seen: dict[tuple[str, str], int] = {}
    previous_end = reader.line_num
    for cells in reader:
        line = start + previous_end + 1  # where this row starts (a quoted cell may span lines)
        previous_end = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        values = {k: (" ".join(cells[pos].split()) if pos < len(cells) else "") for k, pos in index.items()}
        row = _check_row(line, values)
        key = (normalize_name(row.name), normalize_name(row.organization))
        if row.ok and key in seen:
            row = RosterRow(**{**row.__dict__, "error": f"the same person as line {seen[key]}"})
        elif row.ok:
            seen[key] = line
        rows.append(row)
    return Roster(rows=tuple(rows), columns=tuple(index))


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _columns(header: list[str]) -> dict[int, str]:
    """Header position → known column key (the first matching column wins)."""
    found: dict[int, str] = {}
    for pos, cell in enumerate(header):
        norm = normalize_name(cell)
        for key, names in HEADERS.items():
            if norm in names and key not in found.values():
                found[pos] = key
    return found


def _check_row(line: int, values: dict[str, str]) -> RosterRow:
    name, org = values.get("name", ""), values.get("organization", "")
    role_text, sector_text = values.get("role", ""), values.get("sector", "")
    role = parse_role(role_text) if role_text else "participant"
    sector = parse_sector(sector_text) if sector_text else ""
    error = ""
    try:
        checks.text(name, "the name", required=True, max_len=NAME_MAX)
        checks.text(org, "the organization name", max_len=NAME_MAX)
    except ValidationError as exc:
        error = str(exc)
    if not error and role is None:
        error = f"unknown role “{role_text}” (use {', '.join(ROLE_NAMES['es'].values())})"
    if not error and sector is None:
        error = f"unknown sector “{sector_text}” (use {', '.join(SECTOR_NAMES['es'].values())})"
    return RosterRow(line=line, name=name, organization=org, role=role or "",
                     sector=sector or "", error=error)


def parse_role(text: str) -> str | None:
    norm = normalize_name(text)
    if norm in ROLE_WORDS:
        return ROLE_WORDS[norm]
    for names in ROLE_NAMES.values():
        for key, label in names.items():
            if normalize_name(label) == norm:
                return key
    return None


def parse_sector(text: str) -> str | None:
    norm = normalize_name(text)
    for names in SECTOR_NAMES.values():
        for key, label in names.items():
            if norm in (normalize_name(label), key):
                return key
    return None
