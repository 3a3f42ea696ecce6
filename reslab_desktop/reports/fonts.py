"""The bundled DejaVu Sans, registered once with ReportLab and used for every string.

Every PDF embeds only these fonts (no base-14 Helvetica): documents pass
``initialFontName=FONT`` to the canvas and every style names one of these fonts.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Final

FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"
FONT_ITALIC: Final = "DejaVuSans-Oblique"

_FILES: Final = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the TTFs and the font family (so ``<b>``/``<i>`` in paragraphs map to them)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from reslab_desktop.resources import resource

        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        # No bold-oblique face is bundled; bold italic falls back to bold.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
        # Every Table cell calls setFont(cellstyle.fontname) even when it holds Paragraphs, and
        # every Drawing starts from STATE_DEFAULTS: both default to an unembedded Helvetica
        # (also inside TableOfContents), so make the bundled font the library default.
        from reportlab.graphics.shapes import STATE_DEFAULTS
        from reportlab.platypus.tables import CellStyle

        CellStyle.fontname = FONT
        STATE_DEFAULTS["fontName"] = FONT
        _registered = True


def text_width(text: str, size: float, font: str = FONT) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def fit_text(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points (labels never overflow)."""
    if _unit_width(text, font) * size <= width:
        return text
    room = width - _unit_width("…", font) * size
    used, end = 0.0, 0
    for ch in text:
        used += _unit_width(ch, font) * size
        if used > room:
            break
        end += 1
    return text[:end].rstrip() + "…"


def wrap_lines(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """Greedy word wrap to ``width`` points; words longer than a line are broken by characters."""
    space = _unit_width(" ", font) * size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in paragraph.split():
            word_w = _unit_width(word, font) * size
            if line and line_w + space + word_w <= width:
                line, line_w = f"{line} {word}", line_w + space + word_w
                continue
            if not line and word_w <= width:
                line, line_w = word, word_w
                continue
            if line:
                lines.append(line)
            if word_w > width:  # a word longer than a line: break it between characters
                pieces = _break_word(word, width, size, font)
                lines += pieces[:-1]
                word = pieces[-1]
                word_w = _unit_width(word, font) * size
            line, line_w = word, word_w
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


@lru_cache(maxsize=100_000)
def _unit_width(word: str, font: str) -> float:
    """Width of ``word`` at size 1 (widths scale linearly with size): wrapping measures each
    word once instead of every growing line (ReportLab's stringWidth is pure Python here)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(word, font, 1.0)


def _break_word(word: str, width: float, size: float, font: str) -> list[str]:
    """``word`` cut into pieces that each fit ``width`` (at least one character each), in
    one pass over its characters (linear, however long the word)."""
    pieces, start, used = [], 0, 0.0
    for i, ch in enumerate(word):
        w = _unit_width(ch, font) * size
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces
