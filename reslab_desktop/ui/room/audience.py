"""The audience window: what the projector shows, chosen by the facilitator.

A clean top-level window without menus or toolbars. It shows one of :class:`Show`: a welcome
title card, the facilitator's board viewport (followed live), a frozen picture of it, the
public voting screen, or the timer. While the timer runs it also sits in a corner.

What never gets here: the facilitator's console (private notes, voting progress, hidden tallies).
The board mirror marks its viewport as the audience's (:mod:`.privacy`) so board items can skip
facilitator-only decorations; the voting page only ever hosts the voting engineer's *public*
widget.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.ui import theme
from reslab_desktop.ui.i18n import Retranslatable, current_language, speaker
from reslab_desktop.ui.room.privacy import mark_audience
from reslab_desktop.ui.room.timer import CountdownTimer
from reslab_desktop.ui.room.timer_widgets import TimerFace

DEFAULT_SIZE = (1280, 720)


class Show(StrEnum):
    WELCOME = "welcome"
    BOARD = "board"  # follow the facilitator's viewport
    FROZEN = "frozen"
    VOTING = "voting"
    TIMER = "timer"


class WelcomeCard(Retranslatable, QWidget):
    """Workshop title, community, place and date, large and centered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.subtitle = ""
        self.language = current_language()
        self.setObjectName("audience.welcome")
        theme.theme_notifier().changed.connect(self.update)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.greeting = speaker(self.language).translate("WelcomeCard", "Welcome")
        self.update()

    def set_text(self, title: str, subtitle: str, language: str | None = None) -> None:
        """``language``: the workshop's, which the room reads (default: the UI's)."""
        self.title, self.subtitle = title, subtitle
        self.language = language or current_language()
        self.setAccessibleName(title)
        self.retranslate_ui()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        t = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(t.base))
        w, h = self.width(), self.height()
        band = QRectF(0, h * 0.78, w, h * 0.04)
        painter.fillRect(band, QColor(t.accent))
        font = QFont(self.font())
        blocks = (
            (self.greeting, 0.06, False, t.muted_text, QRectF(0, h * 0.14, w, h * 0.12)),
            (self.title, 0.10, True, t.text, QRectF(w * 0.06, h * 0.28, w * 0.88, h * 0.32)),
            (self.subtitle, 0.045, False, t.muted_text, QRectF(w * 0.06, h * 0.60, w * 0.88, h * 0.16)),
        )
        for text, size, bold, color, rect in blocks:
            font.setPixelSize(max(8, int(h * size)))
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor(color))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(rect, int(flags), text)
        painter.end()


class BoardMirror(QGraphicsView):
    """Shows the facilitator's board scene, fitted to the part the facilitator looks at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience.board")
        self.source: QGraphicsView | None = None
        self._synced: tuple[QRectF, object] | None = None
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        mark_audience(self)
        mark_audience(self.viewport())

    def follow(self, source: QGraphicsView | None) -> None:
        if self.source is not None:
            self.source.viewport().removeEventFilter(self)
        self.source = source
        self.setScene(source.scene() if source is not None else None)
        if source is not None:
            source.viewport().installEventFilter(self)
            self.sync(force=True)

    def source_rect(self) -> QRectF:
        """The scene rectangle the facilitator currently sees."""
        if self.source is None:
            return QRectF()
        return self.source.mapToScene(self.source.viewport().rect()).boundingRect()

    def target_rect(self) -> QRectF:
        """What to fit: the board content inside the facilitator's view (a tall laptop pane
        around a wide board would otherwise shrink it on a 16:9 projector)."""
        seen = self.source_rect()
        scene = self.scene()
        if scene is None or seen.isEmpty():
            return seen
        content = scene.itemsBoundingRect()
        margin = max(content.width(), content.height()) * 0.02
        focused = seen.intersected(content.adjusted(-margin, -margin, margin, margin))
        return focused if not focused.isEmpty() else seen

    def sync(self, force: bool = False) -> None:
        rect = self.target_rect()
        key = (rect, self.viewport().size())
        if rect.isEmpty() or (key == self._synced and not force):
            return  # the source repaints for many reasons (caret, hover): refit only on change
        self._synced = key
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The facilitator's viewport repaints after every pan/zoom/resize: follow it then.
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Resize):
            self.sync()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        self.sync()


class FrozenView(QWidget):
    """A still picture, scaled to fit (letterboxed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience.frozen")
        self.pixmap = QPixmap()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.current().board_background))
        if not self.pixmap.isNull():
            scaled = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - scaled.width()) // 2
            y = (self.height() - scaled.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(x, y, scaled.width(), scaled.height(), self.pixmap)
        painter.end()


class AudienceWindow(Retranslatable, QWidget):
    """The projector window. ``escape_pressed`` lets the presenter leave presentation mode."""

    escape_pressed = Signal()
    shown_changed = Signal(str)

    def __init__(self, timer: CountdownTimer) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audience.window")
        self.resize(*DEFAULT_SIZE)
        self.timer = timer
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.welcome = WelcomeCard()
        self.board = BoardMirror()
        self.frozen = FrozenView()
        self.voting = QWidget()
        self.voting.setObjectName("audience.voting")
        self._voting_layout = QVBoxLayout(self.voting)
        self._voting_layout.setContentsMargins(0, 0, 0, 0)
        self.voting_widget: QWidget | None = None
        self.timer_face = TimerFace(timer)
        self.timer_face.setObjectName("audience.timer")
        self.pages = {
            Show.WELCOME: self.welcome,
            Show.BOARD: self.board,
            Show.FROZEN: self.frozen,
            Show.VOTING: self.voting,
            Show.TIMER: self.timer_face,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.corner_timer = TimerFace(timer, self)
        self.corner_timer.setObjectName("audience.corner_timer")
        self.corner_timer.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.shown = Show.WELCOME
        timer.changed.connect(self._place_corner_timer)
        self._place_corner_timer()
        self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer drifting over the projection
        #: True while the window must stay up (a voting round's kiosk lock): Alt+F4 and the
        #: window manager's close are refused then (issue 17.1).
        self.close_guard: Callable[[], bool] | None = None
        self.floating: list[QWidget] = []  # overlays placed again on a resize (their place())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Resiliency Lab — audience screen"))
        self.setAccessibleName(self.tr("Audience screen"))

    # -------------------------------------------------------------- what to show

    def show_welcome(self, title: str, subtitle: str = "", language: str | None = None) -> None:
        self.welcome.set_text(title, subtitle, language)
        self._switch(Show.WELCOME)

    def follow_board(self, view: QGraphicsView | None) -> None:
        self.board.follow(view)
        self._switch(Show.BOARD)

    def show_frozen(self, pixmap: QPixmap) -> None:
        self.frozen.set_pixmap(pixmap)
        self._switch(Show.FROZEN)

    def freeze_board(self, view: QGraphicsView) -> QPixmap:
        """Freeze what ``view`` shows now, drawn for the audience (no private decorations)."""
        self.board.resize(self.stack.size())
        self.board.follow(view)
        pixmap = self.board.grab()
        self.board.follow(None)
        self.show_frozen(pixmap)
        return pixmap

    def show_voting(self, widget: QWidget | None) -> None:
        """Host the voting screen's *public* widget (never the facilitator's tally panel)."""
        if widget is not self.voting_widget:
            if self.voting_widget is not None:
                self.voting_widget.setParent(None)
                self.voting_widget.deleteLater()
            self.voting_widget = widget
            if widget is not None:
                self._voting_layout.addWidget(widget)
        self._switch(Show.VOTING)

    def show_timer(self) -> None:
        self._switch(Show.TIMER)

    def _switch(self, show: Show) -> None:
        if show != Show.BOARD:
            self.board.follow(None)
        self.shown = show
        # People vote on the voting screen (mouse or touch); elsewhere no pointer drifts by.
        self.setCursor(Qt.CursorShape.ArrowCursor if show == Show.VOTING else Qt.CursorShape.BlankCursor)
        self.stack.setCurrentWidget(self.pages[show])
        self._place_corner_timer()
        self.shown_changed.emit(str(show))

    # -------------------------------------------------------------- layout and keys

    def _place_corner_timer(self) -> None:
        active = self.timer.running or self.timer.done or self.timer.paused  # paused: says so
        visible = active and self.shown != Show.TIMER
        if visible:
            w = max(160, self.width() // 7)
            h = max(64, w * 9 // 20)
            self.corner_timer.setGeometry(self.width() - w - 16, self.height() - h - 16, w, h)
            self.corner_timer.raise_()
        self.corner_timer.setVisible(visible)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        self._place_corner_timer()
        for widget in self.floating:
            if widget.isVisible():
                widget.place()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.close_guard is not None and self.close_guard():
            event.ignore()  # the lock holds the screen; the facilitator unlocks with the PIN
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
