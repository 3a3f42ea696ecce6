"""Notes written on phones: received, waiting in the queue, placed on the board or left out.

A phone's note is first a ``phone_notes`` row (what it sent, as it arrived). On a board that
is not moderated it is placed at once; on a moderated board it waits until the facilitator
accepts it (perhaps edited, or merged with others into one note) or rejects it. A placed
note is an ordinary board note whose ``origin`` is ``phone``; its author is the participant
unless the board collects notes anonymously (then no row says who wrote it) or the facilitator
chose to show notes without names (the ``phone_notes`` row still keeps the author).

Each action returns what its inverse needs: :func:`accept` → :func:`return_to_queue`,
:func:`reject` → :func:`unreject`. What a phone sees of its note is :func:`public_status`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update

from reslab_desktop.errors import NotFoundError, ValidationError
from reslab_desktop.model import Board, Image, Note, Participant, PhoneNote, Zone
from reslab_desktop.rules import phone_layout
from reslab_desktop.rules.geometry import NOTE_H, NOTE_W, Rect
from reslab_desktop.rules.palette import DEFAULT_NOTE_COLOR, NOTE_COLORS
from reslab_desktop.rules.phone_text import PHONE_NOTE_MAX, clean_phone_text, phone_text_problem
from reslab_desktop.rules.text import NOTE_TEXT_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import next_board_seq
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.notes import NoteDraft, board_zones
from reslab_desktop.services.records import ZoneRecord
from reslab_desktop.services.voting_records import now
from reslab_desktop.storage import ADDED, REMOVED, UPDATED, Store, Tx

PENDING, PLACED, REJECTED = "pending", "placed", "rejected"
PHONE_NOTES = cast(Table, PhoneNote.__table__)
NOTES = cast(Table, Note.__table__)
#: what a phone is told about its note (``edited``: placed, but not as it was sent)
PUBLIC_STATUSES = ("pending", "placed", "edited", "rejected")
COLOR_MODES = ("zone", "person", "one")
#: the colors notes take by zone or by person, in turn (white and grey stay for the facilitator)
TURN_COLORS = tuple(c for c, _, _ in NOTE_COLORS[:6])
MERGE_SEPARATOR = "\n"


@dataclass(frozen=True)
class Intake:
    """How a board takes notes from phones (the facilitator's choice while the room is open).

    ``zone_id``: every note goes to that zone (phones see only it); None: phones choose among
    the board's zones (or none). ``colors``: ``zone`` (one color per zone, ``zone_colors`` or
    the palette in turn), ``person`` (one per participant) or ``one`` (``color`` for all).
    """

    board_id: str
    zone_id: str | None = None
    moderate: bool = False
    anonymous: bool = False
    show_names: bool = True
    colors: str = "zone"
    color: str = DEFAULT_NOTE_COLOR
    zone_colors: Mapping[str, str] = field(default_factory=dict)
    prompt: str = ""
    show_board: bool = False

    def checked(self) -> Intake:
        checks.choice(self.colors, COLOR_MODES, "note colors")
        checks.color(self.color)
        for c in self.zone_colors.values():
            checks.color(c)
        checks.text(self.prompt, "prompt", max_len=PHONE_NOTE_MAX)
        return replace(self, zone_colors=dict(self.zone_colors))


@dataclass(frozen=True)
class Submission:
    """One note as a phone sent it (text already cleaned and checked by :func:`submission`)."""

    board_id: str
    client_key: str
    text: str
    zone_id: str | None
    author_id: str | None


@dataclass(frozen=True)
class Received:
    id: str
    status: str  # the public status
    created: bool  # False: the same note sent again (a retry)


@dataclass(frozen=True)
class PhoneNoteRecord:
    id: str
    board_id: str
    seq: int
    text: str
    zone_id: str | None
    author_id: str | None
    status: str
    note_id: str | None
    received_at: str
    public: str  # what the phone is told
    client_key: str = ""


@dataclass(frozen=True)
class Accepted:
    """What :func:`accept` placed: the notes it made (to make them again on redo)."""

    phone_ids: tuple[str, ...]
    drafts: tuple[NoteDraft, ...]
    zones: tuple[str | None, ...]
    note_of: Mapping[str, str]  # phone note → board note


def client_key(board_id: str, participant_id: str, client_id: str) -> str:
    """The stored key of a phone's note: finds a retry again, names neither phone nor person
    to anyone without the phone's own random ``client_id``."""
    digest = hashlib.sha256(f"{board_id}\0{participant_id}\0{client_id}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def submission(intake: Intake, participant_id: str, client_id: str, text: str, zone_id: str | None,
               zones: Iterable[str]) -> Submission:
    """A phone's note checked against the board's intake; ``ValidationError`` in one line."""
    cleaned = clean_phone_text(text)
    problem = phone_text_problem(cleaned)
    if problem is not None:
        raise ValidationError(problem)
    allowed = set(zones)
    if intake.zone_id is not None:
        if zone_id not in (None, intake.zone_id):
            raise ValidationError("notes on this board go to one zone; choose that one")
        zone_id = intake.zone_id
    elif zone_id is not None and zone_id not in allowed:
        raise ValidationError("that zone is not on this board")
    return Submission(intake.board_id, client_key(intake.board_id, participant_id, client_id), cleaned, zone_id,
                      None if intake.anonymous else participant_id)


# -- receiving ----------------------------------------------------------------------------
def receive(store: Store, intakes: Mapping[str, Intake], batch: Sequence[Submission]) -> list[Received]:
    """Write a batch of phones' notes in one transaction (the same note twice is found again).

    On boards that are not moderated the new notes are placed at once, laid out together.
    """
    out: list[Received] = []
    with store.write() as tx:
        conn = tx.session.connection()
        table = PHONE_NOTES
        keys = list(dict.fromkeys(s.client_key for s in batch))
        known: dict[str, Received] = {}
        for start in range(0, len(keys), 500):
            found = conn.execute(select(table.c.id, table.c.client_key).where(
                table.c.client_key.in_(keys[start:start + 500])))
            for pid, key in found:
                known[key] = Received(str(pid), "", False)
        if known:
            statuses = _public_statuses(tx, [r.id for r in known.values()])
            known = {k: replace(r, status=statuses[r.id]) for k, r in known.items()}
        stamp = now()
        fresh: dict[str, list[dict[str, Any]]] = {}
        seqs: dict[str, int] = {}
        for sub in batch:
            if sub.client_key in known:
                out.append(known[sub.client_key])
                continue
            if sub.board_id not in seqs:
                checks.found(tx.session.get(Board, sub.board_id), "board", sub.board_id)
                seqs[sub.board_id] = next_seq(tx.session, PhoneNote.seq, PhoneNote.board_id == sub.board_id)
            row: dict[str, Any] = {"id": new_id("pn"), "board_id": sub.board_id, "seq": seqs[sub.board_id],
                   "client_key": sub.client_key, "text": sub.text, "zone_id": sub.zone_id,
                   "author_id": sub.author_id, "status": PENDING, "note_id": None, "received_at": stamp}
            seqs[sub.board_id] += 1
            fresh.setdefault(sub.board_id, []).append(row)
            received = Received(row["id"], PENDING, True)
            known[sub.client_key] = replace(received, created=False)
            out.append(received)
        placed: set[str] = set()
        for board_id, rows in fresh.items():
            _drop_stale_refs(tx, board_id, rows)
            conn.execute(insert(table), rows)
            tx.changed("phone_notes", ADDED, [r["id"] for r in rows], board_id)
            intake = intakes.get(board_id)
            if intake is not None and not intake.moderate:
                placed.update(_place(tx, intake, [_record(r) for r in rows], {}).phone_ids)
        out = [replace(r, status=PLACED) if r.created and r.id in placed else r for r in out]
    return out


# -- the facilitator's decisions ------------------------------------------------------------
def accept(store: Store, phone_ids: Sequence[str], intake: Intake, *, texts: Mapping[str, str] | None = None,
           merge_text: str | None = None, again: Accepted | None = None) -> Accepted:
    """Place pending notes on the board (``texts``: edited texts by id), or, with
    ``merge_text``, all of them as one note. ``again``: redo, making exactly those notes."""
    if not phone_ids:
        raise ValidationError("choose the notes to accept first")
    with store.write() as tx:
        records = _pending(tx, phone_ids, intake.board_id)
        if again is not None:
            return _place_again(tx, records, again)
        if merge_text is not None:
            text = checks.text(merge_text, "note text", max_len=NOTE_TEXT_MAX)
            if not text.strip():
                raise ValidationError("a merged note needs some text")
            authors = {r.author_id for r in records}
            first = records[0]
            merged = replace(first, text=text, author_id=authors.pop() if len(authors) == 1 else None)
            return _place(tx, intake, [merged], {}, members={first.id: [r.id for r in records]})
        edited = {}
        for pid, text in (texts or {}).items():
            text = checks.text(text, "note text", max_len=NOTE_TEXT_MAX)
            if not text.strip():
                raise ValidationError("an accepted note needs some text (reject it instead)")
            edited[pid] = text
        return _place(tx, intake, records, edited)


def return_to_queue(store: Store, accepted: Accepted) -> None:
    """Undo of :func:`accept`: the notes it made leave the board, the phone notes wait again."""
    with store.write() as tx:
        conn = tx.session.connection()
        notes = list(dict.fromkeys(accepted.note_of.values()))
        board_id = _board_of_phone_notes(tx, accepted.phone_ids)
        conn.execute(update(PHONE_NOTES).where(PhoneNote.id.in_(accepted.phone_ids))
                     .values(status=PENDING, note_id=None))
        conn.execute(delete(NOTES).where(Note.id.in_(notes)))
        tx.changed("notes", REMOVED, notes, board_id)
        tx.changed("phone_notes", UPDATED, accepted.phone_ids, board_id)


def reject(store: Store, phone_ids: Sequence[str]) -> tuple[str, ...]:
    """Leave pending notes out (the phone says "not used"); returns them (for :func:`unreject`)."""
    with store.write() as tx:
        board_id = _board_of_phone_notes(tx, phone_ids)
        ids = tuple(r.id for r in _pending(tx, phone_ids, board_id))
        tx.session.connection().execute(update(PHONE_NOTES).where(PhoneNote.id.in_(ids))
                                        .values(status=REJECTED))
        tx.changed("phone_notes", UPDATED, ids, board_id)
    return ids


def unreject(store: Store, phone_ids: Sequence[str]) -> None:
    with store.write() as tx:
        board_id = _board_of_phone_notes(tx, phone_ids)
        tx.session.connection().execute(update(PHONE_NOTES).where(
            PhoneNote.id.in_(list(phone_ids)), PhoneNote.status == REJECTED).values(status=PENDING))
        tx.changed("phone_notes", UPDATED, tuple(phone_ids), board_id)


# -- reading -----------------------------------------------------------------------------
def list_phone_notes(store: Store, board_id: str | None = None, status: str | None = None) -> list[PhoneNoteRecord]:
    """Phone notes in the order they arrived (of one board, of one status)."""
    with store.read() as s:
        table = PHONE_NOTES
        query = select(table).order_by(table.c.board_id, table.c.seq)
        if board_id is not None:
            query = query.where(table.c.board_id == board_id)
        if status is not None:
            query = query.where(table.c.status == status)
        rows = [dict(r._mapping) for r in s.connection().execute(query)]
        public = _statuses_of_rows(s.connection(), rows)
    return [_record(r, public[r["id"]]) for r in rows]


def phone_notes_by_key(store: Store, keys: Iterable[str], author_id: str | None = None,
                       board_ids: Iterable[str] = ()) -> list[PhoneNoteRecord]:
    """A phone's notes: those with one of ``keys``, and on ``board_ids`` those by ``author_id``."""
    keys, boards = list(dict.fromkeys(keys)), list(board_ids)
    table = PHONE_NOTES
    with store.read() as s:
        conn = s.connection()
        rows: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            for r in conn.execute(select(table).where(table.c.client_key.in_(keys[start:start + 500]))):
                rows[r.id] = dict(r._mapping)
        if author_id is not None and boards:
            for r in conn.execute(select(table).where(table.c.author_id == author_id, table.c.board_id.in_(boards))):
                rows[r.id] = dict(r._mapping)
        ordered = sorted(rows.values(), key=lambda r: (r["received_at"], r["seq"]))
        public = _statuses_of_rows(conn, ordered)
    return [_record(r, public[r["id"]]) for r in ordered]


def public_status(status: str, text: str, note_text: str | None, shared: bool) -> str:
    """What a phone is told: pending, placed, edited (placed, not as sent: edited or merged)
    or rejected ("not used": rejected, or placed and later deleted from the board)."""
    if status == PENDING:
        return "pending"
    if status == REJECTED or note_text is None:
        return "rejected"
    return "edited" if shared or note_text != text else "placed"


# -- inside the transaction ---------------------------------------------------------------
def _record(row: Mapping[str, Any], public: str = PENDING) -> PhoneNoteRecord:
    return PhoneNoteRecord(row["id"], row["board_id"], row["seq"], row["text"], row["zone_id"], row["author_id"],
                           row["status"], row["note_id"], row["received_at"], public, row["client_key"])


def _pending(tx: Tx, phone_ids: Sequence[str], board_id: str) -> list[PhoneNoteRecord]:
    table = PHONE_NOTES
    ids = list(dict.fromkeys(phone_ids))
    rows = {r.id: dict(r._mapping) for r in tx.session.connection().execute(select(table).where(table.c.id.in_(ids)))}
    out = []
    for pid in ids:
        row = rows.get(pid)
        if row is None:
            raise NotFoundError(f"no phone note with id {pid!r}")
        if row["board_id"] != board_id:
            raise ValidationError("the phone notes must all be for this board")
        if row["status"] != PENDING:
            raise ValidationError("that phone note was already accepted or rejected")
        out.append(_record(row))
    return out


def _board_of_phone_notes(tx: Tx, phone_ids: Sequence[str]) -> str:
    boards = set(tx.session.execute(select(PhoneNote.board_id).where(PhoneNote.id.in_(list(phone_ids)))).scalars())
    if not boards:
        raise NotFoundError("no such phone notes")
    if len(boards) > 1:
        raise ValidationError("the phone notes must all be for one board")
    return boards.pop()


def _drop_stale_refs(tx: Tx, board_id: str, rows: Sequence[dict[str, Any]]) -> None:
    """A zone deleted or a participant removed a moment ago: the note is kept without them."""
    zones = set(tx.session.execute(select(Zone.id).where(Zone.board_id == board_id)).scalars())
    authors = {r["author_id"] for r in rows if r["author_id"]}
    found = set(tx.session.execute(select(Participant.id).where(Participant.id.in_(authors))).scalars())
    for row in rows:
        if row["zone_id"] not in zones:
            row["zone_id"] = None
        if row["author_id"] not in found:
            row["author_id"] = None


def _place(tx: Tx, intake: Intake, records: Sequence[PhoneNoteRecord], edited: Mapping[str, str],
           members: Mapping[str, list[str]] | None = None) -> Accepted:
    """Make board notes of ``records`` laid out in their zones; mark the phone notes placed."""
    board_id = intake.board_id
    zones = board_zones(tx, board_id)
    by_zone: dict[str | None, list[PhoneNoteRecord]] = {}
    for rec in records:
        by_zone.setdefault(rec.zone_id if any(z.id == rec.zone_id for z in zones) else None, []).append(rec)
    occupied = _occupied(tx, board_id)
    seats = _person_turns(tx) if intake.colors == "person" else {}
    drafts: dict[str, NoteDraft] = {}
    zone_of: dict[str, str | None] = {}
    for zone_id, group in by_zone.items():
        zone = next((z for z in zones if z.id == zone_id), None)
        corners = phone_layout.place(len(group), zone, occupied, zones)
        for rec, (x, y) in zip(group, corners, strict=True):
            author = rec.author_id if intake.show_names and not intake.anonymous else None
            drafts[rec.id] = NoteDraft(text=edited.get(rec.id, rec.text), x=x, y=y, w=NOTE_W, h=NOTE_H,
                                       color=_color(intake, zones, zone_id, rec.author_id, seats),
                                       author_id=author, id=new_id("n"))
            zone_of[rec.id] = zone_id
            occupied.append((x, y, NOTE_W, NOTE_H))
    ordered = [r.id for r in records]
    accepted = Accepted(
        phone_ids=tuple(pid for rec in records for pid in (members or {}).get(rec.id, [rec.id])),
        drafts=tuple(drafts[i] for i in ordered), zones=tuple(zone_of[i] for i in ordered),
        note_of={pid: drafts[rec.id].id or "" for rec in records for pid in (members or {}).get(rec.id, [rec.id])},
    )
    _write_placed(tx, board_id, accepted)
    return accepted


def _place_again(tx: Tx, records: Sequence[PhoneNoteRecord], again: Accepted) -> Accepted:
    if {r.id for r in records} != set(again.phone_ids):
        raise ValidationError("those phone notes changed since; accept them again")
    _write_placed(tx, records[0].board_id, again)
    return again


def _write_placed(tx: Tx, board_id: str, accepted: Accepted) -> None:
    conn = tx.session.connection()
    seq = next_board_seq(tx, "notes", board_id)
    rows: list[dict[str, Any]] = [{"id": d.id, "board_id": board_id, "seq": seq + i, "text": d.text, "color": d.color, "x": d.x,
             "y": d.y, "w": d.w, "h": d.h, "zone_id": z, "author_id": d.author_id, "origin": "phone"}
            for i, (d, z) in enumerate(zip(accepted.drafts, accepted.zones, strict=True))]
    conn.execute(insert(NOTES), rows)
    table = PHONE_NOTES
    if accepted.note_of:  # one statement for the batch (executemany), not one per note
        conn.execute(update(table).where(table.c.id == bindparam("pid")).values(status=PLACED,
                                                                                 note_id=bindparam("nid")),
                     [{"pid": pid, "nid": nid} for pid, nid in accepted.note_of.items()])
    tx.changed("notes", ADDED, [r["id"] for r in rows], board_id)
    tx.changed("phone_notes", UPDATED, list(accepted.note_of), board_id)


def _occupied(tx: Tx, board_id: str) -> list[Rect]:
    conn = tx.session.connection()
    out: list[Rect] = []
    for model in (Note, Image):
        t = model.__table__
        out.extend(tuple(row) for row in conn.execute(
            select(t.c.x, t.c.y, t.c.w, t.c.h).where(t.c.board_id == board_id)).all())
    return out


def _person_turns(tx: Tx) -> dict[str, int]:
    ids = tx.session.execute(select(Participant.id).order_by(Participant.seq, Participant.id)).scalars()
    return {pid: i for i, pid in enumerate(ids)}


def _color(intake: Intake, zones: Sequence[ZoneRecord], zone_id: str | None, author_id: str | None,
           turns: Mapping[str, int]) -> str:
    if intake.colors == "one":
        return intake.color
    if intake.colors == "person" and author_id is not None and author_id in turns:
        return TURN_COLORS[turns[author_id] % len(TURN_COLORS)]
    if zone_id is None:
        return intake.color
    if zone_id in intake.zone_colors:
        return intake.zone_colors[zone_id]
    index = next((i for i, z in enumerate(sorted(zones, key=lambda z: z.seq)) if z.id == zone_id), 0)
    return TURN_COLORS[index % len(TURN_COLORS)]


def _public_statuses(tx: Tx, phone_ids: Sequence[str]) -> dict[str, str]:
    conn = tx.session.connection()
    table = PHONE_NOTES
    rows = [dict(r._mapping) for r in conn.execute(select(table).where(table.c.id.in_(list(phone_ids))))]
    return _statuses_of_rows(conn, rows)


def _statuses_of_rows(conn: Any, rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    notes = list({r["note_id"] for r in rows if r["note_id"]})
    texts: dict[str, str] = {}
    shared: dict[str, int] = {}
    t, p = NOTES, PHONE_NOTES
    for start in range(0, len(notes), 500):
        chunk = notes[start:start + 500]
        texts.update(conn.execute(select(t.c.id, t.c.text).where(t.c.id.in_(chunk))).all())
        for nid in conn.execute(select(p.c.note_id).where(p.c.note_id.in_(chunk))).scalars():
            shared[nid] = shared.get(nid, 0) + 1
    return {r["id"]: public_status(r["status"], r["text"], texts.get(r["note_id"]) if r["note_id"] else None,
                                   shared.get(r["note_id"], 0) > 1) for r in rows}
