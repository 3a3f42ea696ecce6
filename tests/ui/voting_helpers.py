"""A small workshop with a challenges board and a roster, written through the services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def voting_window(open_window: Any, folder: Path) -> Any:
    """The main window on :func:`make_workshop`'s file; the board and notes ids on it."""
    bid, notes = make_workshop(folder / "w.reslab")
    win = open_window(folder / "w.reslab")
    win.test_board, win.test_notes = bid, notes
    return win


def open_round(window: Any, **settings: Any) -> tuple[Any, str]:
    """A round on the window's board, created and opened from the voting page."""
    from reslab_desktop.ui.voting import hooks

    page = hooks.show_voting(window)
    rid = page.create_round(window.test_board, question="¿Qué retos primero?", **settings)
    page.open_round()
    return page, rid
