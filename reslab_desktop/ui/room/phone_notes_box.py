"""The console's "Notes from phones" box: the boards taking notes, the queue, attendance.

The queue lists what phones sent to moderated boards and waits for the facilitator: accept
(one, the selection or all), edit then accept, merge several into one note, reject. Nothing
in the queue is on the board, so nothing reaches the audience screen before it is accepted.
Private like the rest of the console: it lives in the facilitator's window only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.services import boards, people
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.ui.deferred import DeferredRefresh
from reslab_desktop.ui.dialogs import error_text
from reslab_desktop.ui.i18n import Retranslatable

if TYPE_CHECKING:
    from reslab_desktop.ui.room.phone_notes import PhoneNotes

WATCHED = {"phone_notes", "notes", "attendance", "sessions", "participants", "boards", "zones"}
PREVIEW_CHARS = 140


class PhoneNotesBox(Retranslatable, QGroupBox):
    def __init__(self, link: PhoneNotes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.store = link.store
        self.setObjectName("room.phone_notes")
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("room.phone_notes.status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.queue_label = QLabel()
        self.queue_label.setWordWrap(True)
        layout.addWidget(self.queue_label)
        self.queue = QListWidget()
        self.queue.setObjectName("room.phone_notes.queue")
        self.queue.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.queue.setWordWrap(True)
        self.queue.setMinimumHeight(150)
        self.queue.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.queue.itemSelectionChanged.connect(self._enable)
        self.queue_label.setBuddy(self.queue)
        layout.addWidget(self.queue)
        grid = QGridLayout()
        self.accept_button = self._button("accept", self.accept_selected)
        self.edit_button = self._button("edit", self.edit_selected)
        self.merge_button = self._button("merge", self.merge_selected)
        self.reject_button = self._button("reject", self.reject_selected)
        self.accept_all_button = self._button("accept_all", self.accept_all)
        self.reject_all_button = self._button("reject_all", self.reject_all)
        for i, button in enumerate((self.accept_button, self.edit_button, self.merge_button, self.reject_button,
                                    self.accept_all_button, self.reject_all_button)):
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)

        row = QHBoxLayout()
        self.session_label = QLabel()
        self.session = QComboBox()
        self.session.setObjectName("room.phone_notes.session")
        self.session_label.setBuddy(self.session)
        row.addWidget(self.session_label)
        row.addWidget(self.session, 1)
        layout.addLayout(row)
        self.attendance_button = QPushButton()
        self.attendance_button.setObjectName("room.phone_notes.attendance")
        self.attendance_button.setCheckable(True)
        self.attendance_button.clicked.connect(self._attendance_toggled)
        layout.addWidget(self.attendance_button)
        self.attendance = QLabel()
        self.attendance.setObjectName("room.phone_notes.checked_in")
        self.attendance.setWordWrap(True)
        layout.addWidget(self.attendance)

        self._records: dict[str, pn.PhoneNoteRecord] = {}
        self._refresh = DeferredRefresh(self, self.refresh, idle_ms=60, max_wait_ms=400)
        link.changed.connect(self._refresh.now)
        link.window.signals.changed.connect(self._on_store_changed)
        self.retranslate_ui()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton()
        button.setObjectName(f"room.phone_notes.{name}")
        button.clicked.connect(lambda *_: self._guarded(slot))
        return button

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Notes from phones"))
        self.accept_button.setText(self.tr("&Accept"))
        self.edit_button.setText(self.tr("&Edit and accept…"))
        self.merge_button.setText(self.tr("&Merge into one…"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.accept_all_button.setText(self.tr("Accept a&ll"))
        self.reject_all_button.setText(self.tr("Reject all"))
        self.queue.setAccessibleName(self.tr("Notes from phones waiting for you"))
        self.session_label.setText(self.tr("&Session:"))
        self.session.setAccessibleName(self.tr("Session whose attendance phones take"))
        self.refresh()

    # -------------------------------------------------------------- keeping up

    def _on_store_changed(self, changes) -> None:  # noqa: ANN001 - a list of Change
        if any(c.entity in WATCHED for c in changes):
            self._refresh.request()

    def refresh(self) -> None:
        link = self.link
        titles = {b.id: b.title for b in boards.list_boards(self.store)}
        receiving = [b for b in link.open_boards if b in titles]
        if not receiving:
            status = self.tr("No board takes notes from phones. On a board: Room ▸ Receive Notes from Phones.")
        else:
            parts = []
            for b in receiving:
                intake = link.intake(b)
                how = self.tr("moderated") if intake.moderate else self.tr("straight to the board")
                if intake.anonymous:
                    how += ", " + self.tr("anonymous")
                parts.append(f"«{titles[b]}» ({how})")
            status = self.tr("Taking notes from phones: %1").replace("%1", "; ".join(parts))
            if not link.room_open:
                status += "\n" + self.tr("The room is closed: open it to phones (above) so that phones can write.")
        self.status.setText(status)
        self._fill_queue()
        self._fill_sessions()
        self._enable()

    def _fill_queue(self) -> None:
        records = pn.list_phone_notes(self.store, status=pn.PENDING)
        names = {p.id: p.name for p in people.list_participants(self.store)}
        zones = {z.id: z.title for b in {r.board_id for r in records} for z in boards.load_board(self.store, b).zones}
        selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.queue.selectedItems()}
        current = self.queue.currentItem().data(Qt.ItemDataRole.UserRole) if self.queue.currentItem() else None
        self.queue.blockSignals(True)
        self.queue.clear()
        self._records = {r.id: r for r in records}
        for rec in records:
            text = rec.text if len(rec.text) <= PREVIEW_CHARS else rec.text[:PREVIEW_CHARS] + "…"
            who = names.get(rec.author_id or "", self.tr("anonymous"))
            where = zones.get(rec.zone_id or "", "")
            item = QListWidgetItem(f"{text}\n— {who}" + (f" · {where}" if where else ""))
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            item.setToolTip(rec.text)
            self.queue.addItem(item)
            item.setSelected(rec.id in selected)
            if rec.id == current:
                self.queue.setCurrentItem(item, self.queue.selectionCommand(self.queue.currentIndex()))
        self.queue.blockSignals(False)
        self.queue_label.setText(self.tr("Waiting for you: %n note(s)", "", len(records)))

    def _fill_sessions(self) -> None:
        chosen = self.link.session_id or self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        for s in sessions.list_sessions(self.store):
            label = " · ".join(x for x in (s.date or "", s.title) if x) or s.id
            self.session.addItem(label, s.id)
        self.session.setCurrentIndex(max(0, self.session.findData(chosen)))
        self.session.blockSignals(False)
        taking = self.link.session_id is not None
        self.attendance_button.setChecked(taking)
        self.attendance_button.setText(self.tr("Stop taking attendance from phones") if taking
                                       else self.tr("Take attendance from phones"))
        self.session.setEnabled(not taking and self.session.count() > 0)
        self.attendance_button.setEnabled(self.session.count() > 0 and not self.store.read_only)
        if taking:
            rows = sessions.check_ins(self.store, self.link.session_id or "")
            phones = sum(1 for r in rows if r.source == "phone")
            self.attendance.setText(self.tr("Checked in: %1 (%2 from their phones)").replace("%1", str(len(rows)))
                                    .replace("%2", str(phones)))
        else:
            self.attendance.setText("" if self.session.count() else self.tr("No session yet (Lab ▸ Sessions)."))

    def _enable(self) -> None:
        n = len(self.queue.selectedItems())
        writable = not self.store.read_only
        self.accept_button.setEnabled(writable and n > 0)
        self.reject_button.setEnabled(writable and n > 0)
        self.edit_button.setEnabled(writable and n == 1)
        self.merge_button.setEnabled(writable and n > 1)
        self.accept_all_button.setEnabled(writable and self.queue.count() > 0)
        self.reject_all_button.setEnabled(writable and self.queue.count() > 0)

    # -------------------------------------------------------------- decisions

    def _selected(self) -> list[pn.PhoneNoteRecord]:
        rows = sorted(self.queue.selectedItems(), key=self.queue.row)
        return [self._records[i.data(Qt.ItemDataRole.UserRole)] for i in rows]

    def _by_board(self, records: list[pn.PhoneNoteRecord]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for r in records:
            out.setdefault(r.board_id, []).append(r.id)
        return out

    def _guarded(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except ReslabError as exc:
            QMessageBox.warning(self, self.tr("Notes from phones"), error_text(exc))
        self._refresh.now()

    def accept_selected(self) -> None:
        for board_id, ids in self._by_board(self._selected()).items():
            self.link.accept(board_id, ids)

    def accept_all(self) -> None:
        for board_id, ids in self._by_board(list(self._records.values())).items():
            self.link.accept(board_id, ids)

    def edit_selected(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            return
        rec = chosen[0]
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit and accept"), self.tr("Text of the note:"), rec.text)
        if ok:
            self.link.accept(rec.board_id, [rec.id], texts={rec.id: text},
                             label=self.tr("Edit and accept a phone note"))

    def merge_selected(self) -> None:
        chosen = self._selected()
        if len(chosen) < 2:
            return
        if len({r.board_id for r in chosen}) > 1:
            raise ReslabError("the notes to merge must all be for one board")
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Merge into one note"), self.tr("Text of the merged note:"),
            pn.MERGE_SEPARATOR.join(r.text for r in chosen))
        if ok:
            self.link.accept(chosen[0].board_id, [r.id for r in chosen], merge_text=text,
                             label=self.tr("Merge %n phone note(s)", "", len(chosen)))

    def reject_selected(self) -> None:
        for ids in self._by_board(self._selected()).values():
            self.link.reject(ids)

    def reject_all(self) -> None:
        for ids in self._by_board(list(self._records.values())).values():
            self.link.reject(ids)

    def _attendance_toggled(self, on: bool) -> None:
        self.link.take_attendance(self.session.currentData() if on else None)
