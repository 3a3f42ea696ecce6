"""The document builder shared by every PDF kind.

- page sizes letter|a4|legal|a3|tabloid; each section chooses portrait or landscape
  (``ctx.landscape()`` / ``ctx.portrait()`` return the flowables that switch);
- "page X of Y" footers (the total is a PDF form drawn on every page and written at the end);
- PDF outline (bookmarks) and table of contents from headings made by ``ctx.heading``;
- title/author/subject metadata; only the bundled fonts (``initialFontName``);
- progress callback and cooperative cancel (checked after every flowable).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from reportlab.lib.pagesizes import A3, A4, LEGAL, LETTER, TABLOID, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from reslab_desktop.errors import ReslabError
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.fonts import FONT, FONT_BOLD, fit_text, register_fonts, text_width
from reslab_desktop.reports.labels import label
from reslab_desktop.reports.options import PAGE_SIZE_NAMES, default_page_size  # noqa: F401 (re-export)

PAGE_SIZES: Final = {"letter": LETTER, "a4": A4, "legal": LEGAL, "a3": A3, "tabloid": TABLOID}
MARGIN: Final = 16 * mm
COLUMN_GAP: Final = 10 * mm
LANDSCAPE_COLUMNS: Final = "landscape-columns"
assert tuple(PAGE_SIZES) == PAGE_SIZE_NAMES

Progress = Callable[[float, str], None]


class BuildCancelled(ReslabError):
    """The user cancelled the export; nothing was written."""


def page_size(name: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ReslabError(f"unknown page size {name!r} (choose {'|'.join(PAGE_SIZES)})") from None


@dataclass
class BuildContext:
    """What a section's ``build`` gets besides the data: language, page geometry, helpers."""

    lang: str = "es"
    page: str = "letter"
    header_text: str = ""
    options: dict[str, object] = field(default_factory=dict)
    progress: Progress | None = None
    cancelled: Callable[[], bool] = lambda: False
    orientation: str = "portrait"
    # The orientation of page 1 (set by the first set_orientation call, which breaks no page).
    first_orientation: str | None = None

    # -- geometry ---------------------------------------------------------------------------
    @property
    def page_size(self) -> tuple[float, float]:
        size = page_size(self.page)
        return landscape(size) if self.orientation == "landscape" else portrait(size)

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * MARGIN

    @property
    def frame_height(self) -> float:
        # minus header and footer bands (see _decorate)
        return self.page_size[1] - 2 * MARGIN - 14

    @property
    def styles(self) -> dict:
        return st.styles()

    # -- flowable helpers ---------------------------------------------------------------------
    def label(self, key: str, **fmt: object) -> str:
        return label(key, self.lang, **fmt)

    def para(self, text: str, style: str = "body") -> Paragraph:
        return st.para(text, style)

    def heading(self, text: str, level: int = 0, toc: bool = True, outline: bool = True) -> list[Flowable]:
        """A heading (user text is escaped) that becomes a bookmark and a TOC entry.

        Levels: 0 chapter (h1), 1 (h2), 2 (h3)."""
        style = ("h1", "h2", "h3")[min(level, 2)]
        p = st.para(text, style)
        p._reslab_outline = (text, level, toc, outline)  # read by ReportDocTemplate.afterFlowable
        return [p]

    def chapter(self, text: str, orientation: str = "portrait", new_page: bool = True) -> list[Flowable]:
        """Start a new page (in ``orientation``) with a level-0 heading."""
        out: list[Flowable] = self.set_orientation(orientation) if new_page else []
        return out + self.heading(text, 0)

    def set_orientation(self, orientation: str) -> list[Flowable]:
        """Flowables that start a new page in ``orientation`` ("portrait" | "landscape").

        Every section starts with this (or ``chapter``); the first call of a document sets
        the orientation of page 1 instead of breaking a page."""
        self.orientation = orientation
        if self.first_orientation is None:
            self.first_orientation = orientation
            return [NextPageTemplate(orientation)]
        return [NextPageTemplate(orientation), PageBreak()]

    def landscape_columns(self) -> list[Flowable]:
        """A new landscape page whose text flows in two columns (long lists on wide boards)."""
        self.orientation = "landscape"
        return [NextPageTemplate(LANDSCAPE_COLUMNS), PageBreak()]

    def landscape(self) -> list[Flowable]:
        return self.set_orientation("landscape")

    def portrait(self) -> list[Flowable]:
        return self.set_orientation("portrait")

    def table_of_contents(self) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0)
        s = st.styles()
        toc.levelStyles = [s["toc0"], s["toc1"], s["toc2"]]
        return [Paragraph(st.markup(self.label("contents")), s["h1"]), toc]


TOTAL_FORM = "reslab_page_total"


class _FooterCanvas(Canvas):
    """Footers "page X of Y": each page draws its number at once and refers to a PDF form
    for Y, which is written when the total is known (at save). Pages are emitted as they
    end, so bookmarks and links point at the right page (deferring whole pages would not)."""

    footer: Callable[[Canvas, int], None] = staticmethod(lambda c, p: None)

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        type(self).footer(self, self.getPageNumber())
        super().showPage()

    def save(self) -> None:
        if self._code:  # the last page is still open
            self.showPage()
        total = self.getPageNumber() - 1
        self.beginForm(TOTAL_FORM)
        self.setFont(FONT, 7.5)
        self.setFillColor(st.MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class ReportDocTemplate(BaseDocTemplate):
    """Two page templates (portrait, landscape) sharing header/footer; outline + TOC hooks."""

    def __init__(self, filename: str, ctx: BuildContext, title: str, author: str, subject: str = "") -> None:
        register_fonts()
        size = page_size(ctx.page)
        super().__init__(
            filename,
            pagesize=landscape(size) if ctx.first_orientation == "landscape" else portrait(size),
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            title=title, author=author, subject=subject, creator="Resiliency Lab Desktop",
            initialFontName=FONT, initialFontSize=10, lang=ctx.lang,
        )
        self.ctx = ctx
        self._last_level = -1
        self._done = 0
        self._total = 1
        self._pass = 0
        self.draft = False  # True while laying out a pass whose pages are thrown away
        self._shown = 0.0
        templates = []
        order = ("landscape", "portrait") if ctx.first_orientation == "landscape" else ("portrait", "landscape")
        for name in order:
            psize = landscape(size) if name == "landscape" else portrait(size)
            w, h = psize
            frame = Frame(MARGIN, MARGIN + 10, w - 2 * MARGIN, h - 2 * MARGIN - 14, id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=psize, onPage=self._decorate))
        # landscape text in two columns: a line across a landscape page is too long to read
        w, h = landscape(size)
        col = (w - 2 * MARGIN - COLUMN_GAP) / 2
        frames = [Frame(MARGIN + i * (col + COLUMN_GAP), MARGIN + 10, col, h - 2 * MARGIN - 14, id=f"col{i}",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in (0, 1)]
        templates.append(PageTemplate(id=LANDSCAPE_COLUMNS, frames=frames, pagesize=landscape(size),
                                      onPage=self._decorate))
        self.addPageTemplates(templates)

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = canv._pagesize
        canv.saveState()
        canv.setFont(FONT, 7.5)
        canv.setFillColor(st.MUTED)
        if self.ctx.header_text and doc.page > 1:
            canv.drawString(MARGIN, h - MARGIN + 4, fit_text(self.ctx.header_text, w - 2 * MARGIN, 7.5))
            canv.setStrokeColor(st.RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, h - MARGIN + 1, w - MARGIN, h - MARGIN + 1)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        info = getattr(flowable, "_reslab_outline", None)
        if info is not None:
            text, level, toc, outline = info
            # outline levels may not skip (0 -> 2 is an error in ReportLab)
            level = min(level, self._last_level + 1)
            self._last_level = level
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            if outline:
                self.canv.addOutlineEntry(text, key, level=level, closed=level >= 1)
            if toc:
                self.notify("TOCEntry", (level, st.markup(text), self.page, key))
        self._done += 1
        if self.ctx.cancelled():
            raise BuildCancelled("export cancelled")
        if self.ctx.progress and self._done % 20 == 0:
            # passes: usually 2 (a TOC needs one more when its own length moves pages)
            frac = min(0.99, (self._pass - 1 + self._done / self._total) / max(self._pass, 2))
            self._shown = max(self._shown, frac)  # never goes backwards
            self.ctx.progress(self._shown, f"page {self.page}")

    def build_story(self, story: list[Flowable]) -> None:
        self._total = max(len(story), 1)
        footer_lang = self.ctx.lang

        def footer(c: Canvas, number: int) -> None:
            w, _h = c._pagesize
            c.saveState()
            c.setFont(FONT_BOLD, 7.5)
            c.setFillColor(st.MUTED)
            c.drawString(MARGIN, MARGIN - 8, "Resiliency Lab")
            # "Página 3 de " then the total (a form filled in at the end); the text starts
            # where the widest plausible footer would, so it ends near the right margin
            prefix, _, suffix = label("page_x_of_y", footer_lang, page=number, total="\0").partition("\0")
            widest = label("page_x_of_y", footer_lang, page=888, total=888)
            x = w - MARGIN - text_width(widest, 7.5)
            c.setFont(FONT, 7.5)
            c.drawString(x, MARGIN - 8, prefix)
            x += text_width(prefix, 7.5)
            c.translate(x, MARGIN - 8)
            c.doForm(TOTAL_FORM)
            if suffix:
                c.drawString(text_width("888", 7.5), 0, suffix)
            c.restoreState()

        canvas_class = type("ReportCanvas", (_FooterCanvas,), {"footer": staticmethod(footer)})
        self._has_toc_entries = any(getattr(f, "_reslab_outline", (0, 0, False))[2] for f in story)
        if any(isinstance(f, TableOfContents) for f in story):
            self._onProgress = self._on_pass
            self.multiBuild(story, canvasmaker=canvas_class)
        else:
            self._pass = 1
            self.build(story, canvasmaker=canvas_class)

    def _on_pass(self, kind: str, value: object) -> None:
        if kind == "PASS":
            self._pass = int(value)  # type: ignore[arg-type]
            # A first pass with TOC entries can never be the last one (the TOC starts empty),
            # so costly drawings may skip painting in it: only their sizes matter there.
            self.draft = self._pass == 1 and self._has_toc_entries
            self._done = 0
            self._last_level = -1

    def beforeDocument(self) -> None:  # noqa: N802
        self.canv.showOutline()


def is_draft(canv: Canvas) -> bool:
    """True when ``canv`` belongs to a layout pass that will be discarded (skip costly paint)."""
    return bool(getattr(getattr(canv, "_doctemplate", None), "draft", False))


def build_pdf(
    target: Path,
    story: list[Flowable],
    ctx: BuildContext,
    title: str,
    author: str,
    subject: str = "",
) -> None:
    """Lay out ``story`` into ``target`` (a path the caller writes atomically)."""
    doc = ReportDocTemplate(str(target), ctx, title=title, author=author, subject=subject)
    doc.build_story(story)
