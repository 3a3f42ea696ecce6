"""Cold start: a fresh ``reslab DEMO.reslab`` until its main window is painted, vs a bare PySide6
window reading the same file with sqlite3 (both fresh processes, timed to their first paint)."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from benchmarks.harness import Result
from benchmarks.process import isolated_env, until_first_paint, wall_time


def bench_cold_start(quick: bool) -> list[Result]:
    from reslab_desktop.cli.files import write_demo

    repeat = 2 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        demo = write_demo(home / "demo.reslab")
        app_env = isolated_env(home, RESLAB_EXIT_AFTER_FIRST_PAINT="1")
        base_env = isolated_env(home)
        app_args = ["-m", "reslab_desktop", str(demo)]
        base_args = ["-m", "benchmarks.probes", "start-baseline", str(demo)]
        if not quick:  # compile bytecode and warm the OS file cache for both, untimed
            until_first_paint(app_args, app_env)
            until_first_paint(base_args, base_env)
        a, b, sqla = [], [], []
        for _ in range(repeat):
            b.append(until_first_paint(base_args, base_env))
            a.append(until_first_paint(app_args, app_env))
            # what the storage layer's SQLAlchemy costs a start on its own (the baseline has none)
            sqla.append(wall_time(["-c", "import sqlalchemy.orm"], base_env) - wall_time(["-c", "pass"], base_env))
    return [Result("cold start → main window with the demo lab painted", statistics.median(a),
                   statistics.median(b), target_ratio=2.0, target_abs=1.0,
                   note=f"fresh processes, median of {repeat}; baseline: QMainWindow + QListWidget of the "
                        f"boards read with sqlite3; importing SQLAlchemy alone: {statistics.median(sqla) * 1000:.0f} ms")]


SUITE = (bench_cold_start,)
