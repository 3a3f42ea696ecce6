"""A phone's dot, written on the writer thread through the voting services."""

from __future__ import annotations

from reslab_desktop.errors import NotFoundError, ValidationError
from reslab_desktop.room.views import PhoneRound
from reslab_desktop.services import voting
from reslab_desktop.services.voting_records import voter_ballot
from reslab_desktop.storage import Store


class Refused(Exception):
    """The request breaks a rule; ``status`` is the HTTP status, the message one line."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def change_dot(store: Store, rnd: PhoneRound, voter_id: str, note_id: str, delta: int) -> dict[str, int]:
    """Add (``delta`` 1) or take back (-1) one dot; returns the voter's dots ``{note: n}``.

    Runs inside a write (the batch's, ``batch.py``): the ballot read first is the one the
    service changes, so the answer is that ballot with the dot applied (no second read)."""
    if not store.in_write():
        with store.write():
            return change_dot(store, rnd, voter_id, note_id, delta)
    if rnd.candidate(note_id) is None:
        raise Refused(404, "that note is not part of this vote")
    with store.read() as s:  # this write's own session
        mine = {note: dots for (note, criterion), dots in voter_ballot(s, voter_id).items() if criterion == 0}
    if delta < 0 and not mine.get(note_id):
        raise Refused(409, "you have no dot on that note to take back")
    try:
        if delta > 0:
            voting.cast_dot(store, rnd.id, voter_id, note_id)
        else:
            voting.remove_dot(store, rnd.id, voter_id, note_id)
    except NotFoundError as exc:
        raise Refused(404, str(exc)) from None
    except ValidationError as exc:  # budget, per-note maximum, round closed meanwhile
        raise Refused(409, str(exc)) from None
    mine[note_id] = mine.get(note_id, 0) + delta
    return {note: dots for note, dots in mine.items() if dots}
