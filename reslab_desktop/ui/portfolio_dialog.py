"""File ▸ Portfolio…: many workshop files (one per Learning Community) read into one view,
then saved as a PDF, an Excel workbook or CSV files.

Choose files and folders, read them (off the GUI thread, behind a cancellable progress
dialog), look at one row per community and at the files that could not be read, then save.
Reading and saving go through ``reslab_desktop.portfolio`` (the same code as
``reslab portfolio``); a file is never changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.ui.background_work import BackgroundWork
from reslab_desktop.ui.dialogs import error_text
from reslab_desktop.ui.pdf_build import run_with_progress
from reslab_desktop.ui.widgets_named import named
from reslab_desktop.ui.window_context import WindowContext

if TYPE_CHECKING:
    from reslab_desktop.portfolio.collect import Portfolio

PAGE_TEXTS = {"letter": "Letter", "a4": "A4", "legal": "Legal", "a3": "A3", "tabloid": "Tabloid"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Portfolio", text)


class PortfolioDialog(QDialog):
    """Sources → read → a table of communities and the files not read → save."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioDialog")
        self.setWindowTitle(tr("Portfolio of Learning Communities"))
        self.folder = folder or Path.home()
        self.portfolio: Portfolio | None = None
        self.work: BackgroundWork | None = None
        self.progress_dialog: QWidget | None = None

        intro = QLabel(tr("Choose the workshop files of the Learning Communities, or folders that hold them "
                          "(their subfolders are searched too). The files are only read, never changed."))
        intro.setWordWrap(True)
        self.sources = named(QListWidget(), "portfolioSources")
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sources.setMinimumHeight(70)
        self.sources.setMaximumHeight(90)
        add_folder = named(QPushButton(tr("Add &Folder…")), "portfolioAddFolder")
        add_files = named(QPushButton(tr("Add Fi&les…")), "portfolioAddFiles")
        remove = named(QPushButton(tr("&Remove")), "portfolioRemove")
        add_folder.clicked.connect(self.choose_folder)
        add_files.clicked.connect(self.choose_files)
        remove.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        for button in (add_folder, add_files, remove):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.sources, 1)
        top.addLayout(side)

        from reslab_desktop.reports.options import PAGE_SIZE_NAMES
        from reslab_desktop.ui.i18n import current_language

        self.lang = named(QComboBox(), "portfolioLanguage")
        self.lang.addItem("Español", "es")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if current_language() == "en" else 0)
        self.page = named(QComboBox(), "portfolioPageSize")
        for key in PAGE_SIZE_NAMES:
            self.page.addItem(QCoreApplication.translate("PdfExport", PAGE_TEXTS[key]), key)
        self.read_button = named(QPushButton(tr("&Read the Files")), "portfolioRead")
        self.read_button.setDefault(True)
        self.read_button.clicked.connect(self.read)
        options = QHBoxLayout()
        for text, combo in ((tr("Report &language:"), self.lang), (tr("&Paper:"), self.page)):
            caption = QLabel(text)
            caption.setBuddy(combo)
            options.addWidget(caption)
            options.addWidget(combo)
            options.addSpacing(12)
        options.addStretch(1)
        options.addWidget(self.read_button)

        self.summary = named(QLabel(tr("Add files or folders, then read them.")), "portfolioSummary")
        self.summary.setWordWrap(True)
        self.table = named(QTableWidget(0, len(self._headers())), "portfolioTable")
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems = named(QListWidget(), "portfolioProblems")
        self.problems.setMaximumHeight(90)
        self.problems.setVisible(False)

        self.save_pdf = named(QPushButton(tr("Save &PDF…")), "portfolioSavePdf")
        self.save_xlsx = named(QPushButton(tr("Save &Excel…")), "portfolioSaveXlsx")
        self.save_csv = named(QPushButton(tr("Save &CSV…")), "portfolioSaveCsv")
        self.save_pdf.clicked.connect(lambda: self.choose_target("pdf"))
        self.save_xlsx.clicked.connect(lambda: self.choose_target("xlsx"))
        self.save_csv.clicked.connect(lambda: self.choose_target("csv"))
        self.open_when_done = named(QCheckBox(tr("&Open when done")), "portfolioOpenWhenDone")
        self.open_when_done.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        saving = QHBoxLayout()
        for widget in (self.save_pdf, self.save_xlsx, self.save_csv, self.open_when_done):
            saving.addWidget(widget)
        saving.addStretch(1)
        saving.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(saving)
        self._set_read(None)
        self.resize(900, 620)

    # -- sources ------------------------------------------------------------------------------
    def source_paths(self) -> list[Path]:
        return [Path(self.sources.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.sources.count())]

    def add_sources(self, paths: list[Path]) -> None:
        """Add files and folders; a folder without workshop files is refused in one line."""
        from reslab_desktop.portfolio.sources import find_workshop_files

        known = set(self.source_paths())
        for path in paths:
            path = Path(path)
            if path in known:
                continue
            if path.is_dir():
                try:
                    count = len(find_workshop_files([path]))
                except ReslabError:
                    self._error(tr("The folder %1 has no workshop files (.reslab).").replace("%1", f"«{path}»"))
                    continue
                text = tr("%1 (folder; workshop files: %2)").replace("%1", str(path)).replace("%2", str(count))
            elif path.is_file():
                text = str(path)
            else:
                self._error(tr("%1 does not exist.").replace("%1", f"«{path}»"))
                continue
            self.sources.addItem(text)
            self.sources.item(self.sources.count() - 1).setData(Qt.ItemDataRole.UserRole, str(path))
            known.add(path)
        self._set_read(None)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Add a Folder of Workshops"), str(self.folder))
        if name:
            self.folder = Path(name)
            self.add_sources([Path(name)])

    def choose_files(self) -> None:
        from reslab_desktop.ui.dialogs import workshop_filter

        names, _ = QFileDialog.getOpenFileNames(self, tr("Add Workshop Files"), str(self.folder), workshop_filter())
        if names:
            self.folder = Path(names[0]).parent
            self.add_sources([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._set_read(None)

    # -- reading ------------------------------------------------------------------------------
    def read(self) -> BackgroundWork | None:
        """Read every source off the GUI thread (progress and Cancel); the table shows the result."""
        sources = self.source_paths()
        if not sources:
            self._error(tr("Add at least one workshop file or folder first."))
            return None
        from reslab_desktop.portfolio.collect import read_portfolio
        from reslab_desktop.portfolio.sources import find_workshop_files

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return read_portfolio(find_workshop_files(sources), progress, cancelled)

        self._set_read(None)
        return self._run(work, tr("Reading the workshop files…"), self._set_read)

    def _set_read(self, portfolio: Portfolio | None) -> None:
        self.portfolio = portfolio
        for button in (self.save_pdf, self.save_xlsx, self.save_csv):
            button.setEnabled(portfolio is not None and bool(portfolio.communities))
        self.table.setRowCount(0)
        self.problems.clear()
        self.problems.setVisible(False)
        if portfolio is None:
            return
        self._fill_table(portfolio)
        lang = self._lang()
        from reslab_desktop.reports.labels import label

        for u in portfolio.unreadable:
            reason = label(f"pf_reason_{u.reason}", lang)
            self.problems.addItem(tr("Not read: %1 — %2").replace("%1", u.path.name).replace("%2", reason))
            self.problems.item(self.problems.count() - 1).setToolTip(f"{u.path}\n{u.detail}")
        for group in portfolio.copies:
            others = ", ".join(p.name for p in group.others)
            self.problems.addItem(tr("Counted once: %1 is a copy of %2").replace("%1", others)
                                  .replace("%2", group.kept.name))
        self.problems.setVisible(self.problems.count() > 0)
        read = portfolio.files - len(portfolio.unreadable)
        text = tr("Communities: %1 · files read: %2 of %3").replace("%1", str(len(portfolio.communities))) \
            .replace("%2", str(read)).replace("%3", str(portfolio.files))
        if portfolio.copies:
            copies = sum(len(g.others) for g in portfolio.copies)
            text += " · " + tr("copies counted once: %1").replace("%1", str(copies))
        self.summary.setText(text)

    @staticmethod
    def _headers() -> list[str]:
        return ["#", tr("Community"), tr("Place"), tr("Organizations"), tr("Participants"), tr("Sessions"),
                tr("Notes"), tr("Decisions"), tr("Localization"), tr("Funding (MXN)")]

    def _fill_table(self, portfolio: Portfolio) -> None:
        from reslab_desktop.ui.i18n import format_money, format_number, format_percent

        self.table.setRowCount(len(portfolio.communities))
        for row, c in enumerate(portfolio.communities):
            index = c.tally.index
            cells = [str(row + 1), c.name, c.info.place, format_number(c.organizations),
                     format_number(c.participants), format_number(c.sessions), format_number(c.notes),
                     format_number(c.decisions), "—" if index is None else format_percent(index),
                     format_money(c.pledged("funding", "MXN"))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != 1 and col != 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(c.path) if col == 1 else text)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # -- saving -------------------------------------------------------------------------------
    def choose_target(self, kind: str) -> None:
        from reslab_desktop.ui.dialogs import ask_save_path

        if kind == "csv":
            name = QFileDialog.getExistingDirectory(self, tr("Save the Tables as CSV Files in…"), str(self.folder))
            target = Path(name) if name else None
        else:
            suggested = self.folder / (tr("portfolio") + f".{kind}")
            filters = {"pdf": QCoreApplication.translate("PdfExport", "PDF documents (*.pdf)"),
                       "xlsx": tr("Excel workbooks (*.xlsx)")}
            target = ask_save_path(self, tr("Save the Portfolio"), suggested, filters[kind], f".{kind}")
        if target is not None:
            self.folder = target if kind == "csv" else target.parent
            self.save(kind, target)

    def save(self, kind: str, target: Path) -> BackgroundWork | None:
        """Write the portfolio read last as ``kind`` (pdf | xlsx | csv) to ``target``."""
        portfolio = self.portfolio
        if portfolio is None:
            self._error(tr("Read the files first."))
            return None
        from reslab_desktop.portfolio.api import check_portfolio_outputs, write_portfolio

        outputs: dict[str, Path | None] = {"pdf": None, "csv_dir": None, "xlsx": None}
        outputs["csv_dir" if kind == "csv" else kind] = Path(target)
        lang, page = self._lang(), self.page.currentData()
        try:
            check_portfolio_outputs(outputs["pdf"], outputs["csv_dir"], outputs["xlsx"], lang, page)
        except ReslabError as exc:
            self._error(error_text(exc))
            return None

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            write_portfolio(portfolio, lang=lang, page=page, progress=progress, cancelled=cancelled, **outputs)
            return Path(target)

        return self._run(work, tr("Writing the portfolio…"), self._saved)

    def _saved(self, target: Path) -> None:
        self.summary.setText(tr("Saved: %1").replace("%1", str(target)))
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # -- helpers ------------------------------------------------------------------------------
    def _lang(self) -> str:
        return str(self.lang.currentData())

    def _run(self, work, title: str, done) -> BackgroundWork:  # type: ignore[no-untyped-def]
        self.work = BackgroundWork(work, self)
        self.work.finished.connect(done)
        self.work.failed.connect(self._failed)
        self.read_button.setEnabled(False)
        self.work.finished.connect(lambda _r: self.read_button.setEnabled(True))
        self.work.failed.connect(lambda _e: self.read_button.setEnabled(True))
        self.progress_dialog = run_with_progress(self, self.work, title)  # type: ignore[arg-type]
        return self.work

    def _failed(self, exc: BaseException) -> None:
        from reslab_desktop.exports.api import ExportCancelled
        from reslab_desktop.portfolio.collect import ReadCancelled
        from reslab_desktop.reports.document import BuildCancelled

        if isinstance(exc, ReadCancelled | BuildCancelled | ExportCancelled):
            self.summary.setText(tr("Cancelled: nothing was written."))
            return
        from reslab_desktop.ui.dialogs import show_error

        show_error(self, exc)

    def _error(self, text: str) -> None:
        from reslab_desktop.ui.dialogs import show_error

        show_error(self, ReslabError(text))


def show_portfolio(window: QWidget) -> PortfolioDialog:
    """File ▸ Portfolio… (starts in the folder of the open workshop)."""
    folder = Path(window.store.path).parent if isinstance(window, WindowContext) else None
    dialog = PortfolioDialog(window, folder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
