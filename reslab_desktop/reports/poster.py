"""Wall poster (``--kind poster --board ID --tiles 2x2|3x3``): one board over n×n sheets.

Each sheet prints a window of the enlarged board. Neighbouring windows overlap by ``OVERLAP``
so that, after cutting a sheet along its dashed left/top edge, it is glued over the "glue"
strip of its neighbour and the picture lines up. Crop marks sit in the unprinted margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from reslab_desktop.reports.board_drawing import BoardView, Bounds, board_bounds, draw_board
from reslab_desktop.reports.document import BuildContext, page_size
from reslab_desktop.reports.fonts import FONT, FONT_BOLD, draw_runs, fit_text, register_fonts
from reslab_desktop.services.records import BoardContent
from reslab_desktop.storage import Store

MARGIN = 12 * mm  # office printers do not print to the edge
OVERLAP = 12 * mm
MARK = 5 * mm
GUIDE = colors.HexColor("#7B8794")


@dataclass(frozen=True)
class PosterData:
    workshop: str
    content: BoardContent


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    # the window of the board this sheet prints, in board coordinates
    window: Bounds


@dataclass(frozen=True)
class PosterPlan:
    page: tuple[float, float]
    n: int
    scale: float  # points per board unit
    origin: tuple[float, float]  # where the poster's top-left lies, in board coordinates
    tiles: tuple[Tile, ...]


def load(store: Store, options: Any) -> PosterData:
    from reslab_desktop.services.boards import load_board
    from reslab_desktop.services.workshop import get_workshop

    return PosterData(get_workshop(store).title, load_board(store, options.board_id))


def plan(bounds: Bounds, paper: tuple[float, float], n: int) -> PosterPlan:
    """Lay ``bounds`` centred over n×n sheets of ``paper`` (oriented like the board)."""
    page = landscape(paper) if bounds.aspect > 1 else portrait(paper)
    cw, ch = page[0] - 2 * MARGIN, page[1] - 2 * MARGIN
    total_w, total_h = n * cw - (n - 1) * OVERLAP, n * ch - (n - 1) * OVERLAP
    scale = min(total_w / bounds.w, total_h / bounds.h)
    # centre the board on the poster: the poster's top-left in board coordinates
    ox = bounds.x - (total_w / scale - bounds.w) / 2
    oy = bounds.y - (total_h / scale - bounds.h) / 2
    tiles = tuple(
        Tile(r, c, Bounds(ox + c * (cw - OVERLAP) / scale, oy + r * (ch - OVERLAP) / scale, cw / scale, ch / scale))
        for r in range(n) for c in range(n)
    )
    return PosterPlan(page, n, scale, (ox, oy), tiles)


def write(target: Path, data: PosterData, ctx: BuildContext) -> None:
    register_fonts()
    n = int(str(ctx.options.get("tiles", "2x2")).split("x")[0])
    p = plan(board_bounds(data.content), page_size(ctx.page), n)
    title = data.content.board.title
    canv = Canvas(str(target), pagesize=p.page, initialFontName=FONT, initialFontSize=8, lang=ctx.lang)
    canv.setTitle(f"{title} — poster {n}×{n}")
    canv.setAuthor("Resiliency Lab")
    canv.setSubject(data.workshop)
    canv.setCreator("Resiliency Lab Desktop")
    for k, tile in enumerate(p.tiles, start=1):
        if ctx.cancelled():
            from reslab_desktop.reports.document import BuildCancelled

            raise BuildCancelled("export cancelled")
        _tile_page(canv, p, tile, data, ctx, k)
        canv.showPage()
        if ctx.progress:
            ctx.progress(k / len(p.tiles), f"sheet {k}")
    canv.save()


def _tile_page(canv: Canvas, p: PosterPlan, tile: Tile, data: PosterData, ctx: BuildContext, k: int) -> None:
    w, h = p.page
    cw, ch = w - 2 * MARGIN, h - 2 * MARGIN
    canv.bookmarkPage(f"t{k}")
    canv.addOutlineEntry(ctx.label("poster_tile", board=data.content.board.title, n=k, total=p.n ** 2,
                                   row=tile.row + 1, col=tile.col + 1), f"t{k}", level=0)
    canv.saveState()
    clip = canv.beginPath()
    clip.rect(MARGIN, MARGIN, cw, ch)
    canv.clipPath(clip, stroke=0, fill=0)
    canv.setFillColor(colors.white)
    canv.rect(MARGIN, MARGIN, cw, ch, stroke=0, fill=1)
    view = BoardView(tile.window, p.scale, MARGIN, h - MARGIN)
    draw_board(canv, data.content, view)
    canv.restoreState()
    _guides(canv, p, tile, ctx)
    canv.setFont(FONT, 7)
    canv.setFillColor(GUIDE)
    caption = ctx.label("poster_tile", board=data.content.board.title, n=k, total=p.n ** 2,
                        row=tile.row + 1, col=tile.col + 1)
    draw_runs(canv, MARGIN, MARGIN / 2 - 2, fit_text(caption, cw * 0.8, 7), FONT, 7)
    _mini_map(canv, p, tile, w - MARGIN)


def _mini_map(canv: Canvas, p: PosterPlan, tile: Tile, right: float) -> None:
    """A tiny n×n grid in the bottom margin with this sheet filled: where it goes on the wall."""
    cell = min(2.4 * mm, (MARGIN - 3 * mm) / p.n)
    x0, y0 = right - p.n * cell, (MARGIN - p.n * cell) / 2
    canv.saveState()
    canv.setLineWidth(0.4)
    canv.setStrokeColor(GUIDE)
    for r in range(p.n):
        for c in range(p.n):
            canv.setFillColor(GUIDE if (r, c) == (tile.row, tile.col) else colors.white)
            canv.rect(x0 + c * cell, y0 + (p.n - 1 - r) * cell, cell, cell, stroke=1, fill=1)
    canv.setFont(FONT_BOLD, 7)
    canv.setFillColor(GUIDE)
    canv.drawRightString(x0 - 4, MARGIN / 2 - 2, f"{tile.row + 1}·{tile.col + 1}")
    canv.restoreState()


def _guides(canv: Canvas, p: PosterPlan, tile: Tile, ctx: BuildContext) -> None:
    w, h = p.page
    left, right, bottom, top = MARGIN, w - MARGIN, MARGIN, h - MARGIN
    canv.saveState()
    canv.setStrokeColor(GUIDE)
    canv.setLineWidth(0.5)
    for x, y, dx, dy in ((left, top, -1, 1), (right, top, 1, 1), (left, bottom, -1, -1), (right, bottom, 1, -1)):
        canv.line(x + dx * 1.5, y, x + dx * (1.5 + MARK), y)  # crop marks, outside the picture
        canv.line(x, y + dy * 1.5, x, y + dy * (1.5 + MARK))
    canv.setFont(FONT, 6.5)
    canv.setFillColor(GUIDE)
    canv.setDash(3, 2)
    if tile.col > 0:  # cut along the left edge, then lay this sheet over the left neighbour
        canv.line(left, bottom, left, top)
        canv.drawString(2, h / 2, "✂")
        _vertical_label(canv, left - 3, h / 2 + 10, ctx.label("poster_cut"))
    if tile.row > 0:
        canv.line(left, top, right, top)
        canv.drawString(w / 2, h - 9, "✂ " + ctx.label("poster_cut"))
    if tile.col < p.n - 1:  # the strip the right neighbour is glued on
        canv.line(right - OVERLAP, bottom, right - OVERLAP, top)
        _vertical_label(canv, right + 7, h / 2, ctx.label("poster_glue"))
    if tile.row < p.n - 1:
        canv.line(left, bottom + OVERLAP, right, bottom + OVERLAP)
        canv.drawString(w / 2, bottom - 7, ctx.label("poster_glue"))
    canv.restoreState()


def _vertical_label(canv: Canvas, x: float, y: float, text: str) -> None:
    canv.saveState()
    canv.translate(x, y)
    canv.rotate(90)
    canv.drawCentredString(0, 0, text)
    canv.restoreState()
