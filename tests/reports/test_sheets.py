"""Worksheets, tally and sign-in sheets, posters: each parsed back from the real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdftools import TRICKY, assert_fonts_embedded, outline_titles, page_sizes, pdf_text, squash
from pypdf import PdfReader

from reslab_desktop.errors import NotFoundError, ReslabError
from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.reports.board_drawing import board_bounds
from reslab_desktop.reports.document import PAGE_SIZES
from reslab_desktop.reports.poster import OVERLAP, plan
from reslab_desktop.rules.templates import load_templates
from reslab_desktop.services import boards, notes, people
from reslab_desktop.services.boards import list_boards, load_board
from reslab_desktop.storage import Store


def _pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


@pytest.mark.parametrize(("page", "size"), [("letter", (612, 792)), ("a4", (595, 842)),
                                            ("a3", (842, 1191)), ("tabloid", (792, 1224))])
def test_worksheets_one_template_per_page(store: Store, tmp_path: Path, page: str, size: tuple) -> None:
    out = tmp_path / "hojas.pdf"
    export_pdf(store, out, PdfOptions(kind="worksheets", page=page))
    templates = load_templates()
    assert _pages(out) == len(templates)
    assert set(page_sizes(out)) <= {size, size[::-1]}
    text = pdf_text(out)
    for t in templates:
        assert squash(t.title_in("es")) in squash(text)
        for z in t.zones:
            assert squash(z.title["es"]) in squash(text)
    assert [t.title_in("es") for t in templates] == outline_titles(out)
    assert_fonts_embedded(out)


def test_one_worksheet_in_english(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    export_pdf(store, out, PdfOptions(kind="worksheets", template="prototype_canvas", lang="en"))
    assert _pages(out) == 1
    text = squash(pdf_text(out))
    t = next(t for t in load_templates() if t.key == "prototype_canvas")
    assert squash(t.title_in("en")) in text
    assert squash(t.zones[0].prompt["en"])[:20] in text  # guiding prompts print (may wrap)
    with pytest.raises(NotFoundError):
        export_pdf(store, tmp_path / "x.pdf", PdfOptions(kind="worksheets", template="nope"))
    assert not (tmp_path / "x.pdf").exists()


def test_tally_sheet_lists_the_round_candidates(rich_store: Store, tmp_path: Path) -> None:
    from reslab_desktop.services import voting

    board = list_boards(rich_store)[0]
    rid = voting.create_round(rich_store, board.id, "¿Qué <reto> priorizamos & por qué?")
    out = tmp_path / "conteo.pdf"
    export_pdf(rich_store, out, PdfOptions(kind="tally", round_id=rid))
    text = squash(pdf_text(out))
    assert squash("¿Qué <reto> priorizamos & por qué?") in text
    for note in voting.round_candidates(rich_store, rid):
        assert squash(note.text) in text
    assert_fonts_embedded(out)
    with pytest.raises(ReslabError):
        export_pdf(rich_store, tmp_path / "y.pdf", PdfOptions(kind="tally", round_id="nope"))
    assert not (tmp_path / "y.pdf").exists()


def test_sign_in_sheet_has_roster_and_blank_rows(rich_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "asistencia.pdf"
    export_pdf(rich_store, out, PdfOptions(kind="sign-in"))
    text = pdf_text(out)
    assert "María Ñúñez" in text and squash(TRICKY) in squash(text)
    assert "Firma" in text
    roster = len(people.list_participants(rich_store))
    numbers = [int(w) for w in text.split() if w.isdigit()]
    assert max(numbers) >= roster + 10  # numbered blank rows after the roster
    with pytest.raises(NotFoundError):
        export_pdf(rich_store, tmp_path / "z.pdf", PdfOptions(kind="sign-in", session_id="nope"))


@pytest.mark.parametrize(("tiles", "n"), [("2x2", 2), ("3x3", 3)])
def test_poster_tiles_cover_the_board(rich_store: Store, tmp_path: Path, tiles: str, n: int) -> None:
    board = list_boards(rich_store)[0]
    out = tmp_path / "poster.pdf"
    export_pdf(rich_store, out, PdfOptions(kind="poster", board_id=board.id, tiles=tiles, page="letter"))
    assert _pages(out) == n * n
    assert set(page_sizes(out)) == {(792, 612)}  # the empathy map is wide: landscape sheets
    assert_fonts_embedded(out)
    content = load_board(rich_store, board.id)
    bounds = board_bounds(content)
    p = plan(bounds, PAGE_SIZES["letter"], n)
    xs0 = min(t.window.x for t in p.tiles)
    ys0 = min(t.window.y for t in p.tiles)
    xs1 = max(t.window.x + t.window.w for t in p.tiles)
    ys1 = max(t.window.y + t.window.h for t in p.tiles)
    assert xs0 <= bounds.x and ys0 <= bounds.y
    assert xs1 >= bounds.x + bounds.w - 1e-6 and ys1 >= bounds.y + bounds.h - 1e-6
    for t in p.tiles:  # neighbours overlap by the glue strip: no gap anywhere
        right = next((u for u in p.tiles if u.row == t.row and u.col == t.col + 1), None)
        if right is not None:
            assert right.window.x == pytest.approx(t.window.x + t.window.w - OVERLAP / p.scale)
        below = next((u for u in p.tiles if u.col == t.col and u.row == t.row + 1), None)
        if below is not None:
            assert below.window.y == pytest.approx(t.window.y + t.window.h - OVERLAP / p.scale)
    # every note's text is printed on some sheet (the first line at least)
    text = squash(pdf_text(out))
    for note in content.notes:
        assert squash(note.text)[:6] in text


def test_poster_of_an_empty_board(rich_store: Store, tmp_path: Path) -> None:
    empty = next(b for b in list_boards(rich_store) if b.title == "Tablero vacío")
    out = tmp_path / "empty.pdf"
    export_pdf(rich_store, out, PdfOptions(kind="poster", board_id=empty.id))
    assert _pages(out) == 4


def test_long_note_text_shrinks_inside_its_note(store: Store, tmp_path: Path) -> None:
    from reslab_desktop.reports.board_drawing import NOTE_PAD, NOTE_SIZES, note_layout
    from reslab_desktop.reports.fonts import register_fonts, text_width

    register_fonts()
    b = boards.create_board(store, 1, "Largo")
    long_text = "una idea muy larga " * 60
    notes.add_note(store, b, long_text, 0, 0)
    note = load_board(store, b).notes[0]
    size, lines = note_layout(note.text, note.w, note.h)
    assert size == NOTE_SIZES[-1] and lines[-1].endswith("…")
    assert all(text_width(line, size) <= note.w - 2 * NOTE_PAD + 0.01 for line in lines)
    assert len(lines) * size * 1.18 <= note.h - 2 * NOTE_PAD
    out = tmp_path / "largo.pdf"
    export_pdf(store, out, PdfOptions())
    assert squash(long_text) in squash(pdf_text(out))  # the listing prints it in full


def test_sign_in_sheet_for_one_session(rich_store: Store, tmp_path: Path) -> None:
    from reslab_desktop.services.lab.sessions import add_session

    sid = add_session(rich_store, "Sesión 2: retos & <prioridades>", "2026-04-02", "Casa de la Cultura")
    out = tmp_path / "sesion.pdf"
    export_pdf(rich_store, out, PdfOptions(kind="sign-in", session_id=sid))
    text = squash(pdf_text(out))
    assert squash("Sesión 2: retos & <prioridades>") in text
    assert squash("Casa de la Cultura") in text and squash("2 de abril de 2026") in text


def test_zone_titles_sit_where_the_board_draws_them(store: Store, tmp_path: Path) -> None:
    """An ellipse's title and prompt are centred in its title band (the empathy map's
    'Persona'); a rectangle's start at its left, title and prompt aligned."""
    from pdftools import word_boxes

    out = tmp_path / "mapa.pdf"
    export_pdf(store, out, PdfOptions(kind="worksheets", template="empathy_map", lang="es"))
    words = {w[1]: w for w in word_boxes(out)}
    persona, quien = words["Persona"], words["¿Quién"]
    es = words["es?"]
    assert abs((persona[2] + persona[4]) / 2 - (quien[2] + es[4]) / 2) < 1.0  # both centred alike
    dice = words["Dice"]
    prompt = min((w for w in word_boxes(out) if w[3] > dice[5]), key=lambda w: (w[3] - dice[5]) + abs(w[2] - dice[2]))
    assert prompt[1] == "¿Qué"  # 'Dice' and its prompt start at the same left edge
    assert abs(dice[2] - prompt[2]) < 0.5 and dice[2] < persona[2]


def test_a_persona_title_is_not_hidden_by_the_notes_below_it(demo_file: Path, tmp_path: Path) -> None:
    from pdftools import word_boxes

    out = tmp_path / "informe.pdf"
    with Store.open(demo_file, read_only=True) as demo:
        export_pdf(demo, out, PdfOptions(kind="report", lang="es"))
    words = word_boxes(out)
    page, _, x0, y0, x1, y1 = next(w for w in words if w[1] == "Persona")  # the empathy map's drawing
    first_note = next(w for w in words if w[0] == page and w[1] == "Dani," and w[3] > y0)
    assert first_note[3] > y1  # the note starts below the title
    assert x0 < first_note[2] + 30 and x1 > first_note[2]  # centred over the notes of the ellipse
