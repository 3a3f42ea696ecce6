"""Data export of a 20,000-note workshop (``reslab export-data``) to CSV and to Excel.

Baselines, measured interleaved in the same run: the notes read with one raw ``sqlite3``
query (board, zone, author joined in SQL) and written with the ``csv`` module (UTF-8 with
BOM), or appended to an openpyxl ``write_only`` workbook. The app writes all 13 tables
(the notes dominate), with typed and neutralized cells, formats, widths and frozen panes.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result, interleaved

_NOTES_SQL = """
SELECT n.id, b.id, b.title, b.phase, coalesce(z.title, ''), n.text, n.color, coalesce(p.name, ''), ''
FROM notes n JOIN boards b ON b.id = n.board_id
LEFT JOIN zones z ON z.id = n.zone_id LEFT JOIN participants p ON p.id = n.author_id
ORDER BY b.seq, n.seq
"""
_HEADER = ["ID de nota", "ID de tablero", "Tablero", "Paso", "Zona", "Texto", "Color", "Autor/a", "Origen"]


def _rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(_NOTES_SQL).fetchall()
    finally:
        conn.close()


def raw_csv(path: Path, target: Path) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(_HEADER)
        out.writerows(_rows(path))


def raw_openpyxl(path: Path, target: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Notas")
    sheet.append(_HEADER)
    for row in _rows(path):
        sheet.append(row)
    book.save(target)


def bench_data_export(quick: bool) -> list[Result]:
    from reslab_desktop.exports.api import export_data
    from reslab_desktop.storage import Store

    notes = 5_000 if quick else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        path = workloads.workshop_file(workloads.single_board(notes), Path(tmp) / "big.reslab")
        repeat = 3 if quick else 5

        def app(**out: Path) -> None:
            with Store.open(path, read_only=True) as store:
                export_data(store, **out)

        app(csv_dir=Path(tmp) / "warm")  # imports and first-use costs are not the export's
        csv_app, csv_raw = interleaved(lambda: app(csv_dir=Path(tmp) / "csv"),
                                       lambda: raw_csv(path, Path(tmp) / "raw.csv"), repeat)
        xlsx_app, xlsx_raw = interleaved(lambda: app(xlsx=Path(tmp) / "app.xlsx"),
                                         lambda: raw_openpyxl(path, Path(tmp) / "raw.xlsx"), repeat)
    return [
        Result(f"export data of {notes:,} notes to CSV (13 tables)", csv_app, csv_raw, target_ratio=2.0,
               note="baseline: one sqlite3 query → csv.writer"),
        Result(f"export data of {notes:,} notes to Excel (13 sheets)", xlsx_app, xlsx_raw, target_ratio=2.0,
               note="app: XlsxWriter, typed cells; baseline: one sqlite3 query → openpyxl write_only"),
    ]


SUITE = (bench_data_export,)
