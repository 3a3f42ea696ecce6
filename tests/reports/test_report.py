"""The session report: built from a real workshop file, parsed back with pdftotext/pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdftools import assert_fonts_embedded, outline_titles, page_sizes, pdf_text, squash

from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.services import boards, notes, people, workshop
from reslab_desktop.storage import Store

TRICKY = "Fundación <b>&amp; Niñez ¿sí? ¡no! “comillas” 5 € y $ 10 & <i>fin</i>"


@pytest.fixture
def workshop_file(store: Store) -> Store:
    workshop.update_workshop(
        store, learning_community="Red PrevaleSER", place="Oaxaca de Juárez",
        starts_on="2026-03-10", ends_on="2026-03-12", facilitators=("Ana López",),
    )
    org = people.add_organization(store, TRICKY, "civil_society")
    person = people.add_participant(store, "María Ñúñez", org)
    b = boards.create_board_from_template(store, 1, "Mapa <de> empatía", "empathy_map", "es")
    zone = boards.load_board(store, b).zones[0]
    notes.add_note(store, b, TRICKY, zone.x + 10, zone.y + 40, author_id=person)
    notes.add_note(store, b, "palabra" * 120, zone.x + 200, zone.y + 200)  # one huge word
    boards.create_board(store, 2, "Tablero vacío")
    return store


def test_report_has_every_note_fonts_outline_and_metadata(workshop_file: Store, tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    export_pdf(workshop_file, out, PdfOptions())
    text = squash(pdf_text(out))
    assert squash(TRICKY) in text
    assert squash("palabra" * 120) in text
    assert squash("Mapa <de> empatía") in text
    assert_fonts_embedded(out)
    assert set(page_sizes(out)) <= {(612, 792), (792, 612)}  # Letter by default (Mexico)
    titles = outline_titles(out)
    assert "Paso 1: Empatía" in titles and "Mapa <de> empatía" in titles and "Tablero vacío" in titles
    from pypdf import PdfReader

    meta = PdfReader(str(out)).metadata
    assert meta.title.endswith("Taller de prueba") and meta.author == "Ana López"
