"""The lab overview and views (issue 17, items 18–19, 22): place and dates, a status
suggested from the step's activity, counts in the singular."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslab_desktop.services import boards, notes, workshop
from reslab_desktop.services.lab import phases
from reslab_desktop.storage import Store
from reslab_desktop.ui import i18n


@pytest.fixture
def lab_file(tmp_path: Path) -> Path:
    path = tmp_path / "taller.reslab"
    store = Store.create(path, "Laboratorio Oaxaca", "es")
    workshop.update_workshop(store, place="Oaxaca de Juárez", starts_on="2026-03-17", ends_on="2026-03-19")
    board = boards.create_board(store, 1, "Mapa de empatía")
    notes.add_note(store, board, "Primera nota", 0, 0)
    store.close()
    return path


def test_overview_shows_place_and_dates_and_singular_counts(open_window, lab_file):
    try:
        i18n.set_language("es")
        window = open_window(lab_file)
        window.show_home()
        text = window.page("home").heading.text()
        assert "Oaxaca de Juárez" in text and "17 de marzo de 2026" in text and "19 de marzo de 2026" in text
        assert "0 iniciativas" in text and "0 sesiones" in text
        counts = window.page("home").cards[0].counts.text()
        assert "1 tablero\n1 nota" in counts
    finally:
        i18n.set_language("en")


def test_a_step_with_notes_suggests_in_progress(open_window, lab_file, qtbot):
    window = open_window(lab_file)
    window.show_home()
    cards = window.page("home").cards
    assert cards[0].suggest.isVisibleTo(window) and not cards[1].suggest.isVisibleTo(window)
    qtbot.mouseClick(cards[0].suggest, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert phases.overview(window.store).phases[0].status == "in_progress"
    assert cards[0].status.currentData() == "in_progress" and not cards[0].suggest.isVisibleTo(window)
    window.undo_stack.undo()
    assert phases.overview(window.store).phases[0].status == "not_started"
