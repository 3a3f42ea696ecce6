"""The room controller of one workshop window: audience window, screens, presentation mode.

* Two screens: the audience window goes full screen on the projector (the screen chosen in
  the Room menu, remembered in settings; else any screen other than the console's) while the
  facilitator keeps working on the laptop.
* One screen: presentation mode (F5) shows the audience window full screen over the console;
  Esc returns — unless a voting round holds the kiosk lock.
* Hot-plug: a projector connected during a presentation receives the audience window; one
  unplugged ends the presentation (the console comes back). Content, timer and the open
  workshop are untouched either way.

The host is the ``MainWindow`` (``store``, ``board_editor``, ``current_page()``); the voting
page may offer ``audience_widget()`` (its public screen) and ``kiosk_locked()``.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QScreen
from PySide6.QtWidgets import QGraphicsView

from reslab_desktop.errors import ReslabError
from reslab_desktop.rules import formatting
from reslab_desktop.ui.room.audience import AudienceWindow, Show
from reslab_desktop.ui.room.chime import Chime
from reslab_desktop.ui.room.timer import CountdownTimer
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.store_signals import StoreSignals
from reslab_desktop.ui.window_context import WindowContext

SCREEN_SETTING = "room/audience_screen"
AUDIENCE_KEYS = ("room.", "help.shortcuts")


class Presenter(QObject):
    """``presenting_changed(bool)``; ``message(str)`` for the host's status bar."""

    presenting_changed = Signal(bool)
    screens_changed = Signal()
    message = Signal(str)

    def __init__(self, host: WindowContext, timer: CountdownTimer | None = None) -> None:
        super().__init__(host)
        self.host = host
        self.timer = timer or CountdownTimer(parent=self)
        self.audience = AudienceWindow(self.timer)
        self.audience.escape_pressed.connect(self.leave_presentation)
        self.audience.close_guard = self.kiosk_locked
        from reslab_desktop.ui.room.overlay import FacilitatorOverlay, KeyHint

        self.overlay = FacilitatorOverlay(self, self.audience)
        self.key_hint = KeyHint(self, self.audience)
        self.audience.floating += [self.key_hint, self.overlay]
        self.presenting_changed.connect(lambda *_: self._follow_single_screen())
        self.chime = Chime()
        self.timer.finished.connect(self.chime.play)
        self.presenting = False
        self.single_screen = False  # presenting over the console (no projector)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # a widget exists, so the application does
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        host.destroyed.connect(self.audience.deleteLater)
        # The room's keys keep working while the audience window has the focus (one screen).
        self.audience.addActions([a for key, a in host.actions_by_id.items() if key.startswith(AUDIENCE_KEYS)])
        self.send_welcome()

    # -------------------------------------------------------------- screens

    @staticmethod
    def screens() -> list[QScreen]:
        return list(QGuiApplication.screens())

    def console_screen(self) -> QScreen | None:
        return self.host.screen() or QGuiApplication.primaryScreen()

    def chosen_screen_name(self) -> str:
        return str(Settings().get(SCREEN_SETTING) or "")

    def choose_screen(self, name: str) -> None:
        """Remember ``name`` ("" = automatic) and move a running presentation there."""
        Settings().set(SCREEN_SETTING, name)
        if self.presenting:
            self._place()
        self.screens_changed.emit()

    def audience_screen(self) -> QScreen | None:
        """The projector: the chosen screen when present, else another screen than the console's."""
        console = self.console_screen()
        chosen = self.chosen_screen_name()
        for screen in self.screens():
            if chosen and screen.name() == chosen and screen is not console:
                return screen
        others = [s for s in self.screens() if s is not console]
        return others[0] if others else None

    # -------------------------------------------------------------- presentation mode

    def start_presentation(self) -> None:
        self.presenting = True
        self._place()
        self.presenting_changed.emit(True)

    def leave_presentation(self) -> bool:
        """Esc / F5 again. Refused (returns False) while a voting round holds the kiosk lock."""
        if not self.presenting:
            return True
        if self.kiosk_locked():
            self.message.emit(self.tr("The voting round is locked: unlock it to leave the screen."))
            return False
        self.presenting = False
        self.single_screen = False
        self.audience.hide()
        self.host.activateWindow()
        self.presenting_changed.emit(False)
        return True

    def toggle_presentation(self) -> None:
        if self.presenting:
            self.leave_presentation()
        else:
            self.start_presentation()

    def _place(self) -> None:
        screen = self.audience_screen()
        self.single_screen = screen is None
        target = screen or self.console_screen()
        if target is not None:
            self.audience.setScreen(target)
            self.audience.setGeometry(target.geometry())
        self.audience.showFullScreen()
        self._follow_single_screen()
        if self.single_screen:
            self.audience.raise_()
            self.audience.activateWindow()
            self.audience.setFocus()

    def _follow_single_screen(self) -> None:
        """One screen: the key hint shows (until dismissed); the overlay is for Ctrl+Shift+R."""
        alone = self.presenting and self.single_screen
        self.key_hint.follow(alone)
        if not alone:
            self.overlay.hide()

    def _on_screen_added(self, screen: QScreen) -> None:
        if self.presenting and self.single_screen and self.audience_screen() is not None:
            self._place()  # the projector arrived: free the console
            self.message.emit(self.tr("Audience screen moved to %1.").replace("%1", screen.name()))
        self.screens_changed.emit()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if self.presenting and self.kiosk_locked():  # (Qt may have moved the window already)
            # a locked vote stays on screen: over the console now, still behind the PIN
            remaining = [s for s in self.screens() if s is not screen]
            self.single_screen = True
            if remaining and self.audience.screen() not in remaining:
                self.audience.setScreen(remaining[0])
                self.audience.setGeometry(remaining[0].geometry())
            self.audience.showFullScreen()
            self.audience.raise_()
            self.audience.activateWindow()
            self.message.emit(self.tr("The projector was disconnected; the vote stays on this screen."))
            self.screens_changed.emit()
            return
        if self.presenting and not self.single_screen and self.audience.screen() is screen:
            self.presenting = False
            self.audience.hide()
            self.presenting_changed.emit(False)
            self.message.emit(self.tr("The projector was disconnected; the presentation ended."))
        self.screens_changed.emit()

    # -------------------------------------------------------------- voting hooks

    def _voting_page(self) -> Any:
        from reslab_desktop.ui.voting.hooks import VOTING_PAGE

        return self.host.features.get(VOTING_PAGE)

    def kiosk_locked(self) -> bool:
        """True while a voting round's kiosk lock (``ui/voting/kiosk.py``) holds this window."""
        page = self._voting_page()
        candidates: list[Any] = [page, getattr(page, "kiosk", None)]
        try:
            from reslab_desktop.ui.voting.kiosk import KioskLock

            candidates += self.host.findChildren(KioskLock)
        except ImportError:  # the voting UI is optional for the room
            pass
        for candidate in candidates:
            locked = getattr(candidate, "kiosk_locked", None) or getattr(candidate, "locked", None)
            if callable(locked):
                locked = locked()
            if locked is True:
                return True
        return False

    # -------------------------------------------------------------- what the audience sees

    def board_view(self) -> QGraphicsView | None:
        view = self.host.board_editor.view
        return view if isinstance(view, QGraphicsView) else None

    def send_welcome(self) -> None:
        from reslab_desktop.services.workshop import get_workshop

        info = get_workshop(self.host.store)
        parts = [info.learning_community, info.place]
        if info.starts_on:
            with contextlib.suppress(ValueError):
                parts.append(formatting.format_date(date.fromisoformat(info.starts_on), info.language))
        self.audience.show_welcome(info.title, " · ".join(p for p in parts if p), info.language)

    def send_board(self) -> bool:
        view = self.board_view()
        if view is None:
            self.message.emit(self.tr("Open a board first."))
            return False
        self.audience.follow_board(view)
        return True

    def freeze_board(self) -> QPixmap | None:
        view = self.board_view()
        if view is None:
            self.message.emit(self.tr("Open a board first."))
            return None
        return self.audience.freeze_board(view)

    def send_voting(self) -> bool:
        """The voting page's shared screen for the open round (``audience_widget()``), else
        the public panel (progress while counts are hidden, results once revealed)."""
        from reslab_desktop.ui.room.voting_panel import AudienceVoting

        factory = getattr(self._voting_page(), "audience_widget", None)
        widget = None
        if callable(factory):
            try:
                widget = factory()  # the shared voting screen of the open round
            except ReslabError:
                if _has_open_screen_round(self.host.store):
                    raise  # e.g. another round is selected: the facilitator gets the message
                widget = None  # nothing to vote on: the public panel shows the results
        if widget is None:
            widget = self.audience.voting_widget
            if not isinstance(widget, AudienceVoting):
                widget = AudienceVoting(self.host.store)  # type: ignore[attr-defined]
                StoreSignals.of(widget.store).follow(widget, widget.on_changes)
            widget.refresh()
        self.audience.show_voting(widget)
        return True

    def send_timer(self) -> None:
        self.audience.show_timer()

    def send(self, show: Show) -> None:
        {
            Show.WELCOME: self.send_welcome,
            Show.BOARD: self.send_board,
            Show.FROZEN: self.freeze_board,
            Show.VOTING: self.send_voting,
            Show.TIMER: self.send_timer,
        }[show]()


def _has_open_screen_round(store: Any) -> bool:
    from reslab_desktop.services.voting import list_rounds

    return any(r.status == "open" and r.mode != "paper" for r in list_rounds(store))
