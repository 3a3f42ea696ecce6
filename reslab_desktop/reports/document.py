"""The document builder shared by every PDF kind.

- page sizes letter|a4|legal|a3|tabloid; each section chooses portrait or landscape
  (``ctx.landscape()`` / ``ctx.portrait()`` return the flowables that switch);
- "page X of Y" footers (the total is a PDF form drawn on every page and written at the end);
- PDF outline (bookmarks) and table of contents from headings made by ``ctx.heading``, in
  one layout pass (the contents' page numbers are PDF forms written at the end, like "of Y");
- title/author/subject metadata; only the bundled fonts (``initialFontName``);
- progress callback and cooperative cancel (checked after every flowable).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from reportlab.lib.pagesizes import A3, A4, LEGAL, LETTER, TABLOID, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
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
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from reslab_desktop.errors import ReslabError
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.fonts import (
    FONT,
    FONT_BOLD,
    draw_runs,
    fit_text,
    register_fonts,
    text_width,
)
from reslab_desktop.reports.labels import label
from reslab_desktop.reports.options import PAGE_SIZE_NAMES, default_page_size  # noqa: F401 (re-export)

PAGE_SIZES: Final[dict[str, tuple[float, float]]] = {"letter": LETTER, "a4": A4, "legal": LEGAL, "a3": A3, "tabloid": TABLOID}
MARGIN: Final[float] = 16 * mm
COLUMN_GAP: Final[float] = 10 * mm
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
        oriented: tuple[float, float] = landscape(size) if self.orientation == "landscape" else portrait(size)
        return oriented

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * MARGIN

    @property
    def frame_height(self) -> float:
        # minus header and footer bands (see _decorate)
        return self.page_size[1] - 2 * MARGIN - 14

    @property
    def styles(self) -> dict[str, ParagraphStyle]:
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
        p = _Heading(st.markup(text), st.styles()[style])
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
        toc = DeferredContents(dotsMinLevel=0)
        s = st.styles()
        toc.levelStyles = [s["toc0"], s["toc1"], s["toc2"]]
        return [Paragraph(st.markup(self.label("contents")), s["h1"]), toc]


class _Heading(Paragraph):
    """A heading; if it is ever split, its first piece keeps the outline/contents mark."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if parts and parts[0] is not self and hasattr(self, "_reslab_outline"):
            parts[0]._reslab_outline = self._reslab_outline
            parts[0]._reslab_key = getattr(self, "_reslab_key", None)
        return parts


TOTAL_FORM = "reslab_page_total"
ENTRY_FORM = "reslab_toc_{}"  # the dots and page number of contents entry number {}
_ENTRY_END = "reslabTocEntryEnd"


class DeferredContents(TableOfContents):
    """A table of contents laid out in the document's single pass.

    ReportLab's ``TableOfContents`` learns its entries in one layout pass and draws them in
    the next (``multiBuild``), which lays the whole report out twice. Here the entries
    (level, text, bookmark key) are set from the story before layout (``set_entries``) —
    their number and texts fix the contents' size — and each entry ends with a PDF form
    that holds its dots and page number, written when the document ends
    (``define_forms``). The page shows what ``TableOfContents`` shows after its second
    pass: the same paragraphs, links, dots and right-aligned numbers."""

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)
        self.slots: dict[int, tuple[float, float]] = {}  # entry -> (x where its text ends, width)
        self.pages: dict[str, int] = {}  # bookmark key -> page, filled in as headings are laid out

    def set_entries(self, entries: list[tuple[int, str, str]], pages: dict[str, int]) -> None:
        """``(level, markup, bookmark key)`` of every entry, in document order; ``pages`` is
        the document's (live) page of each heading laid out so far."""
        self._lastEntries = [(level, text, 0, key) for level, text, key in entries]
        self.pages = pages

    def beforeBuild(self) -> None:  # noqa: N802 (ReportLab's name; nothing to forget)
        pass

    def isSatisfied(self) -> bool:  # noqa: N802
        return True

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        from reportlab.platypus import Spacer, Table

        entries = self._lastEntries

        def entry_end(canv: Canvas, _kind: str, label: str) -> None:
            index = int(label)
            level, _text, _page, key = entries[index]
            x, y = canv._curr_tx_info["cur_x"], canv._curr_tx_info["cur_y"]
            self.slots[index] = (x, avail_width)
            canv.saveState()
            canv.translate(x, y)
            canv.doForm(ENTRY_FORM.format(index))
            canv.restoreState()
            canv.linkRect("", key, (x, y, avail_width, y + self.getLevelStyle(level).leading), relative=1)
            if key not in self.pages:
                # the link's destination, until its heading (further on) binds it to its page:
                # a heading that is never laid out would leave the link pointing here rather
                # than nowhere (an unresolved destination makes ReportLab fail at save)
                canv.bookmarkPage(key)

        self.canv.setNamedCB(_ENTRY_END, entry_end)
        rows: list[list[Flowable]] = []
        for index, (level, text, _page, key) in enumerate(entries):
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(f'<a href="#{key}">{text}</a><onDraw name="{_ENTRY_END}" label="{index}"/>',
                                   style)])
        self._table = Table(rows or [[Spacer(1, 0)]], colWidths=(avail_width,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, avail_width, avail_height)
        return self.width, self.height

    def define_forms(self, canv: Canvas, pages: dict[str, int]) -> None:
        """Write the form of every entry drawn: ReportLab's own dots and number
        (``drawPageNumbers``), placed as if the entry's text ended at the form's origin."""
        for index, (x, width) in self.slots.items():
            level, _text, _page, key = self._lastEntries[index]
            style = self.getLevelStyle(level)
            canv.beginForm(ENTRY_FORM.format(index), -1, -style.leading, width - x + 1, 2 * style.leading)
            if key in pages:
                canv.translate(-x, 0)
                canv._curr_tx_info = {"cur_x": x, "cur_y": 0.0}
                try:
                    dots = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
                    drawPageNumbers(canv, style, [(pages[key], None)], width, 0, dots)
                finally:
                    del canv._curr_tx_info
            canv.endForm()


class _FooterCanvas(Canvas):
    """Footers "page X of Y": each page draws its number at once and refers to a PDF form
    for Y, which is written when the total is known (at save), with the forms of the
    contents' page numbers. Pages are emitted as they end, so bookmarks and links point at
    the right page (deferring whole pages would not)."""

    footer: Callable[[Canvas, int], None] = staticmethod(lambda c, p: None)
    before_save: Callable[[Canvas], None] = staticmethod(lambda c: None)  # more forms

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
        type(self).before_save(self)
        super().save()


def _walk(flowables: list[Flowable]):  # type: ignore[no-untyped-def]
    """The flowables a frame will lay out, in order (a KeepTogether's content is split out)."""
    for f in flowables:
        yield f
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            yield from _walk(inner)


class ReportDocTemplate(BaseDocTemplate):
    """Two page templates (portrait, landscape) sharing header/footer; outline + contents,
    all in one layout pass."""

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
        self._shown = 0.0
        self._pages: dict[str, int] = {}  # bookmark key of a heading -> its page
        self._contents: list[DeferredContents] = []
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
            draw_runs(canv, MARGIN, h - MARGIN + 4, fit_text(self.ctx.header_text, w - 2 * MARGIN, 7.5), FONT, 7.5)
            canv.setStrokeColor(st.RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, h - MARGIN + 1, w - MARGIN, h - MARGIN + 1)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        info = getattr(flowable, "_reslab_outline", None)
        if info is not None:
            text, level, _toc, outline = info
            # outline levels may not skip (0 -> 2 is an error in ReportLab)
            level = min(level, self._last_level + 1)
            self._last_level = level
            key = getattr(flowable, "_reslab_key", None) or f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            if outline:
                self.canv.addOutlineEntry(text, key, level=level, closed=level >= 1)
            self._pages[key] = self.page
        step = self._done // 20
        self._done += getattr(flowable, "weight", 1)  # a NoteList counts its notes
        if self.ctx.cancelled():
            raise BuildCancelled("export cancelled")
        if self.ctx.progress and self._done // 20 > step:
            self._shown = max(self._shown, min(0.99, self._done / self._total))  # never goes backwards
            self.ctx.progress(self._shown, f"page {self.page}")

    def _contents_entries(self, story: list[Flowable]) -> list[tuple[int, str, str]]:
        """Give every heading its bookmark key; the contents' entries, in document order."""
        entries: list[tuple[int, str, str]] = []
        last = -1
        for number, f in enumerate(f for f in _walk(story) if hasattr(f, "_reslab_outline")):
            text, level, toc, _outline = f._reslab_outline
            level = min(level, last + 1)  # as afterFlowable will number it
            last = level
            f._reslab_key = f"h{number}"
            if toc:
                entries.append((level, st.markup(text), f._reslab_key))
        return entries

    def define_forms(self, canv: Canvas) -> None:
        """At save, when every heading has its page: the contents' page numbers (a heading
        that was never laid out — none is — would get a blank one)."""
        for toc in self._contents:
            toc.define_forms(canv, self._pages)

    def build_story(self, story: list[Flowable]) -> None:
        self._total = max(sum(getattr(f, "weight", 1) for f in story), 1)
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

        canvas_class = type("ReportCanvas", (_FooterCanvas,), {"footer": staticmethod(footer),
                                                               "before_save": staticmethod(self.define_forms)})
        entries = self._contents_entries(story)
        self._contents = [f for f in _walk(story) if isinstance(f, DeferredContents)]
        for toc in self._contents:
            toc.set_entries(entries, self._pages)
        self.build(story, canvasmaker=canvas_class)

    def beforeDocument(self) -> None:  # noqa: N802
        self.canv.showOutline()


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
