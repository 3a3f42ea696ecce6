"""Preview a sign-up list before importing it: every row with its problem, nothing written yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.interchange.roster_csv import read_roster
from reslab_desktop.messages import translate
from reslab_desktop.model.vocab import role_name, sector_name
from reslab_desktop.rules.text import fold as normalize_name
from reslab_desktop.services.roster import RosterResult, plan_roster
from reslab_desktop.storage import Store
from reslab_desktop.ui import dialogs
from reslab_desktop.ui.commands import people as commands
from reslab_desktop.ui.i18n import current_language

ERROR_COLOR = QColor("#B00020")


class RosterImportDialog(QDialog):
    """Raises ``InterchangeError`` on construction when the file is not a usable list."""

    def __init__(self, store: Store, undo_stack: QUndoStack, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from reslab_desktop.services.workshop import get_workshop

        self.store = store
        self.undo_stack = undo_stack
        self.result_: RosterResult | None = None
        self.plan = plan_roster(store, read_roster(path))
        lang = get_workshop(store).language
        self.setWindowTitle(self.tr("Import %1").replace("%1", Path(path).name))
        self.setObjectName("rosterImportDialog")

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.plan.rows), 5, self)
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Rows of the list"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Organization"), self.tr("Role"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # the problem is the point of the preview: never elide it
        new_orgs = {normalize_name(o) for o in self.plan.new_organizations}
        for r, row in enumerate(self.plan.rows):
            org = row.organization
            if row.ok and normalize_name(org) in new_orgs:
                sector = sector_name(row.sector, lang) if row.sector else ""
                org = self.tr("%1 (new%2)").replace("%1", org).replace("%2", f", {sector}" if sector else "")
            status = self.tr("ready") if row.ok else translate(row.error, current_language())
            cells = (str(row.line), row.name, org, role_name(row.role, lang), status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.ok:
                    item.setForeground(QBrush(ERROR_COLOR))
                    item.setToolTip(self.tr("Line %1: %2").replace("%1", str(row.line)).replace("%2", translate(row.error, current_language())))
                self.table.setItem(r, c, item)

        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        count = len(self.plan.importable)
        self.import_button = self.buttons.addButton(
            self.tr("Import %n participant(s)", "", count), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(count > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        errors = len(self.plan.rows) - count
        parts = [self.tr("%n participant(s) will be added", "", count)]
        if self.plan.new_organizations:
            parts.append(self.tr("%n new organization(s)", "", len(self.plan.new_organizations)))
        text = "; ".join(parts) + "."
        if errors:
            text += " " + self.tr("%n row(s) with a problem (in red) will be skipped; "
                                  "fix them in the spreadsheet and import again if needed.", "", errors)
        self.summary.setText(text)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 560)

    def accept(self) -> None:
        try:
            self.result_ = commands.import_roster(self.undo_stack, self.store, self.plan)
        except ReslabError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()
