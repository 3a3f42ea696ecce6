"""Voting services against a real workshop file, including the database's own guards."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import ValidationError
from reslab_desktop.services import boards, people
from reslab_desktop.services import voting as v
from reslab_desktop.services.ids import new_id


def _board(store, n_notes=6):
    bid = boards.create_board(store, 2, "Retos")
    from reslab_desktop.model import Note

    ids = []
    with store.write() as tx:
        for i in range(n_notes):
            nid = new_id("n")
            ids.append(nid)
            tx.session.add(Note(id=nid, board_id=bid, seq=i, text=f"Reto {i}", color="#FFE066",
                                x=i * 200.0, y=0.0, w=180.0, h=120.0))
    return bid, ids


def _people(store, n=3):
    return [people.add_participant(store, f"Persona {i}") for i in range(n)]


@pytest.fixture
def setup(store):
    bid, notes = _board(store)
    pids = _people(store)
    rid = v.create_round(store, bid, "¿Qué retos?", dots_per_participant=3, max_per_note=2)
    return store, bid, notes, pids, rid


def test_create_defaults_and_open(store):
    bid, notes = _board(store, 9)
    _people(store, 4)
    rid = v.create_round(store, bid, "¿Prioridades?")
    rnd = v.get_round(store, rid)
    assert rnd.dots_per_participant == 3 and rnd.max_per_note == 3
    assert rnd.status == "draft" and rnd.all_notes and len(rnd.voters) == 4
    assert [n.id for n in v.round_candidates(store, rid)] == notes
    v.open_round(store, rid)
    assert v.get_round(store, rid).status == "open"


def test_budget_and_max_enforced_by_service(setup):
    store, bid, notes, pids, rid = setup
    v.open_round(store, rid)
    voter = v.get_round(store, rid).voters[0].id
    assert v.cast_dot(store, rid, voter, notes[0]) == 1
    assert v.cast_dot(store, rid, voter, notes[0]) == 2
    with pytest.raises(ValidationError, match="at most 2"):
        v.cast_dot(store, rid, voter, notes[0])
    v.cast_dot(store, rid, voter, notes[1])
    with pytest.raises(ValidationError, match="no dots left"):
        v.cast_dot(store, rid, voter, notes[2])
    assert v.remove_dot(store, rid, voter, notes[0]) == 1
    v.cast_dot(store, rid, voter, notes[2])
    assert v.get_ballot(store, rid, voter) == {(notes[0], 0): 1, (notes[1], 0): 1, (notes[2], 0): 1}


def test_direct_sql_overspend_is_refused_by_the_trigger(setup):
    store, bid, notes, pids, rid = setup
    v.open_round(store, rid)
    voter = v.get_round(store, rid).voters[0].id
    v.set_ballot(store, rid, voter, {(notes[0], 0): 2, (notes[1], 0): 1})
    conn = store.raw_connection()
    try:
        with pytest.raises(sqlite3.IntegrityError, match="budget"):
            conn.execute("INSERT INTO ballots VALUES (?, ?, ?, 0, 1, '2999')", (rid, voter, notes[2]))
        with pytest.raises(sqlite3.IntegrityError, match="one note"):
            conn.execute("UPDATE ballots SET dots = 3 WHERE note_id = ?", (notes[0],))
        with pytest.raises(sqlite3.IntegrityError, match="not listed"):
            conn.execute("INSERT INTO ballots VALUES (?, 'vv-nobody', ?, 0, 1, '2999')", (rid, notes[3]))
    finally:
        conn.close()
    v.close_round(store, rid)
    conn = store.raw_connection()
    try:
        with pytest.raises(sqlite3.IntegrityError, match="not open"):
            conn.execute("INSERT INTO ballots VALUES (?, ?, ?, 0, 1, '2999')",
                         (rid, v.get_round(store, rid).voters[1].id, notes[2]))
    finally:
        conn.close()


def test_hidden_results_refused_until_close_then_ranked(setup):
    store, bid, notes, pids, rid = setup
    v.open_round(store, rid)
    voters = [x.id for x in v.get_round(store, rid).voters]
    v.set_ballot(store, rid, voters[0], {(notes[0], 0): 2, (notes[1], 0): 1})
    v.set_ballot(store, rid, voters[1], {(notes[1], 0): 2, (notes[2], 0): 1})
    with pytest.raises(v.HiddenResultsError):
        v.results(store, rid)
    prog = v.voting_progress(store, rid)
    assert [x.id for x in prog.voted] == voters[:2] and [x.id for x in prog.missing] == voters[2:]
    v.close_round(store, rid)
    ranking = v.results(store, rid)
    assert [(r.note_id, r.dots, r.rank, r.tied) for r in ranking[:3]] == [
        (notes[1], 3, 1, False), (notes[0], 2, 2, False), (notes[2], 1, 3, False)]
    assert ranking[3].dots == 0 and ranking[3].rank == 4 and ranking[3].tied
    assert abs(sum(r.share for r in ranking) - 1) < 1e-9


def test_reopen_is_logged_and_close_undo(setup):
    store, bid, notes, pids, rid = setup
    v.open_round(store, rid)
    v.close_round(store, rid)
    v.reopen_round(store, rid, "faltó una persona")
    assert v.get_round(store, rid).status == "open"
    assert [e.action for e in v.round_events(store, rid)] == ["created", "opened", "closed", "reopened"]


def test_delete_note_with_votes_in_closed_round_undoes(setup):
    from reslab_desktop.services.deletion import delete_rows, restore_rows

    store, bid, notes, pids, rid = setup
    v.open_round(store, rid)
    voter = v.get_round(store, rid).voters[0].id
    v.set_ballot(store, rid, voter, {(notes[0], 0): 2})
    v.close_round(store, rid)
    snap = delete_rows(store, "notes", [notes[0]], bid)
    kept = v.results(store, rid)[0]  # the closed round keeps what was voted on (issue 17.5)
    assert (kept.note_id, kept.text, kept.dots, kept.now_text) == (notes[0], "Reto 0", 2, "")
    restore_rows(store, snap, bid)
    assert v.results(store, rid)[0].dots == 2
    snap = v.delete_round(store, rid)
    v.restore_round(store, snap)
    assert v.results(store, rid)[0].dots == 2


def test_paper_tally_checked_against_dots_handed_out(store):
    bid, notes = _board(store, 4)
    rid = v.create_round(store, bid, "Papel", mode="paper", anonymous_voters=5,
                         dots_per_participant=2, max_per_note=1)
    v.open_round(store, rid)
    with pytest.raises(ValidationError, match="handed out"):
        v.enter_paper_tally(store, rid, {notes[0]: 5, notes[1]: 5, notes[2]: 1})
    with pytest.raises(ValidationError, match="at most 5"):
        v.enter_paper_tally(store, rid, {notes[0]: 6})
    before = v.enter_paper_tally(store, rid, {notes[0]: 5, notes[1]: 3, notes[2]: 2})
    assert before == {}
    v.close_round(store, rid)
    assert [(r.note_id, r.dots) for r in v.results(store, rid)] == [
        (notes[0], 5), (notes[1], 3), (notes[2], 2), (notes[3], 0)]


def test_runoff_and_promotion(setup):
    store, bid, notes, pids, rid = setup
    v.open_round(store, rid)
    voters = [x.id for x in v.get_round(store, rid).voters]
    v.set_ballot(store, rid, voters[0], {(notes[0], 0): 2, (notes[1], 0): 1})
    v.set_ballot(store, rid, voters[1], {(notes[1], 0): 1, (notes[2], 0): 2})
    v.set_ballot(store, rid, voters[2], {(notes[3], 0): 1})
    v.close_round(store, rid)
    # notes 0, 1, 2 tied with 2 dots each
    with pytest.raises(ValidationError, match="tied at place 2"):
        v.promote_top(store, rid, 2)
    run = v.start_runoff(store, rid, k=2)
    rr = v.get_round(store, run)
    assert rr.runoff_of == rid and set(rr.candidate_ids) == set(notes[:3])
    assert rr.dots_per_participant == 2 and rr.max_per_note == 1
    v.open_round(store, run)
    rv = [x.id for x in rr.voters]
    v.set_ballot(store, run, rv[0], {(notes[0], 0): 1, (notes[1], 0): 1})
    v.set_ballot(store, run, rv[1], {(notes[0], 0): 1, (notes[2], 0): 1})
    v.set_ballot(store, run, rv[2], {(notes[0], 0): 1, (notes[2], 0): 1})
    v.close_round(store, run)
    promo = v.promote_top(store, run, 2)
    assert promo.created_board and promo.source_ids == (notes[0], notes[2])
    content = boards.load_board(store, promo.board_id)
    assert content.board.phase == 3
    assert [(n.text, n.source_note_id) for n in content.notes] == [("Reto 0", notes[0]), ("Reto 2", notes[2])]
    v.unpromote(store, promo)
    assert promo.board_id not in {b.id for b in boards.list_boards(store)}
    again = v.promote_top(store, run, 2, new_board_id=promo.board_id, new_note_ids=promo.note_ids)
    assert again == promo


def test_settings_only_in_draft_and_undo(setup):
    store, bid, notes, pids, rid = setup
    before = v.update_round(store, rid, dots_per_participant=5, candidates=tuple(notes[:3]))
    rnd = v.get_round(store, rid)
    assert rnd.dots_per_participant == 5 and rnd.candidate_ids == tuple(notes[:3])
    v.restore_settings(store, rid, before)
    rnd = v.get_round(store, rid)
    assert rnd.dots_per_participant == 3 and rnd.all_notes
    v.open_round(store, rid)
    with pytest.raises(ValidationError, match="draft"):
        v.update_round(store, rid, dots_per_participant=4)
    with pytest.raises(ValidationError, match="between 1 and 3"):
        v.create_round(store, bid, "x", dots_per_participant=3, max_per_note=4)


def test_two_criteria_and_matrix(store):
    bid, notes = _board(store, 4)
    _people(store, 2)
    rid = v.create_round(store, bid, "Impacto y factibilidad", criteria=("impacto", "factibilidad"),
                         dots_per_participant=2)
    v.open_round(store, rid)
    voters = [x.id for x in v.get_round(store, rid).voters]
    v.set_ballot(store, rid, voters[0], {(notes[0], 0): 2, (notes[1], 1): 2})
    v.set_ballot(store, rid, voters[1], {(notes[0], 0): 1, (notes[0], 1): 1, (notes[2], 0): 1, (notes[1], 1): 1})
    v.close_round(store, rid)
    ranking = v.results(store, rid)
    assert ranking[0].note_id == notes[0] and ranking[0].dots_by_criterion == (3, 1)
    pts = {p.note: p.quadrant for p in v.matrix_points(ranking)}
    assert pts[notes[0]] == (1, 0) and pts[notes[1]] == (0, 1)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 2), st.integers(0, 4)), max_size=40))
def test_random_casts_and_removals_never_overspend_in_the_file(tmp_path_factory, steps):
    from reslab_desktop.storage import Store

    with Store.create(tmp_path_factory.mktemp("h") / "w.reslab", "T") as store:
        bid, notes = _board(store, 5)
        _people(store, 3)
        rid = v.create_round(store, bid, "Q", dots_per_participant=3, max_per_note=2)
        v.open_round(store, rid)
        voters = [x.id for x in v.get_round(store, rid).voters]
        for add, who, note in steps:
            try:
                if add:
                    v.cast_dot(store, rid, voters[who], notes[note])
                else:
                    v.remove_dot(store, rid, voters[who], notes[note])
            except ValidationError:
                pass
        conn = store.raw_connection()
        try:
            per_voter = conn.execute("SELECT voter_id, sum(dots), max(dots) FROM ballots GROUP BY voter_id").fetchall()
        finally:
            conn.close()
        assert all(total <= 3 and most <= 2 for _, total, most in per_voter)
        v.close_round(store, rid)
        assert sum(r.dots for r in v.results(store, rid)) == sum(t for _, t, _ in per_voter)


def test_a_dot_is_refused_outside_an_open_round_for_its_listed_voters_and_candidates(store):
    from reslab_desktop.errors import NotFoundError

    bid, notes = _board(store, 4)
    other_bid, other_notes = _board(store, 1)
    _people(store, 2)
    rid = v.create_round(store, bid, "¿Cuál?", candidates=tuple(notes[:3]), mode="open", dots_per_participant=2)
    voter = v.get_round(store, rid).voters[0].id
    with pytest.raises(ValidationError, match="not open for voting"):
        v.cast_dot(store, rid, voter, notes[0])
    v.open_round(store, rid)
    with pytest.raises(ValidationError, match="not listed for round '¿Cuál\\?'"):
        v.cast_dot(store, rid, "vv-nobody", notes[0])
    with pytest.raises(ValidationError, match="not part of this vote"):
        v.cast_dot(store, rid, voter, notes[3])  # on the board, not a candidate
    with pytest.raises(ValidationError, match="not part of this vote"):
        v.cast_dot(store, rid, voter, other_notes[0])  # another board
    with pytest.raises(NotFoundError, match="note"):
        v.cast_dot(store, rid, voter, "n-nothing")
    with pytest.raises(NotFoundError, match="voting round"):
        v.cast_dot(store, "vr-nothing", voter, notes[0])
    with pytest.raises(ValidationError, match="not listed"):
        v.remove_dot(store, rid, "vv-nobody", notes[0])
    assert v.cast_dot(store, rid, voter, notes[2]) == 1
    v.close_round(store, rid)
    with pytest.raises(ValidationError, match="closed; no more dots"):
        v.cast_dot(store, rid, voter, notes[0])
    with pytest.raises(ValidationError, match="closed; no more dots"):
        v.remove_dot(store, rid, voter, notes[2])
    paper = v.create_round(store, bid, "¿En papel?", mode="paper")
    v.open_round(store, paper)
    with pytest.raises(ValidationError, match="counted on paper"):
        v.cast_dot(store, paper, v.get_round(store, paper).voters[0].id, notes[0])
    assert v.get_ballot(store, rid, voter) == {(notes[2], 0): 1}


def test_a_dot_on_an_all_notes_round_may_go_on_any_note_of_its_board(store):
    bid, notes = _board(store, 3)
    _other, other_notes = _board(store, 1)
    _people(store, 1)
    rid = v.create_round(store, bid, "Q", mode="open", dots_per_participant=2)
    v.open_round(store, rid)
    voter = v.get_round(store, rid).voters[0].id
    assert v.cast_dot(store, rid, voter, notes[2]) == 1
    with pytest.raises(ValidationError, match="not part of this vote"):
        v.cast_dot(store, rid, voter, other_notes[0])
    assert v.remove_dot(store, rid, voter, notes[2]) == 0
    assert v.remove_dot(store, rid, voter, notes[2]) == 0  # nothing to take off: unchanged
    assert v.get_ballot(store, rid, voter) == {}
