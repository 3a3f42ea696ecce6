"""New notes from phones are batched into the board's scene: queued while change sets arrive,
inserted together at most once a frame (a frame's worth at a time, the rest kept queued when
more arrive), and inserted first when any other change comes (so nothing is applied out of
order). Also end to end: phones writing through the app's room land in the scene in fewer
insertions than the server wrote change sets."""

from __future__ import annotations

import pytest

from reslab_desktop.services.board_model import BoardDelta
from reslab_desktop.services.records import NoteRecord
from reslab_desktop.ui.board.scene import ARRIVALS_PER_FRAME, BoardScene
from tests.room.helpers import call, join, split_url
from tests.room.notes_app import open_room
from tests.room.notes_helpers import make_notes_workshop


def _note(i: int, text: str = "") -> NoteRecord:
    return NoteRecord(id=f"n{i}", board_id="b", seq=i, text=text or f"Idea {i}", color="#FFE066",
                      x=(i % 40) * 170.0, y=(i // 40) * 170.0, w=160.0, h=160.0, origin="phone")


def _arrive(scene: BoardScene, records: list[NoteRecord]) -> None:
    scene.queue_arrivals = True
    try:
        scene.apply_delta(BoardDelta(upserted={"notes": records}))
    finally:
        scene.queue_arrivals = False


@pytest.fixture
def scene(qapp):
    s = BoardScene()
    yield s
    s.clear_board()


def test_arrivals_wait_and_go_in_together(qtbot, scene):
    for i in range(5):
        _arrive(scene, [_note(i)])
    assert scene.notes == {} and scene.queued_arrivals == 5
    qtbot.waitUntil(lambda: len(scene.notes) == 5, timeout=5000)
    assert scene.arrival_insertions == 1 and scene.queued_arrivals == 0


def test_a_burst_goes_in_a_frame_at_a_time_and_keeps_what_arrives_meanwhile(qtbot, scene):
    burst = [_note(i) for i in range(ARRIVALS_PER_FRAME * 2 + 10)]
    _arrive(scene, burst)
    qtbot.waitUntil(lambda: scene.arrival_insertions >= 1, timeout=5000)
    assert len(scene.notes) == ARRIVALS_PER_FRAME  # one frame's worth; the rest still queued
    more = [_note(1000 + i) for i in range(7)]
    _arrive(scene, more)
    qtbot.waitUntil(lambda: scene.queued_arrivals == 0, timeout=5000)
    assert set(scene.notes) == {r.id for r in burst + more}
    assert scene.arrival_insertions == 3


def test_another_change_inserts_the_queue_first(qtbot, scene):
    _arrive(scene, [_note(1), _note(2)])
    edited = _note(2, "editada en la laptop")
    scene.apply_delta(BoardDelta(upserted={"notes": [edited]}))  # the window's own change: at once
    assert scene.notes["n2"].record.text == "editada en la laptop" and "n1" in scene.notes
    _arrive(scene, [_note(3)])
    scene.apply_delta(BoardDelta(removed={"notes": ["n3"]}))
    assert "n3" not in scene.notes and scene.queued_arrivals == 0


def test_a_later_version_of_a_queued_note_replaces_it(qtbot, scene):
    _arrive(scene, [_note(1, "primera")])
    _arrive(scene, [_note(1, "segunda")])
    qtbot.waitUntil(lambda: "n1" in scene.notes, timeout=5000)
    assert scene.notes["n1"].record.text == "segunda" and len(scene.notes) == 1


def test_phones_writing_through_the_app_land_in_batches(qtbot, tmp_path, app_window):
    from reslab_desktop.services import phone_notes as pn
    from reslab_desktop.storage import PHONE
    from reslab_desktop.ui.room import phone_notes_hooks, phones_hooks

    nws = make_notes_workshop(tmp_path / "sala.reslab", n_people=6)
    window = app_window(nws.path)
    window.open_board(nws.board_id)
    base, code = split_url(open_room(window))
    phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id))
    sets = []
    window.signals.changed.connect(lambda c: sets.append(c) if getattr(c, "initiator", "") == PHONE else None)
    scene = window.board_editor.scene
    tokens = [join(base, code, p) for p in nws.people]
    for i in range(10):
        for k, token in enumerate(tokens):
            body = {"text": f"Nota {i} de {k}", "client_id": f"{k}-{i}"}
            assert call(base, "POST", f"/api/boards/{nws.board_id}/notes", body, token=token).status == 201
    qtbot.waitUntil(lambda: len(scene.notes) == 60, timeout=20_000)
    assert sorted(n.record.text for n in scene.notes.values()) == sorted(
        f"Nota {i} de {k}" for i in range(10) for k in range(6))
    assert len(sets) >= 1 and scene.arrival_insertions <= len(sets)
    phones_hooks.phones_box(window).phones.close()
