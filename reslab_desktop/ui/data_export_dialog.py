"""File ▸ Export Data…: the open workshop's data as an Excel workbook or as CSV files.

The worker reads its own read-only snapshot of the file (``reports.snapshot``), as the PDF
export does, and writes with ``reslab_desktop.exports`` (the same code as
``reslab export-data``); see ``docs/data-exports.md`` for the tables and their columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.ui.background_work import BackgroundWork
from reslab_desktop.ui.pdf_build import run_with_progress
from reslab_desktop.ui.widgets_named import named
from reslab_desktop.ui.window_context import WindowContext

if TYPE_CHECKING:
    from reslab_desktop.storage import Store


def tr(text: str) -> str:
    return QCoreApplication.translate("DataExport", text)


class DataExportDialog(QDialog):
    """Format and language; Export… asks where, then writes off the GUI thread."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataExportDialog")
        self.setWindowTitle(tr("Export Data"))
        self.store = store
        from reslab_desktop.services.workshop import get_workshop

        self.info = get_workshop(store)
        self.format = named(QComboBox(), "dataFormat")
        self.format.addItem(tr("Excel workbook (one sheet per table)"), "xlsx")
        self.format.addItem(tr("CSV files (one per table, UTF-8)"), "csv")
        self.lang = named(QComboBox(), "dataLanguage")
        self.lang.addItem("Español", "es")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if self.info.language == "en" else 0)
        about = QLabel(tr("Notes, voting results, ballots of rounds that are not anonymous, decisions, pledges, "
                          "needs and gaps, initiatives, action plans, organizations, participants, sessions and "
                          "attendance."))
        about.setWordWrap(True)
        self.open_when_done = named(QCheckBox(tr("&Open when done")), "dataOpenWhenDone")
        self.open_when_done.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("&Format:"), self.format)
        form.addRow(tr("&Language:"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(buttons)

    def suggested_name(self) -> str:
        title = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.info.title).strip() or "reslab"
        return f"{title} - {tr('data')}"


def export_data(window: WindowContext) -> DataExportDialog:
    """File ▸ Export Data…"""
    from reslab_desktop.ui.dialogs import ask_save_path
    from reslab_desktop.ui.settings import Settings

    dialog = DataExportDialog(window.store, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        settings = Settings()
        folder = settings.last_folder(Path(window.store.path).parent)
        kind = dialog.format.currentData()
        if kind == "csv":
            name = QFileDialog.getExistingDirectory(window, tr("Export the CSV Files to…"), str(folder))
            target = Path(name) if name else None
        else:
            target = ask_save_path(window, tr("Export Data"), folder / f"{dialog.suggested_name()}.xlsx",
                                   tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if target is not None:
            settings.set("files/last_folder", str(target if kind == "csv" else target.parent))
            start_data_export(window, kind, target, dialog.lang.currentData(), dialog.open_when_done.isChecked())

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def start_data_export(window, kind: str, target: Path, lang: str, open_after: bool = False) -> BackgroundWork | None:  # type: ignore[no-untyped-def]
    """Write the workshop's data as ``kind`` (xlsx | csv) behind a cancellable progress dialog."""
    from reslab_desktop.exports.api import check_outputs

    store = window.store
    csv_dir, xlsx = (Path(target), None) if kind == "csv" else (None, Path(target))
    tables = None
    try:
        check_outputs(csv_dir, xlsx)
        if store.detached:  # the session goes on in memory: its file is not the workshop
            from reslab_desktop.exports.workshop_tables import workshop_tables

            tables = workshop_tables(store, lang)
    except ReslabError as exc:
        from reslab_desktop.ui.dialogs import show_error

        show_error(window, exc)
        return None

    path = Path(store.path)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        from reslab_desktop.exports.api import export_data

        if tables is not None:
            from reslab_desktop.exports.csv_out import write_folder
            from reslab_desktop.exports.xlsx_out import write_workbook

            if csv_dir is not None:
                write_folder(csv_dir, tables, lang)
            else:
                write_workbook(xlsx, tables, lang)  # type: ignore[arg-type]
            return target
        from reslab_desktop.reports.snapshot import SnapshotStore

        with SnapshotStore.held_open(path) as snapshot:
            export_data(snapshot, csv_dir, xlsx, lang, progress, cancelled)
        return target

    def done(written: Path) -> None:
        window.show_status(tr("Data exported to %1").replace("%1", str(written)))
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc: BaseException) -> None:
        from reslab_desktop.exports.api import ExportCancelled
        from reslab_desktop.ui.dialogs import show_error

        if isinstance(exc, ExportCancelled):
            window.show_status(tr("Data export cancelled"))
            return
        show_error(window, exc)

    export = BackgroundWork(work, window)
    export.finished.connect(done)
    export.failed.connect(failed)
    run_with_progress(window, export, tr("Exporting the data…"))
    return export
