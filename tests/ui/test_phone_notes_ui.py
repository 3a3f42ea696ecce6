"""Notes from phones in the app: the toggle and its dialog, notes landing in the board's scene,
the console's queue (accept / edit / merge / reject, undoable), nothing on the audience screen
before it is accepted, the timer and attendance pushed to the room server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store
from reslab_desktop.ui.room.hooks import ROOM
from tests.room.helpers import call, join, split_url
from tests.room.notes_helpers import make_notes_workshop


@pytest.fixture
def notes_window(qtbot, tmp_path, open_window):
    from reslab_desktop.ui.room import phones_hooks

    nws = make_notes_workshop(tmp_path / "taller.reslab")
    window = open_window(nws.path)
    window.open_board(nws.board_id)
    box = phones_hooks.phones_box(window)
    box.address.clear()
    box.address.addItem("127.0.0.1 (lo)", "127.0.0.1")  # tests talk to this machine only
    box.phones.open("127.0.0.1", port=0)
    server = box.phones.server
    base, code = split_url(server.url)
    yield window, nws, server, base, code


def post(base, token, board, text, client, zone=None):
    body = {"text": text, "client_id": client}
    if zone:
        body["zone_id"] = zone
    return call(base, "POST", f"/api/boards/{board}/notes", body, token=token)


def scene_texts(window) -> list[str]:
    return sorted(item.record.text for item in window.board_editor.scene.notes.values())


def audience_texts(window) -> list[str]:
    scene = window.features.require(ROOM).presenter.audience.board.scene()  # the audience mirrors the board's scene
    assert scene is window.board_editor.scene
    return sorted(item.record.text for item in scene.notes.values())


def accept_dialog_soon(configure=None) -> None:
    def accept() -> None:
        from reslab_desktop.ui.room.phone_notes_dialog import PhoneNotesDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PhoneNotesDialog) and widget.isVisible():
                if configure:
                    configure(widget)
                widget.accept()
                return
        QTimer.singleShot(20, accept)

    QTimer.singleShot(20, accept)


def test_the_toggle_opens_the_board_and_notes_land_in_the_scene(qtbot, notes_window):
    window, nws, server, base, code = notes_window
    action = window.actions_by_id["room.phone_notes"]
    assert action.isEnabled() and not action.isChecked()
    assert action in window.board_editor.toolbar.actions()  # on the board's tool strip too

    def choose(dialog) -> None:
        dialog.zone.setCurrentIndex(dialog.zone.findData(nws.zones["Dice"]))
        dialog.moderate.setChecked(False)
        dialog.prompt.setText("¿Qué dice Dani?")

    accept_dialog_soon(choose)
    action.trigger()
    assert action.isChecked()
    (board,) = [b for b in call(base, "GET", "/api/state", token=join(base, code, nws.people[0])).json["boards"]]
    assert board["prompt"] == "¿Qué dice Dani?" and board["zones"] == [{"id": nws.zones["Dice"], "title": "Dice"}]

    token = join(base, code, nws.people[1])
    for i in range(3):
        assert post(base, token, nws.board_id, f"Dice {i}: «no hay agua»", f"c{i}").status == 201
    qtbot.waitUntil(lambda: len(scene_texts(window)) == 3, timeout=10_000)
    items = list(window.board_editor.scene.notes.values())
    assert {i.record.origin for i in items} == {"phone"} and {i.record.zone_id for i in items} == {nws.zones["Dice"]}

    action.trigger()  # off: the board stops taking notes
    assert not action.isChecked()
    assert post(base, token, nws.board_id, "tarde", "late").status == 403


def test_the_queue_accept_edit_merge_reject_and_undo(qtbot, notes_window):
    from reslab_desktop.ui.room import phone_notes_hooks

    window, nws, server, base, code = notes_window
    window.features.require(ROOM).presenter.send_board()  # the audience screen shows the board, live
    from reslab_desktop.ui.room.hooks import set_console_visible

    phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id, moderate=True))
    box = phone_notes_hooks.notes_box(window)
    set_console_visible(window, True)
    token = join(base, code, nws.people[2])
    texts = ["Siente miedo", "Siente orgullo", "Se siente sola", "Se siente sola, a veces", "<b>Grita</b>"]
    ids = [post(base, token, nws.board_id, t, f"q{i}", nws.zones["Siente"]).json["id"] for i, t in enumerate(texts)]
    qtbot.waitUntil(lambda: box.queue.count() == 5, timeout=10_000)
    assert box.queue.item(0).text() == "Siente miedo\n— Carmen Pech · Siente"
    assert box.queue.item(4).text().startswith("<b>Grita</b>")  # plain text, as sent
    assert scene_texts(window) == [] and audience_texts(window) == []  # nothing before a decision

    box.queue.item(0).setSelected(True)
    box.accept_button.click()
    qtbot.waitUntil(lambda: scene_texts(window) == ["Siente miedo"], timeout=5000)
    assert box.queue.count() == 4

    box.queue.clearSelection()
    box.queue.item(1).setSelected(True)
    box.queue.item(2).setSelected(True)
    QTimer.singleShot(50, lambda: _answer_text_dialog("Se siente sola (a veces)"))
    box.merge_button.click()
    qtbot.waitUntil(lambda: "Se siente sola (a veces)" in scene_texts(window), timeout=5000)
    assert box.queue.count() == 2

    box.queue.clearSelection()
    box.queue.item(1).setSelected(True)  # "<b>Grita</b>"
    box.reject_button.click()
    assert box.queue.count() == 1
    mine = {n["id"]: n["status"] for n in call(base, "GET", "/api/my-notes", token=token).json}
    assert mine == {ids[0]: "placed", ids[1]: "pending", ids[2]: "edited", ids[3]: "edited", ids[4]: "rejected"}

    stack = window.undo_stack
    stack.undo()  # the rejection
    qtbot.waitUntil(lambda: box.queue.count() == 2, timeout=5000)
    stack.undo()  # the merge
    qtbot.waitUntil(lambda: box.queue.count() == 4, timeout=5000)
    assert scene_texts(window) == ["Siente miedo"]
    stack.redo()
    qtbot.waitUntil(lambda: box.queue.count() == 2, timeout=5000)
    assert sorted(scene_texts(window)) == ["Se siente sola (a veces)", "Siente miedo"]

    box.accept_all_button.click()
    qtbot.waitUntil(lambda: box.queue.count() == 0, timeout=5000)
    qtbot.waitUntil(lambda: len(audience_texts(window)) == 4, timeout=5000)  # accepted: now projected
    with Store.open(nws.path, read_only=True) as store:
        rows = pn.list_phone_notes(store, nws.board_id)
    assert {r.status for r in rows} == {"placed"} and all(r.author_id == nws.people[2] for r in rows)


def _answer_text_dialog(text: str) -> None:
    from PySide6.QtWidgets import QInputDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QInputDialog) and widget.isVisible():
            widget.setTextValue(text)
            widget.accept()
            return
    QTimer.singleShot(20, lambda: _answer_text_dialog(text))


def test_timer_and_attendance_follow_the_console(qtbot, notes_window):
    from reslab_desktop.ui.room import phone_notes_hooks
    from reslab_desktop.ui.room.hooks import set_console_visible

    window, nws, server, base, code = notes_window
    box = phone_notes_hooks.notes_box(window)
    set_console_visible(window, True)
    token = join(base, code, nws.people[0])
    timer = window.features.require(ROOM).presenter.timer
    timer.set_duration(180)
    timer.start()
    assert call(base, "GET", "/api/state", token=token).json["timer"]["state"] == "running"
    timer.pause()
    assert call(base, "GET", "/api/state", token=token).json["timer"] == {"state": "paused", "remaining_s": 180}

    box.session.setCurrentIndex(box.session.findData(nws.session_id))
    box.attendance_button.click()
    assert server.notes.stage.session_id == nws.session_id
    assert call(base, "POST", f"/api/sessions/{nws.session_id}/checkin", {}, token=token).status == 200
    qtbot.waitUntil(lambda: "1 (1 from their phones)" in box.attendance.text(), timeout=5000)
    with Store.open(nws.path, read_only=True) as store:
        assert [r.source for r in sessions.check_ins(store, nws.session_id)] == ["phone"]
    box.attendance_button.click()
    assert server.notes.stage.session_id is None

    # the room closed and opened again: the choices come back with it
    phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id))
    phones = box.link.phones
    phones.close()
    phones.open("127.0.0.1", port=0)
    assert list(phones.server.notes.stage.intakes) == [nws.board_id]
