"""Several writers: writes from any thread take turns, each change set names its writer, and
a write opened inside another on the same thread joins it."""

from __future__ import annotations

import threading

import pytest

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Ballot, Note, VoteRound
from reslab_desktop.services import boards, notes, people, voting
from reslab_desktop.storage import LOCAL, PHONE, WINDOW, ChangeSet


def test_writes_from_several_threads_all_commit_in_turn_and_say_who(store):
    board = boards.create_board(store, 2, "Retos")
    seen: list[tuple[ChangeSet, str]] = []
    store.events.subscribe(lambda cs: seen.append((cs, threading.current_thread().name)))
    errors: list[BaseException] = []

    def writer(name: str, initiator: str) -> None:
        try:
            with store.acting_as(initiator):
                for i in range(25):
                    notes.add_note(store, board, f"{name} {i}", i * 10.0, 0.0)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{k}", PHONE if k % 2 else WINDOW), name=f"w{k}")
               for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert len(boards.load_board(store, board).notes) == 100
    seqs = [cs.seq for cs, _ in seen]
    assert sorted(seqs) == list(range(seqs[0], seqs[0] + 100))  # one commit each, none lost
    for cs, thread in seen:  # listeners run on the writing thread, which named itself
        assert cs.initiator == (PHONE if int(thread[1:]) % 2 else WINDOW)
        (added,) = cs.of(Note).added
        assert cs.image(Note, added)["text"].startswith(thread + " ")


def test_a_change_set_says_what_changed_per_entity_with_the_rows(store):
    board = boards.create_board(store, 2, "Retos")
    ids = [notes.add_note(store, board, t, 0.0, 0.0) for t in ("a", "b")]
    for name in ("Ana", "Beto"):
        people.add_participant(store, name)
    rid = voting.create_round(store, board, "¿Cuál?")
    voting.open_round(store, rid)
    voter = voting.get_round(store, rid).voters[0].id
    got: list[ChangeSet] = []
    store.events.subscribe(got.append)
    voting.cast_dot(store, rid, voter, ids[0])
    (cs,) = got
    assert cs.initiator == LOCAL and cs.touches(Ballot) and not cs.touches(Note, VoteRound)
    assert cs.of(Ballot).added == {(voter, ids[0], 0)}
    assert [(c.entity, c.action, c.ids) for c in cs] == [("ballots", "added", (rid,))]  # the older shape
    notes.delete_notes(store, [ids[0]])  # the ballot goes with the note
    assert got[-1].of(Note).removed == {ids[0]} and got[-1].of(Ballot).removed == {(voter, ids[0], 0)}


def test_a_write_inside_a_write_joins_it_and_a_refused_inner_write_is_undone_alone(store):
    board = boards.create_board(store, 2, "Retos")
    got: list[ChangeSet] = []
    store.events.subscribe(got.append)
    with store.write():
        first = notes.add_note(store, board, "uno", 0.0, 0.0)
        assert [n.id for n in boards.load_board(store, board).notes] == [first]  # reads see it
        with pytest.raises(ValidationError):
            notes.add_note(store, board, "dos", 0.0, 0.0, w=0.0)  # (a width must be > 0: rules/fields.py)
        with pytest.raises(ValidationError), store.write() as tx:
            tx.session.add(Note(id="n-half", board_id=board, seq=9, text="x", x=0, y=0, w=100, h=100,
                                color="#ffe066"))
            raise ValidationError("refused after writing")
    assert [n.text for n in boards.load_board(store, board).notes] == ["uno"]
    assert len(got) == 1 and got[0].of(Note).added == {first}  # one announcement, after the commit
