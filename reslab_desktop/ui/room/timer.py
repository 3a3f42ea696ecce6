"""Activity countdown shared by the console and the audience screen.

The remaining time is computed from an injected monotonic clock, never from counting ticks,
so a busy event loop cannot make the countdown drift and tests drive it with a fake clock:
``CountdownTimer(clock=fake)``, advance ``fake``, call ``poll()``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from reslab_desktop.rules.formatting import format_duration

#: Preset durations in minutes offered as buttons.
PRESET_MINUTES = (1, 3, 5, 10, 15)
MAX_SECONDS = 4 * 3600
Clock = Callable[[], float]


class CountdownTimer(QObject):
    """A pausable countdown. ``changed`` on every visible change; ``finished`` once at zero."""

    changed = Signal()
    finished = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = 5 * 60.0
        self._left_at_pause = self._duration  # remaining seconds while not running
        self._deadline: float | None = None  # clock value at zero while running
        self._done = False
        self._shown = self.remaining()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.poll)

    # -------------------------------------------------------------- state

    @property
    def running(self) -> bool:
        return self._deadline is not None

    @property
    def done(self) -> bool:
        return self._done

    @property
    def duration(self) -> int:
        return int(self._duration)

    def remaining_exact(self) -> float:
        if self._deadline is None:
            return self._left_at_pause
        return max(0.0, self._deadline - self._clock())

    def remaining(self) -> int:
        """Whole seconds left, rounded up (shows 0:01 until the very end)."""
        return math.ceil(round(self.remaining_exact(), 6))

    def text(self) -> str:
        return format_duration(self.remaining())

    def fraction_left(self) -> float:
        return self.remaining_exact() / self._duration if self._duration else 0.0

    # -------------------------------------------------------------- commands

    def set_duration(self, seconds: int) -> None:
        """Stop and load a new countdown of ``seconds`` (clamped to 1 s … 4 h)."""
        self._duration = float(min(max(int(seconds), 1), MAX_SECONDS))
        self._deadline = None
        self._left_at_pause = self._duration
        self._done = False
        self._ticker.stop()
        self._emit()

    def start(self) -> None:
        if self.running:
            return
        if self._done or self._left_at_pause <= 0:
            self._left_at_pause = self._duration
            self._done = False
        self._deadline = self._clock() + self._left_at_pause
        self._ticker.start()
        self._emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._left_at_pause = self.remaining_exact()
        self._deadline = None
        self._ticker.stop()
        self._emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def add_minute(self) -> None:
        """One more minute, also after the end (the group asks for more time)."""
        if self._done:
            self._done = False
            self._left_at_pause = 0.0
        if self._deadline is not None:
            self._deadline += 60
        else:
            self._left_at_pause = min(self._left_at_pause + 60, MAX_SECONDS)
        self._duration = max(self._duration, self.remaining_exact())
        self._emit()

    def reset(self) -> None:
        self.set_duration(int(self._duration))

    # -------------------------------------------------------------- clock

    def poll(self) -> None:
        """Re-read the clock (the internal ticker calls it; tests call it directly)."""
        if self._deadline is None:
            return
        if self.remaining_exact() <= 0:
            self._deadline = None
            self._left_at_pause = 0.0
            self._done = True
            self._ticker.stop()
            self._emit()
            self.finished.emit()
            return
        if self.remaining() != self._shown:
            self._emit()

    def _emit(self) -> None:
        self._shown = self.remaining()
        self.changed.emit()
