"""The HTTP contract of the room (docs/room-api.md), against a real server on 127.0.0.1."""

from __future__ import annotations

import json

from reslab_desktop.services import voting as v
from reslab_desktop.storage import Store
from tests.room.helpers import NAMES, call, join


def test_join_page_only_for_the_code(room):
    _, base, code = room
    page = call(base, "GET", f"/j/{code}")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    for wrong in ("ZZZZZ", code + "A", "x", "%00"):
        reply = call(base, "GET", f"/j/{wrong}")
        assert reply.status == 404 and reply.json == {"error": "No se encontró"}  # no hint (Spanish by default)


def test_roster_names_only(room, workshop):
    _, base, code = room
    reply = call(base, "GET", f"/api/roster?code={code}")
    assert reply.status == 200
    assert reply.json == [{"id": p, "name": n} for p, n in zip(workshop.people, NAMES, strict=True)]
    assert call(base, "GET", "/api/roster?code=WRONG").status == 403
    assert call(base, "GET", "/api/roster").status == 403


def test_join_by_id_or_name(room, workshop):
    _, base, code = room
    reply = call(base, "POST", "/api/join", {"code": code, "participant_id": workshop.people[1]})
    assert reply.status == 200 and set(reply.json) == {"token", "participant_id"}
    assert reply.json["participant_id"] == workshop.people[1]
    by_name = call(base, "POST", "/api/join", {"code": code, "name": "  carmen   PECH "})
    assert by_name.status == 200 and by_name.json["participant_id"] == workshop.people[2]
    assert call(base, "POST", "/api/join", {"code": "WRONG", "participant_id": workshop.people[0]}).status == 403
    assert call(base, "POST", "/api/join", {"code": code, "participant_id": "p-nobody"}).status == 403
    refused = call(base, "POST", "/api/join", {"code": code, "name": "Nadie Conocido"})
    assert refused.status == 403 and set(refused.json) == {"error"}


def test_guests_join_by_name_and_vote(room, workshop):
    server, base, code = room
    server.guests = True
    reply = call(base, "POST", "/api/join", {"code": code, "name": "Zoë Invitada"})
    assert reply.status == 200
    token, pid = reply.json["token"], reply.json["participant_id"]
    state = call(base, "GET", "/api/state", token=token).json
    assert state["participant"] == {"id": pid, "name": "Zoë Invitada"}
    assert [r["id"] for r in state["rounds"]] == [workshop.round_id]  # the whole-roster round took her in
    ok = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots", {"note_id": workshop.notes[0], "delta": 1},
              token=token)
    assert ok.status == 200 and ok.json == {"dots_left": 2, "my_dots": {workshop.notes[0]: 1}}
    with Store.open(workshop.path, read_only=True) as store:
        assert any(p.name == "Zoë Invitada" for p in __import__(
            "reslab_desktop.services.people", fromlist=["x"]).list_participants(store))


def test_state_keys(room, workshop):
    _, base, code = room
    token = join(base, code, workshop.people[0])
    reply = call(base, "GET", "/api/state", token=token)
    assert reply.status == 200
    state = reply.json
    assert state["participant"] == {"id": workshop.people[0], "name": NAMES[0]}
    (rnd,) = state["rounds"]
    assert set(rnd) == {"id", "question", "status", "dots_per_participant", "max_per_note", "dots_left",
                        "my_dots", "candidates"}
    assert rnd["status"] == "open" and rnd["dots_left"] == 3 and rnd["my_dots"] == {}
    assert rnd["dots_per_participant"] == 3 and rnd["max_per_note"] == 2
    assert [c["id"] for c in rnd["candidates"]] == workshop.notes
    assert set(rnd["candidates"][0]) == {"id", "text", "color"}
    assert rnd["candidates"][0]["text"] == "Reto 0 <b>&amp;</b>"  # plain text, as typed


def test_tokens_required(room):
    _, base, _ = room
    for method, path in (("GET", "/api/state"), ("POST", "/api/rounds/x/dots"), ("GET", "/api/live")):
        assert call(base, method, path).status == 401
        assert call(base, method, path, token="forged-token").status == 401
        reply = call(base, method, path, headers={"Authorization": "Basic abc"})
        assert reply.status == 401 and "error" in reply.json


def test_dots_statuses(room, workshop):
    _, base, code = room
    token = join(base, code, workshop.people[0])
    rid, notes = workshop.round_id, workshop.notes

    def dot(note, delta=1, round_id=rid):
        return call(base, "POST", f"/api/rounds/{round_id}/dots", {"note_id": note, "delta": delta}, token=token)

    assert dot(notes[0]).json == {"dots_left": 2, "my_dots": {notes[0]: 1}}
    assert dot(notes[0]).json == {"dots_left": 1, "my_dots": {notes[0]: 2}}
    over_max = dot(notes[0])
    assert over_max.status == 409 and set(over_max.json) == {"error"}
    assert dot(notes[1]).json == {"dots_left": 0, "my_dots": {notes[0]: 2, notes[1]: 1}}
    assert dot(notes[2]).status == 409  # budget spent
    assert dot(notes[3], -1).status == 409  # no dot there
    assert dot(notes[1], -1).json == {"dots_left": 1, "my_dots": {notes[0]: 2}}
    assert dot("n-not-a-candidate").status == 404
    assert dot(notes[0], round_id="vr-nope").status == 404
    assert dot(notes[0], round_id=workshop.draft_id).status == 409  # a draft is not open
    for bad in ({"note_id": notes[0], "delta": 2}, {"note_id": notes[0], "delta": True}, {"note_id": 3, "delta": 1},
                {"delta": 1}, [1, 2]):
        assert call(base, "POST", f"/api/rounds/{rid}/dots", bad, token=token).status == 400
    state = call(base, "GET", "/api/state", token=token).json
    assert state["rounds"][0]["my_dots"] == {notes[0]: 2} and state["rounds"][0]["dots_left"] == 1


def test_not_a_voter_is_403(room, workshop):
    server, base, code = room
    with Store.open(workshop.path) as store:
        rid = v.create_round(store, workshop.board_id, "Solo Ana", voters=(workshop.people[0],),
                             dots_per_participant=2)
        v.open_round(store, rid)
    server.poke()
    token = join(base, code, workshop.people[1])
    reply = call(base, "POST", f"/api/rounds/{rid}/dots", {"note_id": workshop.notes[0], "delta": 1}, token=token)
    assert reply.status == 403 and set(reply.json) == {"error"}


def test_closed_round_refuses_and_reveals(room, workshop):
    server, base, code = room
    token = join(base, code, workshop.people[0])
    call(base, "POST", f"/api/rounds/{workshop.round_id}/dots", {"note_id": workshop.notes[2], "delta": 1}, token=token)
    with Store.open(workshop.path) as store:
        v.close_round(store, workshop.round_id)
    reply = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots", {"note_id": workshop.notes[0], "delta": 1},
                 token=token)
    assert reply.status == 409
    (rnd,) = call(base, "GET", "/api/state", token=token).json["rounds"]
    assert rnd["status"] == "closed"
    assert rnd["results"][0] == {"id": workshop.notes[2], "text": "Reto 2 <b>&amp;</b>", "color": "#FFE066",
                                 "dots": 1, "rank": 1, "tied": False}


def test_origin_and_host_checks(room, workshop):
    _, base, code = room
    host = base.split("//")[1]
    body = {"code": code, "participant_id": workshop.people[0]}
    assert call(base, "POST", "/api/join", body, headers={"Origin": f"http://{host}"}).status == 200
    for origin in ("http://evil.example", "null", f"https://{host}", "http://127.0.0.1:1"):
        reply = call(base, "POST", "/api/join", body, headers={"Origin": origin})
        assert reply.status == 403 and set(reply.json) == {"error"}
    rebound = call(base, "GET", f"/j/{code}", headers={"Host": "evil.example:80"})
    assert rebound.status == 403


def test_body_limit_and_malformed(room, workshop):
    _, base, code = room
    big = json.dumps({"code": code, "name": "x" * 17000}).encode()
    assert call(base, "POST", "/api/join", raw=big).status == 413
    assert call(base, "POST", "/api/join", raw=b"{not json").status == 400
    assert call(base, "POST", "/api/join", raw=b"\xff\xfe").status == 400
    reply = call(base, "POST", "/api/join", raw=b"[]")
    assert reply.status == 400 and set(reply.json) == {"error"}


def test_rate_limit(room, workshop):
    """More than 20 writes a second from one token → 429 (counted before the body is read)."""
    import http.client

    server, base, code = room
    token = join(base, code, workshop.people[0])
    _, bucket = server.seats.find(token)
    refill = bucket.rate
    bucket.rate = 0  # however slow this machine is, the 21st write comes "within the second"
    conn = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=10)
    statuses = []
    try:
        for _ in range(60):
            conn.request("POST", f"/api/rounds/{workshop.round_id}/dots", body=b'{"delta": 0}',
                         headers={"Authorization": f"Bearer {token}"})
            resp = conn.getresponse()
            resp.read()
            statuses.append(resp.status)
    finally:
        conn.close()
    assert statuses == [400] * 20 + [429] * 40, statuses
    assert refill == 20 and bucket.capacity == 20  # 20 a second, bursts of 20 (limits.py)
    assert call(base, "GET", "/api/state", token=token).status == 200  # reads are not limited


def test_errors_are_json_everywhere(room):
    _, base, _ = room
    for method, path in (("GET", "/nope"), ("DELETE", "/api/state"), ("GET", "/phone/../../etc/passwd"),
                         ("PUT", "/api/join"), ("GET", "/phone/secret.py")):
        reply = call(base, method, path)
        assert reply.status >= 400 and reply.headers["content-type"].startswith("application/json")
        assert set(reply.json) == {"error"} and "Traceback" not in reply.body.decode()


def test_openapi_document(room):
    _, base, _ = room
    doc = call(base, "GET", "/api/openapi.json").json
    assert doc["openapi"].startswith("3.")
    for path in ("/j/{code}", "/api/join", "/api/roster", "/api/state", "/api/rounds/{round_id}/dots"):
        assert path in doc["paths"]


def test_a_dot_the_file_cannot_take_is_503_in_one_line(workshop):
    from reslab_desktop.room import RoomServer
    from reslab_desktop.storage import Store
    from tests.room.helpers import split_url

    store = Store.open(workshop.path, read_only=True)  # as when the file became read-only
    server = RoomServer(store, port=0)
    base, code = split_url(server.start())
    try:
        token = join(base, code, workshop.people[0])
        reply = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots",
                     {"note_id": workshop.notes[0], "delta": 1}, token=token)
        assert reply.status == 503 and list(reply.json) == ["error"]
        assert "\n" not in reply.json["error"] and "Traceback" not in reply.json["error"]
        assert server.stats.server_errors == 0
    finally:
        server.stop()
        store.close()
