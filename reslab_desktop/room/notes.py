"""Phones write on the board: notes sent in batches, what a phone sent, check-in, the light view.

* ``POST /api/boards/B/notes`` puts the note in a queue; one writer task takes everything
  queued and writes it in **one** transaction (``services.phone_notes.receive``), then answers
  each phone: 200 phones sending at once cost a few commits, not 2,000. A phone's note is
  acknowledged only after its commit, so an acknowledged note survives a crash.
* The same ``client_id`` again is the same note (200, not a second one): the key is found in
  memory or in the file (after a restart), before any rate limit applies.
* After each change of the file the public status of every phone note is compared with the
  last one; only the phones whose notes changed are told (``{"type": "notes"}``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web
from sqlalchemy import select

from reslab_desktop.errors import NotFoundError, ReslabError, ValidationError
from reslab_desktop.model import Attendance, Board, Note, PhoneNote, WorkSession, Zone
from reslab_desktop.room.dots import Refused
from reslab_desktop.room.limits import NOTE_BURST, NOTES_PER_MINUTE, TokenBucket
from reslab_desktop.room.stage import Stage
from reslab_desktop.rules.countdown import phone_timer
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store

if TYPE_CHECKING:
    from reslab_desktop.room.seats import Seat
    from reslab_desktop.room.server import RoomServer

MAX_CLIENT_ID = 100
MAX_BATCH = 16  # notes per transaction: each change set stays a few ms of drawing on the GUI thread
MAX_ASKED = 500  # client ids one my-notes question may name
MAX_REMEMBERED = 50_000  # client keys kept in memory for my-notes (bounded whatever the traffic)
LIGHT_VIEW_MAX = 2_000  # notes listed in a board's read-only view


@dataclass(frozen=True)
class ZoneInfo:
    id: str
    title: str
    prompt: str


@dataclass(frozen=True)
class BoardInfo:
    id: str
    title: str
    zones: tuple[ZoneInfo, ...]


def read_boards(store: Store, board_ids: Iterable[str]) -> dict[str, BoardInfo]:
    ids = list(board_ids)
    if not ids:
        return {}
    with store.read() as s:
        titles = dict(s.execute(select(Board.id, Board.title).where(Board.id.in_(ids))).all())
        zones: dict[str, list[ZoneInfo]] = {}
        for zid, bid, title, prompt in s.execute(
            select(Zone.id, Zone.board_id, Zone.title, Zone.prompt).where(Zone.board_id.in_(ids))
            .order_by(Zone.board_id, Zone.seq)
        ):
            zones.setdefault(bid, []).append(ZoneInfo(zid, title, prompt))
    return {bid: BoardInfo(bid, titles[bid], tuple(zones.get(bid, ()))) for bid in ids if bid in titles}


def light_view(store: Store, board_id: str) -> list[dict[str, Any]]:
    """The board's notes as phones may read them: text, color and zone, in stacking order."""
    t = Note.__table__
    with store.read() as s:
        rows = s.connection().execute(select(t.c.id, t.c.text, t.c.color, t.c.zone_id)
                                      .where(t.c.board_id == board_id).order_by(t.c.seq).limit(LIGHT_VIEW_MAX))
        return [{"id": i, "text": text, "color": color, "zone_id": zone} for i, text, color, zone in rows]


def fingerprint(store: Store) -> dict[str, tuple[str, str | None, str]]:
    """Every phone note's public status, its author and its key (to see whose changed)."""
    p, n = PhoneNote.__table__, Note.__table__
    with store.read() as s:
        conn = s.connection()
        rows = conn.execute(select(p.c.id, p.c.status, p.c.text, p.c.note_id, p.c.author_id, p.c.client_key,
                                   n.c.text).select_from(p.outerjoin(n, n.c.id == p.c.note_id))).all()
    shared: dict[str, int] = {}
    for row in rows:
        if row[3]:
            shared[row[3]] = shared.get(row[3], 0) + 1
    return {pid: (pn.public_status(status, text, note_text if note_id else None, shared.get(note_id or "", 0) > 1),
                  author, key)
            for pid, status, text, note_id, author, key, note_text in rows}


def _checked_in(store: Store, session_id: str, participant_id: str) -> bool:
    with store.read() as s:
        return s.get(Attendance, (session_id, participant_id)) is not None


def _session_exists(store: Store, session_id: str) -> bool:
    with store.read() as s:
        return s.get(WorkSession, session_id) is not None


class NotesRoom:
    """The notes side of one :class:`RoomServer` (``room.notes``)."""

    def __init__(self, room: RoomServer) -> None:
        self.room = room
        self.stage = Stage()
        self._queue: list[tuple[pn.Submission, asyncio.Future[pn.Received]]] = []
        self._flushing = False
        self._buckets: dict[str, TokenBucket] = {}
        self._sent: dict[str, dict[str, str]] = {}  # participant → {client key: client id}
        self._remembered = 0
        self._boards: tuple[tuple[int | None, int], dict[str, BoardInfo]] | None = None
        self._reading_boards: tuple[tuple[int | None, int], asyncio.Future[dict[str, BoardInfo]]] | None = None
        self._statuses: dict[str, tuple[str, str | None, str]] | None = None
        self._inflight: dict[str, asyncio.Future[pn.Received]] = {}  # key → the note being written
        self._acked: dict[str, str] = {}  # notes answered since the last look at the file → status told
        self.received = 0  # notes written (not counting retries)
        self.batches = 0

    # -------------------------------------------------------------- state for one phone

    async def boards(self) -> dict[str, BoardInfo]:
        """The open boards' titles and zones, read again when the file or the stage changed;
        the phones asking meanwhile share that one read (a burst of notes changes the file
        every few milliseconds: each of hundreds of requests in flight read it on its own)."""
        key = (self.room.data_version, self.stage.version)
        if self._boards is not None and self._boards[0] == key:
            return self._boards[1]
        reading = self._reading_boards
        if reading is None or reading[0] != key:
            task = asyncio.ensure_future(self.room.read(read_boards, self.room.store, self.stage.intakes))
            reading = self._reading_boards = (key, task)
        try:
            infos = await asyncio.shield(reading[1])
        except Exception:
            if self._reading_boards is reading:
                self._reading_boards = None  # the next phone asking reads again
            raise
        if self._reading_boards is reading:
            self._reading_boards = None
            self._boards = (key, infos)
        return infos

    async def state_of(self, seat: Seat) -> dict[str, Any]:
        """The keys ``GET /api/state`` gains: boards open for notes, the timer, the session."""
        intakes = self.stage.intakes
        infos = await self.boards()
        out: dict[str, Any] = {"boards": [self._board_json(infos[b], intakes[b]) for b in intakes if b in infos],
                               "timer": phone_timer(self.stage.timer, self.stage.clock())}
        if self.stage.prompt:
            out["prompt"] = self.stage.prompt
        session = self.stage.session_id
        if session is not None:
            out["session"] = {"id": session,
                              "checked_in": await self.room.read(_checked_in, self.room.store, session,
                                                                 seat.participant_id)}
        return out

    def _board_json(self, info: BoardInfo, intake: pn.Intake) -> dict[str, Any]:
        zones = [z for z in info.zones if intake.zone_id in (None, z.id)]
        prompt = intake.prompt or self.stage.prompt or (zones[0].prompt if len(zones) == 1 else "")
        return {"id": info.id, "title": info.title, "prompt": prompt,
                "zones": [{"id": z.id, "title": z.title} for z in zones],
                "moderated": intake.moderate, "anonymous": intake.anonymous, "view": intake.show_board}

    # -------------------------------------------------------------- routes

    async def post_note(self, request: web.Request, seat: Seat, body: dict[str, Any]) -> web.Response:
        from reslab_desktop.room.api import ok

        board_id = request.match_info["board_id"]
        client_id, text, zone_id = body.get("client_id"), body.get("text"), body.get("zone_id")
        if not isinstance(client_id, str) or not client_id.strip() or len(client_id) > MAX_CLIENT_ID:
            raise Refused(400, f"send a client_id (1 to {MAX_CLIENT_ID} characters) with each note")
        if not isinstance(text, str):
            raise Refused(422, "send the note's text as a string")
        if zone_id is not None and not isinstance(zone_id, str):
            raise Refused(422, "zone_id is a zone's id, or absent")
        intake = self.stage.intake(board_id)
        if intake is None:
            raise Refused(403, "this board is not taking notes from phones now")
        key = pn.client_key(board_id, seat.participant_id, client_id)
        waiting = self._inflight.get(key)
        if waiting is not None:  # sent again before its first sending was written: the same answer
            first = await asyncio.shield(waiting)
            return ok({"id": first.id, "status": first.status})
        infos = await self.boards()
        zones = [z.id for z in infos[board_id].zones] if board_id in infos else []
        bucket = self._buckets.setdefault(seat.device_id, TokenBucket(NOTES_PER_MINUTE / 60, NOTE_BURST))
        if not bucket.take():
            known = await self._known(key)  # a retry of a note already received is always answered
            if known is not None:
                return ok({"id": known.id, "status": known.status})
            raise Refused(429, "slow down: wait a few seconds before sending another note")
        try:
            sub = pn.submission(intake, seat.participant_id, client_id, text, zone_id, zones)
        except ValidationError as exc:
            raise Refused(422, str(exc)) from None
        self._remember(seat.participant_id, key, client_id)
        received = await self._submit(sub, key)
        return ok({"id": received.id, "status": received.status}, 201 if received.created else 200)

    async def my_notes(self, request: web.Request, seat: Seat) -> web.Response:
        from reslab_desktop.room.api import ok

        asked = [c for c in request.query.getall("client_id", []) if 0 < len(c) <= MAX_CLIENT_ID][:MAX_ASKED]
        boards = list(self.stage.intakes) or await self.room.read(_all_boards, self.room.store)
        by_key = dict(self._sent.get(seat.participant_id, {}))
        for board in boards:
            for c in asked:
                by_key[pn.client_key(board, seat.participant_id, c)] = c
        rows = await self.room.read(pn.phone_notes_by_key, self.room.store, list(by_key), seat.participant_id,
                                    boards)
        return ok([_note_json(r, by_key.get(r.client_key)) for r in rows])

    async def checkin(self, request: web.Request, seat: Seat) -> web.Response:
        from reslab_desktop.room.api import ok

        session_id = request.match_info["session_id"]
        if self.stage.session_id != session_id:
            exists = await self.room.read(_session_exists, self.room.store, session_id)
            raise Refused(403 if exists else 404,
                          "this session is not taking attendance from phones" if exists else "no such session")
        try:
            before = await self.room.write(sessions.check_in, self.room.store, session_id, [seat.participant_id],
                                           True, "phone")
        except NotFoundError as exc:
            raise Refused(404, str(exc)) from None
        return ok({"session": {"id": session_id, "checked_in": True},
                   "already": seat.participant_id in before})

    async def board_view(self, request: web.Request, seat: Seat) -> web.Response:
        from reslab_desktop.room.api import ok

        board_id = request.match_info["board_id"]
        intake = self.stage.intake(board_id)
        if intake is None or not intake.show_board:
            raise Refused(403, "the facilitator has not shown this board to phones")
        return ok(await self.room.read(light_view, self.room.store, board_id))

    # -------------------------------------------------------------- writing in batches

    async def _known(self, key: str) -> pn.Received | None:
        rows = await self.room.read(pn.phone_notes_by_key, self.room.store, [key])
        return pn.Received(rows[0].id, rows[0].public, False) if rows else None

    async def _submit(self, sub: pn.Submission, key: str) -> pn.Received:
        future: asyncio.Future[pn.Received] = asyncio.get_running_loop().create_future()
        self._queue.append((sub, future))
        self._inflight[key] = future
        if not self._flushing:
            self._flushing = True
            asyncio.get_running_loop().create_task(self._flush())
        try:
            return await asyncio.shield(future)
        finally:
            if self._inflight.get(key) is future:
                del self._inflight[key]

    async def _flush(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
                try:
                    results = await self.room.write(pn.receive, self.room.store, self.stage.intakes,
                                                    [s for s, _ in batch])
                except ReslabError as exc:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(Refused(503, f"the note could not be saved: {exc}"))
                    continue
                except Exception as exc:  # noqa: BLE001 - every waiting phone gets an answer
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                self.batches += 1
                self.received += sum(1 for r in results if r.created)
                for (_, future), result in zip(batch, results, strict=True):
                    if result.created and len(self._acked) < MAX_REMEMBERED:
                        self._acked[result.id] = result.status
                    if not future.done():
                        future.set_result(result)
        finally:
            self._flushing = False

    def _remember(self, participant_id: str, key: str, client_id: str) -> None:
        mine = self._sent.setdefault(participant_id, {})
        if key not in mine:
            if self._remembered >= MAX_REMEMBERED:
                self._sent.clear()
                self._remembered = 0
                mine = self._sent.setdefault(participant_id, {})
            mine[key] = client_id
            self._remembered += 1

    # -------------------------------------------------------------- telling phones

    async def file_changed(self) -> None:
        """After any commit to the file: tell the phones whose notes changed status."""
        acked, self._acked = self._acked, {}
        statuses = await self.room.read(fingerprint, self.room.store)
        before, self._statuses = self._statuses or {}, statuses
        # a note answered and then decided before this look is compared with what its phone was told
        told = {pid: before[pid][0] if pid in before else acked.get(pid) for pid in statuses}
        changed = {pid for pid, value in statuses.items() if told[pid] is not None and told[pid] != value[0]}
        if not changed:
            return
        keys = {statuses[pid][2] for pid in changed}
        people = {a for pid in changed if (a := statuses[pid][1]) is not None}
        people |= {p for p, sent in self._sent.items() if keys & sent.keys()}
        if people:
            await self.room.hub.publish({"type": "notes"}, people)

    def forget(self) -> None:
        with contextlib.suppress(Exception):
            for _, future in self._queue:
                future.cancel()
        self._queue.clear()


def _all_boards(store: Store) -> list[str]:
    with store.read() as s:
        return list(s.execute(select(Board.id)).scalars())


def _note_json(rec: pn.PhoneNoteRecord, client_id: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": rec.id, "board_id": rec.board_id, "zone_id": rec.zone_id, "text": rec.text,
                           "status": rec.public, "received_at": rec.received_at}
    if client_id is not None:
        out["client_id"] = client_id
    return out
