"""The raw baseline of the room: a minimal aiohttp server and sqlite3 doing the same writes.

``POST /api/join`` hands out a token; ``POST /api/rounds/R/dots`` checks the token, then on one
writer thread adds or removes the voter's dot in ``ballots`` of the same workshop file with the
same settings (journal DELETE, synchronous FULL, one transaction per dot), reads the voter's
dots back and answers ``{"dots_left", "my_dots"}``. No limits, no checks, no services.
"""

from __future__ import annotations

import asyncio
import secrets
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web


class RawRoom:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.writer = ThreadPoolExecutor(1)
        self.tokens: dict[str, str] = {}  # token → voter id
        self.url = ""
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def start(self) -> str:
        self.conn = self._connect()
        self.voters = dict(self.conn.execute(
            "SELECT v.participant_id, v.id FROM vote_voters v JOIN vote_rounds r ON r.id = v.round_id WHERE r.status = 'open'"))
        self.budget = dict(self.conn.execute("SELECT id, dots_per_participant FROM vote_rounds"))
        threading.Thread(target=self._run, daemon=True).start()
        self._ready.wait(10)
        return self.url

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self.writer.shutdown(wait=True)
        self.conn.close()

    def _dot(self, round_id: str, voter: str, note: str, delta: int) -> dict[str, int]:
        c = self.conn
        c.execute("BEGIN")
        row = c.execute("SELECT dots FROM ballots WHERE voter_id=? AND note_id=? AND criterion=0", (voter, note)).fetchone()
        now = datetime.now(UTC).isoformat()
        if delta > 0 and row is None:
            c.execute("INSERT INTO ballots VALUES (?,?,?,0,1,?)", (round_id, voter, note, now))
        elif delta > 0:
            c.execute("UPDATE ballots SET dots=dots+1, at=? WHERE voter_id=? AND note_id=? AND criterion=0", (now, voter, note))
        elif row is not None and row[0] > 1:
            c.execute("UPDATE ballots SET dots=dots-1, at=? WHERE voter_id=? AND note_id=? AND criterion=0", (now, voter, note))
        elif row is not None:
            c.execute("DELETE FROM ballots WHERE voter_id=? AND note_id=? AND criterion=0", (voter, note))
        c.execute("COMMIT")
        return dict(c.execute("SELECT note_id, dots FROM ballots WHERE voter_id=?", (voter,)).fetchall())

    def _run(self) -> None:
        async def join(request: web.Request) -> web.Response:
            body = await request.json()
            token = secrets.token_urlsafe(24)
            self.tokens[token] = self.voters[body["participant_id"]]
            return web.json_response({"token": token, "participant_id": body["participant_id"]})

        async def dots(request: web.Request) -> web.Response:
            voter = self.tokens[request.headers["Authorization"][7:]]
            body = await request.json()
            rid = request.match_info["round_id"]
            loop = asyncio.get_running_loop()
            try:
                mine = await loop.run_in_executor(self.writer, self._dot, rid, voter, body["note_id"], body["delta"])
            except sqlite3.DatabaseError as exc:  # the triggers: over the budget or the maximum
                self.conn.execute("ROLLBACK") if self.conn.in_transaction else None
                return web.json_response({"error": str(exc)}, status=409)
            return web.json_response({"dots_left": self.budget[rid] - sum(mine.values()), "my_dots": mine})

        async def serve() -> None:
            app = web.Application()
            app.router.add_post("/api/join", join)
            app.router.add_post("/api/rounds/{round_id}/dots", dots)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self.url = f"http://127.0.0.1:{port}/j/RAW"
            self._stop = asyncio.Event()
            self._ready.set()
            await self._stop.wait()
            await runner.cleanup()

        self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(serve())
