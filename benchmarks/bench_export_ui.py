"""Does the window stay responsive while the session report PDF is built?

A 10 ms ``QTimer`` pings the GUI event loop; its lateness (how much later than asked each tick
arrives) is measured while ``ui/pdf_export.PdfExport`` builds the 3,000-note report on the
thread pool, and for the same time with the app idle (the baseline). Python runs one thread at a
time, so a busy worker costs the GUI thread up to one interpreter switch interval (5 ms) per
wake-up; a build on the GUI thread would freeze it for the whole export instead. The longest
tick includes whatever the export still does on the GUI thread: checking the options when it
starts, and one garbage collection when the build ends (``ui/pdf_build``).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result, percentile, settle

TICK_MS = 10


def _ping(app, until) -> list[float]:  # type: ignore[no-untyped-def]
    """Lateness of each tick of a 10 ms timer (seconds) while ``until()`` is false."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    late: list[float] = []
    loop = QEventLoop()
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        late.append(max(0.0, now - last[0] - TICK_MS / 1000))
        last[0] = now
        if until():
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    loop.exec()
    timer.stop()
    return late


def bench_export_responsive(quick: bool) -> list[Result]:
    from benchmarks.bench_board import _qt_app
    from reslab_desktop.reports.options import PdfOptions
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.pdf_export import PdfExport

    app = _qt_app()
    notes = 600 if quick else 3000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = workloads.workshop_file(workloads.lab(12, notes), folder / "lab.reslab")
        settle()  # the windows of earlier benchmarks are deleted now, not during the export
        with Store.open(path, read_only=True) as store:
            import importlib

            from reslab_desktop.reports.options import KINDS
            from reslab_desktop.ui.pdf_export import PdfExportDialog

            # As in the app, the export dialog was open first (it lists the report's sections).
            PdfExportDialog(store).deleteLater()
            importlib.import_module(KINDS["report"])
            export = PdfExport(store, PdfOptions(kind="report"), folder / "report.pdf")
            state: dict[str, object] = {}
            export.finished.connect(lambda p: state.setdefault("done", p))
            export.failed.connect(lambda e: state.setdefault("error", e))
            from PySide6.QtCore import QTimer

            start = time.perf_counter()
            # Started from inside the pinged event loop, so that what start() does on this thread
            # (checking the options) counts as the freeze it is.
            QTimer.singleShot(0, export.start)
            busy = _ping(app, lambda: bool(state))
            took = time.perf_counter() - start
            if "error" in state:
                raise state["error"]  # type: ignore[misc]
            deadline = time.perf_counter() + took
            idle = _ping(app, lambda: time.perf_counter() >= deadline)
    note = f"{TICK_MS} ms timer, {len(busy)} ticks over a {took:.1f} s export; baseline: the same timer idle"
    return [
        Result(f"event-loop lateness while exporting the {notes:,}-note report (p95)", percentile(busy, 95),
               percentile(idle, 95), target_abs=0.016, note=note),
        Result(f"event-loop lateness while exporting the {notes:,}-note report (max)", max(busy), max(idle),
               target_abs=0.1, note="the longest freeze a facilitator could feel (100 ms is noticeable)"),
    ]


SUITE = (bench_export_responsive,)
