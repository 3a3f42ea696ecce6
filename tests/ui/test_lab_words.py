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


# -- resources, decisions, sessions, people at 1024×768 ---------------------------------------
@pytest.fixture
def demo_window(open_window, demo_copy):
    i18n.set_language("es")
    window = open_window(demo_copy)
    window.resize(1024, 768)
    window.show()
    window.show_home()
    yield window
    i18n.set_language("en")


def _shot(window, name: str, folder: Path) -> Path:
    path = folder / f"{name}-1024x768.png"
    window.grab().save(str(path))
    return path


def test_the_decisions_table_keeps_its_text_readable_at_1024x768(demo_window, qtbot, tmp_path):
    home = demo_window.page("home")
    home.show_tab("decisions")
    view = home.view("decisions")
    qtbot.wait(20)
    assert _shot(demo_window, "decisions", tmp_path).exists()
    assert view.table.columnWidth(2) >= 150  # the decision's text, not a word per line
    assert view.width() <= demo_window.width() and demo_window.width() == 1024
    right = view.findChild(type(view.who_buttons["local"]), "removeDecisions").mapTo(demo_window, view.rect().topLeft())
    assert right.x() + 80 < demo_window.width()  # the buttons are on screen


def test_a_new_decision_starts_at_the_current_step(demo_window):
    from reslab_desktop.ui.lab.decisions_view import current_step

    view = demo_window.page("home").view("decisions")
    dialog = view.add_dialog()
    try:
        step = current_step(demo_window.store)
        assert step == phases.overview(demo_window.store).suggestion.phase
        assert dialog.editors["phase"].currentData() == step
    finally:
        dialog.close()


def test_the_agenda_always_has_room(demo_window, qtbot, tmp_path):
    from reslab_desktop.services.lab import sessions as sess
    from reslab_desktop.ui.lab.sessions_view import AGENDA_LINES

    home = demo_window.page("home")
    home.show_tab("sessions")
    view = home.view("sessions")
    sid = sess.add_session(demo_window.store, "Sesión sin agenda", "2026-12-01", "Mérida")
    qtbot.waitUntil(lambda: sid in [view.table.item(r, 0).data(256) for r in range(view.table.rowCount())])
    view.table.selectRow(view.table.rowCount() - 1)
    qtbot.wait(20)
    _shot(demo_window, "sessions", tmp_path)
    assert view.agenda_area.height() >= view.fontMetrics().lineSpacing() * AGENDA_LINES
    assert "Todavía no hay puntos en la agenda" in view.agenda.text() or view.agenda.text().startswith("<ol><li>")


def test_pledge_unit_follows_the_kind_and_promises_read_apart(demo_window):
    home = demo_window.page("home")
    view = home.view("resources")
    dialog = view.add_pledge_dialog()
    try:
        kind, unit = dialog.editors["kind"], dialog.editors["unit"]
        kind.setCurrentIndex(kind.findData("funding"))
        assert unit.currentData() == "MXN"
        kind.setCurrentIndex(kind.findData("time"))
        assert unit.currentData() == "hours"
        unit.setCurrentIndex(unit.findData("days"))
        kind.setCurrentIndex(kind.findData("expertise"))
        assert unit.currentData() == "days"  # a unit that fits is kept
    finally:
        dialog.close()
    from reslab_desktop.services.lab import resources

    pledges = resources.list_pledges(demo_window.store)
    assert any(not p.confirmed for p in pledges), "the demo has promises not confirmed yet"
    assert "sin confirmar" in view.totals.text() and "confirmado" in view.totals.text()
    assert not view.need_table.isColumnHidden(2)  # a need's "Qué" is shown
    row = [i for i, p in enumerate(resources.summary(demo_window.store).pledges) if not p.confirmed][0]
    assert view.pledge_table.item(row, 0).font().italic()


def test_tab_walks_the_participant_dialog_in_order(app, qtbot):
    from PySide6.QtCore import Qt

    from reslab_desktop.ui.people.dialogs import ParticipantDialog

    dialog = ParticipantDialog("es", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    order = [dialog.name_edit]
    widget = dialog.name_edit
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[1] is dialog.org_box and order[2] is dialog.role_box
