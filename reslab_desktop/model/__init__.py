"""Domain objects as SQLAlchemy typed mapped classes (Qt-free)."""

from reslab_desktop.model.base import Base
from reslab_desktop.model.board import Board, Image, Link, Note, PhoneNote, Zone
from reslab_desktop.model.lab import (
    ActionItem,
    AgendaItem,
    Decision,
    DecisionOrganization,
    Initiative,
    InitiativeMember,
    Iteration,
    IterationBoard,
    LearningEntry,
    Need,
    PhaseStatus,
    Pledge,
)
from reslab_desktop.model.people import (
    Attendance,
    Organization,
    Participant,
    WorkSession,
    Workshop,
)
from reslab_desktop.model.voting import (
    Ballot,
    PaperTally,
    VoteCandidate,
    VoteClosedCandidate,
    VoteRound,
    VoteRoundEvent,
    VoteVoter,
)

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendance",
    "Ballot",
    "Base",
    "Board",
    "Decision",
    "DecisionOrganization",
    "Image",
    "Initiative",
    "InitiativeMember",
    "Iteration",
    "IterationBoard",
    "LearningEntry",
    "Link",
    "Need",
    "Note",
    "Organization",
    "PaperTally",
    "PhoneNote",
    "Participant",
    "PhaseStatus",
    "Pledge",
    "VoteCandidate",
    "VoteRound",
    "VoteClosedCandidate",
    "VoteRoundEvent",
    "VoteVoter",
    "WorkSession",
    "Workshop",
    "Zone",
]
