"""Write the data of one workshop: ``export_data(store, csv_dir=…, xlsx=…, lang=…)``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.storage import Store

Step = Callable[[float, str], None]


class ExportCancelled(ReslabError):
    """The user stopped the export; what was written so far is complete files only."""


def check_outputs(csv_dir: Path | None, xlsx: Path | None) -> None:
    """Refuse, before anything is read, outputs that could not be written (one line each)."""
    if csv_dir is None and xlsx is None:
        raise ReslabError("choose where to write: --csv DIR and/or --xlsx OUT.xlsx")
    if xlsx is not None:
        check_file_output(Path(xlsx), ".xlsx")
    if csv_dir is not None:
        folder = Path(csv_dir)
        if folder.exists() and not folder.is_dir():
            raise ReslabError(f"{folder}: is a file, not a folder (--csv takes a folder)")
        parent = folder if folder.is_dir() else folder.parent
        _writable_folder(parent, folder)


def check_file_output(target: Path, suffix: str) -> None:
    if target.suffix.lower() != suffix:
        raise ReslabError(f"{target}: the output file name should end in {suffix}")
    if target.is_dir():
        raise ReslabError(f"{target}: is a folder (give a file name)")
    _writable_folder(target.parent if str(target.parent) else Path("."), target)


def _writable_folder(folder: Path, target: Path) -> None:
    folder = folder if str(folder) else Path(".")
    if not folder.is_dir():
        raise ReslabError(f"{target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReslabError(f"{target}: cannot write in {folder} (permission denied)")


def export_data(
    store: Store, csv_dir: Path | None = None, xlsx: Path | None = None, lang: str = "es",
    progress: Step | None = None, cancelled: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """Read the workshop's tables once and write them as CSV files and/or a workbook."""
    from reslab_desktop.exports.workshop_tables import TABLES, workshop_tables

    check_outputs(csv_dir, xlsx)
    steps = len(TABLES) * (1 + (csv_dir is not None) + (xlsx is not None))
    done = 0

    def step(what: str) -> None:
        nonlocal done
        if cancelled():
            raise ExportCancelled("export cancelled")
        if progress:
            progress(min(done / steps, 0.99), what)
        done += 1

    tables = workshop_tables(store, lang, step)
    written: list[Path] = []
    if csv_dir is not None:
        from reslab_desktop.exports.csv_out import write_folder

        written += write_folder(Path(csv_dir), tables, lang, step)
    if xlsx is not None:
        from reslab_desktop.exports.xlsx_out import write_workbook

        write_workbook(Path(xlsx), tables, lang, step)
        written.append(Path(xlsx))
    if progress:
        progress(1.0, "done")
    return written
