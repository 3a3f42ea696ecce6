"""The version-1 core of the document: workshop, organizations, participants, boards."""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
import uuid
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import reader as r
from reslab_desktop.interchange.section import ImportContext
from reslab_desktop.model.vocab import DEFAULT_ORIGIN, LANGUAGES, ORIGINS, ROLES, SECTORS
from reslab_desktop.rules.text import NAME_MAX

ZONE_SHAPES = ("rect", "ellipse")


class WorkshopSection:
    key = "workshop"
    required = True

    def validate(self, value: Any, ctx: ImportContext) -> tuple[Any, ...]:
        path = "workshop"
        d = r.obj(value, path)
        facilitators = r.arr(d.get("facilitators", []), r.at(path, "facilitators"))
        for i, f in enumerate(facilitators):
            if not isinstance(f, str) or len(f) > NAME_MAX:
                raise InterchangeError(f"{path}.facilitators[{i}]", "expected a name (a string)")
            r.check_encodable(f, f"{path}.facilitators[{i}]")
        starts = r.optional_date(d, "starts_on", path)
        ends = r.optional_date(d, "ends_on", path)
        if starts and ends and ends < starts:
            raise InterchangeError(f"{path}.ends_on", "is before starts_on")
        return (
            1,
            r.string(d, "title", path, max_len=NAME_MAX, nonempty=True),
            r.string(d, "learning_community", path, max_len=NAME_MAX, default=""),
            r.string(d, "place", path, max_len=NAME_MAX, default=""),
            r.enum(d, "language", path, LANGUAGES, default="es"),
            starts,
            ends,
            json.dumps(facilitators, ensure_ascii=False),
        )

    def write(self, conn: sqlite3.Connection, plan: tuple[Any, ...]) -> None:
        conn.execute(
            "INSERT INTO workshop (id, title, learning_community, place, language, starts_on, "
            "ends_on, facilitators) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            plan,
        )

    def export(self, conn: sqlite3.Connection) -> dict[str, Any]:
        row = conn.execute(
            "SELECT title, learning_community, place, language, starts_on, ends_on, facilitators "
            "FROM workshop WHERE id = 1"
        ).fetchone()
        return {
            "title": row[0],
            "learning_community": row[1],
            "place": row[2],
            "language": row[3],
            "starts_on": row[4],
            "ends_on": row[5],
            "facilitators": json.loads(row[6]),
        }


class OrganizationsSection:
    key = "organizations"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> list[tuple[Any, ...]]:
        rows = []
        for i, path, d in r.objects(value, "organizations"):
            oid = r.ident(d, "id", path)
            ctx.claim("organization", oid, r.at(path, "id"))
            name = r.string(d, "name", path, max_len=NAME_MAX, nonempty=True)
            rows.append((oid, i, name, r.enum(d, "sector", path, SECTORS)))
        return rows

    def write(self, conn: sqlite3.Connection, plan: list[tuple[Any, ...]]) -> None:
        conn.executemany("INSERT INTO organizations (id, seq, name, sector) VALUES (?, ?, ?, ?)", plan)

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]]:
        return [
            {"id": i, "name": n, "sector": s}
            for i, n, s in conn.execute("SELECT id, name, sector FROM organizations ORDER BY seq, id")
        ]


class ParticipantsSection:
    key = "participants"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> list[tuple[Any, ...]]:
        orgs = ctx.known("organization")
        rows = []
        for i, path, d in r.objects(value, "participants"):
            pid = r.ident(d, "id", path)
            ctx.claim("participant", pid, r.at(path, "id"))
            rows.append(
                (
                    pid,
                    i,
                    r.string(d, "name", path, max_len=NAME_MAX, nonempty=True),
                    r.optional_ref(d, "organization", path, orgs, "organization"),
                    r.enum(d, "role", path, ROLES, default="participant"),
                )
            )
        return rows

    def write(self, conn: sqlite3.Connection, plan: list[tuple[Any, ...]]) -> None:
        conn.executemany(
            "INSERT INTO participants (id, seq, name, organization_id, role) VALUES (?, ?, ?, ?, ?)", plan
        )

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]]:
        return [
            {"id": i, "name": n, "organization": o, "role": role}
            for i, n, o, role in conn.execute(
                "SELECT id, name, organization_id, role FROM participants ORDER BY seq, id"
            )
        ]


class BoardsSection:
    key = "boards"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> dict[str, list[tuple[Any, ...]]]:
        plan: dict[str, list[tuple[Any, ...]]] = {"boards": [], "zones": [], "notes": [], "links": [], "images": []}
        authors = ctx.known("participant")
        note_seq = link_seq = 0
        for bi, path, d in r.objects(value, "boards"):
            bid = r.ident(d, "id", path)
            ctx.claim("board", bid, r.at(path, "id"))
            plan["boards"].append(
                (
                    bid,
                    bi,
                    r.integer(d, "phase", path, 1, 6),
                    r.string(d, "title", path, max_len=NAME_MAX, nonempty=True),
                    r.optional_string(d, "template", path, max_len=r.ID_MAX),
                )
            )
            board_zones: set[str] = set()
            for zi, zpath, z in r.objects(d.get("zones", []), r.at(path, "zones")):
                zid = r.ident(z, "id", zpath)
                ctx.claim("zone", zid, r.at(zpath, "id"), bid)
                board_zones.add(zid)
                plan["zones"].append(
                    (
                        # Zones count from 0 on each board, as create_board numbers them: a
                        # template board's zone i is the template's zone i (lab carries rely on it).
                        zid, bid, zi,
                        r.string(z, "title", zpath, max_len=NAME_MAX, default=""),
                        r.number(z, "x", zpath), r.number(z, "y", zpath),
                        r.number(z, "w", zpath, positive=True), r.number(z, "h", zpath, positive=True),
                        r.color(z, "color", zpath),
                        r.enum(z, "shape", zpath, ZONE_SHAPES, default="rect"),
                        r.string(z, "prompt", zpath, max_len=2000, default=""),
                    )
                )
            board_notes: set[str] = set()
            known_notes = ctx.known("note")
            for ni, n in enumerate(r.arr(d.get("notes", []), r.at(path, "notes"))):
                row = _plain_note_row(n, bid, note_seq, known_notes, board_zones, authors)
                if row is not None:  # the common case, checked without building any path
                    known_notes[row[0]] = bid
                    board_notes.add(row[0])
                    plan["notes"].append(row)
                    note_seq += 1
                    continue
                npath = f"{path}.notes[{ni}]"  # something is off: the field checks name it
                n = r.obj(n, npath)
                nid = r.ident(n, "id", npath)
                ctx.claim("note", nid, r.at(npath, "id"), bid)
                board_notes.add(nid)
                plan["notes"].append(
                    (
                        nid, bid, note_seq,
                        r.string(n, "text", npath),
                        r.color(n, "color", npath),
                        r.number(n, "x", npath), r.number(n, "y", npath),
                        r.number(n, "w", npath, positive=True), r.number(n, "h", npath, positive=True),
                        r.optional_ref(n, "zone", npath, board_zones, "zone of this board"),
                        r.optional_ref(n, "author", npath, authors, "participant"),
                        r.enum(n, "origin", npath, ORIGINS, default=DEFAULT_ORIGIN),
                    )
                )
                note_seq += 1
            for _, lpath, link in r.objects(d.get("links", []), r.at(path, "links")):
                plan["links"].append(
                    (
                        f"l-{uuid.uuid4().hex[:12]}", bid, link_seq,
                        r.ref(link, "from", lpath, board_notes, "note of this board"),
                        r.ref(link, "to", lpath, board_notes, "note of this board"),
                        r.string(link, "label", lpath, max_len=NAME_MAX, default=""),
                    )
                )
                link_seq += 1
            for ii, image in enumerate(r.arr(d.get("images", []), r.at(path, "images"))):
                plan["images"].append(_image_row(image, f"{path}.images[{ii}]", bid, ii, ctx))
        return plan

    def write(self, conn: sqlite3.Connection, plan: dict[str, list[tuple[Any, ...]]]) -> None:
        conn.executemany("INSERT INTO boards (id, seq, phase, title, template) VALUES (?, ?, ?, ?, ?)", plan["boards"])
        conn.executemany(
            "INSERT INTO zones (id, board_id, seq, title, x, y, w, h, color, shape, prompt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan["zones"],
        )
        conn.executemany(
            "INSERT INTO notes (id, board_id, seq, text, color, x, y, w, h, zone_id, author_id, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan["notes"],
        )
        conn.executemany(
            "INSERT INTO links (id, board_id, seq, from_note_id, to_note_id, label) VALUES (?, ?, ?, ?, ?, ?)",
            plan["links"],
        )
        conn.executemany(
            "INSERT INTO images (id, board_id, seq, x, y, w, h, mime, data, caption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plan["images"],
        )

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]]:
        num = r.json_number
        boards: dict[str, dict[str, Any]] = {}
        for bid, phase, title, template in conn.execute(
            "SELECT id, phase, title, template FROM boards ORDER BY seq, id"
        ):
            boards[bid] = {"id": bid, "phase": phase, "title": title, "template": template,
                           "zones": [], "notes": [], "links": []}
        for zid, bid, title, x, y, w, h, color, shape, prompt in conn.execute(
            "SELECT id, board_id, title, x, y, w, h, color, shape, prompt FROM zones ORDER BY seq, id"
        ):
            zone = {"id": zid, "title": title, "x": num(x), "y": num(y), "w": num(w), "h": num(h), "color": color}
            # Optional keys are written only when they differ from their default, so a
            # document written by hand to the version-1 contract comes back as it went in.
            if shape != "rect":
                zone["shape"] = shape
            if prompt:
                zone["prompt"] = prompt
            boards[bid]["zones"].append(zone)
        for nid, bid, text, color, x, y, w, h, zone, author, origin in conn.execute(
            "SELECT id, board_id, text, color, x, y, w, h, zone_id, author_id, origin FROM notes ORDER BY seq, id"
        ):
            note = {"id": nid, "text": text, "color": color, "x": num(x), "y": num(y), "w": num(w), "h": num(h),
                    "zone": zone, "author": author}
            if origin != DEFAULT_ORIGIN:  # extension: where the note came from (phone, import)
                note["origin"] = origin
            boards[bid]["notes"].append(note)
        for bid, src, dst, label in conn.execute(
            "SELECT board_id, from_note_id, to_note_id, label FROM links ORDER BY seq, id"
        ):
            boards[bid]["links"].append({"from": src, "to": dst, "label": label})
        for iid, bid, x, y, w, h, mime, data, caption in conn.execute(
            "SELECT id, board_id, x, y, w, h, mime, data, caption FROM images ORDER BY seq, id"
        ):
            # Extension: "images" is written only for boards that have images.
            image = {"id": iid, "x": num(x), "y": num(y), "w": num(w), "h": num(h), "mime": mime,
                     "data": base64.b64encode(data).decode("ascii")}
            if caption:
                image["caption"] = caption
            boards[bid].setdefault("images", []).append(image)
        return list(boards.values())


def _plain_note_row(n: Any, bid: str, seq: int, known: dict[str, Any], zones: set[str],
                    authors: dict[str, Any]) -> tuple[Any, ...] | None:
    """The note's row when every field is plainly valid, else ``None`` (the path-aware checks
    then find and name the problem). Accepts a subset of what those checks accept, so both
    paths give the same rows; a 20,000-note import spends most of its validation here."""
    if n.__class__ is not dict:
        return None
    nid, text, color = n.get("id"), n.get("text"), n.get("color")
    x, y, w, h = n.get("x"), n.get("y"), n.get("w"), n.get("h")
    zone, author, origin = n.get("zone"), n.get("author"), n.get("origin", DEFAULT_ORIGIN)
    lim = r.MAX_COORD
    if not (
        nid.__class__ is str and 0 < len(nid) <= r.ID_MAX and nid.isascii() and nid.isprintable()
        and not nid.isspace() and nid not in known
        and text.__class__ is str and len(text) <= r.TEXT_MAX and (text.isascii() or _utf8(text))
        and color.__class__ is str and r.COLOR_RE.match(color)
        and x.__class__ in _NUMBERS and y.__class__ in _NUMBERS and w.__class__ in _NUMBERS
        and h.__class__ in _NUMBERS and -lim <= x <= lim and -lim <= y <= lim and 0 < w <= lim and 0 < h <= lim
        and (zone is None or (zone.__class__ is str and zone in zones))
        and (author is None or (author.__class__ is str and author in authors))
        and origin in ORIGINS
    ):
        return None
    return (nid, bid, seq, text, color, x, y, w, h, zone, author, origin)


_NUMBERS = (int, float)


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


IMAGE_MIMES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
IMAGE_MAX_BYTES = 20 * 1024 * 1024


def _image_row(value: Any, path: str, board_id: str, seq: int, ctx: ImportContext) -> tuple[Any, ...]:
    """One board image: base64 PNG or JPEG bytes whose signature matches ``mime``."""
    d = r.obj(value, path)
    iid = r.ident(d, "id", path)
    ctx.claim("image", iid, r.at(path, "id"), board_id)
    mime = r.enum(d, "mime", path, tuple(IMAGE_MIMES))
    encoded = r.string(d, "data", path, max_len=IMAGE_MAX_BYTES * 4 // 3 + 4, nonempty=True)
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise InterchangeError(r.at(path, "data"), "expected base64 data") from None
    if not data.startswith(IMAGE_MIMES[mime]):
        raise InterchangeError(r.at(path, "data"), f"is not a {mime.split('/')[1].upper()} image")
    return (
        iid, board_id, seq,
        r.number(d, "x", path), r.number(d, "y", path),
        r.number(d, "w", path, positive=True), r.number(d, "h", path, positive=True),
        mime, data,
        r.string(d, "caption", path, max_len=NAME_MAX, default=""),
    )
