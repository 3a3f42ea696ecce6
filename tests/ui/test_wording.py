"""A native speaker's read (issue 17, item 22): the words the Spanish UI uses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from reslab_desktop.model.vocab import role_name
from reslab_desktop.rules.templates import get_template
from reslab_desktop.ui import i18n


@pytest.fixture
def spanish(app):
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_roles_and_templates_use_the_agreed_words():
    assert role_name("facilitator", "es") == "Facilitador/a"
    assert get_template("challenge_parking_lot").title_in("es") == "Banco de retos"


def test_vote_and_import_texts(spanish):
    t = QCoreApplication.translate
    assert t("ResultsView", "Take the top %1 to the next phase").replace("%1", "3") == "Llevar las 3 más votadas al siguiente paso"
    assert t("PeoplePage", "Import a Sign-up List") == "Importar una lista de asistencia"
    assert t("Navigator", "%n board(s)", "", 1) == "1 tablero"


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "3 notes tied for the last place.", "3 notes tied for the last 2 places."),
    ("es", "Hay 3 notas empatadas en el último lugar.", "Hay 3 notas empatadas en los últimos 2 lugares."),
])
def test_the_tie_at_the_cut_off_reads_right_for_one_place(app, language, one, two):
    i18n.set_language(language)
    try:
        def tied(n: int) -> str:
            return QCoreApplication.translate("ResultsView", "%1 notes tied for the last %n place(s).", "", n).replace("%1", "3")
        assert (tied(1), tied(2)) == (one, two)
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("language", "texts"), [
    ("en", ["1 dot", "2 dots", "⚠ At most 1 dot on one note.", "Total: 4 of 1 dot handed out (1 voters × 1)",
            "1 person", "1 anonymous voter"]),
    ("es", ["1 punto", "2 puntos", "⚠ Como máximo 1 punto en una nota.",
            "Total: 4 de 1 punto repartido (1 personas × 1)", "1 persona", "1 persona anónima"]),
])
def test_dot_counts_are_plural_forms(app, language, texts):
    i18n.set_language(language)
    try:
        t = QCoreApplication.translate
        speak = i18n.speaker(language)  # the audience screen: the workshop's language
        assert [speak.translate("AudienceVoting", "%n dot(s)", "", 1), speak.translate("AudienceVoting", "%n dot(s)", "", 2),
                t("VotingScreen", "⚠ At most %n dot(s) on one note.", "", 1),
                t("PaperTallyDialog", "Total: %1 of %n dot(s) handed out (%2 voters × %3)", "", 1)
                .replace("%1", "4").replace("%2", "1").replace("%3", "1"),
                t("VotingPage", "%n person(s)", "", 1), t("VotingPage", "%n anonymous voter(s)", "", 1)] == texts
    finally:
        i18n.set_language("en")


def test_every_percent_n_source_is_a_plural_in_both_catalogues():
    """lupdate marks ``self.tr(…, n)`` only; ``update_ts.mark_plurals`` does the rest."""
    import xml.etree.ElementTree as ET

    for ts in (i18n.ts_path("en"), i18n.ts_path("es")):
        flat = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"]
        assert not flat, f"{ts.name}: {flat}"


def test_a_file_in_use_names_no_process_id(spanish, tmp_path: Path):
    from PySide6.QtCore import QLockFile

    from reslab_desktop.ui.file_lock import FileInUseError, acquire, lock_path

    path = tmp_path / "taller.reslab"
    path.write_bytes(b"")
    held = QLockFile(str(lock_path(path)))
    assert held.tryLock(0)
    try:
        with pytest.raises(FileInUseError) as caught:
            acquire(path)
        text = str(caught.value)
        assert str(os.getpid()) not in text and "proceso" not in text and "process" not in text
        assert "taller.reslab" in text
    finally:
        held.unlock()
