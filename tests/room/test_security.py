"""Attacks on the room server: tokens, replays, other sites, bodies, idle connections, spoilers."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import socket
import time

import aiohttp

from reslab_desktop.room import RoomServer
from reslab_desktop.services import voting as v
from reslab_desktop.storage import Store
from tests.room.helpers import call, join, split_url


def _port(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def test_token_of_a_closed_room_is_refused(workshop):
    with Store.open(workshop.path) as store:
        first = RoomServer(store, port=0, code="KEEP")
        base, code = split_url(first.start())
        token = join(base, code, workshop.people[0])
        assert call(base, "GET", "/api/state", token=token).status == 200
        first.stop()
        again = RoomServer(store, port=0, code="KEEP")
        base, _ = split_url(again.start())
        try:
            assert call(base, "GET", "/api/state", token=token).status == 401  # expired with its room
            forged = base64.urlsafe_b64encode(os.urandom(24)).decode().rstrip("=")
            assert call(base, "GET", "/api/state", token=forged).status == 401
        finally:
            again.stop()


def test_removed_device_is_refused(room, workshop):
    server, base, code = room
    token = join(base, code, workshop.people[0])
    (seat,) = server.seats.all()
    assert server.remove_device(seat.device_id)
    assert call(base, "GET", "/api/state", token=token).status == 401


def test_a_token_acts_only_for_its_own_participant(room, workshop):
    _, base, code = room
    ana = join(base, code, workshop.people[0])
    beto = join(base, code, workshop.people[1])
    rid, note = workshop.round_id, workshop.notes[0]
    body = {"note_id": note, "delta": 1, "participant_id": workshop.people[1], "voter_id": "x"}
    assert call(base, "POST", f"/api/rounds/{rid}/dots", body, token=ana).status == 200
    assert call(base, "GET", "/api/state", token=beto).json["rounds"][0]["my_dots"] == {}
    assert call(base, "GET", "/api/state", token=ana).json["rounds"][0]["my_dots"] == {note: 1}


def test_replay_past_the_budget(room, workshop):
    """The same request sent 12 times at once: only what the budget and maximum allow lands."""
    server, base, code = room
    token = join(base, code, workshop.people[0])

    async def burst():
        async with aiohttp.ClientSession() as session:
            async def one(note):
                async with session.post(f"{base}/api/rounds/{workshop.round_id}/dots",
                                        json={"note_id": note, "delta": 1},
                                        headers={"Authorization": f"Bearer {token}"}) as resp:
                    return resp.status
            return await asyncio.gather(*(one(workshop.notes[i % 2]) for i in range(12)))

    statuses = asyncio.run(burst())
    assert statuses.count(200) == 3 and statuses.count(409) == 9, statuses
    with Store.open(workshop.path, read_only=True) as store:
        rnd = v.get_round(store, workshop.round_id)
        voter = next(x.id for x in rnd.voters if x.participant_id == workshop.people[0])
        ballot = v.get_ballot(store, workshop.round_id, voter)
    assert sum(ballot.values()) == 3 and max(ballot.values()) <= 2


def test_cross_origin_websocket_and_post(room, workshop):
    _, base, code = room
    token = join(base, code, workshop.people[0])
    host = base.split("//")[1]

    async def attempt(origin):
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(f"{base}/api/live?token={token}", origin=origin) as ws:
                    return 101, await ws.receive_json(timeout=5)
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status, None

    assert asyncio.run(attempt("http://evil.example")) == (403, None)
    assert asyncio.run(attempt(f"http://{host}")) == (101, {"type": "hello"})
    reply = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots", {"note_id": workshop.notes[0], "delta": 1},
                 token=token, headers={"Origin": "http://192.168.0.9:8642"})
    assert reply.status == 403


def _raw(base: str, data: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", _port(base)), timeout=wait) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


def test_oversized_chunked_and_malformed_requests(room, workshop):
    _, base, code = room
    host = base.split("//")[1]
    body = json.dumps({"code": code, "name": "x" * 20000}).encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 4000]), body[i:i + 4000]) for i in range(0, len(body), 4000))
    reply = _raw(base, b"POST /api/join HTTP/1.1\r\nHost: " + host.encode() + b"\r\nTransfer-Encoding: chunked\r\n"
                 b"Connection: close\r\n\r\n" + chunked + b"0\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 413") and b'{"error"' in reply
    for garbage in (b"GARBAGE\r\n\r\n", b"GET / HTTP/1.1\r\nHost: " + host.encode() + b"\r\nX: " + b"a" * 9000 + b"\r\n\r\n",
                    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40):
        reply = _raw(base, garbage)
        head, _, payload = reply.partition(b"\r\n\r\n")
        assert re.match(rb"HTTP/1\.[01] 4", head), reply[:200]
        assert b"application/json" in head and json.loads(payload)["error"], reply[:300]


def test_idle_and_slow_connections_are_bounded(room, workshop):
    server, base, code = room
    watch = server.watch
    watch.request_start_s = 60.0  # none closed for trickling until all 60 are counted
    watch.max_connections = 40
    slow = []
    for _ in range(60):  # more than allowed: the extra ones are closed at once
        s = socket.create_connection(("127.0.0.1", _port(base)), timeout=5)
        s.sendall(b"GET /api/roster?code=")  # a request head that never ends (slowloris)
        slow.append(s)
    try:
        deadline = time.monotonic() + 10
        while len(watch) + watch.refused < 60 and time.monotonic() < deadline:
            time.sleep(0.05)  # the server's loop accepts them in its own time
        assert len(watch) == 40 and watch.refused == 20
        watch.request_start_s = 1.0  # now the trickling ones are past their time
        deadline = time.monotonic() + 10
        while len(watch) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(watch) == 0  # every trickling connection was closed
        for s in slow[:5]:
            s.settimeout(2)
            assert s.recv(100) == b""  # closed by the server
        assert call(base, "GET", f"/api/roster?code={code}").status == 200  # and it still serves
    finally:
        for s in slow:
            s.close()


def test_hidden_counts_appear_nowhere(room, workshop):
    """What Dani (who has not voted) and every other endpoint shows does not change while the
    others vote a hidden round; each voter only ever sees their own dots."""
    server, base, code = room
    ana, beto, dani = (join(base, code, p) for p in (workshop.people[0], workshop.people[1], workshop.people[3]))
    host = base.split("//")[1]

    def everything() -> list[bytes]:
        replies = [call(base, "GET", path, token=dani) for path in (
            "/api/state", f"/api/roster?code={code}", "/api/openapi.json", f"/j/{code}", "/phone/app.js", "/nope")]
        replies.append(call(base, "POST", f"/api/rounds/{workshop.round_id}/dots", {"note_id": "n-x", "delta": 1},
                            token=dani))
        return [r.body for r in replies]

    async def listen(seconds):
        async with aiohttp.ClientSession() as session, session.ws_connect(
                f"{base}/api/live?token={dani}", origin=f"http://{host}") as ws:
            messages = []
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                try:
                    messages.append(await ws.receive_str(timeout=max(0.05, end - time.monotonic())))
                except TimeoutError:
                    break
            return messages

    before = everything()
    for token, notes in ((ana, [0, 0, 1]), (beto, [2, 3, 3])):
        for i in notes:
            reply = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots",
                         {"note_id": workshop.notes[i], "delta": 1}, token=token)
            assert reply.status == 200
            assert set(reply.json) == {"dots_left", "my_dots"}
    messages = asyncio.run(listen(1.5))
    assert everything() == before
    assert all(json.loads(m)["type"] in ("hello", "state") and len(json.loads(m)) == 1 for m in messages)
    ana_state = call(base, "GET", "/api/state", token=ana).json["rounds"][0]
    assert ana_state["my_dots"] == {workshop.notes[0]: 2, workshop.notes[1]: 1} and "results" not in ana_state
