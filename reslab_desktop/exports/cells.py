"""What a cell of a data export may hold, and the one rule that keeps a cell from running.

A spreadsheet runs a text cell as a formula when it starts with ``=``, ``+``, ``-`` or ``@``
(and a tab or carriage return first can smuggle one in on import). Such a text is written
with an apostrophe in front, in the CSV and in the Excel file alike (OWASP's advice for CSV
injection), so a note that reads ``=HYPERLINK(…)`` is shown as text and never followed.
Numbers, dates and money are typed values and are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
NEUTRALIZER: Final = "'"

#: The longest text an Excel cell holds; longer texts are cut with "…" (only in the .xlsx).
EXCEL_TEXT_MAX: Final = 32_767
# Characters XML 1.0 cannot carry (tab and line feed can); removed from Excel cells only.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Money:
    """An amount in a currency: a number in the cell, a currency format in Excel."""

    amount: float
    currency: str


Value = str | int | float | bool | date | datetime | Money | None


_TRIGGER_SET: Final = frozenset(FORMULA_TRIGGERS)


def neutralized(text: str) -> str:
    """``text`` as a cell that no spreadsheet runs as a formula."""
    return NEUTRALIZER + text if text and text[0] in _TRIGGER_SET else text


def excel_text(text: str) -> str:
    """A neutralized text as an Excel cell can hold it: line breaks as ``\\n``, no control
    characters, at most :data:`EXCEL_TEXT_MAX` characters."""
    text = neutralized(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _NOT_XML.sub("", text)
    return text if len(text) <= EXCEL_TEXT_MAX else text[: EXCEL_TEXT_MAX - 1] + "…"


def plain_number(value: float) -> str:
    """``350000`` rather than ``350000.0``; ``1234.5`` as is (a dot for decimals, as in Mexico)."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))
