"""Long work off the GUI thread behind a cancellable progress dialog: reading the files of a
portfolio, writing its PDF or tables, exporting a workshop's data.

``BackgroundWork(work)`` runs ``work(progress, cancelled)`` on the PDF builds' worker pool
with the same care (``ui/pdf_build.begin_background``: no Qt object is ever deleted on the
worker, quitting cancels and waits). ``finished(result)`` or ``failed(error)`` is emitted
exactly once, on the GUI thread; a cancel fails with the work's own cancel error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtWidgets import QProgressDialog

from reslab_desktop.ui.pdf_build import begin_background, end_background

Progress = Callable[[float, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.work: Work | None = work
        self.cancel, self.signals = cancel, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            work, self.work = self.work, None
            assert work is not None
            result = work(self.signals.progress.emit, self.cancel.is_set)
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            self.signals.deleteLater()  # deleted on the GUI thread, not here
            end_background(self.cancel)


class BackgroundWork(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.progress_dialog: QProgressDialog | None = None  # set by pdf_build.run_with_progress
        self.cancel_event = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)

    def start(self) -> None:
        pool = begin_background(self.cancel_event)
        pool.start(_Task(self.work, self.cancel_event, self._signals))

    def cancel(self) -> None:
        self.cancel_event.set()
