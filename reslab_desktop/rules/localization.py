"""The localization index: how much of the lab's decision power sits with local organizations.

The rule (the only place it is computed; the overview chart, the report and the tests use it):

    index = (local + 0.5 × shared) / (local + shared + facilitators)

over the decisions considered — one phase, or the whole lab. A decision made by local
organizations counts 1, a shared decision ½, a decision of the facilitating team 0. The
index runs from 0 (every decision taken by the facilitating team) to 1 (every decision
taken by local organizations). With no decisions there is nothing to measure: ``None``,
never 0, so an empty phase is not drawn as "facilitator-led".

The *pathway* is the index per phase 1…6 in order: in a lab that works as intended it rises
from facilitator-led (steps 1–2) to locally-led (steps 5–6).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reslab_desktop.model.lab_vocab import DECIDERS
from reslab_desktop.model.vocab import PHASES

#: The weight of each "who decided" value in the index.
WEIGHTS: dict[str, float] = {"facilitators": 0.0, "shared": 0.5, "local": 1.0}


@dataclass(frozen=True)
class Tally:
    facilitators: int = 0
    shared: int = 0
    local: int = 0

    @property
    def total(self) -> int:
        return self.facilitators + self.shared + self.local

    @property
    def index(self) -> float | None:
        return localization_index(self.facilitators, self.shared, self.local)


@dataclass(frozen=True)
class PathwayPoint:
    phase: int
    tally: Tally

    @property
    def index(self) -> float | None:
        return self.tally.index


def localization_index(facilitators: int, shared: int, local: int) -> float | None:
    """Share of decision power held by local organizations (shared counts half); None if no decisions."""
    if min(facilitators, shared, local) < 0:
        raise ValueError("decision counts cannot be negative")
    total = facilitators + shared + local
    if total == 0:
        return None
    score = WEIGHTS["facilitators"] * facilitators + WEIGHTS["shared"] * shared + WEIGHTS["local"] * local
    return score / total


def tally(deciders: Iterable[str]) -> Tally:
    """Count "who decided" values (each one of ``DECIDERS``)."""
    counts = Counter(deciders)
    unknown = set(counts) - set(DECIDERS)
    if unknown:
        raise ValueError(f"unknown decided_by value(s): {', '.join(sorted(unknown))}")
    return Tally(counts["facilitators"], counts["shared"], counts["local"])


def pathway(decisions: Iterable[tuple[int, str]]) -> list[PathwayPoint]:
    """The index per phase, 1…6, from ``(phase, decided_by)`` pairs."""
    by_phase: dict[int, list[str]] = {p: [] for p in PHASES}
    for phase, decided_by in decisions:
        if phase not in by_phase:
            raise ValueError(f"phase must be 1–6 (got {phase!r})")
        by_phase[phase].append(decided_by)
    return [PathwayPoint(p, tally(by_phase[p])) for p in PHASES]


def overall(points: Iterable[PathwayPoint]) -> Tally:
    """The whole lab's tally (its ``index`` is the overall localization index)."""
    f = s = loc = 0
    for point in points:
        f += point.tally.facilitators
        s += point.tally.shared
        loc += point.tally.local
    return Tally(f, s, loc)
