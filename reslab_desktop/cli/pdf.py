"""``reslab export-pdf FILE.reslab -o OUT.pdf``: the session report and the printable sheets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LARGE_NOTES = 1000  # from this many notes the export prints its progress on stderr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from reslab_desktop.reports.options import KINDS, PAGE_SIZE_NAMES, TILES

    p = sub.add_parser(
        "export-pdf",
        help="write a PDF: the session report, worksheets, a tally or sign-in sheet, a poster",
    )
    p.add_argument("input", type=Path, metavar="FILE.reslab")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--kind", choices=list(KINDS), default="report", help="default: report")
    p.add_argument("--page-size", choices=PAGE_SIZE_NAMES, help="default: letter (Mexico)")
    p.add_argument("--lang", choices=("es", "en"), help="default: the workshop's language")
    p.add_argument("--template", metavar="KEY", help="worksheets: only this board template")
    p.add_argument("--round", metavar="ID", dest="round_id", help="tally: the voting round")
    p.add_argument("--board", metavar="ID", dest="board_id", help="poster: the board")
    p.add_argument("--tiles", choices=TILES, default="2x2", help="poster: sheets across × down")
    p.add_argument("--session", metavar="ID", dest="session_id", help="sign-in: the session")
    p.add_argument("--sections", metavar="KEY,KEY", help="report: only these sections")
    p.set_defaults(func=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from reslab_desktop.errors import ReslabError
    from reslab_desktop.reports.api import prepare
    from reslab_desktop.reports.options import PdfOptions
    from reslab_desktop.storage import Store

    if args.output.suffix.lower() != ".pdf":
        raise ReslabError(f"{args.output}: the output file name should end in .pdf")
    options = PdfOptions(
        kind=args.kind, page=args.page_size, lang=args.lang, template=args.template,
        round_id=args.round_id, board_id=args.board_id, tiles=args.tiles, session_id=args.session_id,
        sections=[k.strip() for k in args.sections.split(",") if k.strip()] if args.sections else None,
    )
    options.check()  # before opening anything: a bad option leaves no trace
    with Store.open(args.input, read_only=True) as store:
        job = prepare(store, options)
    progress = _StderrProgress() if job.note_count >= LARGE_NOTES else None
    job.write(args.output, progress=progress)
    if progress:
        progress.finish()
    print(f"{args.output}: {args.kind} written", file=sys.stderr)
    return 0


class _StderrProgress:
    """One line on stderr, rewritten in place on a terminal, else a line per 10 %."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = -1

    def __call__(self, fraction: float, what: str) -> None:
        percent = int(fraction * 100)
        step = percent if self.tty else percent // 10 * 10
        if step == self.last:
            return
        self.last = step
        end = "\r" if self.tty else "\n"
        print(f"reslab: building PDF… {step:3d}% ({what})", end=end, file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.tty:
            print(file=sys.stderr)
