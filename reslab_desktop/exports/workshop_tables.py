"""The data of one workshop as tables (``reslab export-data``, File ▸ Export Data…).

Everything is read through the services' loaders and records; vocabulary values (kinds, who
decided, sectors, roles, statuses) are written as their names in the export's language, ids
as they are in the file (to join tables). What each table and column holds is documented in
``docs/data-exports.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from reslab_desktop.exports.cells import Money, Value
from reslab_desktop.exports.table import Table, TableSpec, spec
from reslab_desktop.model.lab_vocab import name as vocab
from reslab_desktop.model.vocab import role_name, sector_name
from reslab_desktop.rules.palette import color_name
from reslab_desktop.services.voting_records import VoteRoundRecord
from reslab_desktop.storage import Store

NOTES = spec(
    "notes", "Notas", "Notes",
    ("note_id", "ID de nota", "Note ID"), ("board_id", "ID de tablero", "Board ID"),
    ("board", "Tablero", "Board"), ("phase", "Paso", "Step", "int"), ("zone", "Zona", "Zone"),
    ("text", "Texto", "Text"), ("color", "Color", "Color"), ("author", "Autor/a", "Author"),
    ("organization", "Organización del autor/a", "Author's organization"), ("origin", "Origen", "Origin"),
)
VOTE_RESULTS = spec(
    "vote_results", "Resultados de votación", "Voting results",
    ("round_id", "ID de ronda", "Round ID"), ("question", "Pregunta", "Question"), ("board", "Tablero", "Board"),
    ("status", "Estado", "Status"), ("rank", "Lugar", "Rank", "int"), ("tied", "Empate", "Tied", "bool"),
    ("dots", "Puntos", "Dots", "int"), ("share", "Porcentaje", "Share", "percent"),
    ("dots_1", "Puntos, criterio 1", "Dots, criterion 1", "int"),
    ("dots_2", "Puntos, criterio 2", "Dots, criterion 2", "int"),
    ("note_id", "ID de nota", "Note ID"), ("text", "Nota", "Note"),
)
BALLOTS = spec(
    "ballots", "Votos por persona", "Ballots",
    ("round_id", "ID de ronda", "Round ID"), ("question", "Pregunta", "Question"),
    ("participant_id", "ID de participante", "Participant ID"), ("voter", "Votante", "Voter"),
    ("organization", "Organización", "Organization"), ("note_id", "ID de nota", "Note ID"),
    ("text", "Nota", "Note"), ("criterion", "Criterio", "Criterion", "int"),
    ("criterion_name", "Nombre del criterio", "Criterion name"), ("dots", "Puntos", "Dots", "int"),
)
DECISIONS = spec(
    "decisions", "Decisiones", "Decisions",
    ("decision_id", "ID de decisión", "Decision ID"), ("phase", "Paso", "Step", "int"),
    ("kind", "Tipo", "Kind"), ("text", "Decisión", "Decision"), ("decided_by", "Quién decidió", "Who decided"),
    ("organizations", "Organizaciones", "Organizations"), ("date", "Fecha", "Date", "date"),
    ("initiative", "Iniciativa", "Initiative"), ("session", "Sesión", "Session"),
)
PLEDGES = spec(
    "pledges", "Compromisos", "Pledges",
    ("pledge_id", "ID de compromiso", "Pledge ID"), ("organization", "Organización", "Organization"),
    ("initiative", "Iniciativa", "Initiative"), ("kind", "Tipo", "Kind"), ("description", "Descripción", "Description"),
    ("quantity", "Cantidad", "Quantity", "quantity"), ("unit", "Unidad", "Unit"),
    ("confirmed", "Confirmado", "Confirmed", "bool"),
)
NEEDS = spec(
    "needs", "Necesidades", "Needs",
    ("need_id", "ID de necesidad", "Need ID"), ("initiative", "Iniciativa", "Initiative"), ("kind", "Tipo", "Kind"),
    ("description", "Descripción", "Description"), ("quantity", "Cantidad", "Quantity", "quantity"),
    ("unit", "Unidad", "Unit"),
)
GAPS = spec(
    "resource_gaps", "Brechas de recursos", "Resource gaps",
    ("initiative", "Iniciativa", "Initiative"), ("kind", "Tipo", "Kind"), ("unit", "Unidad", "Unit"),
    ("needed", "Se necesita", "Needed", "quantity"), ("pledged", "Comprometido", "Pledged", "quantity"),
    ("confirmed", "Confirmado", "Confirmed", "quantity"), ("gap", "Brecha", "Gap", "quantity"),
)
INITIATIVES = spec(
    "initiatives", "Iniciativas", "Initiatives",
    ("initiative_id", "ID de iniciativa", "Initiative ID"), ("title", "Iniciativa", "Initiative"),
    ("description", "Descripción", "Description"), ("lead", "Coordina", "Lead"),
    ("members", "Organizaciones", "Organizations"), ("iterations", "Iteraciones", "Iterations", "int"),
)
ACTION_PLANS = spec(
    "action_plans", "Planes de acción", "Action plans",
    ("item_id", "ID de acción", "Item ID"), ("initiative", "Iniciativa", "Initiative"), ("kind", "Tipo", "Kind"),
    ("text", "Acción", "Item"), ("date", "Fecha", "Date", "date"),
    ("responsible", "Responsable", "Responsible"), ("indicator", "Indicador", "Indicator"),
    ("audience", "Público", "Audience"), ("channel", "Canal", "Channel"), ("done", "Hecho", "Done", "bool"),
)
ORGANIZATIONS = spec(
    "organizations", "Organizaciones", "Organizations",
    ("organization_id", "ID de organización", "Organization ID"), ("name", "Organización", "Organization"),
    ("sector", "Sector", "Sector"), ("participants", "Participantes", "Participants", "int"),
)
PARTICIPANTS = spec(
    "participants", "Participantes", "Participants",
    ("participant_id", "ID de participante", "Participant ID"), ("name", "Nombre", "Name"),
    ("organization", "Organización", "Organization"), ("role", "Rol", "Role"),
    ("sessions_attended", "Sesiones con asistencia", "Sessions attended", "int"),
)
SESSIONS = spec(
    "sessions", "Sesiones", "Sessions",
    ("session_id", "ID de sesión", "Session ID"), ("title", "Sesión", "Session"), ("date", "Fecha", "Date", "date"),
    ("place", "Lugar", "Place"), ("attendance", "Asistencia", "Attendance", "int"),
)
ATTENDANCE = spec(
    "attendance", "Asistencia", "Attendance",
    ("session_id", "ID de sesión", "Session ID"), ("session", "Sesión", "Session"), ("date", "Fecha", "Date", "date"),
    ("participant_id", "ID de participante", "Participant ID"), ("participant", "Participante", "Participant"),
    ("organization", "Organización", "Organization"),
)

#: Every table, in the order files are listed and sheets appear.
TABLES: tuple[TableSpec, ...] = (NOTES, VOTE_RESULTS, BALLOTS, DECISIONS, PLEDGES, NEEDS, GAPS, INITIATIVES,
                                 ACTION_PLANS, ORGANIZATIONS, PARTICIPANTS, SESSIONS, ATTENDANCE)


ORIGINS: dict[str, dict[str, str]] = {
    "es": {"phone": "teléfono", "window": "ventana de la app", "import": "importación"},
    "en": {"phone": "phone", "window": "app window", "import": "import"},
}


def note_origin_column() -> Any:
    """Where a note came from (``notes.origin``, file format v4: phone / window / import): THE
    one place the export reads it (its values named in the export's language)."""
    from reslab_desktop.model import Note

    return Note.__table__.c.origin


def as_date(text: str | None) -> date | None:
    """An ISO date of the file as a date (None when empty or not a date)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def as_datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def quantity(kind: str, amount: float, unit: str) -> Value:
    """Funding as money in its currency; hours and days as numbers."""
    return Money(amount, unit) if kind == "funding" else amount


class _Names:
    """The names of ids, read once per export."""

    def __init__(self, store: Store, lang: str) -> None:
        from reslab_desktop.services.lab.initiatives import list_initiatives
        from reslab_desktop.services.lab.sessions import list_sessions
        from reslab_desktop.services.people import list_organizations, list_participants

        self.lang = lang
        self.organizations = list_organizations(store)
        self.participants = list_participants(store)
        self.initiatives = list_initiatives(store)
        self.sessions = list_sessions(store)
        self.org = {o.id: o.name for o in self.organizations}
        self.person = {p.id: p.name for p in self.participants}
        self.person_org = {p.id: self.org.get(p.organization_id or "", "") for p in self.participants}
        self.initiative = {i.id: i.title for i in self.initiatives}
        self.session = {s.id: s.title or s.date or s.id for s in self.sessions}

    def orgs(self, ids: tuple[str, ...]) -> str:
        return "; ".join(self.org.get(i, i) for i in ids)

    def word(self, key: str) -> str:
        return vocab(key, self.lang)


def workshop_tables(store: Store, lang: str = "es", step: Callable[[str], None] | None = None) -> list[Table]:
    """Every table of :data:`TABLES`, read from ``store`` (``step(key)`` before each)."""
    names = _Names(store, lang)
    builders: dict[str, Callable[[Store, _Names], Iterator[tuple[Value, ...]]]] = {
        "notes": _notes, "vote_results": _vote_results, "ballots": _ballots, "decisions": _decisions,
        "pledges": _pledges, "needs": _needs, "resource_gaps": _gaps, "initiatives": _initiatives,
        "action_plans": _action_plans, "organizations": _organizations, "participants": _participants,
        "sessions": _sessions, "attendance": _attendance,
    }
    tables = []
    for table_spec in TABLES:
        if step:
            step(table_spec.key)
        tables.append(Table(table_spec, list(builders[table_spec.key](store, names))))
    return tables


def _notes(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    """All notes in board order, with their board, zone and author joined in one query.

    Not through ``load_board``: exporting 20,000 notes that way took 2.9× the raw
    sqlite3 → csv baseline (``benchmarks/bench_data_export.py``); one joined query, run on the
    read transaction's own driver connection, keeps the export within 2×."""
    from sqlalchemy import select

    from reslab_desktop.model import Board, Note, Organization, Participant, Zone

    query = (
        select(Note.id, Board.id, Board.title, Board.phase, Zone.title, Note.text, Note.color, Participant.name,
               Organization.name, note_origin_column())
        .join(Board, Board.id == Note.board_id).outerjoin(Zone, Zone.id == Note.zone_id)
        .outerjoin(Participant, Participant.id == Note.author_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .order_by(Board.phase, Board.seq, Note.seq)
    )
    origins = ORIGINS["en" if n.lang == "en" else "es"]
    colors: dict[str, str] = {}
    with store.read() as s:
        sql = str(query.compile(dialect=s.get_bind().dialect))
        raw = s.connection().connection.driver_connection
        assert raw is not None  # sqlite3's own connection: rows without SQLAlchemy's per-row cost
        rows = raw.execute(sql).fetchall()
    for note_id, board_id, board, phase, zone, text, color, author, org, origin in rows:
        name = colors.get(color)
        if name is None:
            name = colors[color] = color_name(color, n.lang)
        yield (note_id, board_id, board, phase, zone, text, name, author, org,
               origins.get(origin, origin) if origin else None)


def _visible_rounds(store: Store) -> list[VoteRoundRecord]:
    """Rounds whose counts may be shown: drafts and hidden rounds still open are left out."""
    from reslab_desktop.services.voting import list_rounds

    return [r for r in list_rounds(store) if not r.counts_hidden and r.status != "draft"]


_STATUS = {"es": {"open": "abierta", "closed": "cerrada"}, "en": {"open": "open", "closed": "closed"}}


def _vote_results(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.boards import list_boards
    from reslab_desktop.services.voting_results import results

    boards = {b.id: b.title for b in list_boards(store)}
    for rnd in _visible_rounds(store):
        two = len(rnd.criteria) > 1
        status = _STATUS["en" if n.lang == "en" else "es"].get(rnd.status, rnd.status)
        for r in results(store, rnd.id):
            yield (rnd.id, rnd.question, boards.get(rnd.board_id, ""), status, r.rank, r.tied, r.dots, round(r.share, 4),
                   r.dots_by_criterion[0] if two else None, r.dots_by_criterion[1] if two else None,
                   r.note_id, r.text)


def _ballots(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    """Who put which dots, voter by voter in candidate order: only rounds that are not
    anonymous (and whose counts may be shown)."""
    from reslab_desktop.services.voting_records import all_ballots, candidate_notes

    for rnd in _visible_rounds(store):
        if rnd.anonymous:
            continue
        with store.read() as s:
            ballots = all_ballots(s, rnd.id)
            candidates = candidate_notes(s, rnd)
        for voter in rnd.voters:
            mine = ballots.get(voter.id, {})
            for criterion, criterion_name in enumerate(rnd.criteria):
                for note in candidates:
                    dots = mine.get((note.id, criterion), 0)
                    if dots:
                        yield (rnd.id, rnd.question, voter.participant_id, voter.label,
                               n.person_org.get(voter.participant_id or "", ""), note.id, note.text,
                               criterion + 1, criterion_name, dots)


def _decisions(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.lab.decisions import list_decisions

    for d in list_decisions(store):
        yield (d.id, d.phase, n.word(d.kind), d.text, n.word(d.decided_by), n.orgs(d.organization_ids),
               as_date(d.date), n.initiative.get(d.initiative_id or "", ""), n.session.get(d.session_id or "", ""))


def _pledges(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.lab.resources import list_pledges

    for p in list_pledges(store):
        yield (p.id, n.org.get(p.organization_id, ""), n.initiative.get(p.initiative_id, ""), n.word(p.kind),
               p.description, quantity(p.kind, p.quantity, p.unit), n.word(p.unit), p.confirmed)


def _needs(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.lab.resources import list_needs

    for d in list_needs(store):
        yield (d.id, n.initiative.get(d.initiative_id, ""), n.word(d.kind), d.description,
               quantity(d.kind, d.quantity, d.unit), n.word(d.unit))


def _gaps(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.lab.resources import summary

    for b in summary(store).balances:
        yield (n.initiative.get(b.initiative_id, ""), n.word(b.kind), n.word(b.unit),
               *(quantity(b.kind, v, b.unit) for v in (b.needed, b.pledged, b.confirmed, b.gap)))


def _initiatives(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.lab.initiatives import list_iterations

    iterations = Counter(it.initiative_id for it in list_iterations(store))
    for i in n.initiatives:
        yield (i.id, i.title, i.description, n.org.get(i.lead_organization_id or "", ""), n.orgs(i.member_ids),
               iterations[i.id])


def _action_plans(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    from reslab_desktop.services.lab.plans import list_action_items

    for a in list_action_items(store):
        yield (a.id, n.initiative.get(a.initiative_id, ""), n.word(a.kind), a.text, as_date(a.date),
               n.org.get(a.responsible_organization_id or "", ""), a.indicator, a.audience, a.channel, a.done)


def _organizations(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    members = Counter(p.organization_id for p in n.participants)
    for o in n.organizations:
        yield (o.id, o.name, sector_name(o.sector, n.lang), members[o.id])


def _participants(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    attended = Counter(pid for s in n.sessions for pid in s.attendance)
    for p in n.participants:
        yield (p.id, p.name, n.org.get(p.organization_id or "", ""), role_name(p.role, n.lang), attended[p.id])


def _sessions(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    for s in n.sessions:
        yield (s.id, s.title, as_date(s.date), s.place, len(s.attendance))


def _attendance(store: Store, n: _Names) -> Iterator[tuple[Value, ...]]:
    for s in n.sessions:
        for pid in s.attendance:
            yield (s.id, s.title, as_date(s.date), pid, n.person.get(pid, ""), n.person_org.get(pid, ""))
