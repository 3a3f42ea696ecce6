"""A board drawn as vector graphics: zones, notes with fitted text, links with arrows, images.

``draw_board(canvas, content, view)`` paints in board coordinates (y grows downwards, as on
screen) through a ``BoardView`` (scale + origin); ``BoardDrawing`` is the Flowable that fits
a board into a box on a report page, and the poster reuses ``draw_board`` at a larger scale.
Note text is wrapped and shrunk to fit its note; text that still does not fit at the smallest
size ends with "…" (the report lists every note in full after the drawing).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reslab_desktop.reports.fonts import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    draw_runs,
    fit_text,
    register_fonts,
    text_runs,
    wrap_lines,
)
from reslab_desktop.rules import geometry
from reslab_desktop.rules.text import shortened
from reslab_desktop.services.records import BoardContent, NoteRecord, ZoneRecord

# Font sizes in board units, largest first: the board's ladder (rules.geometry), so a note
# is cut with "…" in the PDF where it is cut on the board; its padding is the board's too.
NOTE_SIZES = geometry.NOTE_TEXT_SIZES
NOTE_PAD = 8.0
ZONE_TITLE_SIZE = 16.0
EMPTY_SIZE = (800.0, 500.0)


@dataclass(frozen=True)
class Bounds:
    x: float
    y: float
    w: float
    h: float

    @property
    def aspect(self) -> float:
        return self.w / self.h if self.h else 1.0


def board_bounds(content: BoardContent, margin: float = 20.0) -> Bounds:
    """The rectangle holding everything on the board (a default canvas when it is empty)."""
    rects = [(z.x, z.y, z.w, z.h) for z in content.zones]
    rects += [(n.x, n.y, n.w, n.h) for n in content.notes]
    rects += [(i.x, i.y, i.w, i.h) for i in content.images]
    if not rects:
        return Bounds(0.0, 0.0, *EMPTY_SIZE)
    x0 = min(r[0] for r in rects) - margin
    y0 = min(r[1] for r in rects) - margin
    x1 = max(r[0] + max(r[2], 1) for r in rects) + margin
    y1 = max(r[1] + max(r[3], 1) for r in rects) + margin
    return Bounds(x0, y0, x1 - x0, y1 - y0)


@dataclass(frozen=True)
class BoardView:
    """Maps board coordinates to PDF points: ``(left, top)`` is where ``bounds`` (x, y) lands."""

    bounds: Bounds
    scale: float
    left: float
    top: float

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.left + (x - self.bounds.x) * self.scale, self.top - (y - self.bounds.y) * self.scale


def fit_scale(bounds: Bounds, width: float, height: float) -> float:
    return min(width / bounds.w, height / bounds.h)


@lru_cache(maxsize=50_000)
def note_layout(text: str, w: float, h: float) -> tuple[float, tuple[str, ...]]:
    """Font size and lines (board units) so ``text`` fits a ``w``×``h`` note; cached across passes."""
    inner_w, inner_h = max(w - 2 * NOTE_PAD, 4.0), max(h - 2 * NOTE_PAD, 4.0)
    lines: list[str] = []
    for size in NOTE_SIZES:
        lines = wrap_lines(text, inner_w, size)
        if len(lines) * size * 1.18 <= inner_h:
            return size, tuple(lines)
    size = NOTE_SIZES[-1]
    keep = max(int(inner_h // (size * 1.18)), 1)
    if len(lines) > keep:
        lines = lines[:keep]
        lines[-1] = fit_text(lines[-1] + "…", inner_w, size)
    return size, tuple(lines)


@lru_cache(maxsize=1024)
def _hex(color: str, fallback: str = "#FFE066") -> colors.Color:
    try:
        return colors.HexColor(color)
    except (ValueError, TypeError):
        return colors.HexColor(fallback)


def _tint(c: colors.Color, amount: float) -> colors.Color:
    """Mix ``c`` with white (amount 0 = c, 1 = white) — zone fills stay light behind notes."""
    return colors.Color(c.red + (1 - c.red) * amount, c.green + (1 - c.green) * amount,
                        c.blue + (1 - c.blue) * amount)


def _shade(c: colors.Color, amount: float) -> colors.Color:
    return colors.Color(c.red * (1 - amount), c.green * (1 - amount), c.blue * (1 - amount))


NOTE_INK = colors.HexColor("#1F2933")


@lru_cache(maxsize=1024)
def _note_colors(color: str) -> tuple[colors.Color, colors.Color, colors.Color]:
    """A note's fill, its flat shadow and its outline (a board has a handful of colours)."""
    fill = _hex(color)
    return fill, _shade(fill, 0.18), _shade(fill, 0.3)


def draw_board(canv: Canvas, content: BoardContent, view: BoardView) -> None:
    """Paint the board; the caller clips and places the view."""
    register_fonts()
    canv.saveState()
    draw_zones(canv, content.zones, view)
    for img in content.images:
        _draw_image(canv, img, view)
    by_id = {n.id: n for n in content.notes}
    for link in content.links:
        a, b = by_id.get(link.from_note_id), by_id.get(link.to_note_id)
        if a is not None and b is not None:
            _draw_link(canv, a, b, link.label, view, content.notes)
    canv.setLineWidth(max(0.25, 0.6 * view.scale))  # every note's outline
    for note in content.notes:
        _draw_note(canv, note, view)
    canv.restoreState()


def draw_zones(
    canv: Canvas, zones: Sequence[ZoneRecord], view: BoardView, title_pt: float | None = None,
    prompt_pt: float | None = None, tint: float = 0.72,
) -> None:
    """Zones with their titles; ``title_pt`` fixes the title size in points (else it scales
    with the board) and ``prompt_pt`` also prints each zone's guiding prompt (worksheets);
    ``tint`` lightens the fill (blank worksheets use a paler one: less ink, room to write)."""
    s = view.scale
    for z in zones:  # all shapes first, so an overlapping zone never hides another's title
        x, top = view.pt(z.x, z.y)
        w, h = z.w * s, z.h * s
        base = _hex(z.color, "#CFD4DA")
        canv.setFillColor(_tint(base, tint))
        canv.setStrokeColor(_shade(base, 0.25))
        canv.setLineWidth(max(0.4, 1.2 * s))
        if z.shape == "ellipse":
            canv.ellipse(x, top - h, x + w, top, stroke=1, fill=1)
        else:
            canv.roundRect(x, top - h, w, h, min(8 * s, w / 4, h / 4), stroke=1, fill=1)
    for z in zones:
        _zone_text(canv, z, view, title_pt, prompt_pt)


def _zone_text(
    canv: Canvas, z: ZoneRecord, view: BoardView, title_pt: float | None, prompt_pt: float | None
) -> None:
    """Title and prompt where the board draws them: left-aligned across a rectangle's top,
    centred in an ellipse's title band (``rules.geometry.zone_title_band``)."""
    s = view.scale
    x, top = view.pt(z.x, z.y)
    w, h = z.w * s, z.h * s
    base = _hex(z.color, "#CFD4DA")
    round_shape = z.shape == "ellipse"
    size = title_pt or ZONE_TITLE_SIZE * s
    if round_shape:
        bx, by, bw, _bh = geometry.zone_title_band(z.shape, z.w)
        left, room_w = x + bx * s, max(bw * s, 1.0)
        first_top = top - by * s - size * 0.25
    else:
        inset = max(8 * s, size * 0.6)
        left, room_w = x + inset, max(w - 2 * inset, 1.0)
        first_top = top - inset
    # a title wraps to two lines, shrinking a little if needed, and is cut only as a last resort
    lines = wrap_lines(z.title, room_w, size, FONT_BOLD)
    while len(lines) > 2 and size > (title_pt or ZONE_TITLE_SIZE * s) * 0.7:
        size *= 0.9
        lines = wrap_lines(z.title, room_w, size, FONT_BOLD)
    if len(lines) > 2:
        lines = [lines[0], fit_text(" ".join(lines[1:]), room_w, size, FONT_BOLD)]
    y = first_top - size
    if lines:
        canv.setFillColor(_shade(base, 0.6))
        canv.setFont(FONT_BOLD, size)
        for i, line in enumerate(lines):
            _draw_line(canv, line, left, room_w, y - i * size * 1.15, FONT_BOLD, size, round_shape)
        y -= (len(lines) - 1) * size * 1.15
    if prompt_pt and z.prompt:
        canv.setFillColor(_shade(base, 0.5))
        canv.setFont(FONT_ITALIC, prompt_pt)
        lines = wrap_lines(z.prompt, room_w, prompt_pt, FONT_ITALIC)
        room = max(int((h * (0.6 if round_shape else 0.9) - size) // (prompt_pt * 1.25)), 1)
        if len(lines) > room:
            lines = lines[:room]
            lines[-1] = fit_text(lines[-1] + "…", room_w, prompt_pt, FONT_ITALIC)
        for i, line in enumerate(lines):
            _draw_line(canv, line, left, room_w, y - prompt_pt * 1.5 - i * prompt_pt * 1.25, FONT_ITALIC,
                       prompt_pt, round_shape)


def _draw_line(canv: Canvas, line: str, left: float, width: float, y: float, font: str, size: float,
               centred: bool) -> None:
    if centred:
        draw_runs(canv, left + width / 2, y, line, font, size, "middle")
    else:
        draw_runs(canv, left, y, line, font, size)


def _draw_note(canv: Canvas, note: NoteRecord, view: BoardView) -> None:
    """One note (the caller has set the outline's line width)."""
    s = view.scale
    x, top = view.pt(note.x, note.y)
    w, h = note.w * s, note.h * s
    fill, shadow, outline = _note_colors(note.color)
    canv.setFillColor(shadow)  # a flat "shadow" edge, no transparency needed
    canv.rect(x + 1.5 * s, top - h - 1.5 * s, w, h, stroke=0, fill=1)
    canv.setFillColor(fill)
    canv.setStrokeColor(outline)
    canv.rect(x, top - h, w, h, stroke=1, fill=1)
    if not note.text.strip():
        return
    size, lines = note_layout(shortened(note.text), note.w, note.h)
    canv.setFillColor(NOTE_INK)
    text = canv.beginText(x + NOTE_PAD * s, top - NOTE_PAD * s - size * s * 0.95)
    text.setFont(FONT, size * s, size * s * 1.18)
    for line in lines:
        text_runs(text, line, FONT, size * s, size * s * 1.18, end_line=True)
    canv.drawText(text)


def link_points(a: NoteRecord, b: NoteRecord, notes: Sequence[NoteRecord]) -> list[tuple[float, float]]:
    """The connector's route on the board (``rules.geometry.route``: around the notes between)."""
    ra, rb = (a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h)
    x0, y0 = min(a.x, b.x) - 200, min(a.y, b.y) - 200
    x1, y1 = max(a.x + a.w, b.x + b.w) + 200, max(a.y + a.h, b.y + b.h) + 200
    near = [(n.x, n.y, n.w, n.h) for n in notes
            if n.id not in (a.id, b.id) and n.x < x1 and n.x + n.w > x0 and n.y < y1 and n.y + n.h > y0]
    return geometry.route(ra, rb, near)


def _draw_link(canv: Canvas, a: NoteRecord, b: NoteRecord, label: str, view: BoardView,
               notes: Sequence[NoteRecord] = ()) -> None:
    s = view.scale
    route = [view.pt(x, y) for x, y in link_points(a, b, notes)]
    (x1, y1), (x2, y2) = route[-2], route[-1]
    ink = colors.HexColor("#3E4C59")
    canv.setStrokeColor(ink)
    canv.setFillColor(ink)
    canv.setLineWidth(max(0.4, 2 * s))
    line = canv.beginPath()
    line.moveTo(*route[0])
    for point in route[1:]:
        line.lineTo(*point)
    canv.drawPath(line, stroke=1, fill=0)
    angle = math.atan2(y2 - y1, x2 - x1)
    head = max(3.0, 14 * s)
    p = canv.beginPath()
    p.moveTo(x2, y2)
    p.lineTo(x2 - head * math.cos(angle - 0.4), y2 - head * math.sin(angle - 0.4))
    p.lineTo(x2 - head * math.cos(angle + 0.4), y2 - head * math.sin(angle + 0.4))
    p.close()
    canv.drawPath(p, stroke=0, fill=1)
    if label:
        size = 11 * s
        (lx1, ly1), (lx2, ly2) = route[(len(route) - 1) // 2], route[(len(route) - 1) // 2 + 1]
        mx, my = (lx1 + lx2) / 2, (ly1 + ly2) / 2
        shown = fit_text(label, 200 * s, size)
        from reslab_desktop.reports.fonts import text_width

        tw = text_width(shown, size)
        canv.setFillColor(colors.white)
        canv.rect(mx - tw / 2 - 2 * s, my - size * 0.35, tw + 4 * s, size * 1.2, stroke=0, fill=1)
        canv.setFillColor(ink)
        draw_runs(canv, mx, my, shown, FONT, size, "middle")


def _draw_image(canv: Canvas, img, view: BoardView) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.utils import ImageReader

    x, top = view.pt(img.x, img.y)
    w, h = img.w * view.scale, img.h * view.scale
    from reslab_desktop.services.images import drawable

    try:
        data = drawable(img.data)  # within the pixel budget, or the placeholder below
        if data is None:
            raise ValueError("too many pixels")
        canv.drawImage(ImageReader(io.BytesIO(data)), x, top - h, w, h, preserveAspectRatio=True,
                       anchor="c", mask="auto")
    except Exception:  # an unreadable picture must not stop the report: draw a placeholder
        canv.setStrokeColor(colors.HexColor("#9AA5B1"))
        canv.setFillColor(colors.HexColor("#F5F7FA"))
        canv.rect(x, top - h, w, h, stroke=1, fill=1)
        canv.line(x, top - h, x + w, top)
        canv.line(x, top, x + w, top - h)
    if img.caption:
        size = max(4.0, 10 * view.scale)
        canv.setFillColor(colors.HexColor("#616E7C"))
        draw_runs(canv, x, top - h - size * 1.1, fit_text(img.caption, w, size), FONT, size)


class BoardDrawing(Flowable):
    """A board scaled to fit ``width``×``height`` points (aspect kept), with a thin frame."""

    def __init__(self, content: BoardContent, width: float, height: float) -> None:
        super().__init__()
        self.content = content
        self.bounds = board_bounds(content)
        self.scale = fit_scale(self.bounds, width, height)
        self.width = self.bounds.w * self.scale
        self.height = self.bounds.h * self.scale
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: N802
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#CBD2D9"))
        canv.setFillColor(colors.HexColor("#FCFCFD"))
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        p = canv.beginPath()
        p.rect(0, 0, self.width, self.height)
        canv.clipPath(p, stroke=0, fill=0)
        draw_board(canv, self.content, BoardView(self.bounds, self.scale, 0.0, self.height))
        canv.restoreState()
