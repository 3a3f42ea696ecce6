"""Emoji and symbols DejaVu lacks are printed in the bundled Symbola (one rule,
``fonts.font_runs``, under every PDF text path: paragraphs, listed notes, tables, the board
drawing); direction overrides and control characters are never printed; a 10,000-character
word wraps inside the page. Read back with pdftotext and pdffonts."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.reports.fonts import FONT, SYMBOLS, font_runs, printable, text_width, wrap_lines
from reslab_desktop.services import boards, notes, people
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.storage import Store
from tests.reports.pdftools import fonts, pdf_text, squash

EMOJI = "Lluvia 🌧️ y fiesta 🎉, ¡bien! 👍 ✅ 🚀"
HOSTILE_APP = "abc\u202egnp.exe y \u2066aislado\u2069 con\x07campana\x1b[31m"
LONG_WORD = "x" * 10_000


def test_font_runs_cut_text_where_the_font_changes() -> None:
    assert font_runs("Hola 👋 amigos") == (("Hola ", FONT), ("👋", SYMBOLS), (" amigos", FONT))
    assert font_runs("") == ()
    assert font_runs("plain ascii") == (("plain ascii", FONT),)
    # a text that is all symbols is one run; accents and Spanish punctuation stay in DejaVu
    assert font_runs("🎉🚀") == (("🎉🚀", SYMBOLS),)
    assert font_runs("¿Qué? ñ €") == (("¿Qué? ñ €", FONT),)


def test_direction_overrides_and_control_characters_are_never_drawn() -> None:
    assert printable(HOSTILE_APP) == "abcgnp.exe y aislado concampana[31m"
    assert printable("línea\nsiguiente\tcon tab") == "línea\nsiguiente\tcon tab"
    # what is not drawn takes no room
    assert text_width("ab\u202e", 10) == text_width("ab", 10)


def test_widths_use_the_font_that_draws_each_character() -> None:
    # a missing glyph would measure as DejaVu's box; Symbola's glyph is measured instead
    assert text_width("🎉", 10) == text_width("🎉", 10, SYMBOLS) > 0
    lines = wrap_lines("🎉" * 200, 100, 10)
    assert len(lines) > 1 and all(text_width(line, 10) <= 100 for line in lines)


def _workshop(store: Store) -> str:
    bid = boards.create_board_from_template(store, 1, "Mapa 🗺️ de empatía", "empathy_map", "es")
    zones = {z.title: z.id for z in boards.load_board(store, bid).zones}
    zone = boards.load_board(store, bid).zones[0]
    pid = people.add_participant(store, "Dani 🌻 Pech")
    notes.add_note(store, bid, EMOJI, zone.x + 10, zone.y + 40, author_id=pid)
    notes.add_note(store, bid, HOSTILE_APP, zone.x + 240, zone.y + 40)
    notes.add_note(store, bid, LONG_WORD, zone.x + 10, zone.y + 260)
    intake = pn.Intake(bid)
    pn.receive(store, {bid: intake}, [pn.submission(intake, pid, "c1", "Desde el teléfono 📱🙂", zones["Dice"],
                                                    zones.values())])
    return bid


def _word_boxes(path: Path) -> list[tuple[float, float, float]]:
    """(xMin, xMax, page width) of every word pdftotext finds."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    root = ET.fromstring(html.replace("<!DOCTYPE", "<!--").replace('.dtd">', '.dtd"-->'))
    ns = "{http://www.w3.org/1999/xhtml}"
    return [(float(w.get("xMin")), float(w.get("xMax")), float(page.get("width")))
            for page in root.iter(f"{ns}page") for w in page.iter(f"{ns}word")]


def test_report_prints_emoji_in_paragraphs_notes_tables_and_board(store: Store, tmp_path: Path) -> None:
    _workshop(store)
    out = tmp_path / "informe.pdf"
    export_pdf(store, out, PdfOptions())
    text = pdf_text(out)
    flat = squash(text).replace("\ufe0f", "")  # the emoji presentation selector draws nothing
    for emoji in ("🌧", "🎉", "👍", "🚀", "📱🙂"):
        assert emoji in text, emoji
    assert squash(EMOJI.replace("\ufe0f", "")) in flat  # a listed note, in order
    assert "Mapa🗺de" in flat  # a heading
    assert "Dani🌻Pech" in flat  # a person (note author, participants table)
    # every font is embedded: DejaVu for text, Symbola for the emoji
    found = fonts(out)
    assert all(emb for _n, emb in found), found
    names = {n.split("+")[-1] for n, _e in found}
    assert SYMBOLS in names and names <= {FONT, "DejaVuSans-Bold", "DejaVuSans-Oblique", SYMBOLS}
    assert "\u202e" not in text and "\u2066" not in text and "\x07" not in text
    assert "abcgnp.exe" in flat


def test_a_10000_character_word_wraps_inside_the_page(store: Store, tmp_path: Path) -> None:
    _workshop(store)
    out = tmp_path / "informe.pdf"
    export_pdf(store, out, PdfOptions())
    boxes = _word_boxes(out)
    assert boxes and all(x0 >= 0 and x1 <= width for x0, x1, width in boxes)
    assert squash(pdf_text(out)).count("x" * 300) >= 10  # printed (cut at the shown limit), wrapped


def test_sign_in_sheet_prints_emoji_names(store: Store, tmp_path: Path) -> None:
    people.add_participant(store, "Ana ⭐ López")
    out = tmp_path / "asistencia.pdf"
    export_pdf(store, out, PdfOptions(kind="sign-in"))
    assert "Ana⭐López" in squash(pdf_text(out))


def test_the_board_draws_emoji_with_the_bundled_symbola(qapp) -> None:
    """The board's font (scene, PNG and SVG export) lists Symbola after DejaVu: Qt draws an
    emoji with a real glyph, not a box (glyph 0), even on a machine without emoji fonts."""
    from PySide6.QtGui import QTextLayout

    from reslab_desktop.ui.board import style

    layout = QTextLayout("Idea 🎉 lista ✅", style.font(20))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = {run.rawFont().familyName(): list(run.glyphIndexes()) for run in layout.glyphRuns()}
    assert set(runs) == {"DejaVu Sans", "Symbola"}
    assert 0 not in runs["Symbola"] and 0 not in runs["DejaVu Sans"]


def test_the_board_never_draws_direction_overrides_or_control_characters(qapp) -> None:
    """A note typed or imported with a direction override (phone text has none: it is cleaned
    on arrival) is drawn as the characters it holds, in their order."""
    from reslab_desktop.rules.text import drawn
    from reslab_desktop.ui.board.textfit import fit, full

    assert drawn(HOSTILE_APP) == printable(HOSTILE_APP)  # one rule for the board and the PDF
    for fitted in (fit(HOSTILE_APP, 400, 200), full(HOSTILE_APP, 400)):
        shown = "".join(layout.text() for layout in fitted.layouts)
        assert "\u202e" not in shown and "\u2066" not in shown and "\x07" not in shown
        assert "abcgnp.exe" in shown
