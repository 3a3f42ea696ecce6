"""Plain immutable records of the Lab method, as the services return them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InitiativeRecord:
    id: str
    seq: int
    title: str
    description: str
    lead_organization_id: str | None
    member_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class IterationRecord:
    id: str
    initiative_id: str
    number: int
    started_on: str | None
    focus: str
    board_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class PledgeRecord:
    id: str
    seq: int
    organization_id: str
    initiative_id: str
    kind: str
    description: str
    quantity: float
    unit: str
    confirmed: bool


@dataclass(frozen=True)
class NeedRecord:
    id: str
    seq: int
    initiative_id: str
    kind: str
    description: str
    quantity: float
    unit: str


@dataclass(frozen=True)
class ActionItemRecord:
    id: str
    seq: int
    initiative_id: str
    kind: str
    text: str
    date: str | None = None
    responsible_organization_id: str | None = None
    indicator: str = ""
    audience: str = ""
    channel: str = ""
    done: bool = False


@dataclass(frozen=True)
class DecisionRecord:
    id: str
    seq: int
    phase: int
    kind: str
    text: str
    date: str | None
    decided_by: str
    initiative_id: str | None = None
    session_id: str | None = None
    source_kind: str | None = None
    source_id: str | None = None
    organization_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class LearningRecord:
    id: str
    seq: int
    initiative_id: str | None
    iteration_id: str | None
    date: str | None
    tried: str = ""
    happened: str = ""
    learned: str = ""
    adapt: str = ""
    decision_id: str | None = None


@dataclass(frozen=True)
class AgendaRecord:
    id: str
    session_id: str
    seq: int
    phase: int
    board_id: str | None
    title: str


@dataclass(frozen=True)
class SessionRecord:
    id: str
    seq: int
    title: str
    date: str | None
    place: str
    agenda: tuple[AgendaRecord, ...] = ()
    attendance: tuple[str, ...] = ()
