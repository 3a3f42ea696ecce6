"""The facilitator console: a dock with a live preview of the audience screen and the controls.

Private by construction: this dock lives in the facilitator's window; the audience window is
a separate top-level widget that never contains any of these widgets (tested).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.model import Ballot, VoteCandidate, VoteRound, VoteRoundEvent, VoteVoter
from reslab_desktop.storage import ChangeSet
from reslab_desktop.ui import theme
from reslab_desktop.ui.deferred import DeferredRefresh
from reslab_desktop.ui.i18n import Retranslatable
from reslab_desktop.ui.room.audience import Show
from reslab_desktop.ui.room.hooks import screen_choices
from reslab_desktop.ui.room.presenter import Presenter
from reslab_desktop.ui.room.timer_widgets import TimerControls, TimerFace
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.store_signals import StoreSignals

if TYPE_CHECKING:
    from reslab_desktop.services.voting_records import VoteRoundRecord

NOTES_SETTING = "room/facilitator_notes"
PREVIEW_MS = 500


class AudiencePreview(QWidget):
    """A scaled copy of the audience window, refreshed while visible.

    On a screen, the audience window says when it redraws: the copy follows once it has been
    still for a moment (at most ``PREVIEW_MS`` late), so drawing the copy (a few ms: the whole
    window is painted again) does not fall inside each voter's tap on the voting screen.
    Off screen it draws nothing to follow, and is copied every ``PREVIEW_MS``."""

    def __init__(self, presenter: Presenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("room.preview")
        self.pixmap = QPixmap()
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._refresh = QTimer(self)
        self._refresh.setInterval(PREVIEW_MS)
        self._refresh.timeout.connect(self._tick)
        self._follow = DeferredRefresh(self, self.refresh, max_wait_ms=PREVIEW_MS)
        presenter.audience.installEventFilter(self)
        presenter.audience.shown_changed.connect(lambda *_: self.refresh())

    def _tick(self) -> None:
        if not self.presenter.audience.isVisible():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.presenter.audience and event.type() == QEvent.Type.UpdateRequest:
            self._follow.request()  # it is about to draw a change
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, 180)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width * 9 // 16

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def refresh(self) -> None:
        self._follow.cancel()
        audience = self.presenter.audience
        if not audience.isVisible():
            screen = self.presenter.audience_screen() or self.presenter.console_screen()
            if screen is not None and audience.size() != screen.size():
                audience.resize(screen.size())
        self.pixmap = self._render_small(audience)
        self.update()

    def _render_small(self, audience: QWidget) -> QPixmap:
        """Draw the audience window straight at preview size: 16× fewer pixels than a grab,
        and the board draws its cheap level of detail (blocks) at that scale."""
        ratio = self.devicePixelRatioF()
        target = audience.size().scaled(self.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio)
        if target.width() < 8 or target.height() < 8:
            return QPixmap()  # not laid out yet (a painter on an empty pixmap would crash)
        pixmap = QPixmap(target)
        pixmap.fill(QColor(theme.current().base))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(target.width() / max(1, audience.width()), target.height() / max(1, audience.height()))
        flags = QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground
        # All arguments given: PySide6 6.11 crashes on render(painter) alone.
        audience.render(painter, QPoint(), QRegion(), flags)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().showEvent(event)
        self.refresh()
        self._refresh.start()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().hideEvent(event)
        self._refresh.stop()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        t = theme.current()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(t.window))
        if not self.pixmap.isNull():
            size = self.pixmap.deviceIndependentSize().toSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(x, y, size.width(), size.height(), self.pixmap)
            painter.setPen(QColor(t.note_outline))
            painter.drawRect(x, y, size.width() - 1, size.height() - 1)
        painter.end()


class RoomConsole(Retranslatable, QDockWidget):
    def __init__(self, presenter: Presenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("room.console")
        body = QWidget()
        layout = QVBoxLayout(body)

        self.on_screen = QLabel()
        self.on_screen.setObjectName("room.on_screen")
        self.preview = AudiencePreview(presenter)
        layout.addWidget(self.on_screen)
        layout.addWidget(self.preview)

        self.send_box = QGroupBox()
        grid = QGridLayout(self.send_box)
        self.send_buttons: dict[Show, QPushButton] = {}
        for index, show in enumerate(Show):
            button = QPushButton()
            button.setObjectName(f"room.send.{show}")
            button.clicked.connect(lambda _=False, s=show: presenter.send(s))
            grid.addWidget(button, index // 2, index % 2)
            self.send_buttons[show] = button
        layout.addWidget(self.send_box)

        screen_row = QHBoxLayout()
        self.screen_label = QLabel()
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("room.screen")
        self.screen_label.setBuddy(self.screen_combo)
        self.screen_combo.activated.connect(self._screen_chosen)
        self.present_button = QPushButton()
        self.present_button.setObjectName("room.present")
        self.present_button.setCheckable(True)
        self.present_button.clicked.connect(lambda *_: presenter.toggle_presentation())
        screen_row.addWidget(self.screen_label)
        screen_row.addWidget(self.screen_combo, 1)
        layout.addLayout(screen_row)
        layout.addWidget(self.present_button)

        self.timer_box = QGroupBox()
        timer_layout = QVBoxLayout(self.timer_box)
        self.timer_face = TimerFace(presenter.timer)
        self.timer_face.setObjectName("room.timer_face")
        self.timer_face.setFixedHeight(64)
        self.timer_controls = TimerControls(presenter.timer)
        timer_layout.addWidget(self.timer_face)
        timer_layout.addWidget(self.timer_controls)
        layout.addWidget(self.timer_box)

        self.voting_box = QGroupBox()
        voting_layout = QVBoxLayout(self.voting_box)
        self.voting_progress = QLabel()
        self.voting_progress.setObjectName("room.voting_progress")
        self.voting_progress.setWordWrap(True)
        voting_layout.addWidget(self.voting_progress)
        layout.addWidget(self.voting_box)

        self.notes_box = QGroupBox()
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("room.facilitator_notes")
        self.notes.setPlainText(self._all_notes().get(self._notes_key(), ""))
        self.notes.textChanged.connect(self._save_notes)
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes: keyboard users are not trapped
        notes_layout.addWidget(self.notes)
        layout.addWidget(self.notes_box, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self._body = body
        self._fit_width()
        theme.theme_notifier().changed.connect(self._fit_width)  # bound: dropped with the dock

        self._open_rounds: list[VoteRoundRecord] | None = None  # read again after any change but a dot
        self._voting = DeferredRefresh(self.voting_progress, self.refresh_voting)
        presenter.audience.shown_changed.connect(lambda *_: self._sync())
        presenter.presenting_changed.connect(lambda *_: self._sync())
        presenter.screens_changed.connect(self._fill_screens)
        store = presenter.host.store
        if store is not None:  # the phones' dots too: they reach the GUI thread through it
            StoreSignals.of(store).follow(self, self._on_store_changed)
        self.retranslate_ui()

    def _fit_width(self, *_: object) -> None:
        """Wide enough for the controls at the current text size (no clipped buttons)."""
        self._body.adjustSize()
        self.setMinimumWidth(max(340, self._body.minimumSizeHint().width() + 24))

    # -------------------------------------------------------------- texts

    def show_names(self) -> dict[Show, str]:
        return {
            Show.WELCOME: self.tr("Welcome card"),
            Show.BOARD: self.tr("Board (live)"),
            Show.FROZEN: self.tr("Frozen board"),
            Show.VOTING: self.tr("Voting screen"),
            Show.TIMER: self.tr("Timer"),
        }

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Facilitator console"))
        self.send_box.setTitle(self.tr("Send to the screen"))
        for show, name in self.show_names().items():
            self.send_buttons[show].setText(name)
            self.send_buttons[show].setAccessibleName(self.tr("Show on the audience screen: %1").replace("%1", name))
        self.preview.setAccessibleName(self.tr("Preview of the audience screen"))
        self.screen_label.setText(self.tr("&Audience screen:"))
        self.screen_combo.setAccessibleName(self.tr("Audience screen"))
        self.timer_box.setTitle(self.tr("Timer"))
        self.voting_box.setTitle(self.tr("Voting progress"))
        self.notes_box.setTitle(self.tr("Facilitator notes (only on this screen)"))
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        self.notes.setPlaceholderText(self.tr("Reminders for the facilitating team. Never projected."))
        self._fill_screens()
        self._sync()
        self._voting.now()

    def _fill_screens(self) -> None:
        chosen = self.presenter.chosen_screen_name()
        self.screen_combo.clear()
        for value, label in screen_choices():
            self.screen_combo.addItem(label, value)
        index = self.screen_combo.findData(chosen)
        self.screen_combo.setCurrentIndex(max(0, index))

    def _screen_chosen(self, index: int) -> None:
        self.presenter.choose_screen(self.screen_combo.itemData(index) or "")

    def _sync(self) -> None:
        shown = self.presenter.audience.shown
        self.on_screen.setText(self.tr("On the screen: %1").replace("%1", self.show_names()[shown]))
        presenting = self.presenter.presenting
        self.present_button.setChecked(presenting)
        self.present_button.setText(
            self.tr("End presentation (Esc)") if presenting else self.tr("Start presentation (F5)")
        )
        self.present_button.setAccessibleName(self.present_button.text())

    def _on_store_changed(self, changes: ChangeSet) -> None:
        if changes.touches(VoteRound, VoteCandidate, VoteVoter, VoteRoundEvent):
            self._open_rounds = None  # a round opened, closed, renamed… (a dot leaves them as they were)
        elif not changes.of(Ballot):
            return
        self._voting.request()  # once the voters pause (and only while the console is shown)

    # -------------------------------------------------------------- private notes, per workshop

    def _notes_key(self) -> str:
        return str(self.presenter.host.store.path.resolve())

    @staticmethod
    def _all_notes() -> dict[str, str]:
        try:
            stored = json.loads(Settings().get(NOTES_SETTING) or "{}")
        except ValueError:
            return {}
        return stored if isinstance(stored, dict) else {}

    def _save_notes(self) -> None:
        notes = self._all_notes()
        text = self.notes.toPlainText()
        if text:
            notes[self._notes_key()] = text
        else:
            notes.pop(self._notes_key(), None)
        Settings().set(NOTES_SETTING, json.dumps(notes, ensure_ascii=False))

    # -------------------------------------------------------------- voting progress

    def refresh_voting(self) -> None:
        """Who has voted in the open rounds — never how (counts stay in the voting page)."""
        from reslab_desktop.services.voting import list_rounds
        from reslab_desktop.services.voting_records import VotingProgress, voted_ids

        store = self.presenter.host.store
        if self._open_rounds is None:  # the rounds and their voters; a dot changes neither
            self._open_rounds = [r for r in list_rounds(store) if r.status == "open"]
        with store.read() as s:  # after a dot only who has voted is read (one query a round)
            voted = {rnd.id: voted_ids(s, rnd.id) for rnd in self._open_rounds}
        lines = []
        for rnd in self._open_rounds:
            if rnd.mode == "paper":  # nobody votes on the screen: no "0 of 20 have voted"
                lines.append(self.tr("«%1»: stickers on paper; type the counts in the tally grid.")
                             .replace("%1", rnd.question))
                continue
            progress = VotingProgress(tuple(v for v in rnd.voters if v.id in voted[rnd.id]),
                                      tuple(v for v in rnd.voters if v.id not in voted[rnd.id]))
            line = self.tr("«%1»: %2 of %3 have voted.").replace("%1", rnd.question)
            line = line.replace("%2", str(len(progress.voted))).replace("%3", str(progress.total))
            if progress.missing:
                names = ", ".join(v.label for v in progress.missing[:6])
                more = "…" if len(progress.missing) > 6 else ""
                line += " " + self.tr("Still to vote: %1").replace("%1", names + more)
            lines.append(line)
        self.voting_progress.setText("\n".join(lines) or self.tr("No voting round is open."))
