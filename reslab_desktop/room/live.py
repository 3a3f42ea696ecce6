"""Live updates: one WebSocket per open phone page (``GET /api/live``).

The server only says *that* something changed (``{"type": "state"}``); each phone then asks
for its own state, so what a phone sees is always what ``GET /api/state`` would show it and no
message carries anyone else's dots. ``publish`` takes any JSON message, addressed to everyone
or to some participants (later: the timer, the prompt). A removed device's sockets are closed
with code 4401 (the page then shows the join page again).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from typing import Any

from aiohttp import web

REMOVED_CODE = 4401


class LiveHub:
    def __init__(self) -> None:
        self._sockets: dict[web.WebSocketResponse, tuple[str, str]] = {}  # → (device, participant)

    def __len__(self) -> int:
        return len(self._sockets)

    def add(self, ws: web.WebSocketResponse, device_id: str, participant_id: str) -> None:
        self._sockets[ws] = (device_id, participant_id)

    def discard(self, ws: web.WebSocketResponse) -> None:
        self._sockets.pop(ws, None)

    def count(self, device_id: str) -> int:
        return sum(1 for d, _ in self._sockets.values() if d == device_id)

    async def publish(self, message: dict[str, Any], participants: Iterable[str] | None = None) -> None:
        wanted = None if participants is None else set(participants)
        targets = [ws for ws, (_, p) in self._sockets.items() if wanted is None or p in wanted]
        await asyncio.gather(*(self._send(ws, message) for ws in targets))

    async def close_device(self, device_id: str) -> None:
        for ws in [ws for ws, (d, _) in self._sockets.items() if d == device_id]:
            with contextlib.suppress(Exception):
                await ws.close(code=REMOVED_CODE, message=b"removed")
            self.discard(ws)

    async def close_all(self) -> None:
        for ws in list(self._sockets):
            with contextlib.suppress(Exception):
                await ws.close(code=1001, message=b"the room closed")
        self._sockets.clear()

    async def _send(self, ws: web.WebSocketResponse, message: dict[str, Any]) -> None:
        try:
            await asyncio.wait_for(ws.send_json(message), 5)
        except Exception:  # a phone that went away: its socket is dropped, the others go on
            self.discard(ws)
            with contextlib.suppress(Exception):
                await ws.close()
