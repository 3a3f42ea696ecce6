"""What phones may see, read from the workshop: the rounds open to phones and the roster.

:class:`RoomView` is read once after each change of the file (the server watches it) and
shared by every phone's request; what is personal (a voter's own dots) is read per request.
No function here returns anyone's dots but the caller's, nor any count of a round before it
is closed: ``results`` exist only for closed rounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reslab_desktop.services import voting
from reslab_desktop.services.people import list_participants
from reslab_desktop.services.voting_records import VoteRoundRecord, voter_ballot
from reslab_desktop.storage import Store


@dataclass(frozen=True)
class Candidate:
    id: str
    text: str
    color: str

    def json(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text, "color": self.color}


@dataclass(frozen=True)
class PhoneRound:
    id: str
    question: str
    status: str
    dots_per_participant: int
    max_per_note: int
    candidates: tuple[Candidate, ...]
    voters: Mapping[str, str]  # participant id → voter id
    results: tuple[dict[str, Any], ...] | None  # closed rounds only

    def candidate(self, note_id: str) -> Candidate | None:
        return next((c for c in self.candidates if c.id == note_id), None)


@dataclass(frozen=True)
class RoomView:
    rounds: tuple[PhoneRound, ...] = ()
    roster: tuple[tuple[str, str], ...] = ()  # (id, name) of who may join, roster order
    people: Mapping[str, str] = field(default_factory=dict)  # every participant id → name

    def round(self, round_id: str) -> PhoneRound | None:
        return next((r for r in self.rounds if r.id == round_id), None)


def phone_votable(rnd: VoteRoundRecord) -> bool:
    """Rounds phones can take part in: roster voters, dots on screen, one criterion.

    Anonymous voters ("1", "2"…) belong to the shared screen's turns; paper rounds are counted
    on the wall; two-criteria rounds (impact × feasibility) stay on the shared screen."""
    return not rnd.anonymous and rnd.mode != "paper" and len(rnd.criteria) == 1


def read_view(store: Store, closed_since: str) -> RoomView:
    """Open rounds, and rounds closed since ``closed_since`` (ISO time: the room's opening)."""
    rounds = []
    for rnd in voting.list_rounds(store):
        if not phone_votable(rnd):
            continue
        if rnd.status == "open" or (rnd.status == "closed" and (rnd.closed_at or "") >= closed_since):
            rounds.append(_phone_round(store, rnd))
    people = list_participants(store)
    voters = {pid for r in rounds for pid in r.voters}
    roster = tuple((p.id, p.name) for p in people if p.role == "participant" or p.id in voters)
    return RoomView(tuple(rounds), roster, {p.id: p.name for p in people})


def _phone_round(store: Store, rnd: VoteRoundRecord) -> PhoneRound:
    notes = voting.round_candidates(store, rnd.id)
    candidates = tuple(Candidate(n.id, n.text, n.color) for n in notes)
    results = None
    if rnd.status == "closed":
        colors = {c.id: c.color for c in candidates}
        results = tuple(
            {"id": r.note_id, "text": r.text, "color": colors.get(r.note_id, ""), "dots": r.dots,
             "rank": r.rank, "tied": r.tied}
            for r in voting.results(store, rnd.id)
        )
    return PhoneRound(
        rnd.id, rnd.question, rnd.status, rnd.dots_per_participant, rnd.max_per_note, candidates,
        {v.participant_id: v.id for v in rnd.voters if v.participant_id}, results,
    )


def my_ballots(store: Store, voter_ids: list[str]) -> dict[str, dict[str, int]]:
    """The caller's own dots, by voter id: ``{voter: {note: dots}}`` (one criterion)."""
    with store.read() as s:
        return {v: {note: dots for (note, _), dots in voter_ballot(s, v).items()} for v in voter_ids}


def round_json(rnd: PhoneRound, mine: dict[str, int]) -> dict[str, Any]:
    """One round as ``GET /api/state`` shows it to one voter."""
    out: dict[str, Any] = {
        "id": rnd.id,
        "question": rnd.question,
        "status": rnd.status,
        "dots_per_participant": rnd.dots_per_participant,
        "max_per_note": rnd.max_per_note,
        "dots_left": rnd.dots_per_participant - sum(mine.values()),
        "my_dots": dict(mine),
        "candidates": [c.json() for c in rnd.candidates],
    }
    if rnd.results is not None:
        out["results"] = [dict(r) for r in rnd.results]
    return out
