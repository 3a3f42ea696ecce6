"""One note of a board's listing: a colour swatch, the note's text and its author.

It looks exactly like the Paragraph it replaces — ``Paragraph("<bullet>■</bullet>" +
markup(text) + " <font size=8 color=muted>— author</font>", styles()["note_item"])`` —
and wraps, splits across frames and draws the same way (ReportLab's rules: greedy lines,
5 % space shrink, long words broken between characters starting on the current line, a
first line shortened by a bullet that overruns the indent, no orphan line, no widow
control; soft hyphens are dropped but not used as break points), but as plain text: the user's text is never parsed as markup (so it needs no
escaping), and words are measured once per font through ``fonts._unit_width``. Emoji and
symbols are drawn in Symbola (``fonts.font_runs``/``text_runs``), as ``styles.markup`` does.

A report lists every note of every board, so these are most of a long report's
flowables; a Paragraph parses its markup, re-measures every word and draws its bullet in
a text object of its own, which made the listing the costliest part of the build.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import split as rl_split

from reslab_desktop.reports.fonts import FONT_ITALIC, _unit_width, text_runs
from reslab_desktop.rules.text import shortened

SWATCH = "■"
AUTHOR_SIZE = 8.0
AUTHOR_COLOR = "#616E7C"
BREAK = None  # a token that ends the line (a line break in the note's text)
SHRINK = 0.05  # ReportLab's spaceShrinkage: a line may be 5 % of its spaces too long
_FUZZ = 1e-6  # ReportLab's layout fuzz (rl_config._FUZZ)

# token: (word, run); run: (font name, size, colour) — interned per style
Run = tuple[str, float, object]
Token = tuple[str, Run] | None


@lru_cache(maxsize=256)
def _color(hex_color: str) -> colors.Color:
    return colors.HexColor(hex_color)


def _words(text: str, run: Run) -> list[Token]:
    """``text`` as tokens; a line break becomes BREAK (as ``markup`` turns it into <br/>).
    Soft hyphens are dropped, as a Paragraph drops them (it may also break a line there;
    this does not)."""
    out: list[Token] = []
    for i, line in enumerate(text.replace("\xad", "").split("\n")):
        if i:
            out.append(BREAK)
        out += [(w, run) for w in rl_split(line) if w]
    return out


def note_tokens(text: str, author: str, style: ParagraphStyle) -> list[Token]:
    body: Run = (style.fontName, style.fontSize, style.textColor)
    text = shortened(text)
    tokens: list[Token] = (
        _words(text, body) if text.strip() else [("—", (FONT_ITALIC, style.fontSize, style.textColor))]
    )
    if author:
        small: Run = (style.fontName, AUTHOR_SIZE, _color(AUTHOR_COLOR))
        tokens += [("—", small), *_words(author, small)]
    return tokens


def _width(word: str, run: Run) -> float:
    return _unit_width(word, run[0]) * run[1]


def _space(run: Run) -> float:
    return _unit_width(" ", run[0]) * run[1]


class _Line:
    __slots__ = ("extra", "tokens", "hard")

    def __init__(self, extra: float, tokens: list[tuple[str, Run]], hard: bool) -> None:
        self.extra = extra  # room left (negative: spaces shrink to fit)
        self.tokens = tokens
        self.hard = hard  # ended by a line break of the text


def _split_word(word: str, run: Run, used: float, widths: list[float], lineno: int) -> list[str]:
    """ReportLab's ``_splitWord``: pieces of a word longer than a line; the first fills
    what is left of the current line (it may be empty: the line is full)."""
    pieces, piece = [], ""
    font, size = run[0], run[1]
    room = widths[min(lineno, len(widths) - 1)]
    room_next = widths[min(lineno + 1, len(widths) - 1)]
    for ch in word:
        cw = _unit_width(ch, font) * size
        if used + cw > room and (piece or cw <= room_next):
            pieces.append(piece)
            lineno += 1
            room = room_next = widths[min(lineno, len(widths) - 1)]
            room_next = widths[min(lineno + 1, len(widths) - 1)]
            used, piece = cw, ch
            continue
        piece += ch
        used += cw
    pieces.append(piece)
    return pieces


def layout(tokens: list[Token], widths: list[float]) -> list[_Line]:
    """Greedy lines as ReportLab's ``Paragraph.breakLines`` makes them; ``widths[i]`` is the
    width of line i (the last one repeats)."""
    lines: list[_Line] = []
    line: list[tuple[str, Run]] = []
    cur = 0.0  # width of the words on the line and the spaces between them
    gap = 0.0  # the space after the line's last word
    spaces = 0.0  # every space on the line, the pending one included (what may shrink)
    last = len(widths) - 1
    todo = list(reversed(tokens))
    forced_first = False  # the next piece of a broken word ends its line
    while todo:
        token = todo.pop()
        max_w = widths[min(len(lines), last)]
        if token is BREAK:
            lines.append(_Line(max_w - cur, line, True))
            line, cur, gap, spaces = [], 0.0, 0.0, 0.0
            continue
        word, run = token
        w = _width(word, run) if word else 0.0
        new = cur + gap + w if line else w
        if forced_first:  # first piece of a long word: fills this line, then the line ends
            forced_first = False
            if word:
                line.append(token)
            lines.append(_Line(max_w - (cur + gap + w if line else w), line, False))
            line, cur, gap, spaces = [], 0.0, 0.0, 0.0
            continue
        if new > max_w + SHRINK * spaces and w > max_w:  # a word longer than a line: break it
            pieces = _split_word(word, run, cur + gap if line else 0.0, widths, len(lines))
            todo += [(p, run) for p in reversed(pieces)]
            forced_first = True
            continue
        if line and new > max_w + SHRINK * spaces:
            lines.append(_Line(max_w - cur, line, False))
            line, new, spaces = [], w, 0.0
        line.append(token)
        cur = new
        gap = _space(run)
        spaces += gap
    if line:
        lines.append(_Line(widths[min(len(lines), last)] - cur, line, False))
    return lines


class NoteItem(Flowable):
    """A listed note (see the module docstring); ``swatch`` is its colour ("#RRGGBB")."""

    def __init__(self, tokens: list[Token], style: ParagraphStyle, swatch: str | None) -> None:
        super().__init__()
        self.tokens, self.style, self.swatch = tokens, style, swatch
        self._lines: list[_Line] | None = None
        self._wrapped_at = -1.0
        self.width = self.height = 0.0

    @classmethod
    def of(cls, text: str, color: str, author: str, style: ParagraphStyle) -> NoteItem:
        return cls(note_tokens(text, author, style), style, color)

    # -- layout ---------------------------------------------------------------------------
    def _overrun(self) -> float:
        """How far the swatch reaches past the text's indent (the first line starts there)."""
        if self.swatch is None:
            return 0.0
        s = self.style
        end = s.bulletIndent + _unit_width(SWATCH, s.bulletFontName) * s.bulletFontSize + 0.6 * s.bulletFontSize
        return max(0.0, float(end - (s.leftIndent + s.firstLineIndent)))

    def _layout(self, avail_width: float) -> list[_Line]:
        if self._lines is None or avail_width != self._wrapped_at:
            s = self.style
            width = avail_width - s.leftIndent - s.rightIndent
            first = width - s.firstLineIndent - self._overrun()
            self._lines = layout(self.tokens, [first, width])
            self._wrapped_at = avail_width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self._layout(avail_width)) * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        fit = int(avail_height / self.style.leading)
        if fit <= 1:  # no orphan: a lone first line moves on with the rest
            return []
        if len(lines) <= fit:
            return [self]
        # ReportLab's cut: the line break ending the last line that fits opens the rest (which
        # then starts with an empty line), and the first part is wrapped again (a trailing
        # break is dropped, so it may end up shorter than the room it had)
        head = _tokens(lines[:fit])
        rest = _tokens(lines[fit:])
        if head and head[-1] is BREAK:
            head.pop()
            rest.insert(0, BREAK)
        tail_style = self.style
        if tail_style.firstLineIndent:
            tail_style = ParagraphStyle(f"{tail_style.name}-rest", tail_style, firstLineIndent=0)
        return [NoteItem(head, self.style, self.swatch), NoteItem(rest, tail_style, None)]

    # -- painting -------------------------------------------------------------------------
    def draw(self) -> None:
        self.paint(self.canv, 0.0, 0.0)

    def paint(self, canv: Canvas, x0: float, y0: float) -> None:
        """Draw with the bottom left corner at (x0, y0), after ``wrap``."""
        lines = self._layout(self.width)
        if not lines:
            return
        s = self.style
        # the first baseline sits its line's largest font size below the top (ReportLab's
        # paraFontSizeHeightOffset; a cut note's rest may start with its author's small print)
        y = y0 + self.height - max((run[1] for _w, run in lines[0].tokens), default=s.fontSize)
        tx = canv.beginText(x0 + s.bulletIndent, y)
        if self.swatch is not None:
            tx.setFont(s.bulletFontName, s.bulletFontSize)
            tx.setFillColor(_color(self.swatch))
            tx.textOut(SWATCH)
        offset = s.firstLineIndent + self._overrun()
        tx.moveCursor(s.leftIndent + offset - s.bulletIndent, 0)  # the first line starts here
        if not lines[0].tokens:  # a leading empty line moves down before any font sets the leading
            tx.setLeading(s.leading)
        font: tuple[str, float] | None = None
        color = None
        for i, line in enumerate(lines):
            if i == 1 and offset:
                tx.moveCursor(-offset, 0)
            shrink = line.extra < -1e-8 and len(line.tokens) > 1
            if shrink:
                tx.setWordSpace(line.extra / (len(line.tokens) - 1))
            # runs of words in one font and colour, joined by spaces (as ReportLab draws them)
            text, run = "", None
            for word, r in line.tokens:
                if r is not run and run is not None:
                    font, color = _set(tx, run, font, color, s.leading)
                    text_runs(tx, text + " ", run[0], run[1], s.leading)
                    text = ""
                run = r
                text = f"{text} {word}" if text else word
            if run is not None:
                font, color = _set(tx, run, font, color, s.leading)
                text_runs(tx, text, run[0], run[1], s.leading, end_line=True)
            else:
                tx.textLine("")
            if shrink:
                tx.setWordSpace(0)
        canv.drawText(tx)


class NoteList(Flowable):
    """Notes listed one after another, as ONE flowable: wrapped, split across frames and
    drawn exactly where a frame would put the ``NoteItem``s one by one (each followed by its
    space after, a note split at the bottom of a frame by its own rules), without platypus'
    cost per flowable (positioning, a saved and restored graphics state, a translation),
    which for thousands of notes is a tenth of the build. ``weight`` = how many notes."""

    def __init__(self, items: list[NoteItem]) -> None:
        super().__init__()
        self.items = items
        self.weight = len(items)
        self._wrapped_at = -1.0
        self.width = self.height = 0.0

    def _gap(self, before: NoteItem, after: NoteItem) -> float:
        # the frame moves down by the space after a flowable, then by what the next one's
        # space before exceeds it (ReportLab's overlapped attached space)
        return before.getSpaceAfter() + max(after.getSpaceBefore() - before.getSpaceAfter(), 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._wrapped_at:
            height, prev = 0.0, None
            for item in self.items:
                if prev is not None:
                    height += self._gap(prev, item)
                height += item.wrap(avail_width, avail_height)[1]
                prev = item
            self.width, self.height, self._wrapped_at = avail_width, height, avail_width
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.items[0].getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.items[-1].getSpaceAfter()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The notes that fit in ``avail_height`` (and the head of the first that does not,
        when it splits), then the rest — what the frame would do note by note."""
        used, prev = 0.0, None
        for i, item in enumerate(self.items):
            if prev is not None:
                used += self._gap(prev, item)
            h = item.wrap(avail_width, avail_height - used)[1]
            if h > avail_height - used + _FUZZ:
                parts = item.split(avail_width, avail_height - used) if avail_height - used > 0 else []
                if parts and parts[0] is not item:
                    head, rest = [*self.items[:i], parts[0]], [*parts[1:], *self.items[i + 1:]]
                else:
                    head, rest = self.items[:i], self.items[i:]
                if not head:
                    return []
                return [NoteList(head), NoteList(rest)] if rest else [NoteList(head)]
            used += h
            prev = item
        return [self]

    def draw(self) -> None:
        canv: Canvas = self.canv
        y, prev = self.height, None
        for item in self.items:
            if prev is not None:
                y -= self._gap(prev, item)
            y -= item.height
            item.paint(canv, 0.0, y)
            prev = item


def _tokens(lines: list[_Line]) -> list[Token]:
    out: list[Token] = []
    for line in lines:
        out += line.tokens
        if line.hard:
            out.append(BREAK)
    return out


def _set(tx, run: Run, font, color, leading: float):  # type: ignore[no-untyped-def]
    """Switch the text object to ``run``'s font and colour when they change."""
    if font != run[:2]:
        tx.setFont(run[0], run[1], leading)
        font = run[:2]
    if color is not run[2]:
        tx.setFillColor(run[2])
        color = run[2]
    return font, color
