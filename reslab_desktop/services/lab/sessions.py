"""Sessions of the Learning Community: date, place, agenda (phases and boards), attendance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import AgendaItem, Attendance, Board, Participant, WorkSession
from reslab_desktop.model.vocab import DEFAULT_ORIGIN, ORIGINS
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.ids import new_id
from reslab_desktop.services.lab import entity as E
from reslab_desktop.services.lab.records import AgendaRecord, SessionRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.services.voting_records import now
from reslab_desktop.storage import UPDATED, Store

MAX_AGENDA = 100

#: An agenda point as given by callers: (phase, board id or None, title).
AgendaPoint = tuple[int, str | None, str]


def _validate(session: Session, rec: SessionRecord) -> dict[str, Any]:
    return {
        "title": checks.text(rec.title, "session title", max_len=NAME_MAX).strip(),
        "date": checks.iso_date(rec.date, "session date"),
        "place": checks.text(rec.place, "place", max_len=NAME_MAX).strip(),
    }


def _write_extra(session: Session, rec: SessionRecord) -> None:
    _write_agenda(session, rec.id, rec.agenda)
    _replace_attendance(session, rec.id, E.refs(session, Participant, rec.attendance, "participant"))


def _replace_attendance(session: Session, session_id: str, people: Sequence[str]) -> None:
    """Exactly ``people`` present; those already checked in keep how and when they were."""
    wanted = set(people)
    session.execute(delete(Attendance).where(Attendance.session_id == session_id,
                                             Attendance.participant_id.not_in(wanted)))
    present = set(session.execute(select(Attendance.participant_id)
                                  .where(Attendance.session_id == session_id)).scalars())
    session.add_all(Attendance(session_id=session_id, participant_id=p) for p in people if p not in present)


def _read_extra(session: Session, row: WorkSession) -> dict[str, Any]:
    agenda = tuple(
        AgendaRecord(a.id, a.session_id, a.seq, a.phase, a.board_id, a.title)
        for a in session.execute(
            select(AgendaItem).where(AgendaItem.session_id == row.id).order_by(AgendaItem.seq)
        ).scalars()
    )
    attendance = tuple(session.execute(
        select(Attendance.participant_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.session_id == row.id)
        .order_by(Participant.seq)
    ).scalars())
    return {"agenda": agenda, "attendance": attendance}


SESSIONS = E.Entity(WorkSession, "sessions", "session", "s", SessionRecord, _validate,
                    write_extra=_write_extra, read_extra=_read_extra, order=("seq",))


def _write_agenda(session: Session, session_id: str, points: Sequence[AgendaRecord]) -> None:
    """Replace the agenda; points keep their ids (new ones get an id)."""
    if len(points) > MAX_AGENDA:
        raise ValidationError(f"an agenda has at most {MAX_AGENDA} points")
    rows = []
    for i, point in enumerate(points):
        phase, board_id, title = E.phase(point.phase), point.board_id, point.title
        if board_id is not None:
            board = checks.found(session.get(Board, board_id), "board", board_id)
            if board.phase != phase:
                raise ValidationError(f"board {board.title!r} belongs to phase {board.phase}, not {phase}")
        title = checks.text(title, "agenda point", max_len=NAME_MAX).strip()
        rows.append(AgendaItem(id=point.id or new_id("ag"), session_id=session_id, seq=i, phase=phase,
                               board_id=board_id, title=title))
    session.execute(delete(AgendaItem).where(AgendaItem.session_id == session_id))
    session.flush()
    session.add_all(rows)


def list_sessions(store: Store) -> list[SessionRecord]:
    return E.listing(store, SESSIONS)


def get_session(store: Store, session_id: str) -> SessionRecord:
    return E.get(store, SESSIONS, session_id)


def add_session(
    store: Store, title: str = "", date: str | None = None, place: str = "",
    agenda: Sequence[AgendaPoint] = (), attendance: Sequence[str] = (), session_id: str | None = None,
) -> str:
    agenda_records = tuple(AgendaRecord("", "", i, p, b, t) for i, (p, b, t) in enumerate(agenda))
    return E.add(store, SESSIONS, SessionRecord(
        session_id or "", 0, title, date, place, agenda_records, tuple(attendance)))


def update_session(store: Store, session_id: str, **changes: Any) -> SessionRecord:
    """Change title, date, place; ``agenda`` as (phase, board, title) points or AgendaRecords;
    ``attendance`` as participant ids. Returns the previous record (undo: ``restore_session``)."""
    if "agenda" in changes:
        changes["agenda"] = tuple(a if isinstance(a, AgendaRecord) else AgendaRecord("", session_id, i, *a)
                                  for i, a in enumerate(changes["agenda"]))
    if "attendance" in changes:
        changes["attendance"] = tuple(changes["attendance"])
    return E.update(store, SESSIONS, session_id, **changes)


def restore_session(store: Store, before: SessionRecord) -> None:
    E.put_back(store, SESSIONS, before)


def remove_sessions(store: Store, ids: Sequence[str]) -> Snapshot:
    return E.remove(store, SESSIONS, ids)


def check_in(store: Store, session_id: str, participant_ids: Sequence[str], present: bool = True,
             source: str = DEFAULT_ORIGIN) -> tuple[str, ...]:
    """Mark people present (or absent) at a session; returns who was present before (for undo).

    ``source`` says how (``window``: in the app; ``phone``: on their own phone); someone
    already present keeps how they were checked in first."""
    checks.choice(source, ORIGINS, "check-in source")
    with store.write() as tx:
        before = _present(tx.session, session_id)
        people = E.refs(tx.session, Participant, participant_ids, "participant")
        if present:
            stamp = now()
            tx.session.add_all(Attendance(session_id=session_id, participant_id=p, source=source, checked_in_at=stamp)
                               for p in people if p not in before)
        else:
            tx.session.execute(delete(Attendance).where(
                Attendance.session_id == session_id, Attendance.participant_id.in_(people)))
        tx.changed("attendance", UPDATED, (session_id,))
    return before


def set_attendance(store: Store, session_id: str, participant_ids: Sequence[str]) -> tuple[str, ...]:
    """Replace the attendance list (undo of :func:`check_in`); returns the previous list."""
    with store.write() as tx:
        before = _present(tx.session, session_id)
        _replace_attendance(tx.session, session_id, E.refs(tx.session, Participant, participant_ids, "participant"))
        tx.changed("attendance", UPDATED, (session_id,))
    return before


@dataclass(frozen=True)
class CheckIn:
    participant_id: str
    name: str
    source: str  # window | phone | import
    at: str | None


def check_ins(store: Store, session_id: str) -> list[CheckIn]:
    """Who is checked in at a session, how and when, in roster order."""
    with store.read() as s:
        checks.found(s.get(WorkSession, session_id), "session", session_id)
        rows = s.execute(
            select(Attendance.participant_id, Participant.name, Attendance.source, Attendance.checked_in_at)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(Attendance.session_id == session_id).order_by(Participant.seq, Participant.id)
        ).all()
    return [CheckIn(*row) for row in rows]


def _present(session: Session, session_id: str) -> tuple[str, ...]:
    """Who is checked in at the session (which must exist)."""
    checks.found(session.get(WorkSession, session_id), "session", session_id)
    return tuple(session.execute(
        select(Attendance.participant_id).where(Attendance.session_id == session_id)
    ).scalars())
