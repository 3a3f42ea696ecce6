"""Timing and reporting: app figure vs raw baseline, measured interleaved in the same run."""

from __future__ import annotations

import gc
import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Result:
    operation: str
    app: float          # seconds (or MB for memory rows, see unit)
    baseline: float
    target_ratio: float | None = None
    target_abs: float | None = None   # absolute ceiling for ``app`` in the same unit
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.app / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool:
        ok = True
        if self.target_ratio is not None:
            ok &= self.ratio <= self.target_ratio
        if self.target_abs is not None:
            ok &= self.app <= self.target_abs
        return ok

    def target_text(self) -> str:
        parts = []
        if self.target_ratio is not None:
            parts.append(f"≤ {self.target_ratio:g}×")
        if self.target_abs is not None:
            parts.append(f"< {_fmt(self.target_abs, self.unit)}")
        return ", ".join(parts) or "report"


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def median_time(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def interleaved(app: Callable[[], object], baseline: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median of ``repeat`` runs of each, alternating app and baseline so drift hits both."""
    a, b = [], []
    for _ in range(repeat):
        for fn, out in ((baseline, b), (app, a)):
            gc.collect()
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def settle() -> None:
    """Finish what earlier benchmarks of this process left pending (Qt objects waiting for
    ``deleteLater``, garbage cycles), so that it is not timed as part of the next one."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(2):  # a deletion can post another
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def table(results: list[Result]) -> str:
    rows = [("operation", "app", "baseline", "ratio", "target", "met?")]
    for r in results:
        rows.append((r.operation, _fmt(r.app, r.unit), _fmt(r.baseline, r.unit), f"{r.ratio:.2f}×",
                     r.target_text(), "yes" if r.met else "NO"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  * {r.operation}: {r.note}" for r in results if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def machine() -> dict[str, str]:
    import os

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    return {"python": platform.python_version(), "system": f"{platform.system()} {platform.release()}",
            "cpu": cpu, "cores": str(os.cpu_count())}


def versions() -> dict[str, str]:
    from contextlib import suppress
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for dist in ("PySide6-Essentials", "SQLAlchemy", "reportlab"):
        with suppress(PackageNotFoundError):
            out[dist] = version(dist)
    return out


def load_average() -> str:
    try:
        with open("/proc/loadavg") as fh:
            return " ".join(fh.read().split()[:3])
    except OSError:
        return ""


def write_json(results: list[Result], path: Path, quick: bool, run: dict[str, object] | None = None) -> None:
    payload = {"machine": machine(), "versions": versions(), "quick": quick, "run": run or {},
               "results": [asdict(r) | {"ratio": r.ratio, "met": r.met} for r in results]}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
