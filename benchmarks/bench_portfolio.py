"""The portfolio of many demo-size workshop files: table + chart + PDF, and its peak memory.

Time: ``build_portfolio`` over N files (N distinct communities made from the demo) writing the
PDF, beside a raw baseline in the same run: each file read with plain ``sqlite3`` (a handful
of COUNT/SUM queries, no checks) and one ReportLab table of the N rows in a single-page-flow
SimpleDocTemplate. Target: under 5 s for 50 files.

Memory: the peak resident memory of a fresh process building the portfolio of 4N files,
against the same for N files: files are read one at a time, so it may not grow with their
number (target: within 10 %).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, interleaved
from benchmarks.process import ROOT


def make_files(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the demo, each its own community (place, title and start differ)."""
    from reslab_desktop.demo import write_demo
    from reslab_desktop.services.workshop import update_workshop
    from reslab_desktop.storage import Store

    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "plantilla.tmp"
    if not template.exists():
        write_demo(template)
    paths = []
    for i in range(count):
        path = folder / f"comunidad-{i:03d}.reslab"
        if not path.exists():
            shutil.copy(template, path)
            with Store.open(path) as store:
                update_workshop(store, learning_community=f"Comunidad {i + 1}", place=f"Municipio {i + 1}",
                                starts_on=f"2026-{i % 12 + 1:02d}-01", ends_on=None)
        paths.append(path)
    return paths


def _raw_baseline(paths: list[Path], target: Path) -> None:
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from reslab_desktop.reports.fonts import FONT, register_fonts

    rows = [["Comunidad", "Lugar", "Org.", "Personas", "Notas", "Fondos", "Decisiones"]]
    for path in paths:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            title, place = conn.execute("SELECT learning_community, place FROM workshop").fetchone()
            counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("organizations", "participants", "notes", "decisions")]
            funding = conn.execute("SELECT coalesce(sum(quantity), 0) FROM pledges WHERE kind = 'funding'").fetchone()[0]
            conn.execute("SELECT phase, decided_by, count(*) FROM decisions GROUP BY phase, decided_by").fetchall()
        finally:
            conn.close()
        rows.append([title, place, *map(str, counts[:3]), f"{funding:,.0f}", str(counts[3])])
    register_fonts()
    SimpleDocTemplate(str(target), pagesize=landscape(LETTER), initialFontName=FONT).build([Table(rows, repeatRows=1)])


def bench_portfolio(quick: bool) -> list[Result]:
    from reslab_desktop.portfolio.api import build_portfolio

    n = 10 if quick else 50
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        paths = make_files(folder, n)

        def app() -> None:
            build_portfolio([folder], pdf=Path(tmp) / "portafolio.pdf")

        def baseline() -> None:
            _raw_baseline(paths, Path(tmp) / "raw.pdf")

        a, b = interleaved(app, baseline, 2 if quick else 3)
        pages = _pages(Path(tmp) / "portafolio.pdf")
    return [Result(f"portfolio of {n} demo-size files (read + table + chart + PDF)", a, b,
                   target_abs=5.0 * n / 50, note=f"{pages} pages; baseline: raw sqlite3 counts + one ReportLab table")]


def bench_portfolio_memory(quick: bool) -> list[Result]:
    small, large = (10, 40) if quick else (50, 200)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        make_files(folder, large)
        few = Path(tmp) / "few"
        few.mkdir()
        for path in sorted(folder.glob("*.reslab"))[:small]:
            (few / path.name).symlink_to(path)
        peak_small = _peak_mb(few, Path(tmp) / "small.pdf")
        peak_large = _peak_mb(folder, Path(tmp) / "large.pdf")
    return [Result(f"portfolio peak memory, {large} vs {small} files", peak_large, peak_small, target_ratio=1.1,
                   unit="MB", note="peak RSS of a fresh process each; the baseline column is the smaller portfolio")]


def _peak_mb(folder: Path, target: Path) -> float:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_portfolio", "measure", str(folder), str(target)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-1000:])
    return float(json.loads(done.stdout.splitlines()[-1])["peak_mb"])


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def _measure(folder: Path, target: Path) -> None:
    """In a fresh process: build the portfolio (the files are linked, so a folder search finds them)."""
    import resource

    from reslab_desktop.portfolio.api import build_portfolio
    from reslab_desktop.portfolio.sources import find_workshop_files

    files = find_workshop_files([folder])
    start = time.perf_counter()
    build_portfolio(files, pdf=target)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"peak_mb": peak, "seconds": seconds, "files": len(files)}))


SUITE = (bench_portfolio, bench_portfolio_memory)

if __name__ == "__main__" and sys.argv[1:2] == ["measure"]:
    _measure(Path(sys.argv[2]), Path(sys.argv[3]))
