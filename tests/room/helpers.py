"""A workshop for the room tests and a plain HTTP client (it can send any header or bytes)."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from reslab_desktop.model import Note
from reslab_desktop.services import boards, people
from reslab_desktop.services import voting as v
from reslab_desktop.services.ids import new_id
from reslab_desktop.storage import Store

#: ``pytestmark = QT_STRICT``: any Qt warning fails the test, except what the offscreen platform
#: itself says it cannot do (propagateSizeHints, raise)
QT_STRICT = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(r"^This plugin does not support")]

NAMES = ("Ana López", "Beto Canul", "Carmen Pech", "Dani Ruiz")


@dataclass
class Workshop:
    path: Path
    notes: list[str]
    people: list[str]
    round_id: str  # open, hidden, 3 dots, at most 2 on a note
    draft_id: str
    board_id: str


def make_workshop(path: Path, n_notes: int = 6, n_people: int = len(NAMES), budget: int = 3,
                  max_per_note: int = 2) -> Workshop:
    store = Store.create(path, "Taller de prueba")
    try:
        bid = boards.create_board(store, 2, "Retos")
        notes = []
        with store.write() as tx:
            for i in range(n_notes):
                nid = new_id("n")
                notes.append(nid)
                tx.session.add(Note(id=nid, board_id=bid, seq=i, text=f"Reto {i} <b>&amp;</b>", color="#FFE066",
                                    x=i * 200.0, y=0.0, w=180.0, h=120.0))
        if n_people <= len(NAMES):
            pids = [people.add_participant(store, name) for name in NAMES[:n_people]]
        else:  # one transaction for a big room
            from reslab_desktop.model import Participant

            pids = [f"p-{i:03d}" for i in range(n_people)]
            with store.write() as tx:
                tx.session.add_all(Participant(id=pid, seq=i, name=f"Persona {i:03d}", role="participant")
                                   for i, pid in enumerate(pids))
        rid = v.create_round(store, bid, "¿Qué retos primero?", dots_per_participant=budget,
                             max_per_note=max_per_note)
        v.open_round(store, rid)
        draft = v.create_round(store, bid, "Borrador", dots_per_participant=2)
    finally:
        store.close()
    return Workshop(path, notes, pids, rid, draft, bid)


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]

    @property
    def json(self) -> Any:
        return json.loads(self.body)


def call(base: str, method: str, path: str, body: Any = None, token: str | None = None,
         headers: dict[str, str] | None = None, raw: bytes | None = None) -> Reply:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
    try:
        sent = dict(headers or {})
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data, headers=sent)
        resp = conn.getresponse()
        return Reply(resp.status, resp.read(), {k.lower(): v for k, v in resp.getheaders()})
    finally:
        conn.close()


def join(base: str, code: str, participant_id: str) -> str:
    reply = call(base, "POST", "/api/join", {"code": code, "participant_id": participant_id})
    assert reply.status == 200, reply.body
    return reply.json["token"]


def split_url(url: str) -> tuple[str, str]:
    """``http://127.0.0.1:PORT/j/CODE`` → (``http://127.0.0.1:PORT``, ``CODE``)."""
    base, code = url.rsplit("/j/", 1)
    return base, code
