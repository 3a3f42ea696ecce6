"""A candidate note as a big touch target: tap/click/Space adds a dot; right-click, long
press, the minus button or Backspace removes one. Drawn for a projector: large text, dark
outlines, dots as solid circles."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

TOUCH = 56  # px: comfortably above the 44 px minimum for a finger
DOT_COLOR = QColor("#1B4F9C")
INK = QColor("#1F2328")
LONG_PRESS_MS = 600
TEXT_SIZES = (22.0, 20.0, 18.0, 16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0)  # points


# keyed by the int value: QKeyEvent.key() returns a plain int
ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left.value: (-1, 0), Qt.Key.Key_Right.value: (1, 0),
    Qt.Key.Key_Up.value: (0, -1), Qt.Key.Key_Down.value: (0, 1),
}


class NoteCard(QWidget):
    """``move_requested(note_id, dx, dy)``: an arrow key (the screen moves the focus in its
    grid); ``done_requested``: Enter finishes the ballot."""

    add_requested = Signal(str)
    remove_requested = Signal(str)
    move_requested = Signal(str, int, int)
    done_requested = Signal()

    def __init__(self, note_id: str, text: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_id = note_id
        self.text = text.strip() or "—"
        self.color = QColor(color)
        self.mine = 0  # this voter's dots
        self.total: int | None = None  # shown only in open votes
        self.max_dots = 1
        self.setObjectName(f"voting.card.{note_id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(200, 170))  # four columns fit a 1024 px projector
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.text)
        self._long = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._long.timeout.connect(self._long_press)
        self._long_fired = False
        self._fit_key: tuple[int, int] | None = None
        self._fit_font = QFont()

        self.minus = QPushButton("−", self)
        self.plus = QPushButton("+", self)
        for b, tip in ((self.minus, self.tr("Remove a dot")), (self.plus, self.tr("Add a dot"))):
            b.setFixedSize(TOUCH, TOUCH)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(tip)
            f = b.font()
            f.setPointSizeF(22)
            f.setBold(True)
            b.setFont(f)
            b.setStyleSheet(
                "QPushButton { background: rgba(255,255,255,0.85); border: 2px solid #1F2328;"
                " border-radius: 28px; color: #1F2328; }"
                "QPushButton:pressed { background: #1B4F9C; color: white; }"
                "QPushButton:disabled { color: #9AA0A6; border-color: #9AA0A6; }"
            )
        self.minus.setObjectName("minus")
        self.plus.setObjectName("plus")
        self.plus.clicked.connect(lambda: self.add_requested.emit(self.note_id))
        self.minus.clicked.connect(lambda: self.remove_requested.emit(self.note_id))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.minus)
        row.addStretch(1)
        row.addWidget(self.plus)
        outer.addLayout(row)
        self._describe()

    def set_state(self, mine: int, can_add: bool, total: int | None = None) -> None:
        """Repaints only when what the card draws changed: a dot redraws its own card, not all."""
        self.minus.setEnabled(mine > 0)  # (Qt ignores an unchanged enabled state)
        self.plus.setEnabled(can_add)
        if (mine, total) == (self.mine, self.total):
            return
        self.mine, self.total = mine, total
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.tr("%1: %2 of your dots").replace("%1", self.text).replace("%2", str(self.mine))
        )

    # -- input ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton:
            self._long_fired = False
            self._long.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.remove_requested.emit(self.note_id)
        elif event.button() == Qt.MouseButton.LeftButton:
            self._long.stop()
            if not self._long_fired and self.rect().contains(event.position().toPoint()):
                self.add_requested.emit(self.note_id)
        event.accept()

    def _long_press(self) -> None:
        self._long_fired = True
        self.remove_requested.emit(self.note_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in ARROWS:
            self.move_requested.emit(self.note_id, *ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done_requested.emit()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.add_requested.emit(self.note_id)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_requested.emit(self.note_id)
        else:
            super().keyPressEvent(event)

    # -- drawing -------------------------------------------------------------------------
    def _fitted_font(self, box: QRectF, flags: int) -> QFont:
        """The largest bold size whose wrapped text fits ``box``: a voter must read the whole
        challenge (a size chosen from the text's length alone cut lines off on a 1024 px screen)."""
        key = (round(box.width()), round(box.height()))
        if self._fit_key != key:
            self._fit_key = key
            for size in TEXT_SIZES:
                font = QFont(self.font())
                font.setPointSizeF(size)
                font.setBold(True)
                need = QFontMetricsF(font).boundingRect(box, flags, self.text)
                if need.height() <= box.height() and need.width() <= box.width() + 0.5:  # a long word too
                    break
            self._fit_font = font
        return self._fit_font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # Only what the exposed rect touches: when the budget is spent every card's "+" greys
        # out, and each card then repaints just under its button (no text layout needed there).
        exposed = QRectF(event.rect())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        focus = self.hasFocus()
        p.setPen(QPen(QColor("#0B63C5") if focus else INK, 6 if focus else 2))
        p.setBrush(self.color)
        p.drawRoundedRect(r, 10, 10)
        text_rect = r.adjusted(16, 12, -(80 if self.total is not None else 16), -(TOUCH + 24))
        if text_rect.intersects(exposed):
            self._paint_text(p, text_rect)
        self._paint_dots(p, r)
        badge = QRectF(r.right() - 64, r.top() + 8, 56, 36)
        if self.total is not None and badge.intersects(exposed):
            self._paint_badge(p, badge)
        p.end()

    def _paint_text(self, p: QPainter, text_rect: QRectF) -> None:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        p.setFont(self._fitted_font(text_rect, flags))
        p.setPen(INK)
        p.save()
        p.setClipRect(text_rect)  # only a text too long even at the smallest size is cut
        p.drawText(text_rect, flags, self.text)
        p.restore()

    def _paint_dots(self, p: QPainter, r: QRectF) -> None:
        """This voter's dots, centred between the buttons."""
        d = 34.0
        gap = 6.0
        width = self.mine * d + max(0, self.mine - 1) * gap
        x = r.center().x() - width / 2
        y = r.bottom() - 10 - TOUCH / 2 - d / 2
        p.setPen(QPen(QColor("white"), 2))
        p.setBrush(DOT_COLOR)
        for i in range(self.mine):
            p.drawEllipse(QRectF(x + i * (d + gap), y, d, d))

    def _paint_badge(self, p: QPainter, badge: QRectF) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(INK)
        p.drawRoundedRect(badge, 18, 18)
        p.setPen(QColor("white"))
        f2 = QFont(self.font())
        f2.setPointSizeF(15)
        f2.setBold(True)
        p.setFont(f2)
        p.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.total))
