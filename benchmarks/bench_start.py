"""Cold start: a fresh ``reslab DEMO.reslab`` until its main window is painted, vs a bare PySide6
window reading the same file with sqlite3 (both fresh processes, timed to their first paint).

The same for the app as facilitators get it, when ``.ci/package.sh`` built it and passes the
programs: ``RESLAB_INSTALLED`` (``reslab`` of the wheel in a clean venv) against the bare window,
and ``RESLAB_BUNDLE`` (the PyInstaller bundle's) against that installed wheel (target 1.5×)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import Result
from benchmarks.process import isolated_env, until_first_paint, wall_time


def bench_cold_start(quick: bool) -> list[Result]:
    from reslab_desktop.demo import write_demo

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


def bench_installed_start(quick: bool) -> list[Result]:
    installed, bundle = os.environ.get("RESLAB_INSTALLED"), os.environ.get("RESLAB_BUNDLE")
    if not installed:
        print("  skipped: RESLAB_INSTALLED is not set (.ci/package.sh sets it)", file=sys.stderr)
        return []
    from reslab_desktop.demo import write_demo

    repeat = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        demo = write_demo(home / "demo.reslab")
        base_env = isolated_env(home)
        # The installed programs run as a user's would: nothing from the checkout on the path, and
        # the bytecode pip (or PyInstaller) compiled at install time.
        app_env = {k: v for k, v in isolated_env(home, RESLAB_EXIT_AFTER_FIRST_PAINT="1").items()
                   if k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX")}
        programs = {"wheel": installed, **({"bundle": bundle} if bundle else {})}
        for program in programs.values():  # first runs: the OS file cache, untimed
            until_first_paint([str(demo)], app_env, program=program, cwd=home)
        base_args = ["-m", "benchmarks.probes", "start-baseline", str(demo)]
        until_first_paint(base_args, base_env)
        times: dict[str, list[float]] = {"base": [], **{name: [] for name in programs}}
        for _ in range(repeat):
            times["base"].append(until_first_paint(base_args, base_env))
            for name, program in programs.items():
                times[name].append(until_first_paint([str(demo)], app_env, program=program, cwd=home))
    median = {name: statistics.median(values) for name, values in times.items()}
    results = [Result("cold start, installed wheel → main window with the demo lab painted", median["wheel"],
                      median["base"], target_ratio=2.0, target_abs=1.0,
                      note=f"`reslab` of the wheel in a clean venv, median of {repeat}; baseline: the bare window")]
    if bundle:
        results.append(Result("cold start, PyInstaller bundle → main window with the demo lab painted",
                              median["bundle"], median["wheel"], target_ratio=1.5,
                              note=f"dist/ bundle, median of {repeat}; baseline: the installed wheel's start"))
    return results


SUITE = (bench_cold_start, bench_installed_start)
