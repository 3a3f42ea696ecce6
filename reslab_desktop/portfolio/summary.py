"""One Learning Community as the portfolio sees it: a small frozen summary of one file.

``summarize(store, path)`` reads it through the services (the lab overview, people, sessions,
resources, voting results, initiatives) and keeps only counts, totals, the localization
pathway and the top of each closed vote round — a few kilobytes however big the workshop.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reslab_desktop.portfolio.identity import WorkshopKey, organization_key, workshop_key
from reslab_desktop.rules import localization
from reslab_desktop.rules.resources import Balance
from reslab_desktop.services.records import WorkshopInfo
from reslab_desktop.storage import Store

TOP_PLACES = 3  # the challenges shown per round: places 1–3 (ties included)
TOP_MAX = 5  # … but never more than this many notes for one round


@dataclass(frozen=True)
class Challenge:
    rank: int
    tied: bool
    dots: int
    text: str


@dataclass(frozen=True)
class RoundTop:
    """The top of one closed vote round: what the community prioritized."""

    question: str
    board: str
    phase: int
    top: tuple[Challenge, ...]


@dataclass(frozen=True)
class ResourceLine:
    """One kind and unit of resources (e.g. expertise in hours, funding in MXN), all initiatives."""

    kind: str
    unit: str
    pledged: float
    confirmed: float
    needed: float
    gap: float  # the sum of each initiative's gap (one initiative's surplus covers no other's)


@dataclass(frozen=True)
class CommunitySummary:
    path: Path
    modified: float  # the file's modification time (which copy is kept, see collect.py)
    info: WorkshopInfo
    organizations: int
    organization_keys: frozenset[str]
    participants: int
    sessions: int
    attendance: int  # check-ins over all sessions
    boards: int
    notes: int
    rounds: int
    closed_rounds: int
    initiatives: tuple[str, ...]
    pathway: tuple[localization.PathwayPoint, ...]
    resources: tuple[ResourceLine, ...]
    challenges: tuple[RoundTop, ...]

    @property
    def key(self) -> WorkshopKey:
        return workshop_key(self.info)

    @property
    def name(self) -> str:
        """How the portfolio names the community: its Learning Community, else the workshop title."""
        return self.info.learning_community.strip() or self.info.title.strip()

    @property
    def tally(self) -> localization.Tally:
        return localization.overall(self.pathway)

    @property
    def decisions(self) -> int:
        return self.tally.total

    def resource(self, kind: str, unit: str) -> ResourceLine | None:
        return next((r for r in self.resources if r.kind == kind and r.unit == unit), None)

    def pledged(self, kind: str, unit: str) -> float:
        line = self.resource(kind, unit)
        return line.pledged if line else 0.0


def summarize(store: Store, path: Path) -> CommunitySummary:
    from reslab_desktop.services import voting
    from reslab_desktop.services.lab import initiatives, phases, resources, sessions
    from reslab_desktop.services.people import list_organizations, list_participants
    from reslab_desktop.services.workshop import get_workshop

    info = get_workshop(store)
    overview = phases.overview(store)
    orgs = list_organizations(store)
    meetings = sessions.list_sessions(store)
    counts = [p.counts for p in overview.phases]
    boards = {bid: (title, p.phase) for p in overview.phases for bid, title in p.boards}
    tops = []
    for rnd in voting.list_rounds(store):
        if rnd.status != "closed":
            continue
        ranking = [r for r in voting.results(store, rnd.id) if r.dots > 0 and r.rank <= TOP_PLACES][:TOP_MAX]
        title, phase = boards.get(rnd.board_id, ("", 0))
        tops.append(RoundTop(rnd.question, title, phase,
                             tuple(Challenge(r.rank, r.tied, r.dots, r.text) for r in ranking)))
    return CommunitySummary(
        path=path, modified=_modified(path), info=info,
        organizations=len(orgs), organization_keys=frozenset(organization_key(o.name) for o in orgs),
        participants=len(list_participants(store)),
        sessions=len(meetings), attendance=sum(len(s.attendance) for s in meetings),
        boards=sum(c["boards"] for c in counts), notes=sum(c["notes"] for c in counts),
        rounds=sum(c["votes"] for c in counts), closed_rounds=sum(c["closed_votes"] for c in counts),
        initiatives=tuple(i.title for i in initiatives.list_initiatives(store)),
        pathway=overview.pathway,
        resources=resource_lines(resources.summary(store).balances),
        challenges=tuple(tops),
    )


def resource_lines(balances: Iterable[Balance]) -> tuple[ResourceLine, ...]:
    """Per kind and unit, over all initiatives."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for b in balances:
        line = sums[(b.kind, b.unit)]
        line[0] += b.pledged
        line[1] += b.confirmed
        line[2] += b.needed
        line[3] += b.gap
    return tuple(ResourceLine(kind, unit, *values) for (kind, unit), values in sorted(sums.items(), key=_order))


def _order(item: tuple[tuple[str, str], list[float]]) -> tuple[int, str]:
    from reslab_desktop.model.lab_vocab import RESOURCE_KINDS

    (kind, unit), _ = item
    return (RESOURCE_KINDS.index(kind) if kind in RESOURCE_KINDS else len(RESOURCE_KINDS),
            "" if unit in ("hours", "MXN") else unit)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
