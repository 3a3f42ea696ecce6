"""Tables as CSV files: UTF-8 with a byte-order mark (Excel then reads accents right), comma
separated, CRLF line ends, every file written atomically.

Typed cells become text the way Excel in Mexico reads it back: numbers with a dot for
decimals, dates as ``2026-03-19``, money as its amount (the currency is in its own column),
yes/no as words of the export's language. Text cells are neutralized (``cells.neutralized``).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.exports.cells import Money, Value, neutralized, plain_number
from reslab_desktop.exports.table import Table
from reslab_desktop.storage.atomic import atomic_path

ENCODING = "utf-8-sig"
_YES_NO = {"es": ("sí", "no"), "en": ("yes", "no")}


def cell_text(value: Value, lang: str = "es") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES_NO["en" if lang == "en" else "es"][0 if value else 1]
    if isinstance(value, Money):
        return plain_number(value.amount)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return plain_number(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return neutralized(str(value))


def write_table(target: Path, table: Table, lang: str = "es") -> None:
    """One table as one CSV file at ``target`` (replaced atomically)."""
    with atomic_path(target) as tmp, tmp.open("w", encoding=ENCODING, newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow([neutralized(h) for h in table.spec.headers(lang)])
        out.writerows([cell_text(v, lang) for v in row] for row in table.rows)


def write_folder(
    folder: Path, tables: Iterable[Table], lang: str = "es", step: Callable[[str], None] | None = None,
) -> list[Path]:
    """Every table as ``folder/<key>.csv``; the folder is made if its parent exists."""
    folder = prepare_folder(folder)
    written = []
    for table in tables:
        if step:
            step(table.spec.key)
        target = folder / f"{table.spec.key}.csv"
        write_table(target, table, lang)
        written.append(target)
    return written


def prepare_folder(folder: Path) -> Path:
    """The CSV folder, made when missing (its parent must exist), or a one-line error."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ReslabError(f"{folder}: is a file, not a folder (--csv takes a folder)")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise ReslabError(f"{folder}: the folder {folder.parent} does not exist")
        try:
            folder.mkdir()
        except OSError as exc:
            raise ReslabError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    return folder
