"""Refreshes that wait: a view that only watches (the facilitator's voting page, the room
console's progress, the audience panel) redraws once after a burst of changes, and a hidden
view not at all until it is shown.

A dot on the shared screen is saved inside the voter's click; if every view that watches the
round re-read and redrew there, the click would cost several frames. ``request()`` instead
marks the view stale and refreshes it once the changes pause for ``idle_ms`` (at most
``max_wait_ms`` after the first, so a steady stream still shows), and only while the view is
shown: a view shown later is refreshed in its show event, before it is first painted.
Refreshes due together run one after another, ``SPACING_MS`` apart: the layout and paint one
causes come before the next starts, and a tap that comes meanwhile waits for one piece of
work, not for all.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

IDLE_MS = 150
MAX_WAIT_MS = 1000
SPACING_MS = 33  # two frames: a refresh's layout and paint take a few passes of the loop


def shown(widget: QWidget) -> bool:
    """On screen as far as its window goes: the current page of every stack above it (the
    window itself may be hidden: the room's preview draws the audience window unshown)."""
    return widget.isVisibleTo(widget.window())


class DeferredRefresh(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], object], idle_ms: int = IDLE_MS,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(widget)
        self.widget = widget
        self._refresh = refresh
        self.idle_ms, self.max_wait_ms = idle_ms, max_wait_ms
        self.pending = False
        self._since: float | None = None  # when the first change of this burst came
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        widget.installEventFilter(self)

    def request(self) -> None:
        """Something the view shows changed: refresh after the burst (or when shown)."""
        self.pending = True
        if not shown(self.widget):
            self._timer.stop()
            self._since = None
            return
        now = time.monotonic()
        if self._since is None:
            self._since = now
        waited = int((now - self._since) * 1000)
        self._timer.start(max(0, min(self.idle_ms, self.max_wait_ms - waited)))

    def now(self) -> None:
        """Refresh at once if shown, else when shown (a change the viewer must see right away)."""
        self.pending = True
        self.flush()

    def flush(self) -> bool:
        """Run a pending refresh now, if the view is shown; True if it ran."""
        if not (self.pending and shown(self.widget)):
            return False
        self.cancel()
        self._refresh()
        return True

    def cancel(self) -> None:
        """Forget a pending refresh (a fuller one just ran)."""
        self.pending = False
        self._since = None
        self._timer.stop()

    def _due(self) -> None:
        self._since = None
        if self not in _due:
            _due.append(self)
        _next_pass()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.Show:
            self.flush()
        return False


_due: list[DeferredRefresh] = []
_runner: QTimer | None = None


def _next_pass() -> None:
    global _runner
    if _runner is None or not shiboken6.isValid(_runner):
        _runner = QTimer(QCoreApplication.instance())
        _runner.setSingleShot(True)
        _runner.setInterval(SPACING_MS)
        _runner.timeout.connect(_run_one)
    if not _runner.isActive():
        _runner.start()


def _run_one() -> None:
    """The first due refresh that still has work; the next one ``SPACING_MS`` later."""
    while _due:
        job = _due.pop(0)
        if shiboken6.isValid(job) and job.flush():
            break
    if _due:
        _next_pass()
