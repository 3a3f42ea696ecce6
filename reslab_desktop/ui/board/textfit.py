"""Wrapped note text that shrinks to fit its box, laid out once and cached by the item."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTextLayout, QTextOption

from reslab_desktop.ui.board import style

SIZES = (26, 22, 19, 16, 14, 12, 11, 10, 9, 8)


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


def fit(text: str, width: float, height: float) -> FittedText:
    """The largest size in ``SIZES`` whose wrapped text fits ``width`` × ``height`` (binary search)."""
    width = max(1.0, width)
    lo, hi = 0, len(SIZES) - 1
    best: FittedText | None = None
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = _layout(text, SIZES[mid], width)
        if candidate.height <= height:
            best, hi = candidate, mid - 1
        else:
            lo = mid + 1
    return best or _layout(text, SIZES[-1], width)
