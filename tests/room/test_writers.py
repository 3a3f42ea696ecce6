"""The room server as a second writer of a store: its writes are named PHONE, and another
writer's change (the facilitator closing a round in the app) reaches the phones at once."""

from __future__ import annotations

import threading
import time

from reslab_desktop.model import Ballot, VoteRound
from reslab_desktop.room import RoomServer
from reslab_desktop.room import server as room_server
from reslab_desktop.services import voting as v
from reslab_desktop.storage import PHONE, WINDOW, ChangeSet, Store
from tests.room.helpers import call, join, split_url


def test_phone_writes_are_named_and_other_writers_wake_the_room(workshop, monkeypatch):
    monkeypatch.setattr(room_server, "WATCH_INTERVAL_S", 60.0)  # only a change set can wake it
    store = Store.open(workshop.path)
    seen: list[tuple[ChangeSet, str]] = []
    store.events.subscribe(lambda cs: seen.append((cs, threading.current_thread().name)))
    server = RoomServer(store, host="127.0.0.1", port=0)
    base, code = split_url(server.start())
    try:
        token = join(base, code, workshop.people[0])
        reply = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots",
                     {"note_id": workshop.notes[1], "delta": 1}, token=token)
        assert reply.status == 200
        (dot, thread), = seen
        assert dot.initiator == PHONE and dot.of(Ballot).added and thread.startswith("room-writer")

        time.sleep(0.2)  # the watcher now sleeps for a minute unless woken
        with store.acting_as(WINDOW):
            v.close_round(store, workshop.round_id)
        assert seen[-1][0].of(VoteRound).updated
        deadline = time.monotonic() + 10
        status = "open"
        while status != "closed" and time.monotonic() < deadline:
            (rnd,) = call(base, "GET", "/api/state", token=token).json["rounds"]
            status = rnd["status"]
            time.sleep(0.05)
        assert status == "closed" and rnd["results"][0]["id"] == workshop.notes[1]
    finally:
        server.stop()
        store.close()
    assert server._announce not in store.events._listeners  # the server let go of the store
