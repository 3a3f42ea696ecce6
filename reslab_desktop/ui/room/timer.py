"""Activity countdown shared by the console, the audience screen and the phones.

The state machine is Qt-free (``rules/countdown.py``: one model, also read by the room server
for phones); this QObject drives it with a ticker and announces changes. The remaining time
is computed from an injected monotonic clock, never from counting ticks, so a busy event loop
cannot make the countdown drift and tests drive it with a fake clock:
``CountdownTimer(clock=fake)``, advance ``fake``, call ``poll()``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from reslab_desktop.rules.countdown import MAX_SECONDS, Clock, Countdown, CountdownState
from reslab_desktop.rules.formatting import format_duration

#: Preset durations in minutes offered as buttons.
PRESET_MINUTES = (1, 3, 5, 10, 15)
__all__ = ["MAX_SECONDS", "PRESET_MINUTES", "Clock", "CountdownTimer"]


class CountdownTimer(QObject):
    """A pausable countdown. ``changed`` on every visible change; ``finished`` once at zero."""

    changed = Signal()
    finished = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = Countdown(clock)
        self._shown = self.remaining()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.poll)

    # -------------------------------------------------------------- state

    @property
    def state(self) -> CountdownState:
        """The countdown now, as the room server keeps it for phones."""
        return self._model.state

    @property
    def running(self) -> bool:
        return self._model.running

    @property
    def done(self) -> bool:
        return self._model.done

    @property
    def paused(self) -> bool:
        """Started and then paused, with time left (a loaded, never started timer is not)."""
        return self._model.paused

    @property
    def duration(self) -> int:
        return self._model.duration

    def remaining_exact(self) -> float:
        return self._model.remaining_exact()

    def remaining(self) -> int:
        """Whole seconds left, rounded up (shows 0:01 until the very end)."""
        return self._model.remaining()

    def text(self) -> str:
        return format_duration(self.remaining())

    def fraction_left(self) -> float:
        return self._model.fraction_left()

    # -------------------------------------------------------------- commands

    def set_duration(self, seconds: int) -> None:
        """Stop and load a new countdown of ``seconds`` (clamped to 1 s … 4 h)."""
        self._model.set_duration(seconds)
        self._ticker.stop()
        self._emit()

    def start(self) -> None:
        if self.running:
            return
        self._model.start()
        self._ticker.start()
        self._emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._model.pause()
        self._ticker.stop()
        self._emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def add_minute(self) -> None:
        """One more minute, also after the end (the group asks for more time)."""
        self._model.add_minute()
        self._emit()

    def reset(self) -> None:
        self.set_duration(self.duration)

    # -------------------------------------------------------------- clock

    def poll(self) -> None:
        """Re-read the clock (the internal ticker calls it; tests call it directly)."""
        if not self.running:
            return
        if self._model.poll():
            self._ticker.stop()
            self._emit()
            self.finished.emit()
            return
        if self.remaining() != self._shown:
            self._emit()

    def _emit(self) -> None:
        self._shown = self.remaining()
        self.changed.emit()
