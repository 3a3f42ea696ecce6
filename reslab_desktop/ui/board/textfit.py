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


def fit(text: str, width: float, height: float) -> FittedText:
    """The largest size in ``SIZES`` whose wrapped text fits ``width`` × ``height``.

    Sizes that would break a word in the middle are avoided when a smaller size keeps every
    word whole ("Procuraduría", not "Procuradur-ía"). Both tests are monotonic in the size, so
    the search walks from a guess made from the text's area: usually two layouts per note
    (a 5,000-note render spent a third of its time here with a binary search).
    """
    # A note smaller than its padding (an imported 10 × 10 note) has a negative box: the
    # area guess would take the square root of a negative number.
    width, height = max(1.0, width), max(0.0, height)
    text = shortened(text)  # a 100,000-character note would take seconds to wrap (issue 9)
    scale = style.look().font_scale
    sizes = SIZES if scale == 1 else tuple(max(6, round(px * scale)) for px in SIZES)
    made: dict[int, FittedText] = {}

    def layout(i: int) -> FittedText:
        if i not in made:
            made[i] = _layout(text, sizes[i], width)
        return made[i]

    longest = _longest_words(text, sizes[len(sizes) // 2])

    def whole(i: int) -> bool:
        return _widest(longest, sizes[i]) <= width and layout(i).height <= height

    def fits(i: int) -> bool:
        return layout(i).height <= height

    start = _guess(sizes, len(text), width, height)
    for accept in (whole, fits):
        found = _largest(accept, start, len(sizes))
        if found is not None:
            return layout(found)
    return layout(len(sizes) - 1)


def _largest(accept, start: int, count: int) -> int | None:  # type: ignore[no-untyped-def]
    """The lowest index (largest size) that ``accept`` takes, walking from ``start``; ``accept``
    is monotonic: if it takes a size, it takes every smaller one."""
    i = start
    if accept(i):
        while i > 0 and accept(i - 1):
            i -= 1
        return i
    for j in range(i + 1, count):
        if accept(j):
            return j
    return None


def _guess(sizes: tuple[int, ...], chars: int, width: float, height: float) -> int:
    """The index of the size that about fills the box (DejaVu Sans: ~0.55 em per character,
    ~1.2 em per line, ~15 % lost to wrapping)."""
    px = (width * height / (max(chars, 1) * 0.55 * 1.2 * 1.15)) ** 0.5
    return next((i for i, size in enumerate(sizes) if size <= px), len(sizes) - 1)


def _longest_words(text: str, pixel_size: int) -> list[str]:
    """The words that could be the widest at any size (widths scale with the size, give or
    take hinting): measured once instead of every word at every size tried."""
    metrics = QFontMetricsF(style.font(pixel_size))
    widths = {w: metrics.horizontalAdvance(w) for w in set(text.split())}
    top = max(widths.values(), default=0.0)
    return [w for w, px in widths.items() if px >= top * 0.8]


def _widest(words: list[str], pixel_size: int) -> float:
    metrics = QFontMetricsF(style.font(pixel_size))
    return max((metrics.horizontalAdvance(w) for w in words), default=0.0)
