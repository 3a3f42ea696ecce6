"""The people of the Learning Community: organizations and participants, each change undoable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.model import Organization, Participant, Workshop
from reslab_desktop.model.vocab import role_name, sector_name
from reslab_desktop.rules.text import fold
from reslab_desktop.services import people
from reslab_desktop.storage import ChangeSet, Store
from reslab_desktop.ui import dialogs
from reslab_desktop.ui.commands import people as commands
from reslab_desktop.ui.people.dialogs import OrganizationDialog, ParticipantDialog
from reslab_desktop.ui.row_ids import ID, cell_text, current_id, selected_ids
from reslab_desktop.ui.row_ids import row_id as id_of_row
from reslab_desktop.ui.store_signals import StoreSignals

PEOPLE_ENTITIES = (Organization, Participant, Workshop)


class PeoplePage(QWidget):
    def __init__(self, store: Store, undo_stack: QUndoStack, signals: StoreSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.setAccessibleName(self.tr("People and organizations"))
        self.store = store
        self.undo_stack = undo_stack
        writable = not store.read_only

        self.org_table = self._table("organizationTable", self.tr("Organizations"),
                                     [self.tr("Name"), self.tr("Sector"), self.tr("People")], 1)
        self.person_table = self._table("participantTable", self.tr("Participants"),
                                        [self.tr("Name"), self.tr("Organization"), self.tr("Role")], 2)
        self.org_title = QLabel(self)
        self.person_title = QLabel(self)
        for label, table in ((self.org_title, self.org_table), (self.person_title, self.person_table)):
            label.setObjectName("sectionTitle")
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
            label.setBuddy(table)

        org_buttons = self._buttons(writable, (
            (self.tr("Add…"), self.add_organization),
            (self.tr("Edit…"), self.edit_organization),
            (self.tr("Remove"), self.remove_selected_organizations),
        ))
        person_buttons = self._buttons(writable, (
            (self.tr("Add…"), self.add_participant),
            (self.tr("Edit…"), self.edit_participant),
            (self.tr("Remove"), self.remove_selected_participants),
            (self.tr("Import CSV…"), self.import_csv),
        ))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("peopleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organization or role"))
        self.filter_edit.setAccessibleName(self.tr("Filter participants"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda *_: self._apply_filter())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for title, buttons, table in ((self.org_title, org_buttons, self.org_table),
                                      (self.person_title, person_buttons, self.person_table)):
            column = QWidget(splitter)
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(title)
            box.addLayout(buttons)
            if table is self.person_table:
                box.addWidget(self.filter_edit)
            box.addWidget(table, 1)
            splitter.addWidget(column)
        splitter.setSizes([420, 580])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

        if writable:
            self.org_table.activated.connect(lambda *_: self._guard(self.edit_organization))
            self.person_table.activated.connect(lambda *_: self._guard(self.edit_participant))
            self.org_table.installEventFilter(self)
            self.person_table.installEventFilter(self)
        signals.changed.connect(self._on_changed)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Delete (or Backspace, the Mac's delete key) in a table removes its selected rows."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):  # not StandardKey.Delete: Ctrl+D on X11
            if watched is self.org_table:
                self._guard(self.remove_selected_organizations)
                return True
            if watched is self.person_table:
                self._guard(self.remove_selected_participants)
                return True
        return super().eventFilter(watched, event)

    # -- building ---------------------------------------------------------------------------
    def _table(self, name: str, accessible: str, headers: list[str], stretch: int) -> QTableWidget:
        """The first ``stretch`` columns share the width; the others fit their contents."""
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setTabKeyNavigation(False)
        table.setSortingEnabled(False)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        for col in range(len(headers)):
            table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.Stretch if col < stretch else QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _buttons(self, enabled: bool, specs) -> QHBoxLayout:  # type: ignore[no-untyped-def]
        row = QHBoxLayout()
        for text, handler in specs:
            button = QPushButton(text, self)
            button.setEnabled(enabled)
            button.clicked.connect(lambda *_, h=handler: self._guard(h))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def language(self) -> str:
        from reslab_desktop.services.workshop import get_workshop

        return get_workshop(self.store).language

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = self.language()
        orgs = people.list_organizations(self.store)
        persons = people.list_participants(self.store)
        members = Counter(p.organization_id for p in persons)
        names = {o.id: o.name for o in orgs}
        self.org_title.setText(self.tr("&Organizations (%1)").replace("%1", str(len(orgs))))
        self.person_title.setText(self.tr("&Participants (%1)").replace("%1", str(len(persons))))
        self._fill(self.org_table, [(o.id, (o.name, sector_name(o.sector, lang), str(members[o.id])))
                                    for o in orgs])
        self._fill(self.person_table, [(p.id, (p.name, names.get(p.organization_id or "", ""),
                                               role_name(p.role, lang))) for p in persons])
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Hide participants whose name, organization and role do not all contain the words typed."""
        words = fold(self.filter_edit.text()).split()
        table = self.person_table
        for r in range(table.rowCount()):
            text = fold(" ".join(cell_text(table, r, c) for c in range(table.columnCount())))
            table.setRowHidden(r, not all(w in text for w in words))

    def _fill(self, table: QTableWidget, rows: Sequence[tuple[str, tuple[str, ...]]]) -> None:
        selected = set(selected_ids(table))
        current = current_id(table)
        table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, row_id)
                item.setToolTip(text)  # long names are elided in the cell
                table.setItem(r, c, item)
        table.clearSelection()
        for r, (row_id, _) in enumerate(rows):
            if row_id in selected:
                table.selectRow(r)
            if row_id == current:
                table.setCurrentCell(r, 0, table.selectionModel().SelectionFlag.NoUpdate)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*PEOPLE_ENTITIES):
            self.refresh()

    def organization_ids(self) -> list[str]:
        return [i for r in range(self.org_table.rowCount()) if (i := id_of_row(self.org_table, r))]

    def participant_ids(self) -> list[str]:
        return [i for r in range(self.person_table.rowCount()) if (i := id_of_row(self.person_table, r))]

    def select_participants(self, ids: Sequence[str]) -> None:
        self._select(self.person_table, ids)

    def select_organizations(self, ids: Sequence[str]) -> None:
        self._select(self.org_table, ids)

    def _select(self, table: QTableWidget, ids: Sequence[str]) -> None:
        shown = {id_of_row(table, r) for r in range(table.rowCount())}
        if not set(ids) <= shown:  # their change set has not reached this page yet
            self.refresh()
        table.clearSelection()
        for r in range(table.rowCount()):
            if id_of_row(table, r) in ids:
                table.selectRow(r)

    # -- organizations ----------------------------------------------------------------------
    def add_organization(self) -> None:
        dialog = OrganizationDialog(self.language(), parent=self)
        if dialog.exec():
            self.add_organization_values(dialog.name(), dialog.sector())

    def add_organization_values(self, name: str, sector: str) -> str:
        oid = commands.add_organization(self.undo_stack, self.store, name, sector)
        self.select_organizations([oid])
        return oid

    def edit_organization(self) -> None:
        oid = current_id(self.org_table)
        if oid is None:
            return
        org = next(o for o in people.list_organizations(self.store) if o.id == oid)
        dialog = OrganizationDialog(self.language(), org.name, org.sector, parent=self)
        if dialog.exec():
            self.edit_organization_values(oid, dialog.name(), dialog.sector())

    def edit_organization_values(self, org_id: str, name: str, sector: str) -> None:
        commands.update_organization(self.undo_stack, self.store, org_id, name, sector)

    def remove_selected_organizations(self) -> None:
        ids = selected_ids(self.org_table)
        if ids:
            self.remove_organizations(ids)

    def remove_organizations(self, ids: Sequence[str]) -> None:
        names = {o.id: o.name for o in people.list_organizations(self.store)}
        label = (f"“{names[ids[0]]}”" if len(ids) == 1
                 else self.tr("%n organization(s)", "", len(ids)))
        commands.remove_organizations(self.undo_stack, self.store, ids, label)

    # -- participants -----------------------------------------------------------------------
    def add_participant(self) -> None:
        current_org = current_id(self.org_table)
        dialog = ParticipantDialog(self.language(), people.list_organizations(self.store),
                                   organization_id=current_org, parent=self)
        if dialog.exec():
            self.add_participant_values(dialog.name(), dialog.organization_id(), dialog.role())

    def add_participant_values(self, name: str, organization_id: str | None, role: str) -> str:
        pid = commands.add_participant(self.undo_stack, self.store, name, organization_id, role)
        self.select_participants([pid])
        return pid

    def edit_participant(self) -> None:
        pid = current_id(self.person_table)
        if pid is None:
            return
        person = next(p for p in people.list_participants(self.store) if p.id == pid)
        dialog = ParticipantDialog(self.language(), people.list_organizations(self.store), person.name,
                                   person.organization_id, person.role, parent=self)
        if dialog.exec():
            self.edit_participant_values(pid, dialog.name(), dialog.organization_id(), dialog.role())

    def edit_participant_values(self, participant_id: str, name: str, organization_id: str | None,
                                role: str) -> None:
        commands.update_participant(self.undo_stack, self.store, participant_id, name, organization_id, role)

    def remove_selected_participants(self) -> None:
        ids = selected_ids(self.person_table)
        if ids:
            self.remove_participants(ids)

    def remove_participants(self, ids: Sequence[str]) -> None:
        names = {p.id: p.name for p in people.list_participants(self.store)}
        label = (f"“{names[ids[0]]}”" if len(ids) == 1
                 else self.tr("%n participant(s)", "", len(ids)))
        commands.remove_participants(self.undo_stack, self.store, ids, label)

    # -- CSV --------------------------------------------------------------------------------
    def import_csv(self) -> None:
        from reslab_desktop.ui.file_actions import start_folder

        path = dialogs.ask_open_path(self, self.tr("Import a Sign-up List"), start_folder(),
                                     dialogs.csv_filter())
        if path is not None:
            self.open_import_dialog(path).open()

    def open_import_dialog(self, path: Path):  # type: ignore[no-untyped-def]
        from reslab_desktop.ui.people.import_dialog import RosterImportDialog

        return RosterImportDialog(self.store, self.undo_stack, path, self)

    def _guard(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except ReslabError as exc:
            dialogs.show_error(self, exc)
