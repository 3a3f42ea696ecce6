"""What phones sent, in the document: the top-level ``phone_notes`` list (extension, v4).

Shape (keys marked ? are written only when they differ from their default)::

    "phone_notes": [{"id", "board", "text", "zone"?: zone|null, "author"?: participant|null,
                     "status": "pending"|"placed"|"rejected", "note"?: note|null,
                     "client_key", "received_at"}]

Written after ``boards`` (it refers to their zones and notes); left out when no phone ever
wrote. ``author`` is absent on anonymous boards; ``note`` is the board note made from it
(only for ``placed``; absent once that note was deleted).
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import reader as r
from reslab_desktop.interchange.section import ImportContext
from reslab_desktop.model.vocab import PHONE_NOTE_STATUSES
from reslab_desktop.rules.phone_text import PHONE_NOTE_MAX

CLIENT_KEY_RE = re.compile(r"^[0-9a-f]{16,64}\Z")
STAMP_MAX = 40


class PhoneNotesSection:
    key = "phone_notes"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> list[tuple[Any, ...]]:
        boards, zones, notes = ctx.known("board"), ctx.known("zone"), ctx.known("note")
        people = ctx.known("participant")
        keys: set[str] = set()
        rows = []
        for i, path, d in r.objects(value, "phone_notes"):
            pid = r.ident(d, "id", path)
            ctx.claim("phone note", pid, r.at(path, "id"))
            board = r.ref(d, "board", path, boards, "board")
            text = r.string(d, "text", path, max_len=PHONE_NOTE_MAX, nonempty=True)
            zone = r.optional_ref(d, "zone", path, zones, "zone")
            if zone is not None and zones[zone] != board:
                raise InterchangeError(r.at(path, "zone"), f"is a zone of another board than {board!r}")
            status = r.enum(d, "status", path, PHONE_NOTE_STATUSES)
            note = r.optional_ref(d, "note", path, notes, "note")
            if note is not None and notes[note] != board:
                raise InterchangeError(r.at(path, "note"), f"is a note of another board than {board!r}")
            if note is not None and status != "placed":
                raise InterchangeError(r.at(path, "note"), f"a {status} phone note has no board note")
            key = r.string(d, "client_key", path, max_len=64, nonempty=True)
            if not CLIENT_KEY_RE.match(key):
                raise InterchangeError(r.at(path, "client_key"), "expected 16 to 64 hexadecimal digits")
            if key in keys:
                raise InterchangeError(r.at(path, "client_key"), "is the key of another phone note")
            keys.add(key)
            rows.append((pid, board, i, key, text, zone,
                         r.optional_ref(d, "author", path, people, "participant"), status, note,
                         r.string(d, "received_at", path, max_len=STAMP_MAX, nonempty=True)))
        return rows

    def write(self, conn: sqlite3.Connection, plan: list[tuple[Any, ...]]) -> None:
        conn.executemany(
            "INSERT INTO phone_notes (id, board_id, seq, client_key, text, zone_id, author_id, status, note_id, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan)

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
        out = []
        for pid, board, key, text, zone, author, status, note, at in conn.execute(
            "SELECT p.id, p.board_id, p.client_key, p.text, p.zone_id, p.author_id, p.status, p.note_id, "
            "p.received_at FROM phone_notes p JOIN boards b ON b.id = p.board_id ORDER BY b.seq, b.id, p.seq, p.id"
        ):
            item: dict[str, Any] = {"id": pid, "board": board, "text": text}
            if zone is not None:
                item["zone"] = zone
            if author is not None:
                item["author"] = author
            item["status"] = status
            if note is not None:
                item["note"] = note
            item["client_key"] = key
            item["received_at"] = at
            out.append(item)
        return out or None
