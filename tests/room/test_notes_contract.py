"""The notes part of the room's HTTP contract (docs/room-api.md), on a real server on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from reslab_desktop.room import RoomServer
from reslab_desktop.room.limits import NOTE_BURST
from reslab_desktop.rules.countdown import Countdown
from reslab_desktop.services import boards
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store
from tests.room.helpers import call, join, split_url
from tests.room.notes_helpers import NotesWorkshop, make_notes_workshop


@pytest.fixture
def nws(tmp_path) -> NotesWorkshop:
    return make_notes_workshop(tmp_path / "taller.reslab")


@pytest.fixture
def nroom(nws):
    store = Store.open(nws.path)
    server = RoomServer(store, host="127.0.0.1", port=0)
    base, code = split_url(server.start())
    try:
        yield server, base, code
    finally:
        server.stop()
        store.close()


def post(base, token, board, text, client, zone=None, **extra):
    body = {"text": text, "client_id": client, **extra}
    if zone is not None:
        body["zone_id"] = zone
    return call(base, "POST", f"/api/boards/{board}/notes", body, token=token)


def wait_for(predicate, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_state_shows_open_boards_the_timer_and_the_session(nroom, nws) -> None:
    server, base, code = nroom
    token = join(base, code, nws.people[0])
    state = call(base, "GET", "/api/state", token=token).json
    assert state["boards"] == [] and state["timer"] == {"state": "idle", "remaining_s": 300}
    assert "session" not in state

    server.notes.stage.open_board(pn.Intake(nws.board_id, prompt="¿Qué dice Dani?"))
    (board,) = call(base, "GET", "/api/state", token=token).json["boards"]
    assert {"id", "title", "prompt", "zones"} <= set(board)
    assert board["id"] == nws.board_id and board["title"] == "Mapa de empatía de Dani"
    assert board["prompt"] == "¿Qué dice Dani?"
    assert [z["title"] for z in board["zones"]] == list(nws.zones)
    assert all(set(z) == {"id", "title"} for z in board["zones"])

    server.notes.stage.open_board(pn.Intake(nws.board_id, zone_id=nws.zones["Piensa"]))
    (board,) = call(base, "GET", "/api/state", token=token).json["boards"]
    assert board["zones"] == [{"id": nws.zones["Piensa"], "title": "Piensa"}]
    assert board["prompt"] == "¿Qué le preocupa aunque no lo diga?"  # the zone's own question

    clock = [100.0]
    timer = Countdown(clock=lambda: clock[0], seconds=600)
    server.notes.stage.clock = lambda: clock[0]
    timer.start()
    server.notes.stage.set_timer(timer.state)
    clock[0] += 61.2
    assert call(base, "GET", "/api/state", token=token).json["timer"] == {"state": "running", "remaining_s": 539}
    timer.pause()
    server.notes.stage.set_timer(timer.state)
    assert call(base, "GET", "/api/state", token=token).json["timer"]["state"] == "paused"
    timer.start()
    server.notes.stage.set_timer(timer.state)
    clock[0] += 600
    assert call(base, "GET", "/api/state", token=token).json["timer"] == {"state": "ended", "remaining_s": 0}

    server.notes.stage.take_attendance(nws.session_id)
    assert call(base, "GET", "/api/state", token=token).json["session"] == {"id": nws.session_id, "checked_in": False}


def test_post_a_note_once_whatever_the_retries(nroom, nws) -> None:
    server, base, code = nroom
    token = join(base, code, nws.people[1])
    assert post(base, token, nws.board_id, "Hola", "c-0").status == 403  # not open yet
    server.notes.stage.open_board(pn.Intake(nws.board_id, moderate=True))
    first = post(base, token, nws.board_id, "Dice: «no tengo tiempo»", "c-1", nws.zones["Dice"])
    assert first.status == 201 and set(first.json) == {"id", "status"} and first.json["status"] == "pending"
    again = post(base, token, nws.board_id, "Dice: «no tengo tiempo»", "c-1", nws.zones["Dice"])
    assert again.status == 200 and again.json == first.json
    with Store.open(nws.path, read_only=True) as store:
        rows = pn.list_phone_notes(store, nws.board_id)
        assert [(r.text, r.author_id, r.zone_id) for r in rows] == [
            ("Dice: «no tengo tiempo»", nws.people[1], nws.zones["Dice"])]
        assert boards.load_board(store, nws.board_id).notes == ()  # moderated: not on the board

    server.notes.stage.open_board(pn.Intake(nws.board_id))
    placed = post(base, token, nws.board_id, "Piensa que nadie escucha", "c-2", nws.zones["Piensa"])
    assert placed.status == 201 and placed.json["status"] == "placed"
    with Store.open(nws.path, read_only=True) as store:
        (note,) = boards.load_board(store, nws.board_id).notes
        assert (note.text, note.origin, note.author_id, note.zone_id) == (
            "Piensa que nadie escucha", "phone", nws.people[1], nws.zones["Piensa"])


@pytest.mark.parametrize("text, status", [
    ("", 422), ("   \n  ", 422), ("\x00\x07\x1b", 422), ("x" * 501, 422), ("y" * 10_000, 422),
    ("z" * 500, 201), ("ñ" * 500, 201), (12, 422), (None, 422),
])
def test_text_limits(nroom, nws, text, status) -> None:
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id))
    token = join(base, code, nws.people[0])
    reply = post(base, token, nws.board_id, text, "c-limit")
    assert reply.status == status, reply.body
    if status != 201:
        assert set(reply.json) == {"error"}


def test_zone_and_body_errors(nroom, nws) -> None:
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id, zone_id=nws.zones["Dice"]))
    token = join(base, code, nws.people[0])
    assert post(base, token, nws.board_id, "x", "a", nws.zones["Piensa"]).status == 422
    assert post(base, token, nws.board_id, "x", "b", "z-nowhere").status == 422
    assert post(base, token, nws.board_id, "x", "c", nws.zones["Dice"]).status == 201
    assert call(base, "POST", f"/api/boards/{nws.board_id}/notes", {"text": "sin id"}, token=token).status == 400
    assert call(base, "POST", f"/api/boards/{nws.board_id}/notes", raw=b"{nope", token=token).status == 400
    assert call(base, "POST", "/api/boards/b-other/notes", {"text": "x", "client_id": "d"}, token=token).status == 403
    for method, path in (("POST", f"/api/boards/{nws.board_id}/notes"), ("GET", "/api/my-notes"),
                         ("POST", f"/api/sessions/{nws.session_id}/checkin")):
        assert call(base, method, path, {"text": "x", "client_id": "e"}).status == 401
    other_site = call(base, "POST", f"/api/boards/{nws.board_id}/notes", {"text": "x", "client_id": "f"},
                      token=token, headers={"Origin": "http://evil.example"})
    assert other_site.status == 403


def test_too_fast_is_429_but_a_retry_is_never_refused(nroom, nws) -> None:
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id))
    token = join(base, code, nws.people[2])
    replies = [post(base, token, nws.board_id, f"Idea {i}", f"k{i}") for i in range(NOTE_BURST + 3)]
    assert [r.status for r in replies[:NOTE_BURST]] == [201] * NOTE_BURST
    slow = replies[NOTE_BURST]
    assert slow.status == 429 and "Más despacio" in slow.json["error"]
    assert post(base, token, nws.board_id, "Idea 0", "k0").status == 200  # a retry: answered, not counted


def test_my_notes_follow_the_facilitators_decisions(nroom, nws) -> None:
    server, base, code = nroom
    intake = pn.Intake(nws.board_id, moderate=True)
    server.notes.stage.open_board(intake)
    token = join(base, code, nws.people[0])
    other = join(base, code, nws.people[1])
    ids = [post(base, token, nws.board_id, f"Nota {i} <script>alert(1)</script>", f"m{i}").json["id"]
           for i in range(3)]
    post(base, other, nws.board_id, "De otra persona", "m0")
    mine = call(base, "GET", "/api/my-notes", token=token)
    assert mine.status == 200
    assert [(n["id"], n["status"], n["text"]) for n in mine.json] == [
        (i, "pending", f"Nota {k} <script>alert(1)</script>") for k, i in enumerate(ids)]
    assert {"id", "board_id", "zone_id", "text", "status"} <= set(mine.json[0])

    with Store.open(nws.path) as app:  # the facilitator decides in the app (another connection)
        pn.accept(app, [ids[0]], intake)
        pn.accept(app, [ids[1]], intake, texts={ids[1]: "Nota 1, corregida"})
        pn.reject(app, [ids[2]])
    statuses = wait_for(lambda: [n["status"] for n in call(base, "GET", "/api/my-notes", token=token).json])
    assert statuses == ["placed", "edited", "rejected"]
    # across a restart of the server the phone finds its notes again (here by its client ids)
    server.stop()
    again = RoomServer(server.store, host="127.0.0.1", port=0)
    base2, code2 = split_url(again.start())
    try:
        token2 = join(base2, code2, nws.people[0])
        listed = call(base2, "GET", "/api/my-notes?client_id=m0&client_id=m1", token=token2).json
        assert [n.get("client_id") for n in listed] == ["m0", "m1", None]  # named: by author too
        assert [n["status"] for n in listed] == ["placed", "edited", "rejected"]
    finally:
        again.stop()


def test_anonymous_board_keeps_no_link_to_the_phone(nroom, nws) -> None:
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id, anonymous=True))
    token = join(base, code, nws.people[3])
    reply = post(base, token, nws.board_id, "Nadie sabrá que fui yo", "secret-1")
    assert reply.status == 201
    assert [n["id"] for n in call(base, "GET", "/api/my-notes", token=token).json] == [reply.json["id"]]
    with Store.open(nws.path, read_only=True) as store:
        from reslab_desktop.interchange.api import export_json

        doc = export_json(store)
    data = json.loads(doc)
    (sent,) = data["phone_notes"]
    assert "author" not in sent and sent["text"] == "Nadie sabrá que fui yo"
    del data["participants"], data["votes"]  # the roster, and rounds everyone votes in
    assert nws.people[3] not in json.dumps(data)
    assert "secret-1" not in doc


def test_check_in_from_the_phone(nroom, nws) -> None:
    server, base, code = nroom
    token = join(base, code, nws.people[2])
    path = f"/api/sessions/{nws.session_id}/checkin"
    assert call(base, "POST", path, {}, token=token).status == 403  # not taking attendance
    assert call(base, "POST", "/api/sessions/s-none/checkin", {}, token=token).status == 404
    server.notes.stage.take_attendance(nws.session_id)
    first = call(base, "POST", path, {}, token=token)
    assert first.status == 200 and first.json["session"] == {"id": nws.session_id, "checked_in": True}
    assert call(base, "POST", path, {}, token=token).status == 200  # idempotent
    assert call(base, "GET", "/api/state", token=token).json["session"]["checked_in"] is True
    with Store.open(nws.path, read_only=True) as store:
        (row,) = sessions.check_ins(store, nws.session_id)
        assert (row.participant_id, row.source) == (nws.people[2], "phone") and row.at


def test_read_only_view_only_when_allowed(nroom, nws) -> None:
    server, base, code = nroom
    token = join(base, code, nws.people[0])
    server.notes.stage.open_board(pn.Intake(nws.board_id))
    post(base, token, nws.board_id, "Se ve en la lista", "v1", nws.zones["Hace"])
    assert call(base, "GET", f"/api/boards/{nws.board_id}/notes", token=token).status == 403
    server.notes.stage.open_board(pn.Intake(nws.board_id, show_board=True))
    view = call(base, "GET", f"/api/boards/{nws.board_id}/notes", token=token)
    assert view.status == 200
    assert [(n["text"], n["zone_id"]) for n in view.json] == [("Se ve en la lista", nws.zones["Hace"])]
    assert set(view.json[0]) == {"id", "text", "color", "zone_id"}  # no author, no votes


def test_reslab_serve_opens_a_board(nws, tmp_path) -> None:
    cmd = [sys.executable, "-m", "reslab_desktop", "serve", str(nws.path), "--port", "0",
           "--notes-to", nws.board_id, "--zone", nws.zones["Siente"], "--moderate"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("room: http://127.0.0.1:")
        base, code = split_url(line.split(" ", 1)[1])
        token = join(base, code, nws.people[0])
        (board,) = call(base, "GET", "/api/state", token=token).json["boards"]
        assert board["zones"] == [{"id": nws.zones["Siente"], "title": "Siente"}]
        reply = post(base, token, nws.board_id, "Siente miedo", "s1")
        assert reply.status == 201 and reply.json["status"] == "pending"
    finally:
        proc.terminate()
        assert proc.wait(20) == 0
    for bad, message in ((["--notes-to", "b-nope"], "no board 'b-nope'"),
                         (["--notes-to", nws.board_id, "--zone", "z-nope"], "no zone 'z-nope'"),
                         (["--zone", nws.zones["Dice"]], "--zone needs --notes-to"),
                         (["--check-in", "s-nope"], "no session 's-nope'")):
        out = subprocess.run([sys.executable, "-m", "reslab_desktop", "serve", str(nws.path), "--port", "0", *bad],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 2 and message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_answers_match_the_openapi_document(nroom, nws) -> None:
    import jsonschema

    server, base, code = nroom
    doc = call(base, "GET", "/api/openapi.json").json
    for path in ("/api/boards/{board_id}/notes", "/api/my-notes", "/api/sessions/{session_id}/checkin"):
        assert path in doc["paths"]

    def check(instance, schema) -> None:
        jsonschema.validate(instance, {**schema, "components": doc["components"]})

    server.notes.stage.open_board(pn.Intake(nws.board_id, moderate=True, show_board=True))
    server.notes.stage.take_attendance(nws.session_id)
    token = join(base, code, nws.people[0])
    answer = post(base, token, nws.board_id, "Una idea", "o1", nws.zones["Dice"])
    check(answer.json, doc["paths"]["/api/boards/{board_id}/notes"]["post"]["responses"]["201"]["content"]
          ["application/json"]["schema"])
    state = call(base, "GET", "/api/state", token=token).json
    check(state, doc["paths"]["/api/state"]["get"]["responses"]["200"]["content"]["application/json"]["schema"])
    mine = call(base, "GET", "/api/my-notes", token=token).json
    check(mine, doc["paths"]["/api/my-notes"]["get"]["responses"]["200"]["content"]["application/json"]["schema"])
    checked = call(base, "POST", f"/api/sessions/{nws.session_id}/checkin", {}, token=token).json
    check(checked, doc["paths"]["/api/sessions/{session_id}/checkin"]["post"]["responses"]["200"]["content"]
          ["application/json"]["schema"])
