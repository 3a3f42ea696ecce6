"""Timer face (big digits for the audience, small in the console) and the console's controls."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from reslab_desktop.ui import theme
from reslab_desktop.ui.i18n import Retranslatable
from reslab_desktop.ui.room.timer import PRESET_MINUTES, CountdownTimer

FLASHES = 10  # half-periods of the end-of-time flash


class TimerFace(Retranslatable, QWidget):
    """Remaining time in digits as large as the widget allows, over a shrinking bar.

    At the end it flashes (inverted colors a few times), which a room notices without sound.
    """

    def __init__(self, timer: CountdownTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self._flash_left = 0
        self._flash = QTimer(self)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self._flash_step)
        timer.changed.connect(self.update)
        timer.changed.connect(self._stop_flash_if_restarted)
        timer.finished.connect(self.flash)
        theme.theme_notifier().changed.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 48)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Timer"))
        self._update_description()

    @property
    def flashing(self) -> bool:
        return self._flash_left > 0

    def inverted(self) -> bool:
        return self._flash_left % 2 == 1

    def flash(self) -> None:
        self._flash_left = FLASHES
        self._flash.start()
        self.update()

    def _flash_step(self) -> None:
        self._flash_left = max(0, self._flash_left - 1)
        if not self._flash_left:
            self._flash.stop()
        self.update()

    def _stop_flash_if_restarted(self) -> None:
        if self.timer.running and self._flash_left:
            self._flash_left = 0
            self._flash.stop()
        self._update_description()

    def _update_description(self) -> None:
        caption = self.caption()
        self.setAccessibleDescription(self.timer.text() + (f" · {caption}" if caption else ""))

    def caption(self) -> str:
        """A word over the digits when they are not counting: a paused timer must not look
        like a running one (issue 17.10)."""
        return self.tr("Paused") if self.timer.paused else ""

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        t = theme.current()
        back, fore = QColor(t.base), QColor(t.text)
        if self.timer.done and not self.flashing:
            fore = QColor(t.danger)
        if self.inverted():
            back, fore = QColor(t.danger), QColor(t.accent_text)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), back)
        bar_h = max(4.0, self.height() * 0.05)
        digits = QRectF(self.rect()).adjusted(0, 0, 0, -bar_h * 2)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, int(min(digits.height() * 0.8, digits.width() / 3.2))))
        painter.setFont(font)
        painter.setPen(fore)
        caption = self.caption()
        if caption:  # "Paused" above the digits, which dim
            band = QRectF(digits.x(), digits.y(), digits.width(), digits.height() * 0.24)
            small = QFont(font)
            size = max(9, int(band.height() * 0.8))
            small.setPixelSize(size)
            while size > 9 and QFontMetricsF(small).horizontalAdvance(caption) > band.width() * 0.8:
                size = int(size * 0.85)
                small.setPixelSize(max(9, size))
            painter.setFont(small)
            painter.setPen(QColor(t.danger))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, caption)
            digits = digits.adjusted(0, band.height(), 0, 0)
            font.setPixelSize(max(10, int(min(digits.height() * 0.8, digits.width() / 3.2))))
            painter.setFont(font)
            fore = QColor(t.muted_text)
            painter.setPen(fore)
        painter.drawText(digits, Qt.AlignmentFlag.AlignCenter, self.timer.text())
        track = QRectF(digits.width() * 0.1, digits.bottom() + bar_h * 0.5, digits.width() * 0.8, bar_h)
        painter.setPen(QPen(QColor(t.note_outline), max(1.0, t.outline_width)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(track)
        filled = QRectF(track)
        filled.setWidth(track.width() * self.timer.fraction_left())
        painter.fillRect(filled, QColor(t.accent) if not self.inverted() else fore)
        painter.end()


class TimerControls(Retranslatable, QWidget):
    """Presets, custom minutes, start/pause, +1 minute, reset — keyboard reachable."""

    def __init__(self, timer: CountdownTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        presets = QHBoxLayout()
        presets.setSpacing(4)
        self.preset_buttons: dict[int, QPushButton] = {}
        for minutes in PRESET_MINUTES:
            button = QPushButton(self)
            button.setObjectName(f"timer.preset.{minutes}")
            button.clicked.connect(lambda _=False, m=minutes: timer.set_duration(m * 60))
            presets.addWidget(button)
            self.preset_buttons[minutes] = button
        layout.addLayout(presets, 0, 0, 1, 4)
        self.custom_label = QLabel(self)
        self.custom = QSpinBox(self)
        self.custom.setObjectName("timer.custom")
        self.custom.setRange(1, 240)
        self.custom.setValue(20)
        self.custom_label.setBuddy(self.custom)
        self.set_custom = QPushButton(self)
        self.set_custom.setObjectName("timer.set_custom")
        self.set_custom.clicked.connect(lambda: timer.set_duration(self.custom.value() * 60))
        layout.addWidget(self.custom_label, 1, 0)
        layout.addWidget(self.custom, 1, 1)
        layout.addWidget(self.set_custom, 1, 2)
        self.start_pause = QPushButton(self)
        self.start_pause.setObjectName("timer.start_pause")
        self.start_pause.clicked.connect(timer.toggle)
        self.add_minute = QPushButton(self)
        self.add_minute.setObjectName("timer.add_minute")
        self.add_minute.clicked.connect(timer.add_minute)
        self.reset = QPushButton(self)
        self.reset.setObjectName("timer.reset")
        self.reset.clicked.connect(timer.reset)
        row = QHBoxLayout()
        for button in (self.start_pause, self.add_minute, self.reset):
            row.addWidget(button)
        layout.addLayout(row, 2, 0, 1, 4)
        timer.changed.connect(self._sync)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for minutes, button in self.preset_buttons.items():
            button.setText(self.tr("%n min", "", minutes))
            button.setAccessibleName(self.tr("Set the timer to %n minute(s)", "", minutes))
        self.custom_label.setText(self.tr("&Custom minutes:"))
        self.custom.setAccessibleName(self.tr("Custom minutes"))
        self.custom.setSuffix(self.tr(" min"))
        self.set_custom.setText(self.tr("Set"))
        self.set_custom.setAccessibleName(self.tr("Set the timer to the custom minutes"))
        self.add_minute.setText(self.tr("+1 min"))
        self.add_minute.setAccessibleName(self.tr("Add one minute"))
        self.reset.setText(self.tr("Reset"))
        self.reset.setAccessibleName(self.tr("Reset the timer"))
        self._sync()

    def _sync(self) -> None:
        text = self.tr("Pause") if self.timer.running else self.tr("Start")
        self.start_pause.setText(text)
        self.start_pause.setAccessibleName(text)
