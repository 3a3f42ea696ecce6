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
