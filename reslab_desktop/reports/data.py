"""A snapshot of everything a PDF needs, read ONCE from the store into plain records.

Building a document then runs on this snapshot only (no database access), so the UI can
load on the GUI thread and build on a worker thread. Sections owned by other modules put
their own data in ``extra[section.key]`` through ``ReportSection.load`` (see registry.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reslab_desktop.services.lab.records import SessionRecord
from reslab_desktop.services.records import (
    BoardContent,
    OrganizationRecord,
    ParticipantRecord,
    WorkshopInfo,
)
from reslab_desktop.storage import Store

if TYPE_CHECKING:
    from reslab_desktop.services.lab.sessions import CheckIn


@dataclass
class ReportData:
    workshop: WorkshopInfo
    organizations: list[OrganizationRecord]
    participants: list[ParticipantRecord]
    sessions: list[SessionRecord]
    boards: list[BoardContent]
    # section key -> whatever that section's loader returned
    extra: dict[str, Any] = field(default_factory=dict)
    #: session id → who is checked in, how and when (roster order)
    check_ins: dict[str, list[CheckIn]] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        store: Store,
        loaders: Iterable[tuple[str, Callable[[Store], Any]]] = (),
        board_ids: Iterable[str] | None = None,
    ) -> ReportData:
        """Read the workshop; ``board_ids`` limits which boards are loaded (None: all).

        ``loaders`` are (section key, load function); a function shared by several sections
        runs once and its result is given to each of them."""
        from reslab_desktop.services.boards import list_boards, load_board
        from reslab_desktop.services.lab.sessions import check_ins, list_sessions
        from reslab_desktop.services.people import list_organizations, list_participants
        from reslab_desktop.services.workshop import get_workshop

        wanted = None if board_ids is None else set(board_ids)
        boards = [
            load_board(store, b.id) for b in list_boards(store) if wanted is None or b.id in wanted
        ]
        data = cls(
            workshop=get_workshop(store),
            organizations=list_organizations(store),
            participants=list_participants(store),
            sessions=list_sessions(store),
            boards=boards,
        )
        data.check_ins = {s.id: check_ins(store, s.id) for s in data.sessions if s.attendance}
        done: dict[Callable[[Store], Any], Any] = {}
        for key, loader in loaders:  # sections sharing one loader read the store once
            if loader not in done:
                done[loader] = loader(store)
            data.extra[key] = done[loader]
        return data

    # -- lookups used by several sections -------------------------------------------------
    def organization_name(self, org_id: str | None) -> str:
        for org in self.organizations:
            if org.id == org_id:
                return org.name
        return ""

    def participant_name(self, participant_id: str | None) -> str:
        for person in self.participants:
            if person.id == participant_id:
                return person.name
        return ""

    def board(self, board_id: str) -> BoardContent | None:
        return next((b for b in self.boards if b.board.id == board_id), None)

    def boards_of_phase(self, phase: int) -> list[BoardContent]:
        return [b for b in self.boards if b.board.phase == phase]

    @property
    def note_count(self) -> int:
        return sum(len(b.notes) for b in self.boards)
