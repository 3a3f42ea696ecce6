"""The Lab's record in the document: ``decisions``, ``learning_log``, ``sessions``.

Shapes (keys marked ? are written only when they differ from their default)::

    "decisions": {"phases"?: [{"phase": 1-6, "status": "in_progress"|"done"}],
                  "log": [{"id", "phase", "kind", "text", "date": date|null,
                           "decided_by": "facilitators"|"shared"|"local",
                           "organizations"?: [org], "initiative"?: initiative|null,
                           "source"?: {"kind": vote_round|promotion|pledges|adaptation, "id": str}}]}
    "learning_log": [{"id", "date"?: null, "initiative"?: null, "iteration"?: null,
                      "tried"?: "", "happened"?: "", "learned"?: "", "adapt"?: "",
                      "decision"?: decision|null}]
    "sessions": [{"id", "title", "date": date|null, "place", "agenda"?: [{"phase", "board"?: board,
                  "title"?: ""}], "attendance"?: [participant], "decisions"?: [decision],
                  "check_ins"?: [{"participant", "source"?: "window"|"phone"|"import", "at"?: time}]}]

``check_ins`` says how and when attendees were checked in, for those checked in other than
in the app or at a known time (a phone's check-in); each is one of the session's ``attendance``.

``decisions.phases`` holds the facilitator's mark per step (a step not listed has not
started). A session lists the decisions taken in it (each decision in at most one session).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import defaultdict
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import reader as r
from reslab_desktop.interchange.lab_sections import nonempty, ref_list, set_if
from reslab_desktop.interchange.section import ImportContext
from reslab_desktop.model.lab_vocab import (
    DECIDERS,
    DECISION_KINDS,
    DECISION_SOURCES,
    PHASE_STATUSES,
    blank,
)
from reslab_desktop.model.vocab import DEFAULT_ORIGIN, ORIGINS
from reslab_desktop.rules.text import LAB_TEXT_MAX, NAME_MAX


class DecisionsSection:
    key = "decisions"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> dict[str, list[tuple[Any, ...]]]:
        d = r.obj(value, "decisions")
        orgs, initiatives = ctx.known("organization"), ctx.known("initiative")
        plan: dict[str, list[tuple[Any, ...]]] = {"phases": [], "log": [], "orgs": []}
        seen_phases: set[int] = set()
        for _, path, p in r.objects(d.get("phases", []), "decisions.phases"):
            phase = r.integer(p, "phase", path, 1, 6)
            if phase in seen_phases:
                raise InterchangeError(r.at(path, "phase"), f"phase {phase} is listed twice")
            seen_phases.add(phase)
            status = r.enum(p, "status", path, PHASE_STATUSES)
            if status != "not_started":
                plan["phases"].append((phase, status))
        for i, path, x in r.objects(r.field(d, "log", "decisions"), "decisions.log"):
            did = r.ident(x, "id", path)
            ctx.claim("decision", did, r.at(path, "id"))
            source_kind = source_id = None
            if x.get("source") is not None:
                spath = r.at(path, "source")
                src = r.obj(x["source"], spath)
                source_kind = r.enum(src, "kind", spath, DECISION_SOURCES)
                source_id = r.ident(src, "id", spath)
            plan["log"].append((
                did, i, r.integer(x, "phase", path, 1, 6), r.enum(x, "kind", path, DECISION_KINDS),
                nonempty(x, "text", path), r.optional_date(x, "date", path),
                r.enum(x, "decided_by", path, DECIDERS),
                r.optional_ref(x, "initiative", path, initiatives, "initiative"), source_kind, source_id,
            ))
            plan["orgs"] += [(did, o) for o in ref_list(x, "organizations", path, orgs, "organization")]
        return plan

    def write(self, conn: sqlite3.Connection, plan: dict[str, list[tuple[Any, ...]]]) -> None:
        conn.executemany("INSERT INTO phase_status (phase, status) VALUES (?, ?)", plan["phases"])
        conn.executemany("INSERT INTO decisions (id, seq, phase, kind, text, date, decided_by, initiative_id, "
                         "source_kind, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan["log"])
        conn.executemany("INSERT INTO decision_organizations (decision_id, organization_id) VALUES (?, ?)",
                         plan["orgs"])

    def export(self, conn: sqlite3.Connection) -> dict[str, Any] | None:
        phases = [{"phase": p, "status": s} for p, s in conn.execute(
            "SELECT phase, status FROM phase_status WHERE status <> 'not_started' ORDER BY phase")]
        orgs: dict[str, list[str]] = defaultdict(list)
        for did, oid in conn.execute(
            "SELECT d.decision_id, d.organization_id FROM decision_organizations d "
            "JOIN organizations o ON o.id = d.organization_id ORDER BY o.seq, o.id"
        ):
            orgs[did].append(oid)
        log = []
        for did, phase, kind, text, date, by, ini, skind, sid in conn.execute(
            "SELECT id, phase, kind, text, date, decided_by, initiative_id, source_kind, source_id "
            "FROM decisions ORDER BY seq, id"
        ):
            item: dict[str, Any] = {"id": did, "phase": phase, "kind": kind, "text": text, "date": date,
                                    "decided_by": by}
            set_if(item, "organizations", orgs.get(did, []), [])
            set_if(item, "initiative", ini, None)
            if skind is not None:
                item["source"] = {"kind": skind, "id": sid}
            log.append(item)
        if not phases and not log:
            return None
        out: dict[str, Any] = {}
        set_if(out, "phases", phases, [])
        out["log"] = log
        return out


LEARNING_FIELDS = ("tried", "happened", "learned", "adapt")


class LearningLogSection:
    key = "learning_log"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> list[tuple[Any, ...]]:
        initiatives, iterations = ctx.known("initiative"), ctx.known("iteration")
        decisions = ctx.known("decision")
        rows = []
        for i, path, d in r.objects(value, "learning_log"):
            eid = r.ident(d, "id", path)
            ctx.claim("learning_entry", eid, r.at(path, "id"))
            texts = [r.string(d, f, path, max_len=LAB_TEXT_MAX, default="") for f in LEARNING_FIELDS]
            if blank("".join(texts)):
                raise InterchangeError(path, "needs at least one of tried, happened, learned, adapt")
            ini = r.optional_ref(d, "initiative", path, initiatives, "initiative")
            it = r.optional_ref(d, "iteration", path, iterations, "iteration")
            if it is not None and ini is not None and iterations[it] != ini:
                raise InterchangeError(r.at(path, "iteration"), "belongs to another initiative")
            rows.append((eid, i, ini, it, r.optional_date(d, "date", path), *texts,
                         r.optional_ref(d, "decision", path, decisions, "decision")))
        return rows

    def write(self, conn: sqlite3.Connection, plan: list[tuple[Any, ...]]) -> None:
        conn.executemany("INSERT INTO learning_entries (id, seq, initiative_id, iteration_id, date, tried, "
                         "happened, learned, adapt, decision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan)

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
        out = []
        for eid, ini, it, date, *texts, decision in conn.execute(
            "SELECT id, initiative_id, iteration_id, date, tried, happened, learned, adapt, decision_id "
            "FROM learning_entries ORDER BY seq, id"
        ):
            item: dict[str, Any] = {"id": eid}
            set_if(item, "date", date, None)
            set_if(item, "initiative", ini, None)
            set_if(item, "iteration", it, None)
            for name, text in zip(LEARNING_FIELDS, texts, strict=True):
                set_if(item, name, text, "")
            set_if(item, "decision", decision, None)
            out.append(item)
        return out or None


class SessionsSection:
    key = "sessions"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> dict[str, list[tuple[Any, ...]]]:
        boards, people, decisions = ctx.known("board"), ctx.known("participant"), ctx.known("decision")
        plan: dict[str, list[tuple[Any, ...]]] = {"sessions": [], "agenda": [], "attendance": [], "decisions": [],
                                        "paths": []}
        decided_in: dict[str, str] = {}
        for i, path, d in r.objects(value, "sessions"):
            sid = r.ident(d, "id", path)
            ctx.claim("session", sid, r.at(path, "id"))
            plan["sessions"].append((sid, i, r.string(d, "title", path, max_len=NAME_MAX, default=""),
                                     r.optional_date(d, "date", path),
                                     r.string(d, "place", path, max_len=NAME_MAX, default="")))
            for j, apath, a in r.objects(d.get("agenda", []), r.at(path, "agenda")):
                phase = r.integer(a, "phase", apath, 1, 6)
                board = r.optional_ref(a, "board", apath, boards, "board")
                aid = f"ag-{uuid.uuid4().hex[:12]}"
                plan["agenda"].append((aid, sid, j, phase, board,
                                       r.string(a, "title", apath, max_len=NAME_MAX, default="")))
                plan["paths"].append((aid, apath))
            present = ref_list(d, "attendance", path, people, "participant")
            how = _check_ins(d, path, set(present))
            plan["attendance"] += [(sid, p, *how.get(p, (DEFAULT_ORIGIN, None))) for p in present]
            for j, did in enumerate(ref_list(d, "decisions", path, decisions, "decision")):
                if did in decided_in:
                    raise InterchangeError(f"{path}.decisions[{j}]", f"decision {did!r} is already in a session")
                decided_in[did] = sid
                plan["decisions"].append((sid, did))
        return plan

    def write(self, conn: sqlite3.Connection, plan: dict[str, list[tuple[Any, ...]]]) -> None:
        conn.executemany("INSERT INTO sessions (id, seq, title, date, place) VALUES (?, ?, ?, ?, ?)",
                         plan["sessions"])
        conn.executemany("INSERT INTO agenda_items (id, session_id, seq, phase, board_id, title) "
                         "VALUES (?, ?, ?, ?, ?, ?)", plan["agenda"])
        # The boards section does not record board phases, so the agenda's are checked here,
        # still inside the import's one transaction (an error leaves no file behind).
        wrong = conn.execute("SELECT a.id, b.phase, a.phase FROM agenda_items a JOIN boards b ON b.id = a.board_id "
                             "WHERE b.phase <> a.phase LIMIT 1").fetchone()
        if wrong:
            path = dict(plan["paths"])[wrong[0]]
            raise InterchangeError(r.at(path, "board"), f"is a board of phase {wrong[1]}, not {wrong[2]}")
        conn.executemany("INSERT INTO attendance (session_id, participant_id, source, checked_in_at) "
                         "VALUES (?, ?, ?, ?)", plan["attendance"])
        conn.executemany("UPDATE decisions SET session_id = ? WHERE id = ?", plan["decisions"])

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
        out: dict[str, dict[str, Any]] = {}
        for sid, title, date, place in conn.execute("SELECT id, title, date, place FROM sessions ORDER BY seq, id"):
            out[sid] = {"id": sid, "title": title, "date": date, "place": place,
                        "agenda": [], "attendance": [], "decisions": []}
        if not out:
            return None
        for sid, phase, board, title in conn.execute(
            "SELECT session_id, phase, board_id, title FROM agenda_items ORDER BY seq, id"
        ):
            point: dict[str, Any] = {"phase": phase}
            set_if(point, "board", board, None)
            set_if(point, "title", title, "")
            out[sid]["agenda"].append(point)
        for sid, pid, source, at in conn.execute(
            "SELECT a.session_id, a.participant_id, a.source, a.checked_in_at FROM attendance a "
            "JOIN participants p ON p.id = a.participant_id ORDER BY p.seq, p.id"
        ):
            out[sid]["attendance"].append(pid)
            if source != DEFAULT_ORIGIN or at is not None:
                check_in: dict[str, Any] = {"participant": pid}
                set_if(check_in, "source", source, DEFAULT_ORIGIN)
                set_if(check_in, "at", at, None)
                out[sid].setdefault("check_ins", []).append(check_in)
        for sid, did in conn.execute(
            "SELECT session_id, id FROM decisions WHERE session_id IS NOT NULL ORDER BY seq, id"
        ):
            out[sid]["decisions"].append(did)
        for item in out.values():
            for key in ("agenda", "attendance", "decisions"):
                if not item[key]:
                    del item[key]
        return list(out.values())


def _check_ins(d: dict[str, Any], path: str, present: set[str]) -> dict[str, tuple[str, str | None]]:
    """``{participant: (source, at)}`` of a session's ``check_ins`` (extension)."""
    out: dict[str, tuple[str, str | None]] = {}
    for _, cpath, c in r.objects(d.get("check_ins", []), r.at(path, "check_ins")):
        pid = r.ref(c, "participant", cpath, present, "participant in this session's attendance")
        if pid in out:
            raise InterchangeError(r.at(cpath, "participant"), f"{pid!r} is checked in twice")
        at = r.string(c, "at", cpath, max_len=40, nonempty=True) if c.get("at") is not None else None
        out[pid] = (r.enum(c, "source", cpath, ORIGINS, default=DEFAULT_ORIGIN), at)
    return out
