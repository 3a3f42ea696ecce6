"""The portfolio as data tables (``reslab portfolio … --csv DIR --xlsx OUT.xlsx``), written
with the same writers as a workshop's data export (``reslab_desktop.exports``).

Communities are numbered as in the PDF (their order: start date, then name).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reslab_desktop.exports.cells import Money, Value
from reslab_desktop.exports.table import Table, TableSpec, spec
from reslab_desktop.exports.workshop_tables import as_date, quantity
from reslab_desktop.model.lab_vocab import name as vocab
from reslab_desktop.model.vocab import phase_name
from reslab_desktop.portfolio.collect import Portfolio
from reslab_desktop.reports.labels import label

COMMUNITIES = spec(
    "communities", "Comunidades", "Communities",
    ("number", "N.º", "No.", "int"), ("community", "Comunidad", "Community"), ("title", "Taller", "Workshop"),
    ("place", "Lugar", "Place"), ("starts_on", "Inicio", "Starts", "date"), ("ends_on", "Fin", "Ends", "date"),
    ("organizations", "Organizaciones", "Organizations", "int"), ("participants", "Participantes", "Participants", "int"),
    ("sessions", "Sesiones", "Sessions", "int"), ("attendance", "Asistencias", "Check-ins", "int"),
    ("boards", "Tableros", "Boards", "int"), ("notes", "Notas", "Notes", "int"),
    ("rounds", "Rondas de votación", "Vote rounds", "int"), ("closed_rounds", "Rondas cerradas", "Closed rounds", "int"),
    ("initiatives", "Iniciativas", "Initiatives", "int"),
    ("expertise_hours", "Conocimiento experto (horas)", "Expertise (hours)", "number"),
    ("expertise_days", "Conocimiento experto (días-persona)", "Expertise (person-days)", "number"),
    ("time_hours", "Tiempo (horas)", "Time (hours)", "number"),
    ("time_days", "Tiempo (días-persona)", "Time (person-days)", "number"),
    ("funding_mxn", "Fondos (MXN)", "Funding (MXN)", "quantity"),
    ("funding_other", "Fondos en otras monedas", "Funding in other currencies"),
    ("decisions", "Decisiones", "Decisions", "int"),
    ("by_facilitators", "Decisiones del equipo facilitador", "Decisions by the facilitating team", "int"),
    ("shared", "Decisiones compartidas", "Shared decisions", "int"),
    ("by_local", "Decisiones de organizaciones locales", "Decisions by local organizations", "int"),
    ("localization_index", "Índice de localización", "Localization index", "percent"),
    ("file", "Archivo", "File"),
)
PATHWAY = spec(
    "pathway", "Ruta de localización", "Localization pathway",
    ("number", "N.º", "No.", "int"), ("community", "Comunidad", "Community"), ("step", "Paso", "Step", "int"),
    ("step_name", "Nombre del paso", "Step name"), ("decisions", "Decisiones", "Decisions", "int"),
    ("by_facilitators", "Del equipo facilitador", "By the facilitating team", "int"),
    ("shared", "Compartidas", "Shared", "int"), ("by_local", "De organizaciones locales", "By local organizations", "int"),
    ("localization_index", "Índice de localización", "Localization index", "percent"),
)
CHALLENGES = spec(
    "challenges", "Retos priorizados", "Prioritized challenges",
    ("number", "N.º", "No.", "int"), ("community", "Comunidad", "Community"), ("question", "Pregunta", "Question"),
    ("board", "Tablero", "Board"), ("rank", "Lugar", "Rank", "int"), ("tied", "Empate", "Tied", "bool"),
    ("dots", "Puntos", "Dots", "int"), ("text", "Reto", "Challenge"),
)
RESOURCES = spec(
    "resources", "Recursos", "Resources",
    ("number", "N.º", "No.", "int"), ("community", "Comunidad", "Community"), ("kind", "Tipo", "Kind"),
    ("unit", "Unidad", "Unit"), ("pledged", "Comprometido", "Pledged", "quantity"),
    ("confirmed", "Confirmado", "Confirmed", "quantity"), ("needed", "Se necesita", "Needed", "quantity"),
    ("gap", "Brecha", "Gap", "quantity"),
)
FILES = spec(
    "files", "Archivos", "Files",
    ("file", "Archivo", "File"), ("folder", "Carpeta", "Folder"), ("community", "Comunidad", "Community"),
    ("status", "En el portafolio", "In the portfolio"), ("reason", "Motivo", "Reason"), ("detail", "Detalle", "Detail"),
)
TABLES: tuple[TableSpec, ...] = (COMMUNITIES, PATHWAY, CHALLENGES, RESOURCES, FILES)


def portfolio_tables(portfolio: Portfolio, lang: str = "es") -> list[Table]:
    return [Table(COMMUNITIES, list(_communities(portfolio))), Table(PATHWAY, list(_pathway(portfolio, lang))),
            Table(CHALLENGES, list(_challenges(portfolio))), Table(RESOURCES, list(_resources(portfolio, lang))),
            Table(FILES, list(_files(portfolio, lang)))]


def _communities(p: Portfolio) -> Iterator[tuple[Value, ...]]:
    for i, c in enumerate(p.communities, start=1):
        other = "; ".join(f"{r.unit} {r.pledged:,.2f}" for r in c.resources if r.kind == "funding" and r.unit != "MXN")
        t = c.tally
        yield (i, c.name, c.info.title, c.info.place, as_date(c.info.starts_on), as_date(c.info.ends_on),
               c.organizations, c.participants, c.sessions, c.attendance, c.boards, c.notes, c.rounds,
               c.closed_rounds, len(c.initiatives), c.pledged("expertise", "hours"), c.pledged("expertise", "days"),
               c.pledged("time", "hours"), c.pledged("time", "days"), Money(c.pledged("funding", "MXN"), "MXN"),
               other, t.total, t.facilitators, t.shared, t.local, _index(t.index), str(c.path))


def _index(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _pathway(p: Portfolio, lang: str) -> Iterator[tuple[Value, ...]]:
    rows: list[tuple[int | None, str, tuple[Any, ...]]] = [(i, c.name, c.pathway) for i, c in enumerate(p.communities, start=1)]
    rows.append((None, label("pf_combined", lang), tuple(p.pathway)))
    for number, name, points in rows:
        for point in points:
            t = point.tally
            yield (number, name, point.phase, phase_name(point.phase, lang), t.total, t.facilitators, t.shared,
                   t.local, _index(t.index))


def _challenges(p: Portfolio) -> Iterator[tuple[Value, ...]]:
    for i, c in enumerate(p.communities, start=1):
        for rnd in c.challenges:
            for ch in rnd.top:
                yield (i, c.name, rnd.question, rnd.board, ch.rank, ch.tied, ch.dots, ch.text)


def _resources(p: Portfolio, lang: str) -> Iterator[tuple[Value, ...]]:
    for i, c in enumerate(p.communities, start=1):
        for r in c.resources:
            yield (i, c.name, vocab(r.kind, lang), vocab(r.unit, lang),
                   *(quantity(r.kind, v, r.unit) for v in (r.pledged, r.confirmed, r.needed, r.gap)))


def _files(p: Portfolio, lang: str) -> Iterator[tuple[Value, ...]]:
    for i, c in enumerate(p.communities, start=1):
        yield (c.path.name, str(c.path.parent), c.name, label("pf_status_counted", lang, n=i), "", "")
    for group in p.copies:
        for other in group.others:
            yield (other.name, str(other.parent), group.name, label("pf_status_copy", lang, kept=group.kept.name),
                   "", "")
    for u in p.unreadable:
        reason = label(f"pf_reason_{u.reason}", lang)
        yield (u.path.name, str(u.path.parent), "", label("pf_status_unread", lang, reason=reason), reason, u.detail)
