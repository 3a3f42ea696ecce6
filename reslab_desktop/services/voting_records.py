"""Records of voting rounds and their loading (shared by the voting services and readers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.orm import Session

from reslab_desktop.model import (
    Ballot,
    Note,
    PaperTally,
    Participant,
    VoteCandidate,
    VoteRound,
    VoteVoter,
)
from reslab_desktop.services import checks
from reslab_desktop.services.records import NoteRecord


@dataclass(frozen=True)
class VoterRecord:
    id: str
    participant_id: str | None
    label: str  # anonymous voters: "1", "2"…; roster voters: the participant's name

    @property
    def anonymous(self) -> bool:
        return self.participant_id is None


@dataclass(frozen=True)
class VoteRoundRecord:
    id: str
    board_id: str
    seq: int
    question: str
    criteria: tuple[str, ...]  # one or two labels ("" for a plain single criterion)
    all_notes: bool
    candidate_ids: tuple[str, ...]  # the explicit list (empty when ``all_notes``)
    dots_per_participant: int
    max_per_note: int
    hidden_until_reveal: bool
    anonymous: bool
    mode: str
    status: str
    timer_seconds: int | None
    runoff_of: str | None
    created_at: str | None
    opened_at: str | None
    closed_at: str | None
    voters: tuple[VoterRecord, ...]

    @property
    def counts_hidden(self) -> bool:
        """True while nobody may see the counts (hidden round, not yet revealed)."""
        return self.hidden_until_reveal and self.status == "open"

    def voter(self, voter_id: str) -> VoterRecord:
        for v in self.voters:
            if v.id == voter_id:
                return v
        from reslab_desktop.errors import ValidationError

        raise ValidationError(f"voter {voter_id!r} is not listed for round {self.question!r}")


@dataclass(frozen=True)
class DotRound:
    """What writing one voter's dots needs of its round: read with one query in the write's
    own transaction, since open rounds save every dot (the whole round is not re-read)."""

    id: str
    board_id: str
    status: str
    mode: str
    all_notes: bool
    dots_per_participant: int
    max_per_note: int
    voter_listed: bool


@dataclass(frozen=True)
class RankingRecord:
    note_id: str
    text: str
    dots: int  # all criteria together
    dots_by_criterion: tuple[int, ...]
    rank: int
    tied: bool
    share: float
    now_text: str | None = None  # a closed round's note reads differently today ("" = deleted)


@dataclass(frozen=True)
class VotingProgress:
    """Who has voted and who is missing; never how anyone voted."""

    voted: tuple[VoterRecord, ...]
    missing: tuple[VoterRecord, ...]

    @property
    def total(self) -> int:
        return len(self.voted) + len(self.missing)


# Statements built once: a dot runs some of them, and the screens and the facilitator's page
# read the round again after every dot; building a statement costs more than running it.
_ROUNDS = VoteRound.__table__
_NOTES = Note.__table__
_ROUND = select(_ROUNDS).where(_ROUNDS.c.id == bindparam("round_id"))
_CANDIDATE_IDS = (
    select(VoteCandidate.note_id).where(VoteCandidate.round_id == bindparam("round_id")).order_by(VoteCandidate.seq)
)
_VOTERS = (
    select(VoteVoter.id, VoteVoter.participant_id, VoteVoter.label, Participant.name)
    .outerjoin(Participant, Participant.id == VoteVoter.participant_id)
    .where(VoteVoter.round_id == bindparam("round_id"))
    .order_by(VoteVoter.seq)
)
_BOARD_NOTES = select(_NOTES).where(_NOTES.c.board_id == bindparam("board_id")).order_by(_NOTES.c.seq)
_LISTED_NOTES = (
    select(_NOTES)
    .join(VoteCandidate.__table__, VoteCandidate.note_id == _NOTES.c.id)
    .where(VoteCandidate.round_id == bindparam("round_id"))
    .order_by(VoteCandidate.seq)
)
_DOT_ROUND = select(
    VoteRound.id, VoteRound.board_id, VoteRound.status, VoteRound.mode, VoteRound.all_notes,
    VoteRound.dots_per_participant, VoteRound.max_per_note,
    exists().where(VoteVoter.id == bindparam("voter_id"), VoteVoter.round_id == VoteRound.id),
).where(VoteRound.id == bindparam("round_id"))
_NOTE_PLACE = select(
    Note.board_id,
    exists().where(VoteCandidate.round_id == bindparam("round_id"), VoteCandidate.note_id == Note.id),
).where(Note.id == bindparam("note_id"))
_VOTER_BALLOT = select(Ballot.note_id, Ballot.criterion, Ballot.dots).where(Ballot.voter_id == bindparam("voter_id"))
_ROUND_BALLOTS = (
    select(Ballot.voter_id, Ballot.note_id, Ballot.criterion, Ballot.dots).where(Ballot.round_id == bindparam("round_id"))
)
_VOTED = select(Ballot.voter_id).where(Ballot.round_id == bindparam("round_id")).distinct()
_PAPER = (
    select(PaperTally.note_id, PaperTally.criterion, PaperTally.dots).where(PaperTally.round_id == bindparam("round_id"))
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def load_round(s: Session, round_id: str) -> VoteRoundRecord:
    row = s.connection().execute(_ROUND, {"round_id": round_id}).first()
    return _record(s, checks.found(row, "voting round", round_id))


def _record(s: Session, row: Any) -> VoteRoundRecord:
    """``row``: a ``vote_rounds`` row (its columns as attributes)."""
    conn = s.connection()
    cands = tuple(conn.execute(_CANDIDATE_IDS, {"round_id": row.id}).scalars())
    voters = tuple(
        VoterRecord(vid, participant_id, name if name is not None else label)
        for vid, participant_id, label, name in conn.execute(_VOTERS, {"round_id": row.id})
    )
    criteria = (row.criterion_1,) if row.criterion_2 is None else (row.criterion_1, row.criterion_2)
    return VoteRoundRecord(
        id=row.id, board_id=row.board_id, seq=row.seq, question=row.question, criteria=criteria,
        all_notes=bool(row.all_notes), candidate_ids=cands,
        dots_per_participant=row.dots_per_participant, max_per_note=row.max_per_note,
        hidden_until_reveal=bool(row.hidden_until_reveal), anonymous=bool(row.anonymous),
        mode=row.mode, status=row.status, timer_seconds=row.timer_seconds, runoff_of=row.runoff_of,
        created_at=row.created_at, opened_at=row.opened_at, closed_at=row.closed_at, voters=voters,
    )


def load_rounds(s: Session, board_id: str | None = None) -> list[VoteRoundRecord]:
    query = select(_ROUNDS).order_by(_ROUNDS.c.seq)
    if board_id is not None:
        query = query.where(_ROUNDS.c.board_id == board_id)
    return [_record(s, r) for r in s.connection().execute(query).all()]


def candidate_notes(s: Session, rnd: VoteRoundRecord) -> list[NoteRecord]:
    """The round's candidates as note records: board order, or the explicit list's order."""
    if rnd.all_notes:
        rows = s.connection().execute(_BOARD_NOTES, {"board_id": rnd.board_id})
    else:
        rows = s.connection().execute(_LISTED_NOTES, {"round_id": rnd.id})
    return [NoteRecord(**r._mapping) for r in rows]


def dot_round(s: Session, round_id: str, voter_id: str) -> DotRound:
    row = checks.found(
        s.connection().execute(_DOT_ROUND, {"round_id": round_id, "voter_id": voter_id}).first(),
        "voting round", round_id,
    )
    rid, board_id, status, mode, all_notes, budget, max_per_note, listed = row
    return DotRound(rid, board_id, status, mode, bool(all_notes), budget, max_per_note, bool(listed))


def note_place(s: Session, round_id: str, note_id: str) -> tuple[str, bool]:
    """The board of ``note_id`` and whether it is listed as a candidate of ``round_id``."""
    row = checks.found(
        s.connection().execute(_NOTE_PLACE, {"round_id": round_id, "note_id": note_id}).first(), "note", note_id
    )
    return row[0], bool(row[1])


def voter_ballot(s: Session, voter_id: str) -> dict[tuple[str, int], int]:
    rows = s.connection().execute(_VOTER_BALLOT, {"voter_id": voter_id})
    return {(n, c): d for n, c, d in rows}


def all_ballots(s: Session, round_id: str) -> dict[str, dict[tuple[str, int], int]]:
    """Every voter's ballot of a round, by voter id (voters without dots are absent)."""
    out: dict[str, dict[tuple[str, int], int]] = {}
    for voter, note, criterion, dots in s.connection().execute(_ROUND_BALLOTS, {"round_id": round_id}):
        out.setdefault(voter, {})[(note, criterion)] = dots
    return out


def voted_ids(s: Session, round_id: str) -> set[str]:
    """The voters of a round with at least one dot."""
    return set(s.connection().execute(_VOTED, {"round_id": round_id}).scalars())


def paper_counts(s: Session, round_id: str) -> dict[tuple[str, int], int]:
    rows = s.connection().execute(_PAPER, {"round_id": round_id})
    return {(n, c): d for n, c, d in rows}


def latest_mark(s: Session, round_id: str) -> str:
    """The latest ``at`` of the round's ballots and paper tallies ('' when none)."""
    b = s.execute(select(func.max(Ballot.at)).where(Ballot.round_id == round_id)).scalar() or ""
    p = s.execute(select(func.max(PaperTally.at)).where(PaperTally.round_id == round_id)).scalar() or ""
    return max(b, p)
