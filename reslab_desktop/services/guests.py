"""Guests: a person not on the roster joins the room from a phone (when the facilitator allows).

A guest is an ordinary participant of the roster from then on (the People page lists them).
Rounds that are not closed and whose voters are the whole roster take the guest in as a voter,
so the newcomer can vote like everyone else; rounds with a chosen list of voters do not.
"""

from __future__ import annotations

from sqlalchemy import select

from reslab_desktop.model import Participant, VoteRound, VoteVoter
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.storage import ADDED, UPDATED, Store


def add_guest(store: Store, name: str) -> str:
    """Add ``name`` to the roster as a participant and to the whole-roster rounds; its id."""
    name = " ".join(checks.text(name, "name", required=True, max_len=NAME_MAX).split())
    with store.write() as tx:
        s = tx.session
        roster = set(s.execute(select(Participant.id).where(Participant.role == "participant")).scalars())
        pid = new_id("p")
        s.add(Participant(id=pid, seq=next_seq(s, Participant.seq), name=name, role="participant"))
        s.flush()
        joined = []
        for rnd in s.execute(
            select(VoteRound).where(VoteRound.status != "closed", VoteRound.anonymous == 0)
        ).scalars():
            voters = set(
                s.execute(select(VoteVoter.participant_id).where(VoteVoter.round_id == rnd.id)).scalars()
            )
            if roster and roster <= voters:
                seq = next_seq(s, VoteVoter.seq, VoteVoter.round_id == rnd.id)
                s.add(VoteVoter(id=new_id("vv"), round_id=rnd.id, seq=seq, participant_id=pid))
                joined.append(rnd)
        tx.changed("participants", ADDED, (pid,))
        for rnd in joined:
            tx.changed("vote_rounds", UPDATED, (rnd.id,), rnd.board_id)
    return pid
