"""The bundled DejaVu Sans, registered once with ReportLab and used for every string.

Every PDF embeds only these fonts (no base-14 Helvetica): documents pass
``initialFontName=FONT`` to the canvas and every style names one of these fonts.

DejaVu has no emoji and few symbols; the bundled Symbola (``SYMBOLS``) has them. ReportLab
does no font fallback, so ``font_runs`` is THE rule that cuts a text into runs, each in a
font that has its characters, and every PDF text path goes through it: paragraphs
(``styles.markup``), listed notes (``note_item``), strings drawn on a canvas (``draw_runs``,
``text_runs``) and their widths (``text_width``, ``wrap_lines``, ``fit_text``). It also drops
what must not be drawn: control characters and the invisible direction overrides/isolates
that would make a text read differently from what it holds.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Final

from reslab_desktop.rules.text import DIRECTION_CONTROLS

FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"
FONT_ITALIC: Final = "DejaVuSans-Oblique"
SYMBOLS: Final = "Symbola"  # emoji and symbols DejaVu lacks (one face: used for every style)

_FILES: Final = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf",
                 SYMBOLS: "Symbola.ttf"}
# never drawn: direction overrides, embeddings and isolates, and marks that only steer them
_DIRECTION_CONTROLS: Final = DIRECTION_CONTROLS
# invisible joiners and emoji presentation selectors: dropped when no bundled font has them
_INVISIBLE: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff" + "".join(chr(c) for c in range(0xFE00, 0xFE10)))
_covered: dict[str, frozenset[int]] = {}
_plain: dict[str, frozenset[str]] = {}  # characters a font draws as they are (no run needed)
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

        _fix_astral_to_unicode()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        # No bold-oblique face is bundled; bold italic falls back to bold.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
        # a symbol run inside <b> or <i> stays in the one Symbola face
        pdfmetrics.registerFontFamily(SYMBOLS, normal=SYMBOLS, bold=SYMBOLS, italic=SYMBOLS, boldItalic=SYMBOLS)
        for name in _FILES:
            _covered[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
            _plain[name] = frozenset(chr(c) for c in _covered[name] if chr(c).isprintable()
                                     and chr(c) not in _DIRECTION_CONTROLS) | {"\n", "\t"}
        # Every Table cell calls setFont(cellstyle.fontname) even when it holds Paragraphs, and
        # every Drawing starts from STATE_DEFAULTS: both default to an unembedded Helvetica
        # (also inside TableOfContents), so make the bundled font the library default.
        from reportlab.graphics.shapes import STATE_DEFAULTS
        from reportlab.platypus.tables import CellStyle

        CellStyle.fontname = FONT
        STATE_DEFAULTS["fontName"] = FONT
        _registered = True


def font_runs(text: str, font: str = FONT) -> tuple[tuple[str, str], ...]:
    """``text`` as (piece, font name) runs: characters ``font`` lacks and Symbola has are set
    in Symbola; control characters (a line break and a tab excepted) and direction controls
    are dropped. "Hola " + a waving hand (U+1F44B) → (("Hola ", FONT), (hand, SYMBOLS)). Empty text: no run."""
    if text.isascii() and text.isprintable():
        return ((text, font),) if text else ()
    register_fonts()
    if set(text) <= _plain[font]:  # the usual case (accents, punctuation): one run, found in C
        return ((text, font),)
    return _cached_runs(text, font) if len(text) <= 64 else _runs(text, font)  # words are cached


@lru_cache(maxsize=50_000)
def _cached_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    return _runs(text, font)


def _runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    register_fonts()
    own, symbols = _covered[font], _covered[SYMBOLS]
    runs: list[tuple[str, str]] = []
    piece: list[str] = []
    current = font
    for ch in text:
        code = ord(ch)
        if ch in _DIRECTION_CONTROLS or (code < 0x20 and ch not in "\n\t") or 0x7F <= code < 0xA0:
            continue
        if code in own or ch in "\n\t":
            use = font
        elif code in symbols:
            use = SYMBOLS
        elif ch in _INVISIBLE:
            continue
        else:
            use = font  # no bundled font has it: the font's own "missing" box
        if use != current and piece:
            runs.append(("".join(piece), current))
            piece = []
        current = use
        piece.append(ch)
    if piece:
        runs.append(("".join(piece), current))
    return tuple(runs)


def printable(text: str) -> str:
    """``text`` without what ``font_runs`` drops (what a PDF or picture actually shows)."""
    return "".join(piece for piece, _font in font_runs(text))


def text_width(text: str, size: float, font: str = FONT) -> float:
    return _unit_width(text, font) * size


def draw_runs(canv, x: float, y: float, text: str, font: str, size: float,  # type: ignore[no-untyped-def]
              anchor: str = "start") -> None:
    """``canv.drawString`` for user text: each run in its font; ``anchor`` "start", "middle"
    or "end" places the text's start, centre or end at ``x``. Leaves the canvas in ``font``."""
    if anchor != "start":
        width = text_width(text, size, font)
        x -= width / 2 if anchor == "middle" else width
    for piece, run_font in font_runs(text, font):
        canv.setFont(run_font, size)
        canv.drawString(x, y, piece)
        x += _unit_width(piece, run_font) * size
    canv.setFont(font, size)


def text_runs(tx, text: str, font: str, size: float, leading: float | None = None,  # type: ignore[no-untyped-def]
              end_line: bool = False) -> None:
    """``tx.textOut(text)`` (``end_line``: ``tx.textLine(text)``) for user text on a text
    object in ``font``/``size``: symbol runs switch to Symbola and back."""
    runs = font_runs(text, font)
    if not runs:
        if end_line:
            tx.textLine("")
        return
    last = len(runs) - 1
    for i, (piece, run_font) in enumerate(runs):
        if run_font != font:
            tx.setFont(run_font, size, leading)
        if end_line and i == last:
            tx.textLine(piece)
        else:
            tx.textOut(piece)
        if run_font != font:
            tx.setFont(font, size, leading)


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


def _fix_astral_to_unicode() -> None:
    """ReportLab (5.1) writes a subset's ToUnicode map as ``<%04X>``, so an emoji past U+FFFF
    (U+1F389, a party popper) is written as five hex digits and read back as another character; a PDF
    reader then copies, searches and speaks the wrong text. Each code point past U+FFFF is
    written as its UTF-16 surrogate pair instead, as the PDF reference asks."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_reslab_fixed", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, [0] * len(subset))
        lines = text.split("\n")
        start = next(i for i, line in enumerate(lines) if line.endswith("beginbfchar")) + 1
        for i, code in enumerate(subset):
            lines[start + i] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        return "\n".join(lines)

    make_cmap._reslab_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


@lru_cache(maxsize=100_000)
def _unit_width(word: str, font: str) -> float:
    """Width of ``word`` at size 1 (widths scale linearly with size): wrapping measures each
    word once instead of every growing line (ReportLab's stringWidth is pure Python here)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(piece, run_font, 1.0) for piece, run_font in font_runs(word, font)))


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
