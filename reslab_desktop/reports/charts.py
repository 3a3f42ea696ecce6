"""Reusable vector charts for report sections (bar chart, 2×2 matrix), in the bundled font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from reslab_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts, text_width
from reslab_desktop.reports.fonts import fit_text as _fit
from reslab_desktop.reports.styles import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE


def bar_chart(
    values: Sequence[float],
    labels: Sequence[str],
    width: float,
    bar_height: float = 16,
    highlight: int = 0,
    value_format: str = "{:g}",
) -> Drawing:
    """Horizontal bars, one row per label, largest first as given; the top ``highlight`` bars
    are drawn in the accent color, the others lighter. Labels are cut to fit, values printed."""
    register_fonts()
    n = len(values)
    gap = 5
    label_w = min(width * 0.42, max((text_width(lbl, 8.5) for lbl in labels), default=0) + 12)
    value_w = 34
    plot_w = max(width - label_w - value_w, 10)
    height = max(n * (bar_height + gap) + gap, bar_height)
    d = Drawing(width, height)
    top = max(values, default=0) or 1
    for i, (value, text) in enumerate(zip(values, labels, strict=True)):
        y = height - (i + 1) * (bar_height + gap)
        d.add(String(label_w - 6, y + bar_height / 2 - 3, _fit(text, label_w - 8, 8.5),
                     fontName=FONT, fontSize=8.5, fillColor=INK, textAnchor="end"))
        bw = plot_w * (value / top) if value > 0 else 0
        fill = ACCENT if i < highlight else colors.HexColor("#7FB8B4")
        d.add(Rect(label_w, y, max(bw, 0.5), bar_height, fillColor=fill, strokeColor=None))
        d.add(String(label_w + bw + 4, y + bar_height / 2 - 3, value_format.format(value),
                     fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
    d.add(Line(label_w, 0, label_w, height, strokeColor=RULE, strokeWidth=0.6))
    return d


def matrix_2x2(
    points: Sequence[tuple[float, float, str]],
    x_label: str,
    y_label: str,
    size: float,
    quadrant_names: Sequence[str] = ("", "", "", ""),
) -> Drawing:
    """A 2×2 matrix (e.g. impact × feasibility): points ``(x, y, label)`` with x, y in 0..1.

    ``quadrant_names`` are top-left, top-right, bottom-left, bottom-right.
    """
    register_fonts()
    pad = 22
    d = Drawing(size, size)
    side = size - pad - 4
    x0, y0 = pad, pad
    half = side / 2
    for qx, qy, fill in ((0, 1, colors.white), (1, 1, ACCENT_LIGHT), (0, 0, colors.HexColor("#FAFAFA")),
                         (1, 0, colors.white)):
        d.add(Rect(x0 + qx * half, y0 + qy * half, half, half, fillColor=fill, strokeColor=RULE))
    for i, name in enumerate(quadrant_names):
        qx, qy = i % 2, 1 - i // 2
        d.add(String(x0 + qx * half + 4, y0 + qy * half + half - 11, _fit(name, half - 8, 7.5),
                     fontName=FONT, fontSize=7.5, fillColor=MUTED))
    d.add(String(x0 + side / 2, 4, _fit(x_label, side, 8.5), fontName=FONT_BOLD, fontSize=8.5,
                 fillColor=INK, textAnchor="middle"))
    ylab = String(0, 0, _fit(y_label, side, 8.5), fontName=FONT_BOLD, fontSize=8.5, fillColor=INK,
                  textAnchor="middle")
    g = Group(ylab)
    g.rotate(90)
    g.translate(y0 + side / 2, -12)
    d.add(g)
    for x, y, text in points:
        cx, cy = x0 + max(0.0, min(1.0, x)) * side, y0 + max(0.0, min(1.0, y)) * side
        d.add(Circle(cx, cy, 4, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.8))
        shown = _fit(text, side * 0.45, 7.5)
        if cx + 6 + text_width(shown, 7.5) > size:  # near the right edge: label on the left
            d.add(String(cx - 6, cy - 3, shown, fontName=FONT, fontSize=7.5, fillColor=INK, textAnchor="end"))
        else:
            d.add(String(cx + 6, cy - 3, shown, fontName=FONT, fontSize=7.5, fillColor=INK))
    return d
