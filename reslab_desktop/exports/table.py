"""A table of a data export: named columns with a type and a header in each language.

The same ``Table`` is written as a CSV file (``csv_out``) and as a sheet of an Excel
workbook (``xlsx_out``); its ``key`` names the CSV file, ``title`` the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from reslab_desktop.exports.cells import Value

#: Column kinds: how a writer types the cells (see ``xlsx_out.FORMATS``).
KINDS: Final = ("text", "int", "number", "percent", "date", "datetime", "bool", "quantity")


@dataclass(frozen=True)
class Column:
    key: str
    es: str
    en: str
    kind: str = "text"

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.es


@dataclass(frozen=True)
class TableSpec:
    """What a table is: its file name (``key``.csv), its sheet title in each language, its columns."""

    key: str
    es: str
    en: str
    columns: tuple[Column, ...]

    def title(self, lang: str) -> str:
        return self.en if lang == "en" else self.es

    def headers(self, lang: str) -> list[str]:
        return [c.header(lang) for c in self.columns]


@dataclass
class Table:
    spec: TableSpec
    rows: list[Sequence[Value]] = field(default_factory=list)


def spec(key: str, es: str, en: str, *columns: tuple[str, str, str] | tuple[str, str, str, str]) -> TableSpec:
    """``spec("notes", "Notas", "Notes", ("text", "Texto", "Text"), ("phase", "Paso", "Step", "int"))``."""
    return TableSpec(key, es, en, tuple(Column(*c) for c in columns))
