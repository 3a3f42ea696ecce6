"""Tables as CSV files: UTF-8 with a byte-order mark (Excel then reads accents right), comma
separated, CRLF line ends, every file written atomically.

Typed cells become text the way Excel in Mexico reads it back: numbers with a dot for
decimals, dates as ``2026-03-19``, money as its amount (the currency is in its own column),
yes/no as words of the export's language. Text cells are neutralized (``cells.neutralized``).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.exports.cells import (
    FORMULA_TRIGGERS,
    NEUTRALIZER,
    Money,
    Value,
    neutralized,
    plain_number,
)
from reslab_desktop.exports.table import Table
from reslab_desktop.storage.atomic import atomic_path

ENCODING = "utf-8-sig"
_YES_NO = {"es": ("sí", "no"), "en": ("yes", "no")}
_TRIGGERS = frozenset(FORMULA_TRIGGERS)


def cell_text(value: Value, lang: str = "es") -> str:
    kind = type(value)
    if kind is str:  # most cells: tested first (20,000 notes are 200,000 cells)
        return neutralized(value)  # type: ignore[arg-type]
    if value is None:
        return ""
    if kind is int:
        return str(value)
    if kind is float:
        return plain_number(value)  # type: ignore[arg-type]
    if kind is bool:
        return _YES_NO["en" if lang == "en" else "es"][0 if value else 1]
    if kind is Money:
        return plain_number(value.amount)  # type: ignore[union-attr]
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


def _converter(table: Table, lang: str) -> Callable[[Sequence[Value]], list[object]]:
    """Rows as the csv module writes them. Text columns are only neutralized and integer
    columns left to the module (None is written empty), cell by cell in one loop: the notes of
    a big workshop are 200,000 cells (``benchmarks/bench_data_export.py``)."""
    kinds = [c.kind for c in table.spec.columns]
    text = [i for i, k in enumerate(kinds) if k == "text"]
    typed = [i for i, k in enumerate(kinds) if k not in ("text", "int")]
    if not typed:  # only text and whole numbers (the notes): one comprehension per row
        return lambda row: [NEUTRALIZER + v if type(v) is str and v and v[0] in _TRIGGERS else v for v in row]

    def convert(row: Sequence[Value]) -> list[object]:
        out: list[object] = list(row)
        for i in text:
            v = out[i]
            if type(v) is str:
                if v and v[0] in _TRIGGERS:
                    out[i] = NEUTRALIZER + v
            elif v is not None:
                out[i] = cell_text(v, lang)  # type: ignore[arg-type]
        for i in typed:
            out[i] = cell_text(out[i], lang)  # type: ignore[arg-type]
        return out

    return convert


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
