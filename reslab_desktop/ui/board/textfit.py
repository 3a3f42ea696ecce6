"""Wrapped note text that shrinks to fit its box, laid out once and cached by the item."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from reslab_desktop.rules.geometry import NOTE_TEXT_SIZES
from reslab_desktop.rules.text import drawn, shortened
from reslab_desktop.ui.board import style

SIZES = tuple(int(px) for px in NOTE_TEXT_SIZES)
ELLIPSIS = "…"
_OPTION = QTextOption(Qt.AlignmentFlag.AlignHCenter)
_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
#: Word widths measured so far, per pixel size: notes of a board share most of their words
#: (a 5,000-note render measured 60,000 words, a few hundred of them distinct).
_ADVANCES: dict[int, dict[str, float]] = {}
_ADVANCES_MAX = 50_000  # words per size kept (a pasted novel must not grow it forever)
_METRICS: dict[int, QFontMetricsF] = {}
_FONTS: dict[int, QFont] = {}
_LINE_HEIGHTS: dict[int, float] = {}
#: Word widths measured alone may differ a little from the laid-out line (a kerning pair at a
#: word's edge, fixed-point rounding): the line counts below are made this much (in pixels)
#: more generous, so that a size is refused only when it surely does not fit. Measured on
#: DejaVu Sans: a line is at most 1 px *wider* than its words (never narrower).
_TOLERANCE = 0.5
#: Texts whose only line-break opportunities (UAX #14) are their spaces: letters and digits of
#: the alphabets before Hebrew (Latin, Greek, Cyrillic, Armenian), combining accents, and
#: punctuation that sticks to its word (IS, EX, QU, OP, CL: , . ; : ! ? ' " ( ) ¡ ¿ « »).
_WORD_CHARS = "".join(c for c in map(chr, range(0x590))
                      if c.isalnum() or 0x300 <= ord(c) <= 0x36F or c in ",.;:!?'\"()[]{}¡¿«»")
_BREAKS_AT_SPACES = re.compile(f"[{re.escape(_WORD_CHARS)}\\s]*")


@dataclass
class FittedText:
    layouts: list[QTextLayout]
    height: float
    pixel_size: int
    elided: bool = False  # the text did not fit at the smallest size and ends with "…"

    def draw(self, painter: QPainter, box: QRectF) -> None:
        top = box.top() + max(0.0, (box.height() - self.height) / 2)
        origin = QPointF(box.left(), top)
        painter.save()
        painter.setClipRect(box)
        for layout in self.layouts:
            layout.draw(painter, origin)
        painter.restore()


def _layout(text: str, pixel_size: int, width: float) -> FittedText:
    font = _font(pixel_size)
    layouts, y = [], 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(_OPTION)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            line = layout.createLine()
        layout.endLayout()
        layouts.append(layout)
    return FittedText(layouts, y, pixel_size)


def _font(pixel_size: int) -> QFont:
    """The board font at ``pixel_size``, shared by the layouts (each keeps its own copy)."""
    font = _FONTS.get(pixel_size)
    if font is None:
        font = _FONTS[pixel_size] = style.font(pixel_size)
    return font


def _metrics(pixel_size: int) -> QFontMetricsF:
    metrics = _METRICS.get(pixel_size)
    if metrics is None:
        metrics = _METRICS[pixel_size] = QFontMetricsF(_font(pixel_size))
    return metrics


def _widths(words: list[str], pixel_size: int, with_space: bool = False) -> dict[str, float]:
    """Word → width at ``pixel_size``, with ``words`` measured (once per board, not per note)."""
    known = _ADVANCES.get(pixel_size)
    if known is None or len(known) > _ADVANCES_MAX:
        known = _ADVANCES[pixel_size] = {}
    missing = [w for w in words if w not in known]
    if with_space and " " not in known:
        missing.append(" ")
    if missing:
        metrics = _metrics(pixel_size)
        for w in missing:
            known[w] = metrics.horizontalAdvance(w)
    return known


def _line_height(pixel_size: int) -> float:
    """The height of a laid-out line of the board font (its rounded ascent and descent: a
    little more than ``QFontMetricsF.height()``)."""
    known = _LINE_HEIGHTS.get(pixel_size)
    if known is None:
        known = _LINE_HEIGHTS[pixel_size] = _layout("x", pixel_size, 1000.0).height
    return known


def fit(text: str, width: float, height: float) -> FittedText:
    """The largest size in ``SIZES`` whose wrapped text fits ``width`` × ``height``.

    Sizes that would break a word in the middle are avoided when a smaller size keeps every
    word whole ("Procuraduría", not "Procuradur-ía"). Both tests are monotonic in the size, so
    the search walks from a guess made from the text's area. A size is laid out only when the
    cheap tests cannot decide it: word widths (cached across notes) tell whether every word
    fits the width, and, when they all do, how many lines the text needs at least (every line
    holds at most ``width`` of words); a size whose lines cannot fit the height is refused
    without a layout. Usually one layout per note (two before, three with a binary search;
    a 5,000-note render spent two thirds of its time here).
    """
    # A note smaller than its padding (an imported 10 × 10 note) has a negative box: the
    # area guess would take the square root of a negative number.
    width, height = max(1.0, width), max(0.0, height)
    text = drawn(shortened(text))  # a 100,000-character note would take seconds to wrap (issue 9)
    sizes = scaled_sizes()
    paragraphs = [p.split() for p in text.split("\n")]
    words = list({w for p in paragraphs for w in p})
    simple = _BREAKS_AT_SPACES.fullmatch(text) is not None
    made: dict[int, FittedText] = {}
    measured: dict[int, tuple[bool, bool]] = {}

    def layout(i: int) -> FittedText:
        if i not in made:
            made[i] = _layout(text, sizes[i], width)
        return made[i]

    def measure(i: int) -> tuple[bool, bool]:
        """(every word fits the width, the text may fit the height), without a layout."""
        if i not in measured:
            known = _widths(words, sizes[i], with_space=simple)
            whole = max(map(known.__getitem__, words), default=0.0) <= width
            possible = True
            if whole:  # no word is broken: a line holds at most ``width`` of words and spaces
                room = width + _TOLERANCE
                if simple:  # Qt fills each line with the words that fit, breaking at spaces
                    lines = sum(_greedy_lines(p, known, room) for p in paragraphs)
                else:  # it may also break inside words: count the width of all words
                    lines = sum(max(1, math.ceil(sum(known[w] for w in p) / room)) for p in paragraphs)
                # every line is at least as tall as a line of the font (a fallback font only adds)
                possible = lines * _line_height(sizes[i]) <= height + 0.01
            measured[i] = (whole, possible)
        return measured[i]

    def whole(i: int) -> bool:
        words_fit, possible = measure(i)
        return words_fit and possible and layout(i).height <= height

    def fits(i: int) -> bool:
        return measure(i)[1] and layout(i).height <= height

    guess = _guess(sizes, len(text), width, height)
    # Lay out first the largest size the measures allow: usually it fits, and the size above
    # it is already refused (one layout per note).
    start = _largest(lambda i: measure(i) == (True, True), guess, len(sizes))
    for accept, first in ((whole, guess if start is None else start), (fits, guess)):
        found = _largest(accept, first, len(sizes))
        if found is not None:
            return layout(found)
    return _elided(layout(len(sizes) - 1), text, width, height)


def scaled_sizes() -> tuple[int, ...]:
    """The ladder of note text sizes at the current text size (theme and setting)."""
    scale = style.look().font_scale
    return SIZES if scale == 1 else tuple(max(1, round(px * scale)) for px in SIZES)


def full(text: str, width: float) -> FittedText:
    """All of ``text`` at the smallest legible size, however tall (a selected long note)."""
    return _layout(drawn(shortened(text)), scaled_sizes()[-1], max(1.0, width))


def _elided(whole: FittedText, text: str, width: float, height: float) -> FittedText:
    """The lines of ``whole`` that fit ``height`` (at least one), the last ending with "…"."""
    kept: list[str] = []
    y = 0.0
    paragraphs = text.split("\n")
    for p, layout in enumerate(whole.layouts):
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if kept and y + line.height() > height + 0.01:
                return _with_ellipsis(kept, whole.pixel_size, width)
            part = paragraphs[p][line.textStart():line.textStart() + line.textLength()]
            kept.append(part if i else ("\n" if kept else "") + part)
            y += line.height()
    return whole


def _with_ellipsis(kept: list[str], px: int, width: float) -> FittedText:
    metrics = _metrics(px)
    last = kept[-1].rstrip()
    while last.strip("\n") and metrics.horizontalAdvance(last.lstrip("\n") + ELLIPSIS) > width:
        last = last[:-1].rstrip()
    fitted = _layout("".join(kept[:-1]) + last + ELLIPSIS, px, width)
    fitted.elided = True
    return fitted


def _greedy_lines(words: list[str], widths: dict[str, float], width: float) -> int:
    """Lines of a paragraph broken only at its spaces, each filled with as many words as fit
    (Qt fills lines the same way; filling first is what needs the fewest lines)."""
    space = widths[" "]
    lines, used = 1, -1.0
    for word in words:
        w = widths[word]
        if used < 0:
            used = w
        elif used + space + w <= width:
            used += space + w
        else:
            lines += 1
            used = w
    return lines


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
