"""Wrapped note text that shrinks to fit its box, laid out once and cached by the item."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QTextLayout, QTextOption

from reslab_desktop.rules.text import shortened
from reslab_desktop.ui.board import style

SIZES = (22, 20, 18, 16, 14, 13, 12, 11, 10, 9, 8)


@dataclass
class FittedText:
    layouts: list[QTextLayout]
    height: float
    pixel_size: int

    def draw(self, painter: QPainter, box: QRectF) -> None:
        top = box.top() + max(0.0, (box.height() - self.height) / 2)
        origin = QPointF(box.left(), top)
        painter.save()
        painter.setClipRect(box)
        for layout in self.layouts:
            layout.draw(painter, origin)
        painter.restore()


def _layout(text: str, pixel_size: int, width: float) -> FittedText:
    font = style.font(pixel_size)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layouts, y = [], 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layouts.append(layout)
    return FittedText(layouts, y, pixel_size)


def _longest_word(text: str, pixel_size: int) -> float:
    metrics = QFontMetricsF(style.font(pixel_size))
    return max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0)


def fit(text: str, width: float, height: float) -> FittedText:
    """The largest size in ``SIZES`` whose wrapped text fits ``width`` × ``height``.

    Sizes that would break a word in the middle are avoided when a smaller size keeps every
    word whole ("Procuraduría", not "Procuradur-ía"). Binary search: both tests are monotonic.
    """
    width = max(1.0, width)
    text = shortened(text)  # a 100,000-character note would take seconds to wrap (issue 9)
    scale = style.look().font_scale
    sizes = SIZES if scale == 1 else tuple(max(6, round(px * scale)) for px in SIZES)

    def search(accept) -> FittedText | None:  # type: ignore[no-untyped-def]
        lo, hi = 0, len(sizes) - 1
        best: FittedText | None = None
        while lo <= hi:
            mid = (lo + hi) // 2
            candidate = _layout(text, sizes[mid], width)
            if accept(candidate):
                best, hi = candidate, mid - 1
            else:
                lo = mid + 1
        return best

    whole = search(lambda c: c.height <= height and _longest_word(text, c.pixel_size) <= width)
    return whole or search(lambda c: c.height <= height) or _layout(text, sizes[-1], width)
