"""The window's undo on real widgets: one intent is one step, redo puts back exactly what undo
took away, and another writer's work (phones, on their own thread) is never lost to an undo."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from reslab_desktop.errors import ReslabError
from reslab_desktop.services import boards, notes, voting
from reslab_desktop.services.lab import decisions
from reslab_desktop.storage import PHONE
from reslab_desktop.ui.board.inline_edit import SAVE_AFTER_MS
from reslab_desktop.ui.commands import base
from reslab_desktop.ui.voting import hooks
from tests.ui.board_helpers import at, double_click
from tests.ui.voting_helpers import make_workshop


@pytest.fixture
def window(open_window, tmp_path):
    bid, ids = make_workshop(tmp_path / "w.reslab")
    win = open_window(tmp_path / "w.reslab")
    win.test_board, win.test_notes = bid, ids
    return win


@pytest.fixture
def refusals(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(base, "error_handler", lambda exc: said.append(str(exc)))
    return said


def _closed_round(window):
    page = hooks.show_voting(window)
    rid = page.create_round(window.test_board, question="¿Qué retos primero?", dots_per_participant=2,
                            max_per_note=1)
    page.open_round()
    n = window.test_notes
    voters = [v.id for v in voting.get_round(window.store, rid).voters]
    for voter, pair in zip(voters, [(n[0], n[1]), (n[0], n[2]), (n[1], n[2])], strict=True):
        voting.set_ballot(window.store, rid, voter, {(pair[0], 0): 1, (pair[1], 0): 1})
    return page, rid


def test_runoff_ballots_survive_undo_and_redo(window, refusals):
    page, rid = _closed_round(window)
    page.close_round(rid)
    runoff = page.runoff(rid, 1)  # three notes tied for the first place
    stack = window.undo_stack
    voters = [v.id for v in voting.get_round(window.store, runoff).voters]
    n = window.test_notes
    for voter, note in zip(voters, [n[1], n[1], n[0]], strict=True):
        voting.cast_dot(window.store, runoff, voter, note)
    index = stack.index()

    stack.undo()  # would throw the three ballots away: refused, in one line
    assert len(refusals) == 1 and "\n" not in refusals[0] and "Runoff round" in refusals[0]
    assert stack.index() == index and len(voting.voting_progress(window.store, runoff).voted) == 3
    stack.redo()
    assert len(voting.voting_progress(window.store, runoff).voted) == 3

    page.select_round(runoff)
    page.delete_round(confirm=False)  # deleting the round on purpose keeps what undo needs
    assert runoff not in {r.id for r in voting.list_rounds(window.store)}
    stack.undo()
    assert len(voting.voting_progress(window.store, runoff).voted) == 3
    stack.redo()
    stack.undo()
    assert voting.get_ballot(window.store, runoff, voters[0]) == {(n[1], 0): 1}
    assert len(voting.voting_progress(window.store, runoff).voted) == 3


def test_close_and_reveal_and_its_logged_decision_are_one_step(window, qtbot):
    page, rid = _closed_round(window)
    stack = window.undo_stack
    before = stack.index()
    page.close_round(rid)
    assert stack.index() == before + 1 and stack.undoText() == "Close and reveal"
    logged = decisions.decisions_from(window.store, "vote_round", rid)
    assert len(logged) == 1
    stack.undo()
    assert voting.get_round(window.store, rid).status == "open"
    assert decisions.decisions_from(window.store, "vote_round", rid) == []
    stack.redo()
    assert stack.index() == before + 1 and stack.count() == before + 1  # exactly one step
    assert [d.id for d in decisions.decisions_from(window.store, "vote_round", rid)] == [logged[0].id]


def test_double_click_type_enter_then_one_undo_removes_the_note(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.open_board(window.test_board)
    editor = window.board_editor
    before = {n.id for n in boards.load_board(window.store, window.test_board).notes}
    double_click(editor.view, at(editor.view, (400, 500)))
    inline = editor.controller.inline
    assert inline is not None
    qtbot.keyClicks(inline, "Agua")
    qtbot.wait(SAVE_AFTER_MS + 200)  # saved while typing (nothing lost if the app dies now)
    saved = {n.id: n.text for n in boards.load_board(window.store, window.test_board).notes}
    (new,) = set(saved) - before
    assert saved[new] == "Agua"
    qtbot.keyClicks(inline, " potable")
    qtbot.keyClick(inline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert {n.id: n.text for n in boards.load_board(window.store, window.test_board).notes}[new] == "Agua potable"
    window.undo_stack.undo()
    assert {n.id for n in boards.load_board(window.store, window.test_board).notes} == before
    assert new not in editor.scene.notes
    window.undo_stack.redo()
    assert editor.scene.notes[new].record.text == "Agua potable"


def test_undo_in_the_window_while_phones_write_on_their_own_thread(window, qtbot, refusals):
    page = hooks.show_voting(window)
    window.open_board(window.test_board)
    editor = window.board_editor
    n = window.test_notes
    rid = page.create_round(window.test_board, question="¿Cuál?", dots_per_participant=3, max_per_note=3)
    page.open_round()
    voters = [v.id for v in voting.get_round(window.store, rid).voters]
    stack = window.undo_stack
    ideas = [editor.controller.add_note_at(editor.scene_center(), text=f"idea {i}") for i in range(6)]
    for i in range(6):  # the facilitator's own steps, to undo while the phones write
        editor.controller.on_items_moved({"notes": {n[i]: (i * 30.0, 400.0)}})
    phone_notes: list[str] = []
    dots: list[tuple[str, str]] = []
    failures: list[BaseException] = []
    go = threading.Event()

    def phones() -> None:
        go.wait(10)
        with window.store.acting_as(PHONE):
            for k in range(12):
                try:  # the phones vote on the facilitator's new notes, which undo may take away
                    voting.cast_dot(window.store, rid, voters[k % 3], ideas[k % 6])
                    dots.append((voters[k % 3], ideas[k % 6]))
                except ReslabError:
                    pass  # that note is gone (undone): the phone is told so, nothing is written
                except BaseException as exc:  # noqa: BLE001 - reported below
                    failures.append(exc)
                phone_notes.append(notes.add_note(window.store, window.test_board, f"teléfono {k}", 0.0, 900.0))

    worker = threading.Thread(target=phones)
    worker.start()
    go.set()
    while stack.canUndo():
        index = stack.index()
        stack.undo()
        qtbot.wait(2)
        if stack.index() == index:  # refused: someone voted on that note meanwhile
            break
    worker.join(60)
    assert not failures
    assert all("\n" not in r and r.startswith("cannot undo") for r in refusals)
    # nothing the phones made is lost, and the board shows it once their change sets arrive
    on_file = {x.id for x in boards.load_board(window.store, window.test_board).notes}
    assert set(phone_notes) <= on_file and len(phone_notes) == 12
    cast = {}
    for voter, note in dots:
        cast[(voter, note)] = cast.get((voter, note), 0) + 1
    ballots = {(v, note): k for v in voters for (note, _), k in voting.get_ballot(window.store, rid, v).items()}
    assert ballots == cast
    assert {note for _, note in dots} <= on_file  # a note with a dot was never undone away
    qtbot.waitUntil(lambda: set(editor.scene.notes) == on_file, timeout=5000)
