"""The round lifecycle is one table: the services follow it, and the file's frozen triggers
(which accept dots only in some statuses) agree with it."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from reslab_desktop.errors import ValidationError
from reslab_desktop.rules import round_lifecycle as lifecycle
from reslab_desktop.rules.round_lifecycle import RoundStatus
from reslab_desktop.services import boards, notes, people, voting

SERVICES = {
    "open": lambda s, r: voting.open_round(s, r),
    "revert_to_draft": lambda s, r: voting.revert_to_draft(s, r),
    "close": lambda s, r: voting.close_round(s, r),
    "reopen": lambda s, r: voting.reopen_round(s, r, "otra vez"),
}


@pytest.fixture
def round_in(store):
    board = boards.create_board(store, 2, "Retos")
    note = notes.add_note(store, board, "Agua", 0.0, 0.0)
    people.add_participant(store, "Ana")

    def make(status: RoundStatus) -> tuple[str, str, str]:
        rid = voting.create_round(store, board, f"¿{status}?")
        with store.write() as tx:  # straight to the status, as a file could have it
            tx.session.execute(text("UPDATE vote_rounds SET status = :s, closed_at = :c WHERE id = :r"),
                               {"s": status.value, "c": "2000-01-01" if status == RoundStatus.CLOSED else None,
                                "r": rid})
        return rid, voting.get_round(store, rid).voters[0].id, note

    return store, make


def test_the_file_accepts_exactly_the_statuses_of_the_table(round_in):
    store, make = round_in
    rid, _, _ = make(RoundStatus.DRAFT)
    with pytest.raises(IntegrityError), store.write() as tx:
        tx.session.execute(text("UPDATE vote_rounds SET status = 'paused' WHERE id = :r"), {"r": rid})


@pytest.mark.parametrize("status", list(RoundStatus))
def test_the_triggers_take_dots_only_where_the_table_says(round_in, status):
    store, make = round_in
    rid, voter, note = make(status)
    insert = text("INSERT INTO ballots (round_id, voter_id, note_id, criterion, dots, at) "
                  "VALUES (:r, :v, :n, 0, 1, '2026-12-01T10:00:00+00:00')")
    if status in lifecycle.ACCEPTS_DOTS:
        with store.write() as tx:
            tx.session.execute(insert, {"r": rid, "v": voter, "n": note})
    else:
        with pytest.raises(IntegrityError, match="not open"), store.write() as tx:
            tx.session.execute(insert, {"r": rid, "v": voter, "n": note})


@pytest.mark.parametrize("status", list(RoundStatus))
@pytest.mark.parametrize("action", list(SERVICES))
def test_each_service_takes_exactly_its_transition(round_in, status, action):
    store, make = round_in
    rid, _, _ = make(status)
    if lifecycle.allowed(action, status):
        SERVICES[action](store, rid)
        assert voting.get_round(store, rid).status == lifecycle.transition(action, status).target
        assert voting.round_events(store, rid)[-1].action == lifecycle.transition(action, status).logged_as
    else:
        with pytest.raises(ValidationError) as refused:
            SERVICES[action](store, rid)
        assert "\n" not in str(refused.value)
        assert voting.get_round(store, rid).status == status


def test_every_status_is_reached_and_left():
    sources = {t.source for t in lifecycle.TRANSITIONS}
    targets = {t.target for t in lifecycle.TRANSITIONS}
    assert sources == targets == set(RoundStatus)
