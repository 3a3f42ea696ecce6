"""``python -m benchmarks [--quick] [--json OUT] [--only NAME]``: print app vs baseline ratios.

Never fails on a missed target (machines are noisy); it reports. Exit 1 only if a benchmark
itself breaks, so CI notices.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def suites():  # type: ignore[no-untyped-def]
    from benchmarks import (
        bench_actions,
        bench_board,
        bench_data_export,
        bench_export_ui,
        bench_pdf,
        bench_portfolio,
        bench_render,
        bench_room,
        bench_room_notes,
        bench_start,
        bench_storage,
    )

    return [*bench_start.SUITE, *bench_board.SUITE, *bench_actions.SUITE, *bench_storage.SUITE, *bench_pdf.SUITE, *bench_export_ui.SUITE, *bench_render.SUITE,
            *bench_portfolio.SUITE, *bench_data_export.SUITE, *bench_room.SUITE, *bench_room_notes.SUITE]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller workloads, fewer repeats (CI smoke)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument("--only", help="run only benchmarks whose function name contains this")
    args = parser.parse_args(argv)

    from benchmarks.harness import load_average, machine, table, write_json

    results, broken = [], []
    run = {"started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "load_at_start": load_average()}
    started = time.perf_counter()
    for bench in suites():
        if args.only and args.only not in bench.__name__:
            continue
        print(f"running {bench.__name__}…", file=sys.stderr, flush=True)
        try:
            results.extend(bench(args.quick))
        except Exception:
            broken.append(bench.__name__)
            traceback.print_exc()
    info = machine()
    print(f"\nmachine: {info['cpu']}, {info['cores']} cores, {info['system']}, Python {info['python']}"
          f"{' (quick mode)' if args.quick else ''}; {time.perf_counter() - started:.0f} s\n")
    print(table(results))
    if args.json:
        run |= {"seconds": round(time.perf_counter() - started), "load_at_end": load_average()}
        write_json(results, args.json, args.quick, run)
    if broken:
        print(f"\nbroken benchmarks: {', '.join(broken)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
