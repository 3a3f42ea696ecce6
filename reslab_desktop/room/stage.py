"""What phones see that follows the facilitator: boards open for notes, the prompt, the timer,
the session taking attendance. Set by the app (its console) or by ``reslab serve``'s options.

Thread-safe: the app sets it on the GUI thread, the server's loop reads it. Nothing here is
written to the workshop file: it is the state of the room while it is open. Each change
bumps :attr:`Stage.version` and calls ``on_change`` (the server then tells the phones).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from reslab_desktop.rules.countdown import IDLE_STATE, CountdownState
from reslab_desktop.services.phone_notes import Intake


class Stage:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._intakes: dict[str, Intake] = {}
        self._prompt = ""
        self._timer = IDLE_STATE
        self._session: str | None = None
        self.clock = clock
        self.version = 0
        self.on_change: Callable[[], None] | None = None

    # -------------------------------------------------------------- read (any thread)

    @property
    def intakes(self) -> Mapping[str, Intake]:
        with self._lock:
            return dict(self._intakes)

    def intake(self, board_id: str) -> Intake | None:
        with self._lock:
            return self._intakes.get(board_id)

    @property
    def prompt(self) -> str:
        return self._prompt

    @property
    def timer(self) -> CountdownState:
        return self._timer

    @property
    def session_id(self) -> str | None:
        return self._session

    # -------------------------------------------------------------- set (any thread)

    def open_board(self, intake: Intake) -> None:
        """Phones may write on ``intake.board_id`` (replaces its earlier settings)."""
        intake = intake.checked()
        with self._lock:
            if self._intakes.get(intake.board_id) == intake:
                return
            self._intakes[intake.board_id] = intake
        self._changed()

    def close_board(self, board_id: str) -> None:
        with self._lock:
            if self._intakes.pop(board_id, None) is None:
                return
        self._changed()

    def close_all_boards(self) -> None:
        with self._lock:
            if not self._intakes:
                return
            self._intakes.clear()
        self._changed()

    def set_prompt(self, prompt: str) -> None:
        prompt = " ".join(prompt.split())[:500]
        if prompt != self._prompt:
            self._prompt = prompt
            self._changed()

    def set_timer(self, state: CountdownState) -> None:
        if state != self._timer:
            self._timer = state
            self._changed()

    def take_attendance(self, session_id: str | None) -> None:
        """Phones check themselves in at ``session_id`` (None: no session takes attendance)."""
        if session_id != self._session:
            self._session = session_id
            self._changed()

    def forget_zone(self, zone_ids: set[str]) -> None:
        """Zones deleted meanwhile: boards fixed to one of them take notes for any zone."""
        with self._lock:
            stale = {b: replace(i, zone_id=None) for b, i in self._intakes.items() if i.zone_id in zone_ids}
            self._intakes.update(stale)
        if stale:
            self._changed()

    def _changed(self) -> None:
        self.version += 1
        if self.on_change is not None:
            self.on_change()
