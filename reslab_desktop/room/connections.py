"""Connections: JSON even for requests aiohttp cannot parse, and no connection kept for free.

aiohttp answers a malformed request itself, in plain text; :class:`JsonErrorsHandler` answers
``{"error": …}`` instead. aiohttp has no deadline for a request head that trickles in (the
slowloris attack keeps hundreds of such connections open), so :class:`Guard` wraps each
connection's protocol and :class:`ConnectionWatch` closes any connection that has not started
a request within ``REQUEST_START_S`` (or stays idle between requests longer than
``IDLE_KEEPALIVE_S``), and refuses connections past ``MAX_CONNECTIONS``.
"""

from __future__ import annotations

import asyncio
import time
from http import HTTPStatus

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

from reslab_desktop.room.limits import IDLE_KEEPALIVE_S, MAX_CONNECTIONS, REQUEST_START_S
from reslab_desktop.room.refusals import error, phone_language


class JsonErrorsHandler(RequestHandler):
    def handle_error(
        self, request: BaseRequest, status: int = 500, exc: BaseException | None = None, message: str | None = None
    ) -> web.StreamResponse:
        if request.writer.output_size > 0:
            raise ConnectionError("the response was already sent")
        phrase = HTTPStatus(status).phrase.lower() if status in HTTPStatus._value2member_map_ else "error"
        resp = error(status, "internal error" if status >= 500 else phrase, phone_language(request.headers))
        resp.force_close()
        return resp


class _State:
    __slots__ = ("busy", "idle_since", "requests", "transport")

    def __init__(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        self.idle_since = time.monotonic()
        self.requests = 0
        self.busy = 0


class ConnectionWatch:
    """Every open connection, with whether it is serving a request (marked by the middleware)."""

    def __init__(self, request_start_s: float = REQUEST_START_S, idle_s: float = IDLE_KEEPALIVE_S,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.request_start_s, self.idle_s, self.max_connections = request_start_s, idle_s, max_connections
        self._open: dict[asyncio.Transport, _State] = {}
        self._task: asyncio.Task[None] | None = None
        self.refused = 0
        self.closed_idle = 0

    def __len__(self) -> int:
        return len(self._open)

    def opened(self, transport: asyncio.Transport) -> bool:
        if len(self._open) >= self.max_connections:
            self.refused += 1
            transport.abort()
            return False
        self._open[transport] = _State(transport)
        return True

    def lost(self, transport: asyncio.Transport) -> None:
        self._open.pop(transport, None)

    def request_started(self, transport: asyncio.Transport | None) -> None:
        state = self._open.get(transport) if transport is not None else None
        if state is not None:
            state.busy += 1
            state.requests += 1

    def request_done(self, transport: asyncio.Transport | None) -> None:
        state = self._open.get(transport) if transport is not None else None
        if state is not None:
            state.busy = max(0, state.busy - 1)
            state.idle_since = time.monotonic()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._sweep())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(min(1.0, self.request_start_s / 4))
            now = time.monotonic()
            for state in list(self._open.values()):
                if state.busy:
                    continue
                limit = self.request_start_s if state.requests == 0 else self.idle_s
                if now - state.idle_since > limit:
                    self.closed_idle += 1
                    state.transport.abort()
                    self._open.pop(state.transport, None)


class Guard(asyncio.Protocol):
    """Forwards everything to aiohttp's protocol; tells the watch when it opens and closes."""

    def __init__(self, inner: RequestHandler, watch: ConnectionWatch) -> None:
        self.inner = inner
        self.watch = watch
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        if self.watch.opened(transport):
            self.inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.watch.lost(self.transport)
        if self.inner.transport is not None:
            self.inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> None:
        self.inner.eof_received()

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()
