"""The raw baseline of phones' notes: a minimal aiohttp server and sqlite3 doing the same inserts.

``POST /api/join`` hands out a token; ``POST /api/boards/B/notes`` checks the token, then on
one writer thread inserts the note into ``phone_notes`` of the same workshop file with the
same settings (journal DELETE, synchronous FULL), one transaction per note — the plain way —
and answers ``{"id", "status"}``. A client_id already there answers the same note (the
UNIQUE key). No limits, no checks, no services, no placing on the board.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web


class RawNotes:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.writer = ThreadPoolExecutor(1)
        self.tokens: dict[str, str] = {}
        self.url = ""
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self.seq = 0

    def start(self) -> str:
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA journal_mode=DELETE")
        threading.Thread(target=self._run, daemon=True).start()
        self._ready.wait(10)
        return self.url

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self.writer.shutdown(wait=True)
        self.conn.close()

    def _insert(self, board: str, participant: str, client: str, text: str) -> tuple[str, int]:
        key = hashlib.sha256(f"{board}\0{participant}\0{client}".encode()).hexdigest()[:32]
        c = self.conn
        row = c.execute("SELECT id FROM phone_notes WHERE client_key=?", (key,)).fetchone()
        if row:
            return row[0], 200
        self.seq += 1
        pid = f"pn-{uuid.uuid4().hex[:12]}"
        c.execute("BEGIN")
        c.execute("INSERT INTO phone_notes (id, board_id, seq, client_key, text, author_id, status, received_at) "
                  "VALUES (?,?,?,?,?,?,'pending',?)", (pid, board, self.seq, key, text, participant,
                                                       datetime.now(UTC).isoformat()))
        c.execute("COMMIT")
        return pid, 201

    def _run(self) -> None:
        async def join(request: web.Request) -> web.Response:
            body = await request.json()
            token = secrets.token_urlsafe(24)
            self.tokens[token] = body["participant_id"]
            return web.json_response({"token": token, "participant_id": body["participant_id"]})

        async def note(request: web.Request) -> web.Response:
            participant = self.tokens[request.headers["Authorization"][7:]]
            body = await request.json()
            loop = asyncio.get_running_loop()
            pid, status = await loop.run_in_executor(self.writer, self._insert, request.match_info["board_id"],
                                                     participant, body["client_id"], body["text"])
            return web.json_response({"id": pid, "status": "pending"}, status=status)

        async def serve() -> None:
            app = web.Application()
            app.router.add_post("/api/join", join)
            app.router.add_post("/api/boards/{board_id}/notes", note)
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
