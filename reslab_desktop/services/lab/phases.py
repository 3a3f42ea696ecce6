"""The six steps: status set by the facilitator, and an overview of what each step holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from reslab_desktop.model import (
    ActionItem,
    Base,
    Board,
    Decision,
    Initiative,
    IterationBoard,
    LearningEntry,
    Note,
    PhaseStatus,
    Pledge,
    WorkSession,
)
from reslab_desktop.model.lab_vocab import PHASE_STATUSES
from reslab_desktop.model.vocab import PHASES
from reslab_desktop.rules import lab_flow, localization
from reslab_desktop.services import checks
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.resources import summary
from reslab_desktop.storage import UPDATED, Store


def phase_statuses(store: Store) -> dict[int, str]:
    with store.read() as s:
        marked = dict(s.execute(select(PhaseStatus.phase, PhaseStatus.status)).all())
    return {p: marked.get(p, "not_started") for p in PHASES}


def set_phase_status(store: Store, phase: int, status: str) -> str:
    """Mark a step not started / in progress / done; returns the previous status (for undo)."""
    E.phase(phase)
    checks.choice(status, PHASE_STATUSES, "phase status")
    with store.write() as tx:
        row = tx.session.get(PhaseStatus, phase)
        before = row.status if row else "not_started"
        if status == "not_started":
            if row is not None:
                tx.session.delete(row)
        elif row is None:
            tx.session.add(PhaseStatus(phase=phase, status=status))
        else:
            row.status = status
        tx.changed("phase_status", UPDATED, (str(phase),))
    return before


@dataclass(frozen=True)
class LabOverview:
    phases: tuple[lab_flow.PhaseOverview, ...]
    suggestion: lab_flow.Suggestion
    pathway: tuple[localization.PathwayPoint, ...]
    overall: localization.Tally
    initiatives: int
    sessions: int

    def phase(self, number: int) -> lab_flow.PhaseOverview:
        return self.phases[number - 1]


def overview(store: Store) -> LabOverview:
    """Per step: boards, counts and localization; the next suggested action; the pathway."""
    statuses = phase_statuses(store)
    res = summary(store)
    rounds = Base.metadata.tables["vote_rounds"]  # voting schema (version 2)
    with store.read() as s:
        boards: dict[int, list[tuple[str, str]]] = {p: [] for p in PHASES}
        for bid, phase, title in s.execute(select(Board.id, Board.phase, Board.title).order_by(Board.phase, Board.seq)):
            boards[phase].append((bid, title))
        notes = Counter(dict(s.execute(
            select(Board.phase, func.count(Note.id)).join(Note, Note.board_id == Board.id).group_by(Board.phase)
        ).all()))
        votes: Counter[int] = Counter()
        closed: Counter[int] = Counter()
        for phase, status in s.execute(
            select(Board.phase, rounds.c.status).join(rounds, rounds.c.board_id == Board.id)
        ):
            votes[phase] += 1
            closed[phase] += status == "closed"
        decided = list(s.execute(select(Decision.phase, Decision.decided_by)).all())
        prototypes = s.execute(
            select(func.count()).select_from(IterationBoard).join(Board, Board.id == IterationBoard.board_id)
            .where(Board.phase == 4)
        ).scalar() or 0
        initiatives = s.execute(select(func.count()).select_from(Initiative)).scalar() or 0
        action_items = s.execute(select(func.count()).select_from(ActionItem)).scalar() or 0
        learning = s.execute(select(func.count()).select_from(LearningEntry)).scalar() or 0
        open_adaptations = s.execute(
            select(func.count()).select_from(LearningEntry)
            .where(LearningEntry.decision_id.is_(None), func.trim(LearningEntry.adapt) != "")
        ).scalar() or 0
        pledges = s.execute(select(func.count()).select_from(Pledge)).scalar() or 0
        sessions = s.execute(select(func.count()).select_from(WorkSession)).scalar() or 0
    points = localization.pathway(decided)
    decisions = Counter(p for p, _ in decided)
    extra: dict[int, dict[str, int]] = {
        3: {"initiatives": initiatives, "pledges": pledges, "gaps": len(res.gaps)},
        4: {"initiatives": initiatives, "prototypes": prototypes},
        5: {"action_items": action_items},
        6: {"learning": learning, "open_adaptations": open_adaptations},
    }
    phases = tuple(
        lab_flow.PhaseOverview(
            phase=p, status=statuses[p], boards=tuple(boards[p]),
            counts={"boards": len(boards[p]), "notes": notes[p], "votes": votes[p], "closed_votes": closed[p],
                    "decisions": decisions[p], **extra.get(p, {})},
            localization=points[p - 1].index,
        )
        for p in PHASES
    )
    return LabOverview(phases, lab_flow.suggest(list(phases)), tuple(points), localization.overall(points),
                       initiatives, sessions)
