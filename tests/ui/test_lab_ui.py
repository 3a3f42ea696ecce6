"""The Lab views offscreen: overview on the demo, resources, decision capture on vote close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QPushButton

from reslab_desktop.services import people, voting
from reslab_desktop.services.lab import decisions, initiatives, phases, resources, sessions
from reslab_desktop.storage import Store
from reslab_desktop.ui.commands import ServiceCommand, push
from reslab_desktop.ui.lab.decisions_view import WhoDecidedDialog
from reslab_desktop.ui.lab.overview import LabOverview


@pytest.fixture
def demo_overview(qtbot, app, demo_copy):
    store = Store.open(demo_copy)
    stack = QUndoStack()
    view = LabOverview(store, stack)
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    yield view, store, stack
    view.close()
    store.close()


def _who_decided_dialog() -> WhoDecidedDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, WhoDecidedDialog) and w.isVisible()]
    return found[-1] if found else None


def test_overview_shows_the_six_steps_and_a_rising_pathway(demo_overview, qtbot):
    view, store, stack = demo_overview
    assert [c.title.text().split(".")[0] for c in view.cards] == ["1", "2", "3", "4", "5", "6"]
    assert [c.status.currentData() for c in view.cards] == ["done"] * 5 + ["in_progress"]
    values = [p.index for p in view.chart.points]
    assert values[0] < 0.3 and values[-1] == 1.0 and values == sorted(values)
    assert "Evaluación del primer ciclo" in [b.toolTip() for b in view.cards[5].findChildren(QPushButton, "stepBoard")]

    with qtbot.waitSignal(view.board_requested) as opened:
        view.cards[0].findChildren(QPushButton, "stepBoard")[0].click()
    assert opened.args == ["b-empatia-mapa"]

    # the facilitator marks step 6 done; the suggestion moves on; undo puts it back
    view.cards[5].status.setCurrentIndex(view.cards[5].status.findData("done"))
    view.cards[5].status.activated.emit(view.cards[5].status.currentIndex())
    assert phases.phase_statuses(store)[6] == "done"
    assert view.suggestion.action == "iterate"
    stack.undo()
    assert phases.phase_statuses(store)[6] == "in_progress"
    assert view.cards[5].status.currentData() == "in_progress"

    view.follow_suggestion()  # "adopt the pending adaptations" → the learning log
    assert view.tabs.currentWidget() is view.view("learning")


def test_resources_view_adds_confirms_and_asks_who_decided(demo_overview, qtbot):
    view, store, stack = demo_overview
    res = view.view("resources")
    view.show_tab("resources")
    rows = res.pledge_table.rowCount()
    pid = res.add_pledge({"organization_id": "org-colectiva-mixteca", "initiative_id": "ini-prevaleser",
                          "kind": "funding", "quantity": 25_000, "unit": "MXN", "description": "Rifa comunitaria"})
    assert res.pledge_table.rowCount() == rows + 1
    gaps, initiative = {}, ""
    for r in range(res.balance_table.rowCount()):  # the initiative is named on its first row only
        initiative = res.balance_table.item(r, 0).text() or initiative
        gaps[(initiative, res.balance_table.item(r, 1).text())] = res.balance_table.item(r, 4).text()
    assert gaps[("Red PrevaleSER Oaxaca", "Funding")] == "$65,000.00 MXN"
    assert gaps[("Red ComuniPaz Monterrey", "Time")] == "✓"

    res.confirm([pid])
    dialog = _who_decided_dialog()
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons["local"], Qt.MouseButton.LeftButton)
    logged = decisions.decisions_from(store, "pledges", pid)
    assert len(logged) == 1 and logged[0].decided_by == "local" and logged[0].kind == "allocate_resources"
    assert logged[0].organization_ids == ("org-colectiva-mixteca",)

    stack.undo()  # who decided
    assert decisions.decisions_from(store, "pledges", pid)[0].decided_by == "shared"
    stack.undo()  # the confirmation and its decision
    assert decisions.decisions_from(store, "pledges", pid) == []
    assert not next(p for p in resources.list_pledges(store) if p.id == pid).confirmed
    stack.redo()
    stack.redo()
    assert decisions.decisions_from(store, "pledges", pid)[0].decided_by == "local"
    res.remove_pledges([pid])
    assert res.pledge_table.rowCount() == rows
    stack.undo()
    assert res.pledge_table.rowCount() == rows + 1


def test_closing_a_vote_round_logs_priorities_and_asks_who_decided(qtbot, app, tmp_path):
    from reslab_desktop.services.boards import create_board
    from reslab_desktop.services.notes import add_note

    store = Store.create(tmp_path / "t.reslab", "Taller")
    board = create_board(store, 2, "Retos")
    notes = [add_note(store, board, t, i * 200.0, 0.0) for i, t in enumerate(["Violencia", "Datos", "Fondos"])]
    for name in ("Ana", "Beto"):
        people.add_participant(store, name)
    stack = QUndoStack()
    view = LabOverview(store, stack)
    qtbot.addWidget(view)
    view.show()
    rid = voting.create_round(store, board, "¿Qué reto primero?", dots_per_participant=2)
    voting.open_round(store, rid)
    voters = [v.id for v in voting.get_round(store, rid).voters]
    for voter in voters:
        voting.cast_dot(store, rid, voter, notes[0])
    voting.cast_dot(store, rid, voters[0], notes[2])

    # the voting page closes a round like this: a command pushed on the window's stack
    push(stack, ServiceCommand("Close and reveal", lambda: voting.close_round(store, rid),
                               lambda _: voting.reopen_round(store, rid, "undo")))
    qtbot.waitUntil(lambda: _who_decided_dialog() is not None)
    logged = decisions.decisions_from(store, "vote_round", rid)
    assert len(logged) == 1
    assert logged[0].kind == "set_priorities" and logged[0].phase == 2
    assert logged[0].text == "¿Qué reto primero? → 1. Violencia; 2. Fondos"
    qtbot.mouseClick(_who_decided_dialog().buttons["shared"], Qt.MouseButton.LeftButton)
    assert decisions.decisions_from(store, "vote_round", rid)[0].decided_by == "shared"
    assert [stack.text(i) for i in range(stack.count())][0] == "Close and reveal"  # the decision comes after

    table = view.view("decisions").table
    assert table.rowCount() == 1 and table.item(0, 4).text() in ("Shared", "Compartida")
    # one click on "local organizations" for the selected decision
    table.selectRow(0)
    view.view("decisions").who_buttons["local"].click()
    assert decisions.list_decisions(store)[0].decided_by == "local"
    assert view.chart.points[1].index == 1.0
    view.close()
    store.close()


def test_initiatives_view_edits_the_action_plan_with_undo(demo_overview):
    view, store, stack = demo_overview
    ini = view.view("initiatives")
    ini.table.selectRow(0)
    assert ini.current() == "ini-caja-herramientas"
    rows = ini.plan.rowCount()
    ini.add_item("ini-caja-herramientas", {"kind": "communication", "text": "Video de lanzamiento",
                                           "date": None, "responsible_organization_id": None, "indicator": "",
                                           "audience": "Docentes", "channel": "YouTube", "done": False})
    assert ini.plan.rowCount() == rows + 1
    stack.undo()
    assert ini.plan.rowCount() == rows
    assert [it.number for it in initiatives.list_iterations(store, "ini-caja-herramientas")] == [1, 2]


def test_sessions_check_in_is_undoable(demo_overview):
    view, store, stack = demo_overview
    sv = view.view("sessions")
    sv.table.selectRow(0)
    before = len(sessions.get_session(store, "s-01").attendance)
    sv.check_in("s-01", "p-roberto")
    assert len(sessions.get_session(store, "s-01").attendance) == before + 1
    stack.undo()
    assert len(sessions.get_session(store, "s-01").attendance) == before


def test_the_shell_shows_the_overview_as_home(open_window, demo_copy):
    window = open_window(demo_copy)
    assert window.current_page() == "home"
    assert isinstance(window.page("home"), LabOverview)


def test_lineage_popup_and_carrying_ideas_from_the_board(open_window, demo_copy, qtbot):
    from reslab_desktop.services.boards import load_board
    from reslab_desktop.ui.lab.hooks import LineageDialog

    window = open_window(demo_copy)
    window.open_board("b-prototipo-lienzo")
    window.board_editor.select_notes(["n-prototipo-lienzo-solution-2"])
    window.actions_by_id["lab.lineage"].trigger()
    dialog = next(w for w in window.findChildren(LineageDialog) if w.isVisible())
    back = [dialog.back.item(i).text() for i in range(dialog.back.count())]
    assert len(back) == 2 and "Rutas de protección por municipio" in back[0] and "Mapa de rutas" in back[1]
    assert dialog.forward.count() == 1 and "Fichas de rutas de protección" in dialog.forward.item(0).text()
    dialog.forward.itemDoubleClicked.emit(dialog.forward.item(0))
    assert window.current_page() == "board" and window.board_editor.board_id == "b-probar-plan"

    # chosen ideas → the prototype canvas of an initiative (here the new iteration's own canvas)
    window.open_board("b-idear-como-podriamos")
    window.board_editor.select_notes(["n-idea-whatsapp"])
    window.actions_by_id["lab.carry_ideas"].trigger()
    from reslab_desktop.ui.lab.common import FormDialog

    form = next(w for w in window.findChildren(FormDialog) if w.isVisible())
    form.set_value("initiative_id", "ini-comunipaz")
    form.accept()
    shown = window.board_editor.board_id
    content = load_board(window.store, shown)
    assert content.board.phase == 4 and [n.source_note_id for n in content.notes] == ["n-idea-whatsapp"]
    # choosing ideas is a design decision: logged, then "who decided?" in one click
    who = next(w for w in window.findChildren(WhoDecidedDialog) if w.isVisible())
    who.buttons["local"].click()
    logged = decisions.decisions_from(window.store, "promotion", shown)
    assert len(logged) == 1 and logged[0].kind == "design_implement" and logged[0].decided_by == "local"
    assert logged[0].text == "Red ComuniPaz Monterrey: Línea de WhatsApp para orientar a familias"
    window.undo_stack.undo()  # who decided
    window.undo_stack.undo()  # the carry and its decision
    assert decisions.decisions_from(window.store, "promotion", shown) == []
    assert window.current_page() == "home" or window.board_editor.board_id != shown


def test_editing_a_decision_in_its_form_is_undoable(demo_overview):
    from reslab_desktop.ui.lab.common import FormDialog

    view, store, stack = demo_overview
    dv = view.view("decisions")
    view.show_tab("decisions")
    dv.table.selectRow(0)
    dv.edit_dialog()
    form = next(w for w in dv.findChildren(FormDialog) if w.isVisible())
    form.set_value("text", "Calendario de ocho sesiones")
    form.set_value("decided_by", "shared")
    form.accept()
    first = decisions.list_decisions(store)[0]
    assert (first.text, first.decided_by) == ("Calendario de ocho sesiones", "shared")
    assert dv.table.item(0, 2).text().startswith("Calendario de ocho sesiones")
    stack.undo()
    first = decisions.list_decisions(store)[0]
    assert (first.text, first.decided_by) == ("Calendario de seis sesiones presenciales y tres virtuales",
                                              "facilitators")


def test_a_hidden_overview_counts_again_when_shown(demo_overview):
    from reslab_desktop.services.notes import add_note

    view, store, stack = demo_overview
    before = view.cards[0].counts.text()
    view.hide()
    add_note(store, "b-empatia-mapa", "Nueva", 0, 0)
    assert view.cards[0].counts.text() == before
    view.show()
    assert "60" in view.cards[0].counts.text()
