"""The life of a voting round, stated once: its statuses and the transitions between them.

The services (``services/voting.py``) check each action against this table and log the
transition's event; undo and redo of any operation that changes a round's status are
checked against it too (``check`` on the status before and after); the voting page shows the
buttons of the actions the status allows. The database's frozen triggers
(``storage/schema_v2_voting.py``) accept dots only while a round is open — a test proves they
agree with :data:`ACCEPTS_DOTS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RoundStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Transition:
    action: str
    source: RoundStatus
    target: RoundStatus
    #: the round's log entry (``vote_round_events.action``)
    logged_as: str
    #: why the action is refused in another status ({status} is the round's)
    refusal: str
    #: only while no dot has been cast (or counted on paper)
    needs_no_dots: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition("open", RoundStatus.DRAFT, RoundStatus.OPEN, "opened",
               "only a draft round can be opened (this one is {status})"),
    Transition("revert_to_draft", RoundStatus.OPEN, RoundStatus.DRAFT, "reverted_to_draft",
               "only an open round can go back to draft", needs_no_dots=True),
    Transition("close", RoundStatus.OPEN, RoundStatus.CLOSED, "closed",
               "only an open round can be closed (this one is {status})"),
    Transition("reopen", RoundStatus.CLOSED, RoundStatus.OPEN, "reopened",
               "only a closed round can be reopened (this one is {status})"),
)

#: Settings (question, budget, candidates, voters…) change only in these statuses.
EDITABLE: frozenset[RoundStatus] = frozenset({RoundStatus.DRAFT})
#: Dots and paper counts are taken only in these statuses.
ACCEPTS_DOTS: frozenset[RoundStatus] = frozenset({RoundStatus.OPEN})

DOTS_CAST = "dots have been cast; close the round instead"

_BY_ACTION = {t.action: t for t in TRANSITIONS}
_BY_ENDS = {(t.source, t.target): t for t in TRANSITIONS}


class TransitionError(ValueError):
    """The action is not allowed in the round's status (a one-line reason)."""


def transition(action: str, status: str) -> Transition:
    """The transition ``action`` takes from ``status``; :class:`TransitionError` when refused."""
    t = _BY_ACTION[action]
    if status != t.source:
        raise TransitionError(t.refusal.format(status=status))
    return t


def allowed(action: str, status: str) -> bool:
    return _BY_ACTION[action].source == status


def between(source: str, target: str) -> Transition | None:
    """The transition from ``source`` to ``target``, if the table has one."""
    return _BY_ENDS.get((RoundStatus(source), RoundStatus(target)))
