"""The session report of a 3,000-note / 12-board workshop vs a plain ReportLab baseline.

Baseline: the same notes drawn as rectangles with their text (one page per board) and listed
as escaped Paragraphs, in one single-pass SimpleDocTemplate build — no TOC, outline, page
"X of Y", zones, links or text fitting. The app lays out once too: the contents' page numbers
and the page total are PDF forms filled in at save.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result, interleaved


def _baseline(contents: list, target: Path) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

    from reslab_desktop.reports.fonts import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("b", fontName=FONT, fontSize=9, leading=12)

    class Board(Flowable):
        def __init__(self, content) -> None:  # type: ignore[no-untyped-def]
            super().__init__()
            self.content = content

        def wrap(self, w: float, h: float) -> tuple[float, float]:
            return w, h * 0.9

        def draw(self) -> None:
            c, notes = self.canv, self.content.notes
            x0 = min(n.x for n in notes)
            y1 = max(n.y + n.h for n in notes)
            s = 0.1
            c.setFont(FONT, 1.4)
            for n in notes:
                c.rect((n.x - x0) * s, (y1 - n.y - n.h) * s, n.w * s, n.h * s)
                c.drawString((n.x - x0) * s + 1, (y1 - n.y) * s - 2, n.text[:40])

    story: list = []
    for content in contents:
        story += [Board(content), PageBreak()]
        story += [Paragraph(escape(n.text), style) for n in content.notes]
        story.append(PageBreak())
    SimpleDocTemplate(str(target), pagesize=landscape(LETTER), initialFontName=FONT).build(story)


def bench_report(quick: bool) -> list[Result]:
    from reslab_desktop.reports.api import PdfOptions, prepare
    from reslab_desktop.services.boards import list_boards, load_board
    from reslab_desktop.storage import Store

    notes = 600 if quick else 3000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = workloads.workshop_file(workloads.lab(12, notes), folder / "lab.reslab")
        with Store.open(path, read_only=True) as store:
            contents = [load_board(store, b.id) for b in list_boards(store)]

            def app() -> None:
                from reslab_desktop.reports import board_drawing, fonts

                board_drawing.note_layout.cache_clear()  # every run lays out from scratch
                fonts._unit_width.cache_clear()
                prepare(store, PdfOptions()).write(folder / "app.pdf")

            a, b = interleaved(app, lambda: _baseline(contents, folder / "raw.pdf"), 1 if quick else 5)
    return [Result(f"session report PDF, {notes:,} notes on 12 boards", a, b, target_ratio=2.0,
                   note="one layout pass each; the app adds contents, outline, page X of Y, zones, links, text fitting")]


SUITE = (bench_report,)
