"""The Lab sections of the session report, parsed back from real PDFs of the demo workshop."""

from __future__ import annotations

import re
import subprocess

import pytest

from reslab_desktop.errors import NotFoundError
from reslab_desktop.reports.api import export_pdf
from reslab_desktop.reports.options import PdfOptions
from reslab_desktop.storage import Store

LAB = ["lab_pathway", "lab_decisions", "lab_resources", "lab_plans", "lab_learning"]


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return re.sub(r"\s+", "", out)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def demo_store(demo_file):
    with Store.open(demo_file, read_only=True) as s:
        yield s


def test_whole_lab_report_has_every_lab_section(demo_store, tmp_path):
    target = tmp_path / "lab.pdf"
    export_pdf(demo_store, target, PdfOptions(sections=["contents", *LAB], lang="es"))
    text = _text(target)
    for title in ("Ruta de localización", "Registro de decisiones", "Recursos", "Total comprometido por tipo",
                  "Necesidades, compromisos y brechas por iniciativa", "Iniciativas y planes de acción",
                  "Bitácora de aprendizaje"):
        assert _squash(title) in text, title
    # the pathway rises: 12% in step 1 … 100% in step 6, and the overall index
    assert _squash("1. Empatía Hecho 3 1 0 12%") in text
    assert _squash("6. Evaluar En curso 0 0 3 100%") in text
    assert _squash("Índice de localización de todo el laboratorio: 62%") in text
    assert _squash("$350,000.00 MXN") in text and _squash("$69,000.00 MXN") in text  # a pledge, a gap
    assert _squash("Comité editorial rotativo: tres OSC, una por ciudad, cada 6 meses") in text
    assert _squash("Las OSC locales deciden mejor qué publicar en su ciudad") in text
    assert _squash("Fundar la red ComuniPaz en Monterrey") in text


def test_english_report(demo_store, tmp_path):
    target = tmp_path / "lab-en.pdf"
    export_pdf(demo_store, target, PdfOptions(sections=LAB, lang="en"))
    text = _text(target)
    for title in ("Localization pathway", "Decision log", "Who gives what", "Learning log", "Locally-led"):
        assert _squash(title) in text, title


def test_one_session_report(demo_store, tmp_path):
    target = tmp_path / "s2.pdf"
    export_pdf(demo_store, target, PdfOptions(sections=LAB, lang="es", session_id="s-02"))
    text = _text(target)
    assert _squash("Decisiones de la sesión: Sesión 2 · Retos del sistema local") in text
    assert _squash("Dejar para después la reforma a la ley estatal") in text  # taken in session 2
    assert _squash("Fundar la red ComuniPaz") not in text  # session 3
    assert _squash("Decisiones registradas hasta el 2026-03-19") in text
    assert _squash("Quién aporta qué") not in text  # session 2 did not work on step 3
    assert _squash("Qué probamos") not in text  # no learning entries before session 2

    target = tmp_path / "s5.pdf"
    export_pdf(demo_store, target, PdfOptions(sections=LAB, lang="es", session_id="s-05"))
    text = _text(target)
    assert _squash("Un comité editorial solo con OSC de Mérida") in text  # logged on the session's day
    assert _squash("Círculos de paz con jóvenes los sábados") in text  # since the previous session


def test_unknown_session_is_one_line_error(demo_store, tmp_path):
    with pytest.raises(NotFoundError, match="no session 'nope'"):
        export_pdf(demo_store, tmp_path / "x.pdf", PdfOptions(sections=LAB, session_id="nope"))
    assert not (tmp_path / "x.pdf").exists()
