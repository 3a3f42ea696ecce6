"""Plain immutable records: what loaders return and what undo snapshots keep.

Views and reports build from these, never from live ORM objects, so a bad row is
caught while loading and nothing is half-applied (two-phase load).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WorkshopInfo:
    title: str
    learning_community: str
    place: str
    language: str
    starts_on: str | None
    ends_on: str | None
    facilitators: tuple[str, ...]


@dataclass(frozen=True)
class OrganizationRecord:
    id: str
    seq: int
    name: str
    sector: str


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    seq: int
    name: str
    organization_id: str | None
    role: str


@dataclass(frozen=True)
class BoardRecord:
    id: str
    seq: int
    phase: int
    title: str
    template: str | None


@dataclass(frozen=True)
class ZoneRecord:
    id: str
    board_id: str
    seq: int
    title: str
    x: float
    y: float
    w: float
    h: float
    color: str
    shape: str = "rect"
    prompt: str = ""


@dataclass(frozen=True)
class NoteRecord:
    id: str
    board_id: str
    seq: int
    text: str
    color: str
    x: float
    y: float
    w: float
    h: float
    zone_id: str | None = None
    author_id: str | None = None
    source_note_id: str | None = None
    source_round_id: str | None = None
    origin: str = "window"


@dataclass(frozen=True)
class LinkRecord:
    id: str
    board_id: str
    seq: int
    from_note_id: str
    to_note_id: str
    label: str = ""


@dataclass(frozen=True)
class ImageRecord:
    id: str
    board_id: str
    seq: int
    x: float
    y: float
    w: float
    h: float
    mime: str
    data: bytes = field(repr=False)
    caption: str = ""


@dataclass(frozen=True)
class BoardContent:
    board: BoardRecord
    zones: tuple[ZoneRecord, ...]
    notes: tuple[NoteRecord, ...]
    links: tuple[LinkRecord, ...]
    images: tuple[ImageRecord, ...]
