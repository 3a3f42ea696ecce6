"""Room ▸ Open the Room to Phones… in the app: the server on the open workshop, the QR code,
who joined, removing a phone, phone dots reaching the GUI thread, the join card on the audience
screen, and the server closing with the window."""

from __future__ import annotations

import sys
import threading

import pytest

from reslab_desktop.model import Ballot
from reslab_desktop.storage import PHONE
from reslab_desktop.ui.room.hooks import ROOM
from reslab_desktop.ui.room.phones import network_addresses
from tests.room.helpers import QT_STRICT, call, join, make_workshop, split_url

pytestmark = QT_STRICT  # a Qt warning (a timer started from the server's thread…) fails the test


@pytest.fixture
def phones_window(qtbot, tmp_path, open_window):
    w = make_workshop(tmp_path / "taller.reslab")
    window = open_window(w.path)
    yield window, w


def test_addresses_are_up_ipv4_without_loopback():
    for entry in network_addresses():
        assert entry.address.count(".") == 3 and not entry.address.startswith("127.")


def test_open_vote_remove_and_close(qtbot, phones_window):
    from reslab_desktop.ui.room import phones_hooks

    window, w = phones_window
    window.actions_by_id["room.phones"].trigger()
    box = phones_hooks.phones_box(window)
    assert box.isVisible()
    box.address.clear()
    box.address.addItem("127.0.0.1 (lo)", "127.0.0.1")  # tests talk to this machine only
    box.open_button.click()
    server = box.phones.server
    assert server is not None and server.running
    assert server.store is window.store  # a second writer of the window's own store
    assert not box.qr.pixmap().isNull()
    assert server.code in box.url.text()
    base, code = split_url(server.url)

    seen: list[tuple[list, bool]] = []
    window.signals.changed.connect(lambda changes: seen.append((changes, threading.current_thread() is threading.main_thread())))
    token = join(base, code, w.people[0])
    reply = call(base, "POST", f"/api/rounds/{w.round_id}/dots", {"note_id": w.notes[0], "delta": 1}, token=token)
    assert reply.status == 200
    qtbot.waitUntil(lambda: any(changes.of(Ballot).added for changes, _ in seen), timeout=5000)
    assert all(on_gui for _, on_gui in seen)  # delivered on the GUI thread (queued)
    assert [changes.initiator for changes, _ in seen] == [PHONE]
    assert not window.undo_stack.canUndo()  # a phone's dot is not the facilitator's to undo
    progress = window.features.require(ROOM).console.voting_progress  # who has voted, never how
    qtbot.waitUntil(lambda: ": 1 of 4 have voted" in progress.text() or ": 1 de 4" in progress.text(), timeout=5000)
    assert "Ana López" not in progress.text()  # she is no longer among those still to vote

    qtbot.waitUntil(lambda: box.devices.count() == 1, timeout=5000)
    assert "Ana López" in box.devices.item(0).text()
    box.devices.setCurrentRow(0)
    box.remove_button.click()
    assert call(base, "GET", "/api/state", token=token).status == 401
    qtbot.waitUntil(lambda: box.devices.count() == 0, timeout=5000)

    qtbot.waitUntil(lambda: box.rounds.count() == 1, timeout=5000)  # the open round, ticked for phones
    box.rounds.item(0).setCheckState(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.CheckState.Unchecked)
    other = join(base, code, w.people[1])
    assert call(base, "GET", "/api/state", token=other).json["rounds"] == []  # the shared screen only
    refused = call(base, "POST", f"/api/rounds/{w.round_id}/dots", {"note_id": w.notes[0], "delta": 1}, token=other)
    assert refused.status == 409

    box.show_on_screen()
    audience = window.features.require(ROOM).presenter.audience
    assert audience.stack.currentWidget() is box.card and box.card.code == code

    window.close()
    qtbot.wait(50)
    assert not server.running  # closing the window closed the room
    assert sorted(p.name for p in w.path.parent.iterdir()) == [w.path.name]


def test_no_network_is_said_before_opening_and_looking_again_finds_the_wifi(qtbot, phones_window, monkeypatch):
    from reslab_desktop.room.reach import Reach
    from reslab_desktop.ui.room import phones_hooks, phones_panel
    from reslab_desktop.ui.room.phones import NetworkAddress

    window, _ = phones_window
    monkeypatch.setattr(phones_panel, "network_addresses", lambda: [])  # a laptop on no network
    phones_hooks.open_phones(window)
    box = phones_hooks.phones_box(window)
    box.look_for_networks()
    assert [box.address.itemData(i) for i in range(box.address.count())] == ["127.0.0.1"]
    assert box.problem.isVisible() and box.problem.text() == box.phones.words(Reach.NO_NETWORK)
    assert "not connected to any network" in box.phones.words(Reach.NO_NETWORK) or "ninguna red" in box.problem.text()

    wifi = NetworkAddress("192.168.8.20", "Wi-Fi", True)
    monkeypatch.setattr(phones_panel, "network_addresses", lambda: [wifi])  # the travel router plugged in
    box.look_again.click()
    assert [box.address.itemData(i) for i in range(box.address.count())] == ["192.168.8.20"]
    assert not box.problem.isVisible()


def test_a_room_on_this_laptop_only_says_phones_cannot_reach_it(qtbot, phones_window, monkeypatch):
    from reslab_desktop.room.reach import Reach
    from reslab_desktop.ui.room import phones_hooks, phones_panel
    from reslab_desktop.ui.room.phones import NetworkAddress

    window, _ = phones_window
    monkeypatch.setattr(phones_panel, "network_addresses", lambda: [NetworkAddress("192.168.8.20", "Wi-Fi", True)])
    phones_hooks.open_phones(window)
    box = phones_hooks.phones_box(window)
    box.address.clear()
    box.address.addItem("127.0.0.1 (lo)", "127.0.0.1")
    box.open_button.click()
    assert box.phones.is_open
    assert box.problem.isVisible() and box.problem.text() == box.phones.words(Reach.LOOPBACK)
    assert "127.0.0.1" in box.problem.text()
    nobody = box.phones.words(Reach.NOBODY_CAME)  # what 90 s with no phone says (rules: tests/room/test_reach.py)
    assert "Wi-Fi" in nobody and (str(box.phones.server.port) in nobody or sys.platform in ("win32", "darwin"))
    assert box.phones.words(Reach.OK) == ""
    box.open_button.click()
    assert not box.phones.is_open
