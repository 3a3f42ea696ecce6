"""Path-aware checks for reading an interchange document.

Each function reads one field and raises ``InterchangeError("boards[2].notes[5].x",
"expected a number")`` when it is wrong. Hand-written rather than ``jsonschema``: a
20,000-note import must stay within 2x of raw ``json`` + ``executemany``, and the schema
validator alone costs several times that. The shipped JSON Schema is checked against
the same documents in the tests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.rules import fields
from reslab_desktop.rules.text import NAME_MAX, NOTE_TEXT_MAX

# The rules of the stored fields are declared once, in ``rules/fields.py``.
COLOR_RE = fields.COLOR_RE
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")
MAX_COORD = fields.MAX_COORD
ID_MAX = fields.ID_MAX
TEXT_MAX = NOTE_TEXT_MAX

_MISSING = object()


def at(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InterchangeError(path, "expected an object")
    return value


def arr(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise InterchangeError(path, "expected a list")
    return value


def objects(value: Any, path: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Each element of a list of objects, as (index, its path, the object)."""
    for i, item in enumerate(arr(value, path)):
        item_path = at(path, i)
        yield i, item_path, obj(item, item_path)


def field(d: dict[str, Any], key: str, path: str) -> Any:
    value = d.get(key, _MISSING)
    if value is _MISSING:
        raise InterchangeError(at(path, key), "missing")
    return value


def string(d: dict[str, Any], key: str, path: str, *, max_len: int = TEXT_MAX,
           nonempty: bool = False, default: Any = _MISSING) -> str:
    value = d.get(key, default)
    if value is _MISSING:
        raise InterchangeError(at(path, key), "missing")
    if not isinstance(value, str):
        raise InterchangeError(at(path, key), "expected a string")
    check_encodable(value, at(path, key))
    if len(value) > max_len:
        raise InterchangeError(at(path, key), f"too long ({len(value):,} characters; at most {max_len:,})")
    if nonempty and not value.strip():
        raise InterchangeError(at(path, key), "cannot be empty")
    if nonempty and "\x00" in value:
        # SQLite's length() stops at a NUL, so the schema's "not blank" check would refuse it.
        raise InterchangeError(at(path, key), "contains a NUL character")
    return value


def check_encodable(value: str, path: str) -> None:
    """JSON may spell a lone surrogate (``"\\ud800"``) that no UTF-8 file can store."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InterchangeError(path, "contains an invalid character (a lone surrogate)") from None


def optional_string(d: dict[str, Any], key: str, path: str, *, max_len: int = NAME_MAX) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    return string(d, key, path, max_len=max_len)


def ident(d: dict[str, Any], key: str, path: str) -> str:
    return string(d, key, path, max_len=ID_MAX, nonempty=True)


def optional_ref(d: dict[str, Any], key: str, path: str, known: set[str] | dict[str, Any], what: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InterchangeError(at(path, key), "expected a string id or null")
    if value not in known:
        raise InterchangeError(at(path, key), f"refers to unknown {what} {value!r}")
    return value


def ref(d: dict[str, Any], key: str, path: str, known: set[str] | dict[str, Any], what: str) -> str:
    value = field(d, key, path)
    if not isinstance(value, str):
        raise InterchangeError(at(path, key), "expected a string id")
    if value not in known:
        raise InterchangeError(at(path, key), f"refers to unknown {what} {value!r}")
    return value


def number(d: dict[str, Any], key: str, path: str, *, positive: bool = False,
           limit: float = MAX_COORD, default: Any = _MISSING) -> float:
    value = d.get(key, default)
    if value is _MISSING:
        raise InterchangeError(at(path, key), "missing")
    if value.__class__ not in (int, float):
        raise InterchangeError(at(path, key), "expected a number")
    # abs() first: math.isfinite(10**400) raises OverflowError.
    if abs(value) > limit or not math.isfinite(value):
        raise InterchangeError(at(path, key), f"out of range (at most {limit:,.0f} in size)")
    if positive and value <= 0:
        raise InterchangeError(at(path, key), "must be greater than 0")
    return value


def integer(d: dict[str, Any], key: str, path: str, lo: int, hi: int, default: Any = _MISSING) -> int:
    value = d.get(key, default)
    if value is _MISSING:
        raise InterchangeError(at(path, key), "missing")
    if value.__class__ is not int:
        raise InterchangeError(at(path, key), "expected a whole number")
    if not lo <= value <= hi:
        raise InterchangeError(at(path, key), f"must be between {lo} and {hi}")
    return value


def boolean(d: dict[str, Any], key: str, path: str, default: Any = _MISSING) -> bool:
    value = d.get(key, default)
    if value is _MISSING:
        raise InterchangeError(at(path, key), "missing")
    if not isinstance(value, bool):
        raise InterchangeError(at(path, key), "expected true or false")
    return value


def enum(d: dict[str, Any], key: str, path: str, allowed: tuple[str, ...], default: Any = _MISSING) -> str:
    value = d.get(key, default)
    if value is _MISSING:
        raise InterchangeError(at(path, key), "missing")
    if value not in allowed or not isinstance(value, str):
        raise InterchangeError(at(path, key), f"expected one of {', '.join(allowed)}")
    return value


def color(d: dict[str, Any], key: str, path: str) -> str:
    value = field(d, key, path)
    if not isinstance(value, str) or not COLOR_RE.match(value):
        raise InterchangeError(at(path, key), 'expected a color like "#FFD966"')
    return value


def optional_date(d: dict[str, Any], key: str, path: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not DATE_RE.match(value):
        raise InterchangeError(at(path, key), "expected a date YYYY-MM-DD or null")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InterchangeError(at(path, key), f"not a real date ({value})") from None
    return value


def json_number(value: float) -> int | float:
    """Whole numbers are written without ``.0`` so hand-written files round-trip as typed."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value
