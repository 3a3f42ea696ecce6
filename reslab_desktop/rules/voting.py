"""Dot-voting rules, pure and Qt-free: THE one place for budgets, tallies, ranking and ties.

The services validate with these functions; the database triggers in
``storage/schema_v2_voting.py`` enforce the same budget and per-note limits as a backstop.

A *ballot* here is a mapping ``{(note_id, criterion): dots}`` for one voter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

MIN_DOTS = 1
MAX_DOTS = 20

Ballot = Mapping[tuple[str, int], int]


class BallotError(ValueError):
    """A ballot breaks the round's rules; the message is one line."""


def default_budget(candidate_count: int) -> int:
    """About a third of the candidates, clamped to 1…20 (the usual dot-voting guidance)."""
    return max(MIN_DOTS, min(MAX_DOTS, round(candidate_count / 3)))


def check_settings(dots_per_participant: int, max_per_note: int) -> None:
    if not MIN_DOTS <= dots_per_participant <= MAX_DOTS:
        raise BallotError(f"dots per participant must be between {MIN_DOTS} and {MAX_DOTS}")
    if not 1 <= max_per_note <= dots_per_participant:
        raise BallotError(f"the maximum on one note must be between 1 and {dots_per_participant}")


def check_ballot(
    ballot: Ballot,
    budget: int,
    max_per_note: int,
    candidates: Iterable[str],
    criteria: int = 1,
) -> None:
    """Raise ``BallotError`` if ``ballot`` spends more than ``budget`` per criterion,
    more than ``max_per_note`` on a note, or votes on something that is not a candidate."""
    allowed = set(candidates)
    spent: Counter[int] = Counter()
    for (note, criterion), dots in ballot.items():
        _check_place(note, criterion, allowed, criteria)
        if isinstance(dots, bool) or not isinstance(dots, int) or dots < 0:
            raise BallotError(f"dots on note {note!r} must be a whole number ≥ 0")
        if dots > max_per_note:
            raise BallotError(f"{dots} dots on one note; at most {max_per_note} allowed")
        spent[criterion] += dots
    for criterion, total in spent.items():
        if total > budget:
            raise BallotError(f"{total} dots spent; the budget is {budget}" + _crit(criterion, criteria))


def paper_allowance(budget: int, max_per_note: int, voters: int) -> tuple[int, int]:
    """A paper vote's limits: the dots handed out per criterion (``budget × voters``) and the
    most one note can collect (``max_per_note × voters``)."""
    return budget * voters, max_per_note * voters


def check_paper_tally(
    counts: Mapping[tuple[str, int], int],
    screen: Mapping[tuple[str, int], int],
    budget: int,
    max_per_note: int,
    voters: int,
    candidates: Iterable[str],
    criteria: int = 1,
) -> None:
    """Paper counts (plus dots already cast on screen, ``screen``) cannot exceed the dots
    handed out: ``budget × voters`` per criterion and ``max_per_note × voters`` on one note."""
    check_paper_counts(counts, candidates, criteria)
    over = paper_overage(counts, screen, budget, max_per_note, voters, criteria)
    if over is not None:
        raise BallotError(over)


def check_paper_counts(counts: Mapping[tuple[str, int], int], candidates: Iterable[str], criteria: int = 1) -> None:
    """Paper counts are whole numbers ≥ 0 on the round's candidates (nothing about how many)."""
    allowed = set(candidates)
    for (note, criterion), dots in counts.items():
        _check_place(note, criterion, allowed, criteria)
        if isinstance(dots, bool) or not isinstance(dots, int) or dots < 0:
            raise BallotError("a paper count must be a whole number ≥ 0")


def paper_overage(
    counts: Mapping[tuple[str, int], int],
    screen: Mapping[tuple[str, int], int],
    budget: int,
    max_per_note: int,
    voters: int,
    criteria: int = 1,
) -> str | None:
    """Why paper counts pass the dots handed out (one line), or None when they do not. A
    facilitator may still record them (a voter used their own stickers): the round's log
    keeps this line."""
    handed, per_note = paper_allowance(budget, max_per_note, voters)
    spent: Counter[int] = Counter({c: dots_spent(screen, c) for c in range(criteria)})
    for (note, criterion), dots in counts.items():
        on_note = dots + screen.get((note, criterion), 0)
        if on_note > per_note:
            return f"{on_note} dots on one note, but {voters} voters × {max_per_note} allow at most {per_note}"
        spent[criterion] += dots
    for criterion, total in spent.items():
        if total > handed:
            return (f"{total} dots counted, but only {handed} were handed out "
                    f"({voters} voters × {budget})" + _crit(criterion, criteria))
    return None


def dots_spent(ballot: Ballot, criterion: int = 0) -> int:
    """The dots of a ballot (or of paper counts) under one criterion."""
    return sum(d for (_, c), d in ballot.items() if c == criterion)


def dots_left(ballot: Ballot, budget: int, criterion: int = 0) -> int:
    return budget - dots_spent(ballot, criterion)


def can_add(ballot: Ballot, note: str, criterion: int, budget: int, max_per_note: int) -> bool:
    """Whether one more dot on ``note`` stays within the budget and the per-note maximum."""
    return ballot.get((note, criterion), 0) < max_per_note and dots_left(ballot, budget, criterion) > 0


def add_dot(ballot: Ballot, note: str, criterion: int, budget: int, max_per_note: int) -> dict[tuple[str, int], int]:
    """A new ballot with one more dot on ``note``; raises ``BallotError`` when not allowed."""
    if ballot.get((note, criterion), 0) >= max_per_note:
        raise BallotError(f"at most {max_per_note} dots on one note")
    if dots_left(ballot, budget, criterion) <= 0:
        raise BallotError("no dots left")
    out = dict(ballot)
    out[(note, criterion)] = out.get((note, criterion), 0) + 1
    return out


def remove_dot(ballot: Ballot, note: str, criterion: int) -> dict[tuple[str, int], int]:
    """A new ballot with one dot fewer on ``note`` (unchanged when it has none)."""
    out = dict(ballot)
    current = out.get((note, criterion), 0)
    if current <= 1:
        out.pop((note, criterion), None)
    else:
        out[(note, criterion)] = current - 1
    return out


def tallies(
    ballots: Iterable[Ballot], paper: Mapping[tuple[str, int], int] | None = None
) -> dict[tuple[str, int], int]:
    """Total dots per (note, criterion): the sum of all ballots plus the paper tally."""
    total: Counter[tuple[str, int]] = Counter()
    for ballot in ballots:
        total.update({k: v for k, v in ballot.items() if v})
    if paper:
        total.update({k: v for k, v in paper.items() if v})
    return dict(total)


@dataclass(frozen=True)
class Ranked:
    note: str
    dots: int
    rank: int
    tied: bool
    share: float  # fraction of all dots (0.0 when nobody voted)


def rank(scores: Mapping[str, int], order: Sequence[str] | None = None) -> list[Ranked]:
    """Competition ranking ("1, 2, 2, 4"): equal scores share the rank and are ``tied``.

    ``order`` lists every candidate (notes without dots count 0) and breaks display order
    among equal scores (stable: board order); it never changes a rank.
    """
    notes = list(order) if order is not None else sorted(scores)
    seen = set(notes)
    notes += sorted(n for n in scores if n not in seen)
    position = {n: i for i, n in enumerate(notes)}
    ordered = sorted(notes, key=lambda n: (-scores.get(n, 0), position[n]))
    counts = Counter(scores.get(n, 0) for n in notes)
    total = sum(scores.get(n, 0) for n in notes)
    out: list[Ranked] = []
    for i, note in enumerate(ordered):
        dots = scores.get(note, 0)
        r = out[-1].rank if out and out[-1].dots == dots else i + 1
        out.append(Ranked(note, dots, r, counts[dots] > 1, dots / total if total else 0.0))
    return out


@dataclass(frozen=True)
class CutOff:
    """Who is safely in the top ``k``, and the tie that straddles the cut-off (if any)."""

    safe: tuple[str, ...]
    tied: tuple[str, ...]  # notes tied at the cut-off: the runoff candidates
    seats: int  # how many of ``tied`` can still go through

    @property
    def clean(self) -> bool:
        return not self.tied


def cut_off(ranking: Sequence[Ranked], k: int) -> CutOff:
    """Split the top ``k`` of a ranking; a tie across position ``k`` needs a runoff."""
    if k <= 0 or not ranking:
        return CutOff((), (), 0)
    if k >= len(ranking):
        return CutOff(tuple(r.note for r in ranking), (), 0)
    boundary = ranking[k - 1].dots
    if ranking[k].dots != boundary:
        return CutOff(tuple(r.note for r in ranking[:k]), (), 0)
    safe = tuple(r.note for r in ranking if r.dots > boundary)
    tied = tuple(r.note for r in ranking if r.dots == boundary)
    return CutOff(safe, tied, k - len(safe))


def matrix_quadrant(x: int, y: int, x_mid: float, y_mid: float) -> tuple[int, int]:
    """(column, row) of a 2×2 matrix: column 1 = above the x midpoint, row 1 = above y's."""
    return (1 if x > x_mid else 0, 1 if y > y_mid else 0)


@dataclass(frozen=True)
class MatrixPoint:
    note: str
    x: int  # dots for the first criterion (e.g. impact)
    y: int  # dots for the second criterion (e.g. feasibility)
    quadrant: tuple[int, int]
    fx: float  # position 0…1 inside the chart (max dots → 1)
    fy: float


def matrix(scores: Mapping[str, tuple[int, int]]) -> list[MatrixPoint]:
    """Place candidates on a 2×2 matrix of two criteria.

    The split lines are the midpoints of each axis' range (half the largest count), so
    "high impact, high feasibility" means the upper half of what the room gave.
    """
    if not scores:
        return []
    max_x = max(x for x, _ in scores.values()) or 1
    max_y = max(y for _, y in scores.values()) or 1
    return [
        MatrixPoint(n, x, y, matrix_quadrant(x, y, max_x / 2, max_y / 2), x / max_x, y / max_y)
        for n, (x, y) in scores.items()
    ]


def _check_place(note: str, criterion: int, allowed: set[str], criteria: int) -> None:
    """Dots go on a candidate of the round, under one of its criteria."""
    if criterion not in range(criteria):
        raise BallotError(f"criterion {criterion + 1} is not part of this round")
    if note not in allowed:
        raise BallotError(f"note {note!r} is not a candidate of this round")


def _crit(criterion: int, criteria: int) -> str:
    return f" (criterion {criterion + 1})" if criteria > 1 else ""
