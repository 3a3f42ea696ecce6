"""Validation helpers shared by the services: each raises a one-line ``ValidationError``."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from reslab_desktop.errors import NotFoundError, ValidationError
from reslab_desktop.rules import fields
from reslab_desktop.rules.text import NOTE_TEXT_MAX

COLOR_RE = fields.COLOR_RE  # the one rule (``rules/fields.py``): no trailing newline accepted
MAX_TEXT = NOTE_TEXT_MAX
MAX_COORD = fields.MAX_COORD

_T = TypeVar("_T")


def text(value: str, what: str, *, required: bool = False, max_len: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(f"{what} contains an invalid character (a lone surrogate)") from None
    if required and not value.strip():
        raise ValidationError(f"{what} cannot be empty")
    if required and "\x00" in value:
        # SQLite's length() stops at a NUL, so the schema's "not blank" check would refuse it.
        raise ValidationError(f"{what} contains a NUL character")
    if len(value) > max_len:
        raise ValidationError(f"{what} is too long ({len(value):,} characters; at most {max_len:,})")
    return value


def choice(value: str, allowed: tuple, what: str) -> str:  # type: ignore[type-arg]
    if value not in allowed:
        raise ValidationError(f"{what} must be one of {', '.join(map(str, allowed))} (got {value!r})")
    return value


def color(value: str) -> str:
    problem = fields.NOTE_COLOR.problem(value)
    if problem is not None:
        raise ValidationError(problem)
    return value.upper()


def coordinate(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"{what} must be a finite number")
    if fields.NOTE_X.problem(value) is None:
        return float(value)
    if isinstance(value, float) and value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(f"{what} must be a finite number")
    raise ValidationError(f"{what} is too far from the board's centre (|{what}| ≤ {MAX_COORD:,.0f})")


def size(value: float, what: str) -> float:
    value = coordinate(value, what)
    if fields.NOTE_W.problem(value) is not None:
        raise ValidationError(f"{what} must be greater than 0")
    return value


def iso_date(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValidationError(f"{what} must be a date like 2026-11-25 (got {value!r})") from None


def found(obj: _T | None, what: str, ident: str) -> _T:
    if obj is None:
        raise NotFoundError(f"no {what} with id {ident!r}")
    return obj
