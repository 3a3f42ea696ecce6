"""The activity countdown, without Qt: one model for the console, the audience screen and phones.

The remaining time is computed from an injected monotonic clock, never from counting ticks,
so a busy event loop cannot make it drift. :class:`Countdown` is the state machine the app's
timer (``ui/room/timer.py``) drives; :meth:`Countdown.state` is the frozen picture of it that
the room server keeps (the app pushes it there) and reads for phones with :func:`phone_timer`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_SECONDS = 4 * 3600
DEFAULT_SECONDS = 5 * 60
Clock = Callable[[], float]

IDLE, RUNNING, PAUSED, ENDED = "idle", "running", "paused", "ended"
PHASES = (IDLE, RUNNING, PAUSED, ENDED)


@dataclass(frozen=True)
class CountdownState:
    """A countdown at one moment: enough to tell anyone, later, where it is."""

    duration: float
    left: float  # seconds left while not running
    deadline: float | None  # clock value at zero while running
    ended: bool
    paused: bool  # started, then stopped with time left (or given more time after the end)

    def remaining_exact(self, now: float) -> float:
        if self.deadline is None:
            return self.left
        return max(0.0, self.deadline - now)

    def phase(self, now: float) -> str:
        """idle (loaded, not started), running, paused or ended (also a run past its deadline)."""
        if self.ended or (self.deadline is not None and self.deadline <= now):
            return ENDED
        if self.deadline is not None:
            return RUNNING
        return PAUSED if self.paused else IDLE


IDLE_STATE = CountdownState(float(DEFAULT_SECONDS), float(DEFAULT_SECONDS), None, False, False)


def whole_seconds(exact: float) -> int:
    """Whole seconds left, rounded up (shows 0:01 until the very end)."""
    return math.ceil(round(exact, 6))


def phone_timer(state: CountdownState, now: float) -> dict[str, object]:
    """``{"state", "remaining_s"}`` as ``GET /api/state`` shows the timer to phones."""
    return {"state": state.phase(now), "remaining_s": whole_seconds(state.remaining_exact(now))}


class Countdown:
    """A pausable countdown (see the module doc). ``poll()`` is True once, when it ends."""

    def __init__(self, clock: Clock = time.monotonic, seconds: int = DEFAULT_SECONDS) -> None:
        self._clock = clock
        self._state = CountdownState(float(seconds), float(seconds), None, False, False)

    @property
    def state(self) -> CountdownState:
        return self._state

    @property
    def running(self) -> bool:
        return self._state.deadline is not None

    @property
    def done(self) -> bool:
        return self._state.ended

    @property
    def paused(self) -> bool:
        return self._state.paused

    @property
    def duration(self) -> int:
        return int(self._state.duration)

    def remaining_exact(self) -> float:
        return self._state.remaining_exact(self._clock())

    def remaining(self) -> int:
        return whole_seconds(self.remaining_exact())

    def fraction_left(self) -> float:
        d = self._state.duration
        return self.remaining_exact() / d if d else 0.0

    # -------------------------------------------------------------- commands

    def set_duration(self, seconds: int) -> None:
        """Stop and load a new countdown of ``seconds`` (clamped to 1 s … 4 h)."""
        d = float(min(max(int(seconds), 1), MAX_SECONDS))
        self._state = CountdownState(d, d, None, False, False)

    def start(self) -> None:
        s = self._state
        if s.deadline is not None:
            return
        left = s.duration if s.ended or s.left <= 0 else s.left
        self._state = CountdownState(s.duration, left, self._clock() + left, False, False)

    def pause(self) -> None:
        s = self._state
        if s.deadline is None:
            return
        self._state = CountdownState(s.duration, self.remaining_exact(), None, False, True)

    def add_minute(self) -> None:
        """One more minute, also after the end (the group asks for more time; it waits for Start)."""
        s = self._state
        if s.deadline is not None:
            left = s.deadline + 60 - self._clock()
            self._state = CountdownState(max(s.duration, left), s.left, s.deadline + 60, False, False)
            return
        left = 60.0 if s.ended else min(s.left + 60, MAX_SECONDS)
        self._state = CountdownState(max(s.duration, left), left, None, False, s.paused or s.ended)

    def reset(self) -> None:
        self.set_duration(int(self._state.duration))

    def poll(self) -> bool:
        """Re-read the clock; True when the countdown has just reached zero."""
        s = self._state
        if s.deadline is None or self.remaining_exact() > 0:
            return False
        self._state = CountdownState(s.duration, 0.0, None, True, False)
        return True
