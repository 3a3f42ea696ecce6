"""A small workshop with a challenges board and a roster, written through the services."""

from __future__ import annotations

from pathlib import Path

from reslab_desktop.model import Note
from reslab_desktop.services import boards, people
from reslab_desktop.storage import Store

TEXTS = ["Financiamiento", "Coordinación", "Violencia", "Salud mental", "Jóvenes", "Datos"]


def make_workshop(path: Path, voters: int = 3) -> tuple[str, list[str]]:
    with Store.create(path, "Taller") as store:
        bid = boards.create_board(store, 2, "Retos")
        with store.write() as tx:
            for i, text in enumerate(TEXTS):
                tx.session.add(Note(id=f"n{i}", board_id=bid, seq=i, text=text, color="#FFE066",
                                    x=i * 200.0, y=0.0, w=180.0, h=120.0))
        for i in range(voters):
            people.add_participant(store, ["Ana", "Beto", "Carmen", "Diego", "Elena", "Fer"][i % 6] + ("" if i < 6 else str(i)))
    return bid, [f"n{i}" for i in range(len(TEXTS))]
