"""Presenting on one screen: the facilitator's compact overlay and the key-hint strip.

With no projector the audience window covers the facilitator's window, console dock
included. Ctrl+Shift+R (the console's key) then shows a small overlay on the audience
window: what to show, the timer's controls, leave. A thin strip at the bottom tells the
room's keys; it hides with its ✕ (remembered). Nothing private is here: no facilitator
notes, no hidden tallies (the same screen is the room's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.ui.room.audience import Show
from reslab_desktop.ui.room.timer_widgets import TimerControls
from reslab_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from reslab_desktop.ui.room.presenter import Presenter

HINT_SETTING = "room/key_hint_hidden"
HINT_KEYS = ("room.present", "room.console", "room.send_board", "room.send_voting", "room.send_timer",
             "room.timer_toggle")


class FacilitatorOverlay(QFrame):
    """The console, compact, over the audience window (one screen)."""

    def __init__(self, presenter: Presenter, parent: QWidget) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("room.overlay")
        self.setStyleSheet("FacilitatorOverlay { background: #12263F; border: 2px solid #FFD54F;"
                           " border-radius: 12px; } QLabel { color: white; }"
                           " QPushButton { background: #F3F4F6; color: #12263F; border: 2px solid #F3F4F6;"
                           " border-radius: 6px; padding: 6px 10px; }"
                           " QPushButton:focus { border-color: #FFD54F; }")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Facilitator"))
        f = title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        title.setFont(f)
        top.addWidget(title, 1)
        close = QPushButton("✕")
        close.setObjectName("room.overlay.close")
        close.setToolTip(self.tr("Hide (Ctrl+Shift+R)"))
        close.setAccessibleName(self.tr("Hide the facilitator's overlay"))
        close.clicked.connect(self.hide)
        top.addWidget(close)
        layout.addLayout(top)
        shows = QGridLayout()
        self.show_buttons: dict[Show, QPushButton] = {}
        for i, (show, text) in enumerate((
            (Show.WELCOME, self.tr("Welcome")), (Show.BOARD, self.tr("My board")), (Show.FROZEN, self.tr("Freeze")),
            (Show.VOTING, self.tr("Voting")), (Show.TIMER, self.tr("Timer")),
        )):
            b = QPushButton(text)
            b.setObjectName(f"room.overlay.{show}")
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _=False, show=show: self._send(show))
            self.show_buttons[show] = b
            shows.addWidget(b, i // 3, i % 3)
        layout.addLayout(shows)
        self.timer_controls = TimerControls(presenter.timer)
        layout.addWidget(self.timer_controls)
        self.leave = QPushButton(self.tr("Leave the presentation (F5)"))
        self.leave.setObjectName("room.overlay.leave")
        self.leave.setAutoDefault(False)
        self.leave.clicked.connect(presenter.leave_presentation)
        layout.addWidget(self.leave)
        self.hide()

    def _send(self, show: Show) -> None:
        from reslab_desktop.errors import ReslabError
        from reslab_desktop.ui.dialogs import error_text

        try:
            self.presenter.send(show)
        except ReslabError as exc:
            self.presenter.message.emit(error_text(exc))

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        width = min(max(self.sizeHint().width(), 460), max(460, parent.width() // 2))
        self.resize(width, self.sizeHint().height())
        self.move(parent.width() - self.width() - 16, 16)
        self.raise_()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.place()
            self.show()
            self.leave.setFocus()


class KeyHint(QFrame):
    """A strip at the bottom with the room's keys; ✕ hides it for good (a setting)."""

    def __init__(self, presenter: Presenter, parent: QWidget) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("room.key_hint")
        self.setStyleSheet("QFrame { background: rgba(0, 0, 0, 170); } QLabel { color: white; }"
                           " QPushButton { color: white; background: transparent; border: none; }")
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 6, 4)
        self.label = QLabel()
        self.label.setObjectName("room.key_hint.text")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        close = QPushButton("✕")
        close.setObjectName("room.key_hint.close")
        close.setToolTip(self.tr("Hide these keys"))
        close.setAccessibleName(self.tr("Hide these keys"))
        close.clicked.connect(self.dismiss)
        row.addWidget(close)
        self.hide()

    def text(self) -> str:
        actions = self.presenter.host.actions_by_id
        parts = []
        for key in HINT_KEYS:
            action = actions.get(key)
            if action is None or action.shortcut().isEmpty():
                continue
            name = action.text().replace("&", "").rstrip("…")
            parts.append(f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)} {name}")
        return "   ·   ".join(parts)

    @staticmethod
    def dismissed() -> bool:
        return bool(Settings().get(HINT_SETTING))

    def dismiss(self) -> None:
        Settings().set(HINT_SETTING, True)
        self.hide()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.label.setText(self.text())
        height = self.heightForWidth(parent.width()) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(0, parent.height() - height, parent.width(), height)
        self.raise_()

    def follow(self, single_screen_presenting: bool) -> None:
        if single_screen_presenting and not self.dismissed():
            self.place()
            self.show()
        else:
            self.hide()


