"""Dot-voting rounds on a board: who may vote, on which notes, the ballots and paper tallies.

The SQL (with the triggers that enforce budgets) is ``storage/schema_v2_voting.py``.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reslab_desktop.model.base import Base

ROUND_MODES = ("secret", "open", "paper")
ROUND_STATUSES = ("draft", "open", "closed")


class VoteRound(Base):
    """One question put to a vote on one board.

    ``criterion_1``/``criterion_2``: labels of the criteria (``criterion_2`` is NULL for a
    single-criterion round); each voter has ``dots_per_participant`` dots per criterion.
    ``all_notes``: 1 when every note of the board is a candidate, else ``vote_candidates``.
    """

    __tablename__ = "vote_rounds"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    criterion_1: Mapped[str] = mapped_column(Text, default="")
    criterion_2: Mapped[str | None] = mapped_column(Text)
    all_notes: Mapped[int] = mapped_column(Integer, default=1)
    dots_per_participant: Mapped[int] = mapped_column(Integer)
    max_per_note: Mapped[int] = mapped_column(Integer)
    hidden_until_reveal: Mapped[int] = mapped_column(Integer, default=1)
    anonymous: Mapped[int] = mapped_column(Integer, default=0)
    mode: Mapped[str] = mapped_column(Text, default="secret")
    status: Mapped[str] = mapped_column(Text, default="draft")
    timer_seconds: Mapped[int | None] = mapped_column(Integer)
    runoff_of: Mapped[str | None] = mapped_column(ForeignKey("vote_rounds.id", ondelete="SET NULL"))
    created_at: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[str | None] = mapped_column(Text)


class VoteCandidate(Base):
    __tablename__ = "vote_candidates"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id", ondelete="CASCADE"), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class VoteVoter(Base):
    """A voter of a round: a roster participant, or an anonymous voter (``label`` "1", "2"…)."""

    __tablename__ = "vote_voters"
    __table_args__ = (UniqueConstraint("round_id", "participant_id"),)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(Text, default="")


class Ballot(Base):
    """Dots one voter put on one note for one criterion (0 or 1). ``at``: when last changed."""

    __tablename__ = "ballots"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    voter_id: Mapped[str] = mapped_column(ForeignKey("vote_voters.id", ondelete="CASCADE"), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    criterion: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    dots: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(Text)


class PaperTally(Base):
    """Dots counted on the paper wall for one note (paper-mode rounds)."""

    __tablename__ = "paper_tallies"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id", ondelete="CASCADE"), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    criterion: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    dots: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(Text)


class VoteRoundEvent(Base):
    """The log of a round: opened, closed, reopened (explicitly), paper tally entered…"""

    __tablename__ = "vote_round_events"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")


class VoteClosedCandidate(Base):
    """A candidate of a closed round as it was at the closing: its text and dots then
    (``dots_2``: the second criterion's). No foreign key on ``note_id``: the record outlives
    the note (``storage/schema_v5_closed_rounds.py``)."""

    __tablename__ = "vote_closed_candidates"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id", ondelete="CASCADE"), primary_key=True)
    note_id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    dots_1: Mapped[int] = mapped_column(Integer, default=0)
    dots_2: Mapped[int] = mapped_column(Integer, default=0)
