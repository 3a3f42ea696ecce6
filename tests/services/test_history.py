"""The undo history without Qt: undo applies the exact inverse of what a step wrote, redo the
step again; with other writers in the file, an undo reverts exactly its own step or is
refused in one line — never a silent loss."""

from __future__ import annotations

import pytest

from reslab_desktop.interchange import export_json
from reslab_desktop.rules.palette import DEFAULT_NOTE_COLOR
from reslab_desktop.services import boards, notes, people, voting
from reslab_desktop.services.history import UndoHistory, UndoRefused
from reslab_desktop.services.lab import decisions
from reslab_desktop.storage import PHONE, WINDOW, ChangeSet


@pytest.fixture
def room(store):
    board = boards.create_board(store, 2, "Retos")
    ids = [notes.add_note(store, board, t, i * 200.0, 0.0) for i, t in enumerate(["Agua", "Luz", "Calles"])]
    for name in ("Ana", "Beto", "Cata"):
        people.add_participant(store, name)
    return store, board, ids


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text
    return text


def test_undo_and_redo_put_back_exactly_the_same_rows(room):
    store, board, ids = room
    history = UndoHistory()
    start = export_json(store)
    new = history.run("Add note", lambda: notes.add_note(store, board, "Nueva", 10.0, 20.0))
    history.run("Edit text", lambda: notes.set_text(store, ids[0], "Agua potable"))
    history.run("Delete", lambda: notes.delete_notes(store, [ids[1]]))
    done = export_json(store)
    for _ in range(3):
        history.undo()
    assert export_json(store) == start
    for _ in range(3):
        history.redo()
    assert export_json(store) == done  # same ids, same values: nothing was run again
    assert new in {n.id for n in boards.load_board(store, board).notes}


def test_the_windows_writes_say_window_and_undo_says_undo(room):
    store, board, ids = room
    history = UndoHistory()
    seen: list[ChangeSet] = []
    store.events.subscribe(seen.append)
    history.run("Move", lambda: notes.move_notes(store, {ids[0]: (500.0, 500.0)}))
    history.undo()
    assert [(cs.initiator, cs.cause) for cs in seen] == [(WINDOW, "action"), (WINDOW, "undo")]


def test_undo_of_open_round_after_phones_voted_is_refused_in_one_line(room):
    store, board, ids = room
    history = UndoHistory()
    rid = history.run("New round", lambda: voting.create_round(store, board, "¿Cuál primero?"))
    history.run("Open voting", lambda: voting.open_round(store, rid))
    voters = [v.id for v in voting.get_round(store, rid).voters]
    with store.acting_as(PHONE):
        for v in voters:
            voting.cast_dot(store, rid, v, ids[0])
    with pytest.raises(UndoRefused) as refused:
        history.undo()
    assert "dots have been cast" in _one_line(refused.value)
    assert history.index == 2 and voting.get_round(store, rid).status == "open"
    assert len(voting.voting_progress(store, rid).voted) == 3  # nothing the phones did is lost


def test_undo_of_a_note_someone_voted_on_since_is_refused(room):
    store, board, ids = room
    history = UndoHistory()
    new = history.run("Add note", lambda: notes.add_note(store, board, "Tarde", 0.0, 300.0))
    rid = voting.create_round(store, board, "¿Cuál?")
    voting.open_round(store, rid)
    with store.acting_as(PHONE):
        voting.cast_dot(store, rid, voting.get_round(store, rid).voters[0].id, new)
    with pytest.raises(UndoRefused) as refused:
        history.undo()
    assert "1 dot" in _one_line(refused.value)
    assert new in {n.id for n in boards.load_board(store, board).notes}
    assert len(voting.voting_progress(store, rid).voted) == 1  # the dot is still there


def test_another_writers_change_to_other_fields_is_kept_and_to_the_same_field_refuses(room):
    store, board, ids = room
    history = UndoHistory()
    history.run("Edit text", lambda: notes.set_text(store, ids[0], "Agua limpia"))
    with store.acting_as(PHONE):
        notes.move_notes(store, {ids[0]: (900.0, 900.0)})
    history.undo()  # the text goes back, the other writer's move stays
    note = next(n for n in boards.load_board(store, board).notes if n.id == ids[0])
    assert (note.text, note.x, note.y) == ("Agua", 900.0, 900.0)
    history.redo()
    with store.acting_as(PHONE):
        notes.set_text(store, ids[0], "Agua para todas")
    with pytest.raises(UndoRefused) as refused:
        history.undo()
    assert "changed since" in _one_line(refused.value)
    assert next(n for n in boards.load_board(store, board).notes if n.id == ids[0]).text == "Agua para todas"


def test_closing_a_round_logs_its_decision_in_the_same_step_even_headless(room):
    store, board, ids = room
    rid = voting.create_round(store, board, "¿Qué reto primero?", dots_per_participant=2)
    voting.open_round(store, rid)
    voters = [v.id for v in voting.get_round(store, rid).voters]
    for v in voters:
        voting.cast_dot(store, rid, v, ids[1])
    history = UndoHistory()
    history.run("Close and reveal", lambda: voting.close_round(store, rid))
    logged = decisions.decisions_from(store, "vote_round", rid)
    assert [d.text for d in logged] == ["¿Qué reto primero? → 1. Luz"] and len(history.steps) == 1
    history.undo()
    assert voting.get_round(store, rid).status == "open" and not decisions.decisions_from(store, "vote_round", rid)
    history.redo()
    assert history.index == 1 and [d.id for d in decisions.decisions_from(store, "vote_round", rid)] == [
        logged[0].id]
    voting.reopen_round(store, rid, "faltó una persona")
    voting.close_round(store, rid)  # closed again: the priorities are logged once
    assert len(decisions.decisions_from(store, "vote_round", rid)) == 1


def test_undo_of_reopen_is_refused_once_dots_came_after_the_close(room):
    store, board, ids = room
    rid = voting.create_round(store, board, "¿Cuál?", dots_per_participant=2)
    voting.open_round(store, rid)
    voting.close_round(store, rid)
    history = UndoHistory()
    history.run("Reopen", lambda: voting.reopen_round(store, rid, "otra vuelta"))
    with store.acting_as(PHONE):
        voting.cast_dot(store, rid, voting.get_round(store, rid).voters[0].id, ids[0])
    with pytest.raises(UndoRefused) as refused:
        history.undo()
    assert "after the round was reopened" in _one_line(refused.value)


def test_nudges_of_the_same_notes_fold_into_one_step_and_groups_are_one_step(room):
    store, board, ids = room
    history = UndoHistory()
    for dx in (10.0, 20.0, 30.0):
        history.run("Move", lambda dx=dx: notes.move_notes(store, {ids[0]: (dx, 0.0)}), merge_key=("nudge", ids[0]))
    with history.record("Tidy up"):
        notes.set_color(store, ids, "#C7B3EA")
        notes.move_notes(store, {ids[2]: (0.0, 800.0)})
    assert [s.text for s in history.steps] == ["Move", "Tidy up"]
    history.undo()
    history.undo()
    first = next(n for n in boards.load_board(store, board).notes if n.id == ids[0])
    assert (first.x, first.color) == (0.0, DEFAULT_NOTE_COLOR)


def test_an_amended_step_takes_in_later_writes(room):
    store, board, _ = room
    history = UndoHistory()
    new = history.run("Add note", lambda: notes.add_note(store, board, "", 0.0, 400.0))
    step = history.last
    assert step is not None
    for text in ("A", "Ag", "Agua"):  # saved while typing
        with history.amend(step):
            notes.set_text(store, new, text)
    assert len(history.steps) == 1 and [r.kind for r in step.parts[0][1].rows] == ["insert"]
    history.undo()
    assert new not in {n.id for n in boards.load_board(store, board).notes}
    history.redo()
    assert next(n for n in boards.load_board(store, board).notes if n.id == new).text == "Agua"
