"""PDF wording and layout (issue 17, item 23): whole words in table headers, the cover's
organizations one per line, the sign-in sheet never leaving a few rows alone on a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdftools import pdf_text
from pypdf import PdfReader

from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.reports.labels import LABELS
from reslab_desktop.reports.signin import MIN_BLANK_ROWS
from reslab_desktop.services import people
from reslab_desktop.storage import Store


def test_table_headers_are_never_broken_mid_word(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    with Store.open(demo_file, read_only=True) as store:
        export_pdf(store, out, PdfOptions(kind="report"))
    words = pdf_text(out).split()
    label_words = {w for es, _ in LABELS.values() for w in es.split() if len(w) > 4 and w.isalpha()}
    broken = {a + b for a, b in zip(words, words[1:], strict=False) if a + b in label_words and a not in label_words}
    assert "Asistencia" in words and "Comprometido" in words
    assert not broken, f"split mid-word: {sorted(broken)}"


def test_cover_lists_one_organization_per_line(store: Store, tmp_path: Path) -> None:
    for name in ("Red de Huertos Urbanos, Oaxaca", "Cruz Roja", "Colectivo Agua, Tierra y Vida"):
        people.add_organization(store, name)
    out = tmp_path / "informe.pdf"
    export_pdf(store, out, PdfOptions(kind="report", sections=("cover",)))
    lines = [line.strip() for line in pdf_text(out, 1, 1).splitlines()]
    for name in ("Red de Huertos Urbanos, Oaxaca", "Cruz Roja", "Colectivo Agua, Tierra y Vida"):
        assert name in lines  # its own line: a comma inside a name cannot read as two




@pytest.mark.parametrize("roster", [1, 17, 24, 40])
def test_sign_in_sheet_has_no_stray_rows_on_a_page(store: Store, tmp_path: Path, roster: int) -> None:
    for i in range(roster):
        people.add_participant(store, f"Persona {i + 1}")
    out = tmp_path / "asistencia.pdf"
    export_pdf(store, out, PdfOptions(kind="sign-in"))
    text = pdf_text(out)
    assert "LISTA DE ASISTENCIA" in text
    numbers = [int(line) for line in text.split() if line.isdigit()]
    assert max(numbers) >= roster + MIN_BLANK_ROWS  # blank rows for walk-ins
    for page in range(1, len(PdfReader(str(out)).pages) + 1):
        rows = [w for w in pdf_text(out, page, page).split() if w.isdigit() and int(w) <= max(numbers)]
        assert len(rows) >= MIN_BLANK_ROWS + 1, f"page {page} has only rows {rows}"
    if roster == 1:
        assert len(PdfReader(str(out)).pages) == 1


def test_counts_in_the_pdfs_agree_with_their_number() -> None:
    from reslab_desktop.reports.labels import label

    assert label("note_count", "es", n=1) == "1 nota" and label("note_count", "es", n=2) == "2 notas"
    assert label("phase_summary", "es", boards=1, notes=1) == "1 tablero · 1 nota"
    assert label("pf_dots", "en", n=1) == "1 dot" and label("pf_tile_sessions", "es", n=1) == "sesión"
    assert "1 punto por persona" in label("votes_summary", "es", board="B", status="cerrada", dots=1, max=1,
                                          voted=1, voters=2)


def test_cover_counts_a_single_board_in_the_singular(store: Store, tmp_path: Path) -> None:
    from reslab_desktop.services import boards

    people.add_organization(store, "Cruz Roja")
    boards.create_board(store, 1, "Mapa")
    out = tmp_path / "informe.pdf"
    export_pdf(store, out, PdfOptions(kind="report", sections=("cover",)))
    words = pdf_text(out, 1, 1).split()
    assert "tablero" in words and "organización" in words and "tableros" not in words


def test_the_tally_sheet_speaks_to_you_and_counts_options(rich_store: Store, tmp_path: Path) -> None:
    from reslab_desktop.reports.labels import label

    text = label("tally_instructions", "es")
    assert text.startswith("Marca ") and "Escribe" in text and "candidato" not in text
    assert label("candidate", "es") == "Opción"
