"""A listed note (``NoteItem``) lays out like the Paragraph it replaced, without markup."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as hs
from pdftools import word_boxes
from reportlab.platypus import Paragraph

from reslab_desktop.reports import styles as st
from reslab_desktop.reports.fonts import register_fonts
from reslab_desktop.reports.note_item import NoteItem

register_fonts()
STYLE = st.styles()["note_item"]
_WORD = hs.sampled_from(["niñez", "red", "comunidad", "¿sí?", "&", "<b>", "a<b", "“x”", "5 €", "\n", "  ", "\t",
                         "prevención", "x" * 40, "W" * 90]) | hs.text(
    hs.characters(max_codepoint=0x17F, blacklist_categories=("Cs", "Cc", "Zs", "Cf")), min_size=1, max_size=60)
_TEXT = hs.lists(_WORD, max_size=40).map(" ".join) | hs.lists(
    hs.sampled_from(["uno", "dos tres", "\n", "\n\n", "x" * 90]), max_size=30).map(" ".join)  # many line breaks


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


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, author=hs.sampled_from(["", "Ana López", "Persona 3 Ñandú de la Comunidad"]), room=hs.integers(0, 12), width=hs.floats(60, 400))
def test_a_note_splits_like_its_paragraph(text: str, author: str, room: int, width: float) -> None:
    """Where a note is cut at the bottom of a frame, both parts as the Paragraph's (wrapped
    again, as the frame does): a cut at a line break opens the rest with an empty line."""
    item, p = NoteItem.of(text, "#FFE066", author, STYLE), _paragraph(text, author)
    item.wrap(width, 1e9)
    lines = _paragraph_lines(p, width)
    ours, theirs = item.split(width, room * STYLE.leading + 1), p.split(width, room * STYLE.leading + 1)
    assert len(ours) == len(theirs)
    if len(ours) == 2:
        (head, tail), (p_head, p_tail) = ours, theirs
        # Where a word was broken at a line's end, ReportLab wraps its own head again differently
        # ("0M red c" + "omunida" becomes "0M red" + "comunida"): no look to keep there.
        head_lines = _paragraph_lines(p_head, width)
        assume(head_lines == lines[:len(head_lines)])
        assert head.swatch and tail.swatch is None
        for a, b in ((head, p_head), (tail, p_tail)):
            assert a.wrap(width, 1e9) == b.wrap(width, 1e9)
            assert [[w for w, _r in line.tokens] for line in a._lines] == _paragraph_lines(b, width)


def test_soft_hyphens_are_not_printed() -> None:
    item = NoteItem.of("pre\xadven\xadción \xad sí", "#FFE066", "", STYLE)
    item.wrap(300, 1e9)
    assert [[w for w, _r in line.tokens] for line in item._lines] == [["prevención", "sí"]]


@settings(max_examples=25, deadline=None)
@given(texts=hs.lists(_TEXT, min_size=1, max_size=25), frame_height=hs.floats(45, 200))  # 2 lines at least
def test_a_note_list_puts_every_word_where_the_paragraphs_were(
    texts: list[str], frame_height: float, tmp_path_factory
) -> None:
    from reportlab.platypus import Frame, PageTemplate
    from reportlab.platypus.doctemplate import BaseDocTemplate

    from reslab_desktop.reports.fonts import FONT
    from reslab_desktop.reports.note_item import NoteList

    def build(story: list, path) -> list[tuple]:  # type: ignore[no-untyped-def]
        doc = BaseDocTemplate(str(path), pagesize=(300, frame_height + 40), initialFontName=FONT, invariant=1)
        doc.addPageTemplates([PageTemplate(frames=[Frame(20, 20, 260, frame_height, id="f")])])
        doc.build(story)
        return word_boxes(path)

    def same_place(a: tuple, b: tuple) -> bool:
        # the list adds its offsets in another order than the frame: the last digits may differ
        return a[:2] == b[:2] and all(abs(x - y) < 0.01 for x, y in zip(a[2:], b[2:], strict=True))

    folder = tmp_path_factory.mktemp("notes")
    authors = [("Ana", "", "Persona 3 Ñandú de la Comunidad de Aprendizaje")[i % 3] for i in range(len(texts))]
    one_by_one = [NoteItem.of(t, "#FFE066", a, STYLE) for t, a in zip(texts, authors, strict=True)]
    as_list = NoteList([NoteItem.of(t, "#FFE066", a, STYLE) for t, a in zip(texts, authors, strict=True)])
    paragraphs = [_paragraph(t, a) for t, a in zip(texts, authors, strict=True)]  # the look to keep
    # After a word too long for the line is broken, ReportLab spaces the rest of that line its own
    # way (0.7 pt further right): the look to keep is that of whole words.
    whole = {w for t, a in zip(texts, authors, strict=True) for w in f"{t} — {a}".split()}
    assume(all(w in whole for p in paragraphs for line in _paragraph_lines(p, 260) for w in line))
    listed, placed = build([as_list], folder / "list.pdf"), build(one_by_one, folder / "items.pdf")
    before = build(paragraphs, folder / "paragraphs.pdf")
    assert len(listed) == len(placed) == len(before)
    assert all(map(same_place, listed, placed)) and all(map(same_place, listed, before))
