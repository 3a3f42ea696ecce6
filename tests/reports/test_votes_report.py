"""The voting results section of the session report, built from the demo and read back."""

from __future__ import annotations

from pypdf import PdfReader

from reslab_desktop.cli import main


def test_votes_section_in_the_report(demo_file, tmp_path):
    out = tmp_path / "votes.pdf"
    assert main(["export-pdf", str(demo_file), "-o", str(out), "--sections", "votes"]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Resultados de las votaciones" in text
    assert "¿Qué retos atacamos juntas primero?" in text
    assert "Poca coordinación entre OSC y gobierno" in text
    assert "1=" in text and "impacto" in text and "factibilidad" in text  # the two-criteria round
    # the open hidden round prints who voted, never counts
    hidden = text[text.index("¿Qué idea prototipamos primero?"):]
    assert "votaron 6 de 10" in hidden and "siguen ocultos" in hidden
    assert "Caja de herramientas en línea" not in hidden
