"""The rules of the stored fields, declared once.

Each :class:`Field` says what one column of the workshop file may hold. Everything else
derives from these rows:

- the services (``services/checks.py``) ask :meth:`Field.problem` before writing;
- the JSON reader (``interchange/reader.py``) asks the same, naming the JSON path;
- ``reslab check`` and the opener (``storage/content.py``) turn each field into an SQL
  predicate (:meth:`Field.violation_sql`) and find rows that break it — rows a hostile file
  slipped past the database's CHECKs with ``PRAGMA ignore_check_constraints``;
- ``--repair`` mends a breaking value (:meth:`Field.mend`) or drops the row;
- the published JSON Schema (``python -m tools.schema``) states the same bounds.

The database's own CHECKs are frozen migrations (``storage/schema_v*.py``); where they are
looser than a rule here (``w > 0`` against ``0 < w ≤ 1,000,000``), the rule here wins and a
test (``tests/rules/test_fields.py``) proves that nothing the database refuses is accepted
here. Messages are English, one line, stable (a translation catalogue is keyed by them).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from reslab_desktop.rules.text import NAME_MAX, NOTE_TEXT_MAX

MAX_COORD: Final = 1_000_000.0
ID_MAX: Final = 200
COLOR_RE: Final = re.compile(r"#[0-9A-Fa-f]{6}\Z")
DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
SECTORS: Final = ("civil_society", "academia", "government", "private", "community", "funder", "other")
ROLES: Final = ("participant", "facilitator", "observer")
ORIGINS: Final = ("window", "phone", "import")
LANGUAGES: Final = ("es", "en")
SHAPES: Final = ("rect", "ellipse")
MIMES: Final = ("image/png", "image/jpeg")
PHASES: Final = (1, 6)
PROMPT_MAX: Final = 2000

#: what :meth:`Field.mend` returns for a value that cannot be mended (the row is dropped)
DROP: Final = object()

_SQL_HEX = "[0-9A-Fa-f]"


@dataclass(frozen=True)
class Field:
    """What one stored column may hold.

    ``kind``: ``text``, ``number`` (finite real), ``integer``, ``color`` (``#RRGGBB``),
    ``choice``, ``date`` (``YYYY-MM-DD``), ``text_list`` (JSON list of strings), ``blob``.
    """

    table: str
    column: str
    kind: str
    label: str
    required: bool = True
    max_len: int | None = None
    nonblank: bool = False
    lo: float | None = None
    hi: float | None = None
    #: the lower bound itself is refused (``w > 0``)
    lo_open: bool = False
    choices: tuple[Any, ...] = ()

    # -- the one check ---------------------------------------------------------------------
    def problem(self, value: Any) -> str | None:
        """Why ``value`` may not be stored here (one English line), or ``None``."""
        what = self.label
        if value is None:
            return None if not self.required else f"{what} is missing"
        kind = self.kind
        if kind in ("text", "color", "choice", "date", "text_list") and not (
                kind == "choice" and self.choices and not isinstance(self.choices[0], str)):
            if not isinstance(value, str):
                return f"{what} must be text"
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    return f"{what} contains an invalid character (a lone surrogate)"
        if kind == "text":
            if self.nonblank and not value.strip():
                return f"{what} cannot be empty"
            if self.nonblank and "\x00" in value:
                return f"{what} contains a NUL character"
            if self.max_len is not None and len(value) > self.max_len:
                return f"{what} is too long ({len(value):,} characters; at most {self.max_len:,})"
            return None
        if kind == "color":
            return None if COLOR_RE.match(value) else f"{what} must look like #RRGGBB (got {value!r})"
        if kind == "choice":
            if value.__class__ not in {c.__class__ for c in self.choices} or value not in self.choices:
                return f"{what} must be one of {', '.join(map(str, self.choices))} (got {value!r})"
            return None
        if kind == "date":
            if not DATE_RE.match(value):
                return f"{what} must be a date like 2026-11-25 (got {value!r})"
            try:
                date.fromisoformat(value)
            except ValueError:
                return f"{what} must be a date like 2026-11-25 (got {value!r})"
            return None
        if kind == "text_list":
            return _text_list_problem(value, what)
        if kind == "blob":
            return None if isinstance(value, bytes) else f"{what} must be binary data"
        if kind in ("number", "integer"):
            return self._number_problem(value)
        raise AssertionError(kind)

    def _number_problem(self, value: Any) -> str | None:
        what = self.label
        if self.kind == "integer":
            if value.__class__ is not int:
                return f"{what} must be a whole number"
        elif value.__class__ not in (int, float):
            return f"{what} must be a finite number"
        # The size test first: math.isfinite(10**400) raises OverflowError.
        if isinstance(value, float) and not math.isfinite(value):
            return f"{what} must be a finite number"
        if self.hi is not None and value > self.hi or self.lo is not None and value < self.lo:
            return f"{what} must be between {_num(self.lo)} and {_num(self.hi)}"
        if self.lo_open and self.lo is not None and value <= self.lo:
            return f"{what} must be greater than {_num(self.lo)}"
        return None

    # -- the same rule as SQL (for files) --------------------------------------------------
    def violation_sql(self) -> str:
        """An SQL condition true for a row whose value breaks this rule (NULL-safe)."""
        c = f'"{self.column}"'
        parts = [f"{c} IS NULL"] if self.required else []
        typed = {"number": "typeof({c}) NOT IN ('integer', 'real')", "integer": "typeof({c}) <> 'integer'",
                 "blob": "typeof({c}) <> 'blob'"}.get(self.kind, "typeof({c}) <> 'text'")
        if self.kind == "choice" and not isinstance(self.choices[0], str):
            typed = "typeof({c}) <> 'integer'"
        parts.append(typed.format(c=c))
        if self.kind == "text":
            if self.max_len is not None:
                # (bytes first: cheap, and never fewer than the characters)
                parts.append(f"length(CAST({c} AS BLOB)) > {self.max_len} AND length({c}) > {self.max_len}")
            if self.nonblank:
                parts.append(f"length(trim({c})) = 0 OR instr({c}, char(0)) > 0")
        elif self.kind == "color":
            parts.append(f"length({c}) <> 7 OR {c} NOT GLOB '#{_SQL_HEX * 6}'")
        elif self.kind == "choice":
            parts.append(f"{c} NOT IN ({', '.join(_sql_literal(v) for v in self.choices)})")
        elif self.kind == "date":
            parts.append(f"length({c}) <> 10 OR date({c}) IS NOT {c}")
        elif self.kind == "text_list":
            parts.append(f"NOT json_valid({c}) OR json_type({c}) <> 'array' OR EXISTS "
                         f"(SELECT 1 FROM json_each({c}) WHERE type <> 'text')")
        elif self.kind in ("number", "integer"):
            parts.append(f"abs({c}) > 1e308")  # ±Infinity
            if self.lo is not None:
                parts.append(f"{c} {'<=' if self.lo_open else '<'} {_num(self.lo, sql=True)}")
            if self.hi is not None:
                parts.append(f"{c} > {_num(self.hi, sql=True)}")
        body = " OR ".join(f"({p})" for p in parts)
        return f"({c} IS NOT NULL AND ({body}))" if not self.required else f"({body})"

    # -- repair ----------------------------------------------------------------------------
    def mend(self, value: Any) -> Any:
        """A value that keeps the rule (clamped, decoded, emptied), or :data:`DROP`."""
        if self.problem(value) is None:
            return value
        kind = self.kind
        if value is None:
            return DROP
        if isinstance(value, bytes) and kind not in ("blob", "number", "integer"):
            value = value.decode("utf-8", "replace")
            if self.problem(value) is None:
                return value
        if kind == "text" and isinstance(value, str):
            value = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
            if self.max_len is not None:
                value = value[: self.max_len]
            return value if self.problem(value) is None else DROP
        if kind == "text_list":
            return "[]"
        if kind == "date":
            return None if not self.required else DROP
        if kind in ("number", "integer") and value.__class__ in (int, float):
            if isinstance(value, float) and math.isnan(value):
                return DROP
            lo = self.lo if self.lo is not None else -MAX_COORD
            hi = self.hi if self.hi is not None else MAX_COORD
            if self.lo_open and value <= lo:
                return DROP
            clamped = min(max(value, lo), hi)
            clamped = int(clamped) if kind == "integer" else float(clamped)
            return clamped if self.problem(clamped) is None else DROP
        return DROP

    # -- the JSON Schema of the interchange document ----------------------------------------
    def json_schema(self) -> dict[str, Any]:
        kind = self.kind
        out: dict[str, Any]
        if kind == "text":
            out = {"type": "string"}
            if self.max_len is not None:
                out["maxLength"] = self.max_len
            if self.nonblank:
                out["pattern"] = r"\S"
        elif kind == "color":
            out = {"type": "string", "pattern": r"^#[0-9A-Fa-f]{6}$"}
        elif kind == "choice":
            out = {"enum": list(self.choices)}
        elif kind == "date":
            out = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
        elif kind == "text_list":
            out = {"type": "array", "items": {"type": "string"}}
        elif kind == "blob":
            out = {"type": "string", "contentEncoding": "base64"}
        else:
            out = {"type": "integer" if kind == "integer" else "number"}
            if self.lo is not None:
                out["exclusiveMinimum" if self.lo_open else "minimum"] = self.lo
            if self.hi is not None:
                out["maximum"] = self.hi
        if not self.required:
            out = {"anyOf": [out, {"type": "null"}]}
        return out


def _text_list_problem(value: str, what: str) -> str | None:
    try:
        items = json.loads(value, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError):
        return f"{what} must be a JSON list of texts"
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        return f"{what} must be a JSON list of texts"
    return None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")
    return out


def _num(value: float | None, sql: bool = False) -> str:
    if value is None:
        return "∞"
    if float(value).is_integer():
        return str(int(value)) if sql else f"{int(value):,}"
    return repr(float(value))


def _sql_literal(value: Any) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(int(value))


def _coord(table: str, column: str) -> Field:
    return Field(table, column, "number", column, lo=-MAX_COORD, hi=MAX_COORD)


def _size(table: str, column: str, label: str) -> Field:
    return Field(table, column, "number", label, lo=0.0, hi=MAX_COORD, lo_open=True)


def _name(table: str, column: str, label: str, nonblank: bool = False, required: bool = True) -> Field:
    return Field(table, column, "text", label, max_len=NAME_MAX, nonblank=nonblank, required=required)


FIELDS: Final[tuple[Field, ...]] = (
    _name("workshop", "title", "workshop title", nonblank=True),
    _name("workshop", "learning_community", "learning community"),
    _name("workshop", "place", "place"),
    Field("workshop", "language", "choice", "language", choices=LANGUAGES),
    Field("workshop", "starts_on", "date", "start date", required=False),
    Field("workshop", "ends_on", "date", "end date", required=False),
    Field("workshop", "facilitators", "text_list", "facilitators"),
    _name("organizations", "name", "organization name", nonblank=True),
    Field("organizations", "sector", "choice", "sector", choices=SECTORS),
    _name("participants", "name", "participant name", nonblank=True),
    Field("participants", "role", "choice", "role", choices=ROLES),
    _name("sessions", "title", "session title"),
    Field("sessions", "date", "date", "session date", required=False),
    _name("sessions", "place", "session place"),
    Field("boards", "phase", "integer", "phase", lo=PHASES[0], hi=PHASES[1]),
    _name("boards", "title", "board title", nonblank=True),
    Field("zones", "title", "text", "zone title", max_len=NAME_MAX),
    _coord("zones", "x"), _coord("zones", "y"),
    _size("zones", "w", "zone width"), _size("zones", "h", "zone height"),
    Field("zones", "color", "color", "color"),
    Field("zones", "shape", "choice", "shape", choices=SHAPES),
    Field("zones", "prompt", "text", "zone prompt", max_len=PROMPT_MAX),
    Field("notes", "text", "text", "note text", max_len=NOTE_TEXT_MAX),
    Field("notes", "color", "color", "color"),
    _coord("notes", "x"), _coord("notes", "y"),
    _size("notes", "w", "note width"), _size("notes", "h", "note height"),
    Field("notes", "origin", "choice", "origin", choices=ORIGINS),
    Field("links", "label", "text", "link label", max_len=NAME_MAX),
    _coord("images", "x"), _coord("images", "y"),
    _size("images", "w", "image width"), _size("images", "h", "image height"),
    Field("images", "mime", "choice", "image type", choices=MIMES),
    Field("images", "data", "blob", "image data"),
    Field("images", "caption", "text", "caption", max_len=NAME_MAX),
)

_BY_KEY: Final = {(f.table, f.column): f for f in FIELDS}


def field(table: str, column: str) -> Field:
    """The rule of ``table.column``."""
    return _BY_KEY[(table, column)]


def of_table(table: str) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.table == table)


# The rules the services and the reader name most often.
NOTE_COLOR: Final = field("notes", "color")
NOTE_X: Final = field("notes", "x")
NOTE_W: Final = field("notes", "w")
