"""Sessions of the Learning Community: date, place, agenda, and a quick check-in list."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.model import Attendance, Board, Organization, Participant, WorkSession
from reslab_desktop.model.vocab import phase_name
from reslab_desktop.services import people
from reslab_desktop.services.boards import list_boards
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.lab.common import (
    ID,
    Field,
    ask,
    ask_edit,
    button_row,
    fill_table,
    make_table,
    run,
    run_remove,
    selected_ids,
    today,
    watch,
)
from reslab_desktop.ui.lab.resources_view import section_title

ENTITIES = (WorkSession, Attendance, Participant, Organization, Board)
AGENDA_LINES = 5  # the agenda always shows this many lines (it scrolls beyond)


class SessionsView(QWidget):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsView")
        self.store = store
        self.undo_stack = undo_stack
        writable = not store.read_only
        self.table = make_table(self, "sessionTable", [self.tr("Date"), self.tr("Session"), self.tr("Place"),
                                                       self.tr("Present")], 1)
        self.table.itemSelectionChanged.connect(self.show_session)
        self.agenda = QLabel(self)
        self.agenda.setObjectName("sessionAgenda")
        self.agenda.setWordWrap(True)
        self.agenda.setTextFormat(Qt.TextFormat.RichText)
        self.checkin = QListWidget(self)
        self.checkin.setObjectName("checkInList")
        self.checkin.itemChanged.connect(self._checked)
        self.checkin.setEnabled(writable)
        self.checkin_title = section_title(self.tr("Check-in"), self)
        self._filling = False

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(self.table, 3)
        lv.addLayout(button_row(self, ((self.tr("Add session…"), "addSession", self.add_dialog),
                                       (self.tr("Edit…"), "editSession", self.edit_dialog),
                                       (self.tr("Remove"), "removeSessions", self.remove_selected)), writable))
        lv.addWidget(section_title(self.tr("Agenda"), self))
        self.agenda_area = QScrollArea(left)  # never squeezed to nothing under a long table
        self.agenda_area.setObjectName("sessionAgendaArea")
        self.agenda_area.setWidgetResizable(True)
        self.agenda_area.setFrameShape(QFrame.Shape.NoFrame)
        self.agenda_area.setWidget(self.agenda)
        self.agenda_area.setMinimumHeight(self.fontMetrics().lineSpacing() * AGENDA_LINES)
        self.agenda.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lv.addWidget(self.agenda_area, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addWidget(self.checkin_title)
        rv.addWidget(self.checkin, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        watch(self, store, ENTITIES, self.refresh)
        self.refresh()

    def current(self) -> str | None:
        ids = selected_ids(self.table)
        return ids[0] if ids else None

    def refresh(self) -> None:
        items = sessions.list_sessions(self.store)
        fill_table(self.table, ((s.id, [s.date or "", s.title, s.place, len(s.attendance)]) for s in items))
        if self.current() is None and items:
            self.table.selectRow(len(items) - 1)
        self.show_session()

    def show_session(self) -> None:
        sid = self.current()
        rec = sessions.get_session(self.store, sid) if sid else None
        lang = current_language()
        boards = {b.id: b.title for b in list_boards(self.store)}
        points = "".join(
            f"<li>{a.phase}. {escape(phase_name(a.phase, lang))}"
            + (f" — {escape(boards.get(a.board_id, ''))}" if a.board_id else "")
            + (f": {escape(a.title)}" if a.title else "") + "</li>" for a in (rec.agenda if rec else ()))
        self.agenda.setText(f"<ol>{points}</ol>" if points else "<i>" + escape(
            self.tr("No agenda points yet (Edit… adds them).") if rec else self.tr("Choose a session to see its agenda."))
            + "</i>")
        self._filling = True
        self.checkin.clear()
        orgs = {o.id: o.name for o in people.list_organizations(self.store)}
        present = set(rec.attendance) if rec else set()
        for p in people.list_participants(self.store):
            item = QListWidgetItem(f"{p.name} — {orgs.get(p.organization_id or '', '')}", self.checkin)
            item.setData(ID, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in present else Qt.CheckState.Unchecked)
        self.checkin.setEnabled(rec is not None and not self.store.read_only)
        self.checkin_title.setText(self.tr("Check-in: %1 present").replace("%1", str(len(present))))
        self._filling = False

    def _checked(self, item: QListWidgetItem) -> None:
        if not self._filling and self.current():
            self.check_in(self.current(), item.data(ID), item.checkState() == Qt.CheckState.Checked)

    def check_in(self, session_id: str, participant_id: str, present: bool = True) -> None:
        run(self, self.undo_stack, self.tr("Check in") if present else self.tr("Check out"),
            lambda: sessions.check_in(self.store, session_id, [participant_id], present))

    def _fields(self) -> list[Field]:
        return [Field("title", self.tr("Title")), Field("date", self.tr("Date"), "date"),
                Field("place", self.tr("Place"))]

    def add_dialog(self) -> None:
        ask(self, self.tr("Add session"), self._fields(), {"date": today()}, self.add)

    def add(self, values: dict[str, Any]) -> str | None:
        return run(self, self.undo_stack, self.tr("Add session"), lambda: sessions.add_session(
            self.store, values.get("title", ""), values.get("date"), values.get("place", "")))

    def edit_dialog(self) -> None:
        sid = self.current()
        ask_edit(self, self.undo_stack, self.tr("Edit session"), self._fields(),
                 sessions.get_session(self.store, sid) if sid else None,
                 lambda **v: sessions.update_session(self.store, sid, **v))

    def remove_selected(self) -> None:
        ids = selected_ids(self.table)
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n session(s)", "", len(ids)), ids,
                   sessions.remove_sessions)
