"""Locale formatting for the Qt-free core (reports, CLI): dates, numbers, money, durations.

The UI formats through ``reslab_desktop.ui.i18n`` (QLocale); both follow the same conventions
for the two languages the product speaks. Mexican Spanish groups thousands with "," and uses
"." for decimals, like English, so only words and word order differ.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

LANGUAGES: Final = ("es", "en")

_MONTHS: Final = {
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}


def normalize_language(language: str | None) -> str:
    """``"es_MX"``, ``"es-419"``, ``"ES"`` → ``"es"``; anything not Spanish → ``"en"``."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


def format_date(value: date | datetime, language: str = "es") -> str:
    """``25 de noviembre de 2026`` / ``November 25, 2026``."""
    lang = normalize_language(language)
    month = _MONTHS[lang][value.month - 1]
    if lang == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{month} {value.day}, {value.year}"


def format_datetime(value: datetime, language: str = "es") -> str:
    """``25 de noviembre de 2026, 14:05`` / ``November 25, 2026, 2:05 PM``."""
    lang = normalize_language(language)
    if lang == "es":
        clock = f"{value.hour:02d}:{value.minute:02d}"
    else:
        hour = value.hour % 12 or 12
        clock = f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    return f"{format_date(value, lang)}, {clock}"


def format_number(value: int | float | Decimal, decimals: int = 0, language: str = "es") -> str:
    """``12,500`` / ``12,500.50`` (same grouping in Mexican Spanish and English)."""
    normalize_language(language)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{decimals}f}"


def format_money(value: int | float | Decimal, currency: str = "MXN", language: str = "es") -> str:
    """``$12,500.00 MXN`` (the currency code avoids confusing pesos with dollars)."""
    amount = format_number(abs(Decimal(str(value))), 2, language)
    sign = "-" if Decimal(str(value)) < 0 else ""
    return f"{sign}${amount} {currency}"


def format_percent(value: float, language: str = "es") -> str:
    """``42 %`` in Spanish (space before the sign, as the RAE recommends), ``42%`` in English."""
    number = format_number(value * 100, 0, language)
    return f"{number} %" if normalize_language(language) == "es" else f"{number}%"


def format_duration(seconds: int) -> str:
    """``4:05`` or ``1:02:03`` — a countdown display, identical in both languages."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
