"""Paragraph and table styles shared by every PDF, all in the bundled font.

``para(text, style)`` is THE way user text becomes a Paragraph: it escapes ``<``, ``>``
and ``&`` (ReportLab treats them as markup) and keeps line breaks.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from reslab_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, font_runs, register_fonts
from reslab_desktop.rules.text import shortened

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
ACCENT = colors.HexColor("#0B6E69")  # deep teal: headings, rules, chart bars
ACCENT_LIGHT = colors.HexColor("#E3F2F0")
RULE = colors.HexColor("#CBD2D9")
ZEBRA = colors.HexColor("#F5F7FA")


def markup(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, emoji and symbols DejaVu
    lacks set in Symbola, control characters dropped (``fonts.font_runs``)."""
    out = []
    for piece, font in font_runs(shortened(text)):
        shown = escape(piece).replace("\n", "<br/>")
        out.append(shown if font == FONT else f'<font name="{font}">{shown}</font>')
    return "".join(out)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, splitLongWords=1, bulletFontName=FONT)
    s = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED),
        "italic": ParagraphStyle("italic", base, fontName=FONT_ITALIC, textColor=MUTED),
        "cover_title": ParagraphStyle("cover_title", base, fontName=FONT_BOLD, fontSize=28,
                                      leading=34, textColor=ACCENT, spaceAfter=10),
        "cover_sub": ParagraphStyle("cover_sub", base, fontSize=14, leading=19, textColor=MUTED,
                                    spaceAfter=18),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=20, leading=25,
                                textColor=ACCENT, spaceAfter=8),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=17, leading=22,
                             textColor=ACCENT, spaceBefore=4, spaceAfter=10, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=13, leading=17,
                             textColor=INK, spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD, fontSize=8, leading=10,
                                textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=9, leading=11.5),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT_BOLD, fontSize=9, leading=11.5,
                                    textColor=colors.white, splitLongWords=0),
        "note_item": ParagraphStyle("note_item", base, fontSize=9.5, leading=12.5, leftIndent=14,
                                    bulletIndent=2, spaceAfter=2),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "toc0": ParagraphStyle("toc0", base, fontName=FONT_BOLD, fontSize=11, leading=15,
                               leftIndent=0, firstLineIndent=0, spaceBefore=5),
        "toc1": ParagraphStyle("toc1", base, fontSize=9.5, leading=12.5, leftIndent=16,
                               firstLineIndent=0),
        "toc2": ParagraphStyle("toc2", base, fontSize=9, leading=11.5, leftIndent=32,
                               firstLineIndent=0, textColor=MUTED),
    }
    return s


def para(text: str, style: str | ParagraphStyle = "body", bullet: str | None = None) -> Paragraph:
    """A Paragraph of USER text (escaped). For our own markup use ``Paragraph`` directly."""
    st = styles()[style] if isinstance(style, str) else style
    return Paragraph(markup(text), st, bulletText=bullet)


MIN_HEAD_SIZE = 6.0


class HeadCell(Paragraph):
    """A table header: wraps between words only; when its longest word is wider than the
    column it gets a smaller font (never "Asistenci/a" split mid-word)."""

    style: ParagraphStyle

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        style = self.style
        words = self.getPlainText().split() or [""]
        widest = max(stringWidth(w, style.fontName, style.fontSize) for w in words)
        if widest > availWidth > 0:
            size = max(MIN_HEAD_SIZE, style.fontSize * availWidth / widest - 0.05)
            self.style = style.clone(f"{style.name}_fit", fontSize=size, leading=size * style.leading / style.fontSize,
                                     splitLongWords=0)
            super().__init__(self.text, self.style)  # re-parse with the smaller font
        size_taken: tuple[float, float] = super().wrap(availWidth, availHeight)
        return size_taken


def head_cell(text: str, style: str | ParagraphStyle = "cell_head") -> HeadCell:
    """A header cell of USER or label text (escaped)."""
    return HeadCell(markup(text), styles()[style] if isinstance(style, str) else style)


def table_style(header: bool = True, zebra: bool = True, grid: bool = False) -> TableStyle:
    """The house table look: teal header row, light zebra rows, thin rules."""
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]))
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, RULE))
    return TableStyle(cmds)


def data_table(
    rows: list[list[object]],
    col_widths: list[float] | None = None,
    header: bool = True,
    grid: bool = False,
    repeat_header: bool = True,
) -> Table:
    """A table in the house style. Strings are wrapped as escaped Paragraphs so long cells wrap.

    ``rows[0]`` is the header when ``header`` is true. Flowables are passed through as is.
    """
    out = []
    for r, row in enumerate(rows):
        cells = []
        for value in row:
            if isinstance(value, str | int | float):
                cells.append(head_cell(str(value)) if header and r == 0 else para(str(value), "cell"))
            else:
                cells.append(value)
        out.append(cells)
    t = Table(out, colWidths=col_widths, repeatRows=1 if header and repeat_header else 0)
    t.setStyle(table_style(header=header, grid=grid))
    return t
