"""A workshop for the notes tests: the room's workshop plus an empathy map and a session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reslab_desktop.services import boards
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store
from tests.room.helpers import Workshop, make_workshop


@dataclass
class NotesWorkshop:
    base: Workshop
    board_id: str  # the empathy map
    zones: dict[str, str]  # title → id
    session_id: str

    @property
    def path(self) -> Path:
        return self.base.path

    @property
    def people(self) -> list[str]:
        return self.base.people


def make_notes_workshop(path: Path, n_people: int = 4) -> NotesWorkshop:
    base = make_workshop(path, n_people=n_people)
    with Store.open(path) as store:
        bid = boards.create_board_from_template(store, 1, "Mapa de empatía de Dani", "empathy_map", "es")
        zones = {z.title: z.id for z in boards.load_board(store, bid).zones}
        sid = sessions.add_session(store, "Primera sesión", "2026-03-02", "Mérida")
    return NotesWorkshop(base, bid, zones, sid)
