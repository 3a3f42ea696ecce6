"""File → Export PDF… and File → Print…: choose a document, then build it OFF the GUI
thread (``ui/pdf_build.py``) behind a cancellable progress dialog.

The dialog reads what it lists (rounds, boards, sessions, templates) from services.

Printing: Print… builds the PDF to a temporary file, then ``send_to_printer`` shows the
system print dialog and prints its pages through ``QPrinter`` (``ui/printing.py``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.reports.options import (
    KINDS,
    PAGE_SIZE_NAMES,
    TILES,
    PdfOptions,
    default_page_size,
)
from reslab_desktop.ui.noop import QT_TRANSLATE_NOOP
from reslab_desktop.ui.pdf_build import PdfExport, run_with_progress, tr
from reslab_desktop.ui.widgets_named import named
from reslab_desktop.ui.window_context import WindowContext

if TYPE_CHECKING:
    from reslab_desktop.storage import Store

KIND_TEXTS = {
    "report": QT_TRANSLATE_NOOP("PdfExport", "Session report"),
    "worksheets": QT_TRANSLATE_NOOP("PdfExport", "Blank worksheets"),
    "tally": QT_TRANSLATE_NOOP("PdfExport", "Vote tally sheet"),
    "sign-in": QT_TRANSLATE_NOOP("PdfExport", "Sign-in sheet"),
    "poster": QT_TRANSLATE_NOOP("PdfExport", "Board poster (several sheets)"),
}
#: The kind's word in a suggested file name.
FILE_WORDS = {
    "report": QT_TRANSLATE_NOOP("PdfExport", "report"),
    "worksheets": QT_TRANSLATE_NOOP("PdfExport", "worksheets"),
    "tally": QT_TRANSLATE_NOOP("PdfExport", "tally sheet"),
    "sign-in": QT_TRANSLATE_NOOP("PdfExport", "sign-in sheet"),
    "poster": QT_TRANSLATE_NOOP("PdfExport", "poster"),
}
PAGE_TEXTS = {
    "letter": QT_TRANSLATE_NOOP("PdfExport", "Letter"),
    "a4": "A4",
    "legal": QT_TRANSLATE_NOOP("PdfExport", "Legal"),
    "a3": "A3",
    "tabloid": QT_TRANSLATE_NOOP("PdfExport", "Tabloid"),
}


class PdfExportDialog(QDialog):
    """Kind, page size, language, and what each kind needs (sections, template, round…)."""

    def __init__(self, store: Store, parent: QWidget | None = None, printing: bool = False,
                 board_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfExportDialog")
        self.store = store
        self.setWindowTitle(self.tr("Print") if printing else self.tr("Export PDF"))
        from reslab_desktop.services.workshop import get_workshop

        info = get_workshop(store)
        form = QFormLayout()
        self.kind = named(QComboBox(), "pdfKind")
        kinds = ("report", "worksheets") if printing else tuple(KINDS)
        for key in kinds:
            self.kind.addItem(tr(KIND_TEXTS[key]), key)
        form.addRow(self.tr("&Document:"), self.kind)
        self.page = named(QComboBox(), "pdfPageSize")
        for key in PAGE_SIZE_NAMES:
            self.page.addItem(tr(PAGE_TEXTS[key]), key)
        self.page.setCurrentIndex(PAGE_SIZE_NAMES.index(default_page_size(info.language)))
        form.addRow(self.tr("&Paper:"), self.page)
        self.lang = named(QComboBox(), "pdfLanguage")
        self.lang.addItem("Español", "es")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if info.language == "en" else 0)
        form.addRow(self.tr("&Language:"), self.lang)

        self.sections = named(QListWidget(), "pdfSections")
        from reslab_desktop.reports.registry import report_sections

        for section in report_sections():
            item = QListWidgetItem(section.title(info.language))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(item)
        rows = max(min(self.sections.count(), 12), 1)  # every section visible, up to 12
        self.sections.setFixedHeight(rows * self.sections.sizeHintForRow(0) + 2 * self.sections.frameWidth() + 4)
        form.addRow(self.tr("&Sections:"), self.sections)

        self.template = named(QComboBox(), "pdfTemplate")
        self.template.addItem(self.tr("All templates"), None)
        from reslab_desktop.rules.templates import load_templates

        for t in load_templates():
            self.template.addItem(t.title_in(info.language), t.key)
        form.addRow(self.tr("&Template:"), self.template)

        self.round = named(QComboBox(), "pdfRound")
        for rnd in _rounds(store):
            self.round.addItem(rnd.question, rnd.id)
        form.addRow(self.tr("&Voting round:"), self.round)

        self.board = named(QComboBox(), "pdfBoard")
        from reslab_desktop.services.boards import list_boards

        for b in list_boards(store):
            self.board.addItem(b.title, b.id)
            if b.id == board_id:
                self.board.setCurrentIndex(self.board.count() - 1)
        form.addRow(self.tr("&Board:"), self.board)
        self.tiles = named(QComboBox(), "pdfTiles")
        for tiles in TILES:
            self.tiles.addItem(tiles.replace("x", " × "), tiles)
        form.addRow(self.tr("S&heets:"), self.tiles)

        self.session = named(QComboBox(), "pdfSession")
        self.session.addItem(self.tr("Whole workshop"), None)
        from reslab_desktop.services.lab.sessions import list_sessions

        for sess in list_sessions(store):
            self.session.addItem(sess.title or sess.date or sess.id, sess.id)
        form.addRow(self.tr("S&ession:"), self.session)

        self.open_when_done = named(QCheckBox(self.tr("&Open when done")), "pdfOpenWhenDone")
        self.open_when_done.setChecked(True)
        self.open_when_done.setVisible(not printing)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert self._ok is not None
        self._ok.setText(self.tr("Print…") if printing else self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, kinds in ((self.sections, ("report",)), (self.template, ("worksheets",)),
                              (self.round, ("tally",)), (self.board, ("poster",)), (self.tiles, ("poster",)),
                              (self.session, ("sign-in",))):
            self._form.setRowVisible(widget, kind in kinds)
        self._ok.setEnabled(not (kind == "tally" and self.round.count() == 0)
                      and not (kind == "poster" and self.board.count() == 0))
        self.adjustSize()

    def options(self) -> PdfOptions:
        kind = self.kind.currentData()
        sections = [
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]
        return PdfOptions(
            kind=kind, page=self.page.currentData(), lang=self.lang.currentData(),
            template=self.template.currentData(), round_id=self.round.currentData(),
            board_id=self.board.currentData(), tiles=self.tiles.currentData(),
            session_id=self.session.currentData(), sections=sections if kind == "report" else None,
        )

    def suggested_name(self) -> str:
        """``<workshop> - <kind>.pdf`` with the kind in the UI's language ("informe", "conteo")."""
        from reslab_desktop.services.workshop import get_workshop

        title = "".join(c if c.isalnum() or c in " -_" else "_" for c in get_workshop(self.store).title).strip()
        kind = QCoreApplication.translate("PdfExport", FILE_WORDS[self.kind.currentData()])
        return f"{title or 'reslab'} - {kind}.pdf"


def _rounds(store: Store) -> list:
    try:
        from reslab_desktop.services.voting import list_rounds
    except ImportError:  # voting not installed in this build
        return []
    return list_rounds(store)


# -- the File menu handlers (each takes the main window) -----------------------------------------
#: Print jobs running (each kept until it finishes or fails).
_print_jobs: set[QObject] = set()


def export_pdf(window: WindowContext) -> None:
    """File → Export PDF…"""
    from reslab_desktop.ui.dialogs import ask_save_path
    from reslab_desktop.ui.settings import Settings

    dialog = PdfExportDialog(window.store, window, board_id=_shown_board(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        settings = Settings()
        folder = settings.last_folder(Path(window.store.path).parent)
        target = ask_save_path(window, tr("Export PDF"), folder / dialog.suggested_name(),
                               tr("PDF documents (*.pdf)"), ".pdf")
        if target is not None:
            settings.set("files/last_folder", str(target.parent))
            start_export(window, dialog.options(), target, dialog.open_when_done.isChecked())

    dialog.accepted.connect(chosen)
    dialog.open()


def start_export(window, options: PdfOptions, target: Path, open_after: bool = False) -> PdfExport:  # type: ignore[no-untyped-def]
    """Build ``options`` into ``target`` behind a progress dialog; the status bar says when done."""

    def done(path: str) -> None:
        _status(window, tr("PDF written: %1").replace("%1", path))
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    export = PdfExport(window.store, options, target, window)
    export.finished.connect(done)
    export.failed.connect(lambda exc: _failed(window, exc))
    run_with_progress(window, export, tr("Building the PDF…"))
    return export


def print_pdf(window: WindowContext) -> None:
    """File → Print…: the report or a worksheet to a printer (or the system viewer)."""
    dialog = PdfExportDialog(window.store, window, printing=True, board_id=_shown_board(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        target = Path(tempfile.mkdtemp(prefix="reslab-print-")) / dialog.suggested_name()
        export = PdfExport(window.store, dialog.options(), target, window)
        export.finished.connect(lambda path: send_to_printer(window, Path(path)))
        export.failed.connect(lambda exc: _failed(window, exc))
        run_with_progress(window, export, tr("Preparing to print…"))

    dialog.accepted.connect(chosen)
    dialog.open()


def send_to_printer(window: QWidget, pdf: Path) -> None:
    """The built PDF to a printer through the system print dialog (``ui/printing.py``); when
    this computer cannot print it, say so and offer to save the PDF."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from reslab_desktop.ui import printing

    tool = printing.rasterizer()
    printers = QPrinterInfo.availablePrinterNames()
    if tool is None and not (shutil.which("lp") and printers):
        if printing.open_in_viewer(pdf):
            _status(window, tr("The PDF is open in your PDF viewer: print it from there."))
        else:
            offer_to_save(window, pdf, tr("This computer has no program that can print or show a PDF."))
        return
    if not printers:
        offer_to_save(window, pdf, tr("No printer is set up on this computer."))
        return
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages, paper = printing.pdf_info(pdf)
    printing.match_paper(printer, paper)
    chooser = QPrintDialog(printer, window)
    if pages:
        chooser.setMinMax(1, pages)
        chooser.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    if tool is None:  # CUPS takes the PDF itself
        _send_with_lp(window, pdf, printer)
        return
    job = printing.PagePrinter(pdf, printer, printing.chosen_pages(printer, pages), tool, window)
    progress = QProgressDialog(tr("Printing…"), tr("Cancel"), 0, max(1, len(job.pages)), window)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(job.cancel)
    progress.canceled.connect(lambda: _status(window, tr("Printing cancelled")))
    job.progress.connect(lambda done, total: progress.setValue(done))
    job.progress.connect(lambda done, total: progress.setLabelText(
        tr("Printing page %1 of %2…").replace("%1", str(min(done + 1, total))).replace("%2", str(total))))
    job.finished.connect(progress.reset)
    job.failed.connect(progress.reset)
    job.finished.connect(lambda printed: _status(window, tr("Sent to %1 (%2 pages)").replace(
        "%1", printer.printerName() or tr("the printer")).replace("%2", str(printed))))
    job.failed.connect(lambda message: offer_to_save(window, pdf, message))
    _print_jobs.add(job)  # kept alive while it runs
    job.finished.connect(lambda *_: _print_jobs.discard(job))
    job.failed.connect(lambda *_: _print_jobs.discard(job))
    job.start()


def _send_with_lp(window: QWidget, pdf: Path, printer) -> None:  # type: ignore[no-untyped-def]
    cmd = [str(shutil.which("lp")), "-n", str(max(printer.copyCount(), 1))]
    if printer.printerName():
        cmd += ["-d", printer.printerName()]
    try:
        subprocess.run([*cmd, str(pdf)], check=True, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        offer_to_save(window, pdf, tr("The printer did not take the document."))
        return
    _status(window, tr("Sent to %1").replace("%1", printer.printerName() or tr("the printer")))


def offer_to_save(window: QWidget, pdf: Path, reason: str) -> QMessageBox:
    """``reason`` in one line, and a button that saves the PDF to print it elsewhere."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Print"), reason, QMessageBox.StandardButton.Close, window)
    box.setObjectName("printFallback")
    box.setInformativeText(tr("Save the PDF and print it from another computer or program."))
    save = box.addButton(tr("Save the PDF…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(save)
    box.accepted.connect(lambda: _save_copy(window, pdf))
    box.open()
    return box


def _save_copy(window: QWidget, pdf: Path) -> None:
    from reslab_desktop.ui.dialogs import ask_save_path

    target = ask_save_path(window, tr("Save the PDF"), Path(pdf.name), tr("PDF documents (*.pdf)"), ".pdf")
    if target is None:
        return
    try:
        shutil.copyfile(pdf, target)
    except OSError as exc:
        _failed(window, ReslabError(tr("The PDF could not be saved: %1").replace("%1", exc.strerror or str(exc))))
        return
    _status(window, tr("PDF written: %1").replace("%1", str(target)))


def _shown_board(window: WindowContext) -> str | None:
    """The board last shown in the editor (offered first), if the editor was opened."""
    return (window.board_editor.board_id or None) if window.has_page("board") else None


def _status(window: QWidget, text: str) -> None:
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


def _failed(window: QWidget, exc: BaseException) -> None:
    from reslab_desktop.reports.document import BuildCancelled
    from reslab_desktop.ui.dialogs import show_error

    if isinstance(exc, BuildCancelled):
        _status(window, tr("PDF export cancelled"))
        return
    show_error(window, exc)
