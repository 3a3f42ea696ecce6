"""Building a PDF OFF the GUI thread: ``PdfExport`` checks the options on the GUI thread,
then a QThreadPool worker reads the workshop (``reports.snapshot``: read-only connections of
its own, one read transaction) and lays the document out. The worker never touches a widget
or the app's store — it only emits signals (queued to the GUI thread) and polls a
``threading.Event`` to cancel. The file is written atomically, so a cancelled or failed build
leaves nothing behind. Quitting the app cancels running builds and waits for them.

No Qt object may be deleted on the worker thread. Two ways that happened: the worker dropping
the last reference to its signal object, and Python's cyclic garbage collector, which runs
in whichever thread happens to allocate — a collection started by the layout's allocations
deleted the Qt objects caught in garbage cycles (closed windows, timers) there
("QObject::~QObject: Timers cannot be stopped from another thread", then a segfault in the
GUI thread). So the signal object is handed back with ``deleteLater`` and automatic
collection is paused while builds run; the GUI thread collects when the last one ends.
That collection must not freeze the window: a full collection walks the whole heap (50 ms
in a bare export, more in the app with its windows open) although the only new garbage can
be in objects made during the builds. So the objects that exist when the first build
starts are frozen (``gc.freeze``: left out of collections) and unfrozen after the final
collection, which then walks only what was made meanwhile.

The worker and the GUI thread share Python's interpreter lock. A thread that wants it waits
for the holder's switch interval (5 ms by default) and often for a few more, so while a build
ran the window's event loop was late by 10–25 ms at the 95th percentile. While builds run
the interval is 1 ms: the GUI thread gets the lock back within about a millisecond, the
build takes as long as before (measured: 1.2 s for the 3,000-note report either way).
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from reslab_desktop.errors import ReslabError
from reslab_desktop.reports.options import PdfOptions

if TYPE_CHECKING:
    from reslab_desktop.reports.api import PdfJob
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.background_work import BackgroundWork


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfExport", text)


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(str)
    failed = Signal(object)


class _BuildTask(QRunnable):
    """Reads the workshop file (or takes a prepared job) and lays the PDF out; touches no
    widget and not the app's store, only emits signals."""

    def __init__(self, source: Path | PdfJob, options: PdfOptions, target: Path, cancel: threading.Event,
                 signals: _Signals) -> None:
        super().__init__()
        self.source: Path | PdfJob | None = source
        self.options, self.target, self.cancel, self.signals = options, target, cancel, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            source, self.source = self.source, None  # the job is freed on this thread when done
            job = _read(source, self.options) if isinstance(source, Path) else source
            del source
            assert job is not None, "a build runs once"
            job.write(self.target, progress=self.signals.progress.emit, cancelled=self.cancel.is_set)
            del job
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(str(self.target))
        finally:
            _running.discard(self.cancel)
            self.signals.deleteLater()  # Qt owns it now: deleted on the GUI thread, not here
            _while_building.ended.emit()


def _read(path: Path, options: PdfOptions) -> PdfJob:
    """What the document needs, read on this (worker) thread from a snapshot of the file."""
    from reslab_desktop.reports.api import prepare
    from reslab_desktop.reports.snapshot import SnapshotStore

    with SnapshotStore.held_open(path) as snapshot:
        return prepare(snapshot, options)


class PdfExport(QObject):
    """One export: check the options on the GUI thread, read and build on the pool, report
    with signals.

    ``finished(path)`` or ``failed(error)`` is emitted exactly once (a cancel fails with
    ``BuildCancelled``)."""

    progress = Signal(float, str)
    finished = Signal(str)
    failed = Signal(object)

    def __init__(self, store: Store, options: PdfOptions, target: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.options, self.target = store, options, Path(target)
        self.progress_dialog: QProgressDialog | None = None  # set by run_with_progress
        self.cancel_event = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Check the options here; read the workshop and build on the pool. (A store that
        went on in memory after a write failure is read here: its file is not the workshop.)"""
        source: Path | PdfJob = self.store.path
        try:
            self.options.check()
            if self.store.detached:
                from reslab_desktop.reports.api import prepare

                source = prepare(self.store, self.options)
        except ReslabError as exc:
            self.failed.emit(exc)
            return
        _running.add(self.cancel_event)  # from now on, quitting stops it (see _stop_all)
        pool = pool or export_pool()
        _while_building.hold()
        pool.start(_BuildTask(source, self.options, self.target, self.cancel_event, self._signals))

    def cancel(self) -> None:
        self.cancel_event.set()


class _WhileBuilding(QObject):
    """While builds run: automatic garbage collection off and a short interpreter switch
    interval (see the module docstring).

    ``hold()`` on the GUI thread when a build starts; the worker emits ``ended`` when it
    stops, which is delivered on the GUI thread (where this object lives). The objects of
    before the first hold are frozen until the last release has collected the rest."""

    ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.holds = 0
        self.resume = False
        self.thaw = True
        self.switch = sys.getswitchinterval()
        self.ended.connect(self._release)

    def hold(self) -> None:
        if self.holds == 0:
            self.resume = gc.isenabled()
            self.thaw = gc.get_freeze_count() == 0  # never unfreeze what someone else froze
            gc.disable()
            gc.freeze()
            self.switch = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_WHILE_BUILDING)
        self.holds += 1

    def _release(self) -> None:
        self.holds -= 1
        if self.holds == 0:
            if self.resume:
                gc.collect()  # still disabled: no other thread can start a collection now
            if self.thaw:
                gc.unfreeze()  # the frozen objects join the oldest generation, as before
            if self.resume:
                gc.enable()
            sys.setswitchinterval(self.switch)


SWITCH_WHILE_BUILDING = 0.001  # seconds
_pool: QThreadPool | None = None
_running: set[threading.Event] = set()  # cancel flags of the builds in progress
_while_building = _WhileBuilding()  # made at import, on the GUI thread


def export_pool() -> QThreadPool:
    """The worker pool of PDF builds. On quit every build is cancelled (it stops at its next
    flowable) and waited for, so no thread is still writing while Python shuts down."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_stop_all)
    return _pool


def _stop_all() -> None:
    for flag in list(_running):
        flag.set()
    if _pool is not None:
        _pool.waitForDone(10_000)


def run_with_progress(parent: QWidget, export: PdfExport | BackgroundWork, title: str) -> QProgressDialog:
    """A window-modal, cancellable progress dialog following ``export`` (kept as its
    ``progress_dialog``), then ``export.start()``."""
    dialog = QProgressDialog(title, tr("Cancel"), 0, 100, parent)
    dialog.setObjectName("pdfProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(export.cancel)
    export.progress.connect(lambda fraction, _what: dialog.setValue(int(fraction * 100)))
    export.finished.connect(lambda _p: dialog.close())
    export.failed.connect(lambda _e: dialog.close())
    export.progress_dialog = dialog
    export.start()
    return dialog


# -- other long work run the same way (the portfolio, data exports: ui/background_work.py) --------
def begin_background(cancel: threading.Event) -> QThreadPool:
    """On the GUI thread, before starting a worker of the pool: quitting sets ``cancel``, and
    garbage collection and the switch interval are handled as for a build (module docstring).
    The worker calls :func:`end_background` with the same flag when it stops."""
    _running.add(cancel)
    _while_building.hold()
    return export_pool()


def end_background(cancel: threading.Event) -> None:
    """On the worker, last thing: the counterpart of :func:`begin_background`."""
    _running.discard(cancel)
    _while_building.ended.emit()
