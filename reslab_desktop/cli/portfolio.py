"""``reslab portfolio FILE_OR_FOLDER… -o OUT.pdf [--csv DIR] [--xlsx OUT.xlsx] [--lang es|en]
[--page-size …]``: many workshop files (one per Learning Community) in one report.

Files that cannot be read are listed in the report (and warned about here); they never stop
it. Exit 0 when the outputs are written, 2 on a user error (one line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from reslab_desktop.reports.options import PAGE_SIZE_NAMES

    p = sub.add_parser(
        "portfolio",
        help="one report across many workshops (Learning Communities): a PDF, and CSV or Excel tables",
        description="Read many workshop files read-only, one at a time (a folder is searched for *.reslab, "
        "with its subfolders), and write one report: a row per community, the localization pathway of "
        "every community and the combined one, the prioritized challenges, resources mobilized and gaps, "
        "and the files that could not be read. Copies of the same workshop are counted once.",
    )
    p.add_argument("sources", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the portfolio PDF")
    p.add_argument("--csv", type=Path, metavar="DIR", dest="csv_dir",
                   help="also write its tables as CSV files into DIR (communities, pathway, challenges, "
                   "resources, files)")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="also write its tables as one Excel workbook")
    p.add_argument("--lang", choices=("es", "en"), default="es", help="default: es")
    p.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default="letter", help="default: letter (Mexico)")
    p.set_defaults(func=cmd_portfolio)


def cmd_portfolio(args: argparse.Namespace) -> int:
    from reslab_desktop.portfolio.api import build_portfolio

    progress = _Progress() if sys.stderr.isatty() else None
    portfolio = build_portfolio(args.sources, pdf=args.output, csv_dir=args.csv_dir, xlsx=args.xlsx,
                                lang=args.lang, page=args.page_size, progress=progress)
    if progress:
        progress.finish()
    for u in portfolio.unreadable:
        print(f"reslab: warning: {u.path}: not read ({u.detail})", file=sys.stderr)
    for group in portfolio.copies:
        others = ", ".join(str(p) for p in group.others)
        print(f"reslab: note: {others}: same workshop as {group.kept}, counted once", file=sys.stderr)
    n = len(portfolio.communities)
    print(f"{args.output}: portfolio of {n} communit{'y' if n == 1 else 'ies'} written "
          f"({portfolio.files - len(portfolio.unreadable)} of {portfolio.files} files read)", file=sys.stderr)
    return 0


class _Progress:
    """One line on a terminal, rewritten in place."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, fraction: float, what: str) -> None:
        percent = int(fraction * 100)
        if percent != self.last:
            self.last = percent
            print(f"\rreslab: portfolio… {percent:3d}% {what[:40]:<40}", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        print(file=sys.stderr)
