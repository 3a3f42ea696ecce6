"""The routes of the room (``docs/room-api.md``; the OpenAPI document is ``openapi.py``)."""

from __future__ import annotations

import asyncio
import gzip
import json
import unicodedata
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web
from sqlalchemy import select

from reslab_desktop.errors import ReslabError
from reslab_desktop.model import VoteRound
from reslab_desktop.resources import resource
from reslab_desktop.room import openapi
from reslab_desktop.room.batch import Dot
from reslab_desktop.room.codes import same_code
from reslab_desktop.room.dots import Refused
from reslab_desktop.room.guards import make_middlewares
from reslab_desktop.room.limits import (
    LIVE_HEARTBEAT_S,
    MAX_BODY,
    MAX_NAME,
    MAX_SOCKETS_PER_DEVICE,
    REQUEST_START_S,
    FailureCounter,
)
from reslab_desktop.room.seats import Seat
from reslab_desktop.room.views import PhoneRound, my_ballots, round_json
from reslab_desktop.services.guests import add_guest
from reslab_desktop.storage import Store

if TYPE_CHECKING:
    from reslab_desktop.room.limits import TokenBucket
    from reslab_desktop.room.server import RoomServer

MAX_SEATS = 2000
PHONE_FILES = {"app.js": "text/javascript", "notes.js": "text/javascript", "app.css": "text/css",
               "icon.svg": "image/svg+xml"}
NO_STORE = {"Cache-Control": "no-store"}


def build_app(room: RoomServer) -> web.Application:
    api = Api(room)
    app = web.Application(client_max_size=MAX_BODY, middlewares=make_middlewares(room.watch, room.server_error))
    app.router.add_get("/", api.start_page)
    app.router.add_get("/j/{code}", api.join_page)
    app.router.add_get("/phone/{name}", api.phone_file)
    app.router.add_get("/api/openapi.json", api.openapi)
    app.router.add_get("/api/roster", api.roster)
    app.router.add_post("/api/join", api.join)
    app.router.add_get("/api/state", api.state)
    app.router.add_post("/api/rounds/{round_id}/dots", api.dots)
    app.router.add_get("/api/live", api.live)
    app.router.add_post("/api/boards/{board_id}/notes", api.post_note)
    app.router.add_get("/api/boards/{board_id}/notes", api.board_view)
    app.router.add_get("/api/my-notes", api.my_notes)
    app.router.add_post("/api/sessions/{session_id}/checkin", api.checkin)
    app.router.add_route("*", "/{tail:.*}", api.not_found)
    return app


def ok(payload: Any, status: int = 200) -> web.Response:
    return web.json_response(payload, status=status, headers=NO_STORE,
                             dumps=lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":")))


def name_key(name: str) -> str:
    """Names compared the way people type them: case, accents and spaces do not matter."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


class Api:
    def __init__(self, room: RoomServer) -> None:
        self.room = room
        self.failures = FailureCounter()
        self._pages: dict[str, tuple[bytes, bytes]] = {}

    # -------------------------------------------------------------- pages

    async def start_page(self, request: web.Request) -> web.Response:
        self._seen(request)
        return self._page(request)

    async def join_page(self, request: web.Request) -> web.Response:
        self._seen(request)
        if self._blocked(request) or not same_code(request.match_info["code"], self.room.code):
            self._failed(request)
            raise web.HTTPNotFound()
        return self._page(request)

    async def phone_file(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in PHONE_FILES:
            raise web.HTTPNotFound()
        return self._send(request, name, PHONE_FILES[name], {"Cache-Control": "no-cache"})

    def _page(self, request: web.Request) -> web.Response:
        host = request.headers.get("Host", "")
        csp = (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self' ws://{host}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        )
        return self._send(request, "index.html", "text/html; charset=utf-8",
                          {"Cache-Control": "no-cache", "Content-Security-Policy": csp})

    def _send(self, request: web.Request, name: str, content_type: str, headers: dict[str, str]) -> web.Response:
        """A page file, gzipped once for every phone (under 60 KB in all, ``docs/room-api.md``)."""
        plain, packed = self._file(name)
        sent = {**headers, "Content-Type": content_type, "Vary": "Accept-Encoding"}
        if "gzip" in request.headers.get("Accept-Encoding", "").lower():
            return web.Response(body=packed, headers={**sent, "Content-Encoding": "gzip"})
        return web.Response(body=plain, headers=sent)

    def _file(self, name: str) -> tuple[bytes, bytes]:
        if name not in self._pages:
            plain = resource("phone", name).read_bytes()
            self._pages[name] = (plain, gzip.compress(plain, 9, mtime=0))
        return self._pages[name]

    async def openapi(self, request: web.Request) -> web.Response:
        return ok(openapi.document(self.room))

    async def not_found(self, request: web.Request) -> web.Response:
        raise web.HTTPNotFound()

    # -------------------------------------------------------------- joining

    async def roster(self, request: web.Request) -> web.Response:
        self._seen(request)
        self._check_code(request, request.query.get("code"))
        reply = ok([{"id": pid, "name": name} for pid, name in self.room.view.roster])
        reply.headers["X-Room-Guests"] = "1" if self.room.guests else "0"  # the page offers to type a name
        return reply

    async def join(self, request: web.Request) -> web.Response:
        self._seen(request)
        body = await json_body(request)
        self._check_code(request, body.get("code"))
        if len(self.room.seats) >= MAX_SEATS:
            raise Refused(429, "the room is full")
        view = self.room.view
        guest = False
        if "participant_id" in body:
            pid = body["participant_id"]
            if not isinstance(pid, str) or pid not in dict(view.roster):
                self._failed(request)
                raise Refused(403, "that person is not on the list; pick your name again")
        elif "name" in body:
            name = body["name"]
            if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
                raise Refused(400, f"type your name (1 to {MAX_NAME} characters)")
            if any(unicodedata.category(c).startswith("C") for c in name):
                raise Refused(400, "a name cannot contain control characters")
            matches = [p for p, n in view.roster if name_key(n) == name_key(name)]
            if len(matches) > 1:
                raise Refused(409, "several people have that name; pick yours from the list")
            if matches:
                pid = matches[0]
            elif self.room.guests:
                try:
                    pid = await self.room.write(add_guest, self.room.store, name)
                except ReslabError as exc:
                    raise Refused(400, str(exc)) from None
                view = await self.room.refresh_view()
                guest = True
            else:
                self._failed(request)
                raise Refused(403, "that name is not on the list; pick it from the list or ask the facilitator")
        else:
            raise Refused(400, "send participant_id or name")
        token, _ = self.room.seats.add(pid, view.people.get(pid, ""), guest)
        return ok({"token": token, "participant_id": pid})

    def _check_code(self, request: web.Request, code: object) -> None:
        if self._blocked(request):
            raise Refused(429, "too many wrong codes; wait a minute")
        if not same_code(code, self.room.code):
            self._failed(request)
            raise Refused(403, "wrong join code")

    # -------------------------------------------------------------- a seated phone

    def _seat(self, request: web.Request) -> tuple[Seat, TokenBucket]:
        self._seen(request)
        header = request.headers.get("Authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else request.query.get("token", "")
        found = self.room.seats.find(token) if token else None
        if found is None:
            raise Refused(401, "this phone is not in the room (join again)" if token else "join the room first")
        return found

    def _writing(self, request: web.Request) -> Seat:
        seat, bucket = self._seat(request)
        if not bucket.take():
            raise Refused(429, "too fast; wait a moment")
        return seat

    async def state(self, request: web.Request) -> web.Response:
        seat, _ = self._seat(request)
        rounds = self._rounds_of(seat)
        mine = await self.room.read(my_ballots, self.room.store, [r.voters[seat.participant_id] for r in rounds])
        return ok({
            "participant": {"id": seat.participant_id, "name": self.room.view.people.get(seat.participant_id, seat.name)},
            "rounds": [round_json(r, mine.get(r.voters[seat.participant_id], {})) for r in rounds],
            **await self.room.notes.state_of(seat),
        })

    def _rounds_of(self, seat: Seat) -> list[PhoneRound]:
        return [r for r in self.room.view.rounds
                if seat.participant_id in r.voters and self.room.phones_may_vote(r.id)]

    async def dots(self, request: web.Request) -> web.Response:
        seat = self._writing(request)
        body = await json_body(request)
        note_id, delta = body.get("note_id"), body.get("delta")
        if not isinstance(note_id, str) or isinstance(delta, bool) or delta not in (1, -1):
            raise Refused(400, 'send {"note_id": "…", "delta": 1} or delta -1')
        round_id = request.match_info["round_id"]
        rnd = self.room.view.round(round_id)
        if rnd is None or rnd.status != "open" or seat.participant_id not in rnd.voters:
            rnd = (await self.room.refresh_view()).round(round_id)  # the view may be a moment old
        if rnd is None:
            known = await self.room.read(_round_ids, self.room.store)
            raise Refused(409 if round_id in known else 404,
                          "this round is not open for phones" if round_id in known else "no such round")
        if rnd.status != "open":
            raise Refused(409, "this round is closed; no more dots")
        if not self.room.phones_may_vote(rnd.id):
            raise Refused(409, "this round is voted on the shared screen")
        voter = rnd.voters.get(seat.participant_id)
        if voter is None:
            raise Refused(403, "you are not a voter of this round")
        try:
            mine = await self.room.write_dot(Dot(rnd, voter, note_id, delta))
        except Refused:
            await self.room.refresh_view()  # e.g. closed a moment ago: the next state says so
            raise
        except ReslabError as exc:  # the file cannot take writes (disk full, made read-only)
            raise Refused(503, f"the dot could not be saved: {exc}") from None
        return ok({"dots_left": rnd.dots_per_participant - sum(mine.values()), "my_dots": mine})

    # -------------------------------------------------------------- notes (room/notes.py)

    async def post_note(self, request: web.Request) -> web.Response:
        seat, _ = self._seat(request)
        return await self.room.notes.post_note(request, seat, await json_body(request))

    async def board_view(self, request: web.Request) -> web.Response:
        seat, _ = self._seat(request)
        return await self.room.notes.board_view(request, seat)

    async def my_notes(self, request: web.Request) -> web.Response:
        seat, _ = self._seat(request)
        return await self.room.notes.my_notes(request, seat)

    async def checkin(self, request: web.Request) -> web.Response:
        seat = self._writing(request)
        return await self.room.notes.checkin(request, seat)

    async def live(self, request: web.Request) -> web.StreamResponse:
        seat, _ = self._seat(request)
        if self.room.hub.count(seat.device_id) >= MAX_SOCKETS_PER_DEVICE:
            raise Refused(429, "too many open pages on this phone")
        ws = web.WebSocketResponse(heartbeat=LIVE_HEARTBEAT_S, max_msg_size=1024)
        await ws.prepare(request)
        self.room.hub.add(ws, seat.device_id, seat.participant_id)
        try:
            await ws.send_json({"type": "hello"})
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    break  # phones only listen; anything else ends the socket
        finally:
            self.room.hub.discard(ws)
        return ws

    # -------------------------------------------------------------- bookkeeping

    def _seen(self, request: web.Request) -> None:
        stats = self.room.stats
        stats.requests += 1
        if request.remote and len(stats.remote_addresses) < 5000:
            stats.remote_addresses.add(request.remote)

    def _blocked(self, request: web.Request) -> bool:
        return self.failures.blocked(request.remote or "")

    def _failed(self, request: web.Request) -> None:
        self.failures.failed(request.remote or "")


def _round_ids(store: Store) -> set[str]:
    with store.read() as s:
        return set(s.execute(select(VoteRound.id)).scalars())


async def json_body(request: web.Request) -> dict[str, Any]:
    try:
        raw = await asyncio.wait_for(request.read(), REQUEST_START_S)
    except TimeoutError:
        raise Refused(408, "the request body came too slowly") from None
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Refused(400, "the request body is not JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "the request body must be a JSON object")
    return data
