"""The portfolio's localization chart: one line per community across the six steps, and the
combined pathway as a thick line on top (vector, bundled font).

Lines of communities that agree would hide each other, so each community's points sit a
little to one side of the step (in community order); a step without decisions has no point
and breaks the line. Each line ends in its community's number, pushed apart vertically so
that no two numbers overlap; the table under the chart is the legend. Past
:data:`NUMBERED_LINES` communities the lines are thin and half transparent, without numbers:
the chart then shows the spread, the table each value.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from reslab_desktop.model.vocab import PHASES, phase_name
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.fonts import FONT, FONT_BOLD, fit_text, register_fonts, text_width
from reslab_desktop.reports.labels import label
from reslab_desktop.rules.formatting import format_percent
from reslab_desktop.rules.localization import PathwayPoint

#: Okabe–Ito colors (told apart with the common colour-vision deficiencies), then repeated.
NUMBERED_LINES = 16  # more communities than this: no end numbers (they would not fit), lighter lines
LINE_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D1F", "#7F7F7F")


def line_color(number: int) -> colors.Color:
    """The color of community ``number`` (1-based) in the chart and its legend."""
    return colors.HexColor(LINE_COLORS[(number - 1) % len(LINE_COLORS)])


def pathway_lines(
    communities: Sequence[Sequence[PathwayPoint]], combined: Sequence[PathwayPoint], width: float, lang: str,
    height: float = 260,
) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    marks = [label(k, lang) for k in ("lab_locally_led", "lab_shared_mid", "lab_facilitator_led")]
    left = min(width * 0.22, max(text_width(m, 8) for m in marks) + 14)
    right, bottom, top = 34, 30, 12
    plot_w, plot_h = width - left - right, height - bottom - top
    slot = plot_w / len(PHASES)

    def y_of(index: float) -> float:
        return bottom + index * plot_h

    for frac, key in ((1.0, "lab_locally_led"), (0.5, "lab_shared_mid"), (0.0, "lab_facilitator_led")):
        d.add(String(left - 6, y_of(frac) - 3, fit_text(label(key, lang), left - 10, 8), fontName=FONT,
                     fontSize=8, fillColor=st.MUTED, textAnchor="end"))
    for i, phase in enumerate(PHASES):
        cx = left + slot * (i + 0.5)
        if i % 2 == 0:
            d.add(Rect(left + slot * i, bottom, slot, plot_h, fillColor=colors.HexColor("#F7F9FA"),
                       strokeColor=None))
        d.add(String(cx, bottom - 13, fit_text(f"{phase}. {phase_name(phase, lang)}", slot - 4, 7.5),
                     fontName=FONT, fontSize=7.5, fillColor=st.INK, textAnchor="middle"))
    for frac in (0.0, 0.25, 0.5, 0.75, 1.0):  # rules and their values over the step bands
        strong = frac in (0.0, 0.5, 1.0)
        d.add(Line(left, y_of(frac), left + plot_w, y_of(frac), strokeColor=st.RULE,
                   strokeWidth=0.7 if strong else 0.35, strokeDashArray=None if strong else [2, 2]))
        d.add(String(left + 2, y_of(frac) + 2, f"{frac:.0%}", fontName=FONT, fontSize=6.5, fillColor=st.MUTED))

    n = len(communities)
    spread = min(slot * 0.5, 6.0 * max(n - 1, 0))
    ends: list[tuple[float, float, int]] = []  # (x, y) of each line's last point, and its number
    for k, points in enumerate(communities, start=1):
        offset = 0.0 if n == 1 else -spread / 2 + spread * (k - 1) / (n - 1)
        xy = [(left + slot * (i + 0.5) + offset, y_of(p.index)) if p.index is not None else None
              for i, p in enumerate(points)]
        color = line_color(k)
        if n > NUMBERED_LINES:  # a crowd: thin, half-transparent lines under the combined one
            color = colors.Color(color.red, color.green, color.blue, alpha=0.45)
        _draw_broken_line(d, xy, color, 1.5 if n <= NUMBERED_LINES else 0.8, 2.8 if n <= NUMBERED_LINES else 1.4)
        last = next((pt for pt in reversed(xy) if pt is not None), None)
        if last is not None:
            ends.append((last[0], last[1], k))
    combined_xy = [(left + slot * (i + 0.5), y_of(p.index)) if p.index is not None else None
                   for i, p in enumerate(combined)]
    if n > 1:
        _draw_broken_line(d, combined_xy, st.INK, 3.2, 3.6, white_dots=True)
        for pt, p in zip(combined_xy, combined, strict=True):
            if pt is not None and p.index is not None:
                d.add(String(pt[0], pt[1] + 7, format_percent(p.index, lang), fontName=FONT_BOLD, fontSize=8,
                             fillColor=st.INK, textAnchor="middle"))
    if n <= NUMBERED_LINES:
        _number_ends(d, ends, left + plot_w, bottom, bottom + plot_h)
    return d


def _draw_broken_line(d: Drawing, xy: list[tuple[float, float] | None], color: colors.Color, width: float,
                      dot: float, white_dots: bool = False) -> None:
    run: list[float] = []
    for pt in [*xy, None]:
        if pt is None:
            if len(run) >= 4:
                d.add(PolyLine(run, strokeColor=color, strokeWidth=width, strokeLineJoin=1, strokeLineCap=1))
            run = []
        else:
            run += list(pt)
    for pt in xy:
        if pt is not None:
            d.add(Circle(pt[0], pt[1], dot, fillColor=colors.white if white_dots else color,
                         strokeColor=color if white_dots else colors.white, strokeWidth=1.2 if white_dots else 0.6))


def _number_ends(d: Drawing, ends: list[tuple[float, float, int]], x: float, low: float, high: float) -> None:
    """Each line's number just right of its last point, moved up or down so none overlap."""
    gap = 9.0
    placed: list[list[float]] = []
    for ex, ey, k in sorted(ends, key=lambda e: e[1]):
        y = max(ey, placed[-1][1] + gap) if placed else ey
        placed.append([ex, y, k, ey])
    overflow = (placed[-1][1] - high) if placed else 0
    if overflow > 0:  # pushed past the top: shift the stack down, never below the plot
        for p in placed:
            p[1] = max(low, p[1] - overflow)
    for ex, y, k_float, ey in placed:
        k = int(k_float)
        color = line_color(k)
        d.add(Line(ex + 3, ey, x + 14, y, strokeColor=color, strokeWidth=0.5))
        d.add(String(x + 16, y - 3, str(k), fontName=FONT_BOLD, fontSize=7.5, fillColor=color))
