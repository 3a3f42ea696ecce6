"""The console's "Phones" box and the audience screen's join card (QR code, address, code)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.ui import theme
from reslab_desktop.ui.dialogs import error_text
from reslab_desktop.ui.i18n import Retranslatable
from reslab_desktop.ui.room.phones import PhoneRoom, network_addresses

if TYPE_CHECKING:
    from reslab_desktop.ui.room.audience import AudienceWindow


def qr_pixmap(url: str, scale: int = 10) -> QPixmap:
    """The QR code of ``url`` (segno, error correction M: readable off a projector)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class JoinCard(Retranslatable, QWidget):
    """On the audience screen: the QR code, large, the short address and the join code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience.join")
        self.url = ""
        self.code = ""
        self.qr = QPixmap()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading = self.tr("Vote from your phone")
        self.steps = self.tr("1. Join the room's Wi-Fi\n2. Scan the code\n3. Choose your name")
        self.code_label = self.tr("Room code")
        self.update()

    def set_room(self, url: str, code: str) -> None:
        self.url, self.code = url, code
        self.qr = qr_pixmap(url, scale=16) if url else QPixmap()
        self.setAccessibleName(f"{self.heading}: {url}")
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        t = theme.current()
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(t.base))
        w, h = self.width(), self.height()
        side = int(min(h * 0.78, w * 0.45))
        qr_rect = QRectF(w * 0.05, (h - side) / 2, side, side)
        if not self.qr.isNull():
            p.fillRect(qr_rect, QColor("#FFFFFF"))
            p.drawPixmap(qr_rect.toRect(), self.qr)
        left = qr_rect.right() + w * 0.04
        text_w = w - left - w * 0.04
        font = QFont(self.font())

        def block(text: str, y: float, height: float, size: float, bold: bool, color: str) -> None:
            font.setPixelSize(max(8, int(h * size)))
            font.setBold(bold)
            p.setFont(font)
            p.setPen(QColor(color))
            p.drawText(QRectF(left, y, text_w, height), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)

        block(self.heading, h * 0.08, h * 0.2, 0.07, True, t.text)
        block(self.steps, h * 0.29, h * 0.2, 0.04, False, t.muted_text)
        block(self.url.replace("http://", ""), h * 0.52, h * 0.1, 0.045, True, t.text)
        block(self.code_label, h * 0.64, h * 0.08, 0.04, False, t.muted_text)
        block(self.code, h * 0.71, h * 0.16, 0.11, True, t.accent)
        p.end()


ADDRESSES_S = 30.0


class PhonesBox(Retranslatable, QGroupBox):
    """Open or close the room, the QR code, who joined (and how many phones), remove a phone."""

    def __init__(self, phones: PhoneRoom, audience: AudienceWindow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listed: tuple[object, ...] | None = None  # what the devices list shows
        self.phones = phones
        self.audience = audience
        self.setObjectName("room.phones")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.address_label = QLabel()
        self.address = QComboBox()
        self.address.setObjectName("room.phones.address")
        self.address_label.setBuddy(self.address)
        row.addWidget(self.address_label)
        row.addWidget(self.address, 1)
        layout.addLayout(row)
        self.look_again = QPushButton()
        self.look_again.setObjectName("room.phones.look_again")
        self.look_again.clicked.connect(self.look_for_networks)
        layout.addWidget(self.look_again)
        self.guests = QCheckBox()
        self.guests.setObjectName("room.phones.guests")
        self.guests.toggled.connect(self._guests_toggled)
        layout.addWidget(self.guests)
        self.open_button = QPushButton()
        self.open_button.setObjectName("room.phones.open")
        self.open_button.clicked.connect(self.toggle)
        layout.addWidget(self.open_button)
        self.qr = QLabel()
        self.qr.setObjectName("room.phones.qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.url = QLabel()
        self.url.setObjectName("room.phones.url")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setWordWrap(True)
        layout.addWidget(self.url)
        self.show_button = QPushButton()
        self.show_button.setObjectName("room.phones.show")
        self.show_button.clicked.connect(self.show_on_screen)
        layout.addWidget(self.show_button)
        self.problem = QLabel()
        self.problem.setObjectName("room.phones.problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8B1E1E; font-weight: 600;")
        layout.addWidget(self.problem)
        self.joined_label = QLabel()
        layout.addWidget(self.joined_label)
        self.devices = QListWidget()
        self.devices.setObjectName("room.phones.devices")
        self.devices.setMinimumHeight(90)
        self.joined_label.setBuddy(self.devices)
        layout.addWidget(self.devices)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("room.phones.remove")
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button)
        self.rounds_label = QLabel()
        self.rounds_label.setWordWrap(True)
        layout.addWidget(self.rounds_label)
        self.rounds = QListWidget()
        self.rounds.setObjectName("room.phones.rounds")
        self.rounds.setMaximumHeight(90)
        self.rounds_label.setBuddy(self.rounds)
        self.rounds.itemChanged.connect(self._round_toggled)
        layout.addWidget(self.rounds)
        self._fill_addresses()
        phones.changed.connect(self.sync)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Phones"))
        self.address_label.setText(self.tr("&Network:"))
        self.address.setAccessibleName(self.tr("The laptop's address on the room's network"))
        self.look_again.setText(self.tr("Look for networks again"))
        self.guests.setText(self.tr("People not on the list may join by typing their name"))
        self.show_button.setText(self.tr("Show the QR code on the audience screen"))
        self.remove_button.setText(self.tr("Remove the selected phone"))
        self.devices.setAccessibleName(self.tr("Phones in the room"))
        self.rounds_label.setText(self.tr("Open rounds phones can vote in (unticked: the shared screen only):"))
        self.rounds.setAccessibleName(self.tr("Open rounds phones can vote in"))
        self._listed = None  # its rows say "(2 phones)" in the new language
        self.sync()

    def _fill_addresses(self) -> None:
        import time

        self._addresses = network_addresses()
        self._addresses_at = time.monotonic()
        self.address.clear()
        for entry in self._addresses:
            label = f"{entry.address} ({entry.interface})"
            self.address.addItem(label, entry.address)
        if self.address.count() == 0:  # still usable to try the phone page on this laptop
            self.address.addItem(self.tr("127.0.0.1 (this laptop only)"), "127.0.0.1")

    def look_for_networks(self) -> None:
        """The facilitator plugged in the router or joined the Wi-Fi: list the addresses again."""
        if not self.phones.is_open:
            self._fill_addresses()
            self.sync()

    def toggle(self) -> None:
        if self.phones.is_open:
            self.phones.close()
            if self.audience is not None and self.audience.stack.currentWidget() is getattr(self, "card", None):
                self.audience.show_welcome(self.audience.welcome.title, self.audience.welcome.subtitle)
            return
        try:
            self.phones.open(self.address.currentData() or "127.0.0.1", guests=self.guests.isChecked())
        except ReslabError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Phones"), self.tr("The room could not open: %1").replace("%1", error_text(exc)))

    def _guests_toggled(self, on: bool) -> None:
        if self.phones.server is not None:
            self.phones.server.guests = on

    def show_on_screen(self) -> None:
        server = self.phones.server
        if server is None or self.audience is None:
            return
        card = getattr(self, "card", None)
        if card is None:
            card = self.card = JoinCard()
            self.audience.stack.addWidget(card)
        card.set_room(server.url, server.code)
        self.audience.board.follow(None)
        self.audience.stack.setCurrentWidget(card)
        self.audience.shown_changed.emit("join")

    def _fill_rounds(self, server) -> None:  # type: ignore[no-untyped-def]
        wanted = [(r.id, r.question) for r in server.view.rounds if r.status == "open"]
        shown = [(self.rounds.item(i).data(Qt.ItemDataRole.UserRole), self.rounds.item(i).text())
                 for i in range(self.rounds.count())]
        if wanted == shown:
            return
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for rid, question in wanted:
            item = QListWidgetItem(question)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if server.phones_may_vote(rid) else Qt.CheckState.Unchecked)
            self.rounds.addItem(item)
        self.rounds.blockSignals(False)

    def _round_toggled(self, item: QListWidgetItem) -> None:
        server = self.phones.server
        if server is not None:
            server.set_phones_may_vote(item.data(Qt.ItemDataRole.UserRole),
                                       item.checkState() == Qt.CheckState.Checked)

    def remove_selected(self) -> None:
        item = self.devices.currentItem()
        server = self.phones.server
        if item is None or server is None:
            return
        for device in item.data(Qt.ItemDataRole.UserRole) or ():
            server.remove_device(device)
        self.sync()

    def sync(self) -> None:
        server = self.phones.server if self.phones.is_open else None
        is_open = server is not None
        self.open_button.setText(self.tr("Close the room") if is_open else self.tr("Open the room to phones"))
        self.address.setEnabled(not is_open)
        self.look_again.setEnabled(not is_open)
        for widget in (self.qr, self.url, self.show_button, self.devices, self.remove_button, self.joined_label,
                       self.rounds, self.rounds_label):
            widget.setVisible(is_open)
        if server is None:
            self._show_problem(self.phones.problem(self._addresses))
            return
        if self.qr.property("url") != server.url:
            self.qr.setPixmap(qr_pixmap(server.url, scale=5))
            self.qr.setProperty("url", server.url)
            self.qr.setAccessibleName(self.tr("QR code of %1").replace("%1", server.url))
        self.url.setText(self.tr("%1\nRoom code: %2").replace("%1", server.url).replace("%2", server.code))
        seats = server.seats.all()
        per_person = Counter(s.participant_id for s in seats)
        names = {s.participant_id: s.name for s in seats}
        devices: dict[str, list[str]] = {}
        for s in seats:
            devices.setdefault(s.participant_id, []).append(s.device_id)
        listed = tuple((pid, count, names[pid], tuple(devices[pid])) for pid, count in per_person.items())
        if listed != self._listed:  # rebuilt only when someone joined or left (200 rows)
            self._listed = listed
            self._fill_devices(per_person, names, devices)
        self.joined_label.setText(self.tr("Joined: %1 people, %2 phones").replace("%1", str(len(per_person)))
                                  .replace("%2", str(len(seats))))
        self._fill_rounds(server)
        self._show_problem(self.phones.problem(self._current_addresses()))

    def _fill_devices(self, per_person: Counter[str], names: dict[str, str], devices: dict[str, list[str]]) -> None:
        selected = self.devices.currentItem().data(Qt.ItemDataRole.UserRole) if self.devices.currentItem() else None
        self.devices.clear()
        for pid, count in per_person.items():
            text = names[pid] if count == 1 else self.tr("%1 (%2 phones)").replace("%1", names[pid]).replace("%2", str(count))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, devices[pid][-1:])
            self.devices.addItem(item)
            if selected == devices[pid][-1:]:
                self.devices.setCurrentItem(item)

    def _current_addresses(self):  # type: ignore[no-untyped-def]
        """The laptop's addresses, read again at most every ``ADDRESSES_S`` while the room is
        open (reading them takes ~15 ms on the GUI thread; the box syncs every 2 s)."""
        import time

        if time.monotonic() - self._addresses_at > ADDRESSES_S:
            self._addresses = network_addresses()
            self._addresses_at = time.monotonic()
        return self._addresses

    def _show_problem(self, text: str) -> None:
        if text != self.problem.text():
            self.problem.setText(text)
            if text:
                self.problem.setAccessibleDescription(text)
        self.problem.setVisible(bool(text))
