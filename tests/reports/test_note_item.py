"""A listed note (``NoteItem``) lays out like the Paragraph it replaced, without markup."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as hs
from reportlab.platypus import Paragraph

from reslab_desktop.reports import styles as st
from reslab_desktop.reports.fonts import register_fonts
from reslab_desktop.reports.note_item import NoteItem

register_fonts()
STYLE = st.styles()["note_item"]
_WORD = hs.sampled_from(["niñez", "red", "comunidad", "¿sí?", "&", "<b>", "a<b", "“x”", "5 €", "\n", "  ", "\t",
                         "prevención", "x" * 40, "W" * 90]) | hs.text(
    hs.characters(max_codepoint=0x17F, blacklist_categories=("Cs", "Cc", "Zs", "Cf")), min_size=1, max_size=60)
_TEXT = hs.lists(_WORD, max_size=40).map(" ".join)


def _paragraph(text: str, author: str) -> Paragraph:
    """The note item as it was: escaped markup with a swatch bullet and the author in small print."""
    body = st.markup(text) if text.strip() else "<i>—</i>"
    if author:
        body += f" <font color='#616E7C' size='8'>— {st.markup(author)}</font>"
    return Paragraph(f"<bullet><font color='#FFE066'>■</font></bullet>{body}", STYLE)


def _paragraph_lines(p: Paragraph, width: float) -> list[list[str]]:
    p.wrap(width, 1e9)
    if p.blPara.kind == 0:
        return [" ".join(words).split() for _extra, words in p.blPara.lines]
    return ["".join(getattr(f, "text", "") for f in line.words).split() for line in p.blPara.lines]


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, author=hs.sampled_from(["", "Ana López", "N" * 80, "Fundación <b>&amp;"]),
       width=hs.floats(40, 520))
def test_a_note_wraps_into_the_lines_of_its_paragraph(text: str, author: str, width: float) -> None:
    item = NoteItem.of(text, "#FFE066", author, STYLE)
    p = _paragraph(text, author)
    assert item.wrap(width, 1e9) == p.wrap(width, 1e9)
    assert [[w for w, _run in line.tokens] for line in item._lines] == _paragraph_lines(p, width)


@given(text=_TEXT, room=hs.integers(0, 12))
def test_a_split_note_keeps_every_word_in_order_and_no_orphan(text: str, room: int) -> None:
    item = NoteItem.of(text, "#FFE066", "Ana", STYLE)
    _w, h = item.wrap(300, 1e9)
    lines = len(item._lines)
    parts = item.split(300, room * STYLE.leading + 1)
    if room <= 1:
        assert parts == []  # a lone first line never stays behind
    elif lines <= room:
        assert parts == [item]
    else:
        head, tail = parts
        assert head.wrap(300, 1e9)[1] == room * STYLE.leading and head.swatch and tail.swatch is None
        assert tail.wrap(300, 1e9)[1] == (lines - room) * STYLE.leading
        words = [w for part in (head, tail) for line in part._lines for w, _r in line.tokens]
        assert words == [w for line in item._lines for w, _r in line.tokens]


def test_soft_hyphens_are_not_printed() -> None:
    item = NoteItem.of("pre\xadven\xadción \xad sí", "#FFE066", "", STYLE)
    item.wrap(300, 1e9)
    assert [[w for w, _r in line.tokens] for line in item._lines] == [["prevención", "sí"]]


@settings(max_examples=15, deadline=None)
@given(texts=hs.lists(_TEXT, min_size=1, max_size=25), frame_height=hs.floats(45, 200))  # 2 lines at least
def test_a_note_list_puts_every_note_where_a_frame_puts_them_one_by_one(
    texts: list[str], frame_height: float, tmp_path_factory
) -> None:
    import subprocess

    from reportlab.platypus import Frame, PageTemplate
    from reportlab.platypus.doctemplate import BaseDocTemplate

    from reslab_desktop.reports.fonts import FONT
    from reslab_desktop.reports.note_item import NoteList

    def build(story: list, path) -> list[tuple]:  # type: ignore[no-untyped-def]
        doc = BaseDocTemplate(str(path), pagesize=(300, frame_height + 40), initialFontName=FONT, invariant=1)
        doc.addPageTemplates([PageTemplate(frames=[Frame(20, 20, 260, frame_height, id="f")])])
        doc.build(story)
        xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                             text=True).stdout
        words, page = [], 0
        for line in xml.splitlines():
            page += "<page " in line
            m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
            if m:
                words.append((page, m.group(5), *(float(v) for v in m.groups()[:4])))
        return words

    def same_place(a: tuple, b: tuple) -> bool:
        # the list adds its offsets in another order than the frame: the last digits may differ
        return a[:2] == b[:2] and all(abs(x - y) < 0.01 for x, y in zip(a[2:], b[2:], strict=True))

    folder = tmp_path_factory.mktemp("notes")
    one_by_one = [NoteItem.of(t, "#FFE066", "Ana" if i % 3 else "", STYLE) for i, t in enumerate(texts)]
    as_list = NoteList([NoteItem.of(t, "#FFE066", "Ana" if i % 3 else "", STYLE) for i, t in enumerate(texts)])
    listed, placed = build([as_list], folder / "list.pdf"), build(one_by_one, folder / "items.pdf")
    assert len(listed) == len(placed) and all(map(same_place, listed, placed))
