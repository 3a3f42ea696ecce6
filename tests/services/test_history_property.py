"""Property: whatever the window does, undoes and redoes while a phone writes too, the file
(its JSON export) equals a fresh copy of the start on which only the surviving operations are
replayed, in the order they last took effect — undo leaves no trace and loses nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import ReslabError
from reslab_desktop.interchange import export_json
from reslab_desktop.services import boards, notes, people, voting
from reslab_desktop.services.history import UndoHistory, UndoRefused
from reslab_desktop.storage import PHONE, ChangeSet, Store
from reslab_desktop.storage.operations import Operation, apply

WINDOW_ACTIONS = ("add", "text", "move", "delete", "color", "close", "reopen", "undo", "undo", "redo")
PHONE_ACTIONS = ("add", "dot", "undot", "move")

actions = st.lists(
    st.one_of(
        st.tuples(st.just("window"), st.sampled_from(WINDOW_ACTIONS), st.integers(0, 50)),
        st.tuples(st.just("phone"), st.sampled_from(PHONE_ACTIONS), st.integers(0, 50)),
    ),
    min_size=1,
    max_size=28,
)


def _start(folder: Path) -> tuple[Store, str, str, list[str]]:
    store = Store.create(folder / "taller.reslab", "Taller")
    board = boards.create_board(store, 2, "Retos")
    for i, text in enumerate(["Agua", "Luz", "Calles", "Escuela"]):
        notes.add_note(store, board, text, i * 200.0, 0.0)
    for name in ("Ana", "Beto", "Cata"):
        people.add_participant(store, name)
    rid = voting.create_round(store, board, "¿Cuál primero?", dots_per_participant=3, max_per_note=2)
    voting.open_round(store, rid)
    voters = [v.id for v in voting.get_round(store, rid).voters]
    return store, board, rid, voters


def _pick(items: list[Any], n: int) -> Any:
    return items[n % len(items)] if items else None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_undo_and_redo_with_another_writer_equal_replaying_what_survives(script):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store, board, rid, voters = _start(folder)
        start = folder / "start.reslab"
        store.backup_to(start)
        history = UndoHistory()
        alive: dict[object, tuple[int, Operation]] = {}  # what took effect: its latest seq, its rows
        phone_seen: list[ChangeSet] = []

        def note_ids() -> list[str]:
            return [n.id for n in boards.load_board(store, board).notes]

        def window(kind: str, n: int) -> None:
            ids = note_ids()
            target = _pick(ids, n)
            if kind == "undo":
                step = history.undo()
                if step is not None:
                    del alive[step]
                return
            if kind == "redo":
                step = history.redo()
                if step is not None:
                    alive[step] = (step.change_sets[-1].seq, step.parts[0][1])
                return
            do = {
                "add": lambda: notes.add_note(store, board, f"idea {n}", n * 7.0, 300.0),
                "text": lambda: notes.set_text(store, target, f"texto {n}"),
                "move": lambda: notes.move_notes(store, {target: (n * 11.0, n * 3.0)}),
                "delete": lambda: notes.delete_notes(store, [target]),
                "color": lambda: notes.set_color(store, [target], "#C7B3EA"),
                "close": lambda: voting.close_round(store, rid),
                "reopen": lambda: voting.reopen_round(store, rid, "otra vuelta"),
            }[kind]
            before = history.last
            history.run(kind, do)
            step = history.last
            if step is not None and step is not before:
                alive[step] = (step.change_sets[-1].seq, step.parts[0][1])

        def phone(kind: str, n: int) -> None:
            ids = note_ids()
            with store.acting_as(PHONE):
                if kind == "add":
                    notes.add_note(store, board, f"desde el teléfono {n}", 0.0, 600.0 + n)
                elif kind == "dot":
                    voting.cast_dot(store, rid, _pick(voters, n), _pick(ids, n // 3))
                elif kind == "undot":
                    voting.remove_dot(store, rid, _pick(voters, n), _pick(ids, n // 3))
                else:
                    notes.move_notes(store, {_pick(ids, n): (n * 5.0, 900.0)})

        store.events.subscribe(lambda cs: phone_seen.append(cs) if cs.initiator == PHONE else None)
        for who, kind, n in script:
            try:
                (window if who == "window" else phone)(kind, n)
            except UndoRefused as exc:
                assert "\n" not in str(exc) and str(exc).startswith("cannot")
            except (ReslabError, TypeError, KeyError):
                pass  # a refused action (a closed round takes no dot, no note to move…) writes nothing
        for cs in phone_seen:
            alive[cs] = (cs.seq, Operation(cs.rows))
        final = export_json(store)
        store.close()

        with Store.open(start) as replay:
            for _, op in sorted(alive.values(), key=lambda item: item[0]):
                with replay.write() as tx:
                    apply(tx, op)
            assert export_json(replay) == final
