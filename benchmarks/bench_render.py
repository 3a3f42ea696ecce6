"""``reslab render`` of a 5,000-note board to PNG vs the baseline scene rendered to the same size,
both as fresh processes (what a user or a script runs)."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result
from benchmarks.process import isolated_env, wall_time


def bench_render(quick: bool) -> list[Result]:
    notes = 500 if quick else 5000
    repeat = 1 if quick else 5
    width = ["--width", "1600"] if quick else []  # full mode: the default size (2 px per unit, ≤ 8000)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = workloads.workshop_file(workloads.single_board(notes), home / "board.reslab")
        env = isolated_env(home)
        app_args = ["-m", "reslab_desktop", "render", str(path), "--board", "b0", "-o", str(home / "app.png"), *width]
        base_args = ["-m", "benchmarks.probes", "render-baseline", str(path), "b0", str(home / "raw.png"), *width[1:]]
        if not quick:  # compile bytecode and warm the file cache, untimed
            wall_time(app_args, env)
            wall_time(base_args, env)
        a, b = [], []
        for _ in range(repeat):
            b.append(wall_time(base_args, env))
            a.append(wall_time(app_args, env))
        from PySide6.QtGui import QImageReader

        size = QImageReader(str(home / "app.png")).size()
    return [Result(f"reslab render of a {notes:,}-note board to PNG", statistics.median(a), statistics.median(b),
                   target_ratio=1.5, note=f"fresh processes, median of {repeat}; "
                                          f"{size.width()}×{size.height()} px both")]


SUITE = (bench_render,)
