"""The Lab's plans in the document: ``initiatives``, ``resources``, ``action_plans``.

Shapes (keys marked ? are written only when they differ from their default)::

    "initiatives": [{"id", "title", "description"?: "", "lead": org|null, "members": [org],
                     "iterations": [{"id", "number", "started_on"?: null, "focus"?: "",
                                     "boards"?: [board], "carried"?: [{"note", "source"}]}]}]
    "resources": {"pledges": [{"id", "organization", "initiative", "kind", "description"?: "",
                               QUANTITY, "confirmed"?: false}],
                  "needs":   [{"id", "initiative", "kind", "description"?: "", QUANTITY}]}
        QUANTITY is {"hours": n} or {"days": n} for expertise and time,
                    {"amount": n, "currency"?: "MXN"} for funding
    "action_plans": [{"id", "initiative", "kind": timeline|governance|objectives|communication,
                      "text", "date"?: null, "responsible"?: org|null, "indicator"?: "",
                      "audience"?: "", "channel"?: "", "done"?: false}]

An initiative without ``iterations`` gets iteration 1 (id ``<initiative id>/1``). ``carried``
lists the notes of the iteration's boards that were carried forward from another note
(their lineage). A section whose lists are all empty is left out of the document.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import reader as r
from reslab_desktop.interchange.section import ImportContext
from reslab_desktop.model.lab_vocab import (
    ACTION_KINDS,
    CURRENCY_RE,
    DEFAULT_CURRENCY,
    MAX_QUANTITY,
    RESOURCE_KINDS,
    TIME_UNITS,
    blank,
)
from reslab_desktop.rules.text import LAB_FIELD_MAX, LAB_TEXT_MAX, NAME_MAX


def nonempty(d: dict[str, Any], key: str, path: str, max_len: int = LAB_TEXT_MAX) -> str:
    value = r.string(d, key, path, max_len=max_len)
    if blank(value):
        raise InterchangeError(r.at(path, key), "cannot be empty")
    return value


def set_if(out: dict[str, Any], key: str, value: Any, default: Any) -> None:
    if value != default:
        out[key] = value


def ref_list(d: dict[str, Any], key: str, path: str, known: dict[str, Any], what: str) -> list[str]:
    values = r.arr(d.get(key, []), r.at(path, key))
    out: list[str] = []
    for j, v in enumerate(values):
        if not isinstance(v, str) or v not in known:
            raise InterchangeError(f"{path}.{key}[{j}]", f"refers to unknown {what} {v!r}")
        if v in out:
            raise InterchangeError(f"{path}.{key}[{j}]", f"lists {what} {v!r} twice")
        out.append(v)
    return out


# -- initiatives ---------------------------------------------------------------------------
class InitiativesSection:
    key = "initiatives"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> dict[str, list[tuple[Any, ...]]]:
        orgs, boards, notes = ctx.known("organization"), ctx.known("board"), ctx.known("note")
        plan: dict[str, list[tuple[Any, ...]]] = {"initiatives": [], "members": [], "iterations": [], "boards": [],
                                        "carried": []}
        board_owner: dict[str, str] = {}
        carried_notes: set[str] = set()
        for i, path, d in r.objects(value, "initiatives"):
            iid = r.ident(d, "id", path)
            ctx.claim("initiative", iid, r.at(path, "id"))
            lead = r.optional_ref(d, "lead", path, orgs, "organization")
            members = ref_list(d, "members", path, orgs, "organization")
            if lead and lead not in members:
                members.insert(0, lead)
            plan["initiatives"].append((iid, i, nonempty(d, "title", path, NAME_MAX),
                                        r.string(d, "description", path, max_len=LAB_TEXT_MAX, default=""), lead))
            plan["members"] += [(iid, o) for o in members]
            iterations = r.arr(d.get("iterations", []), r.at(path, "iterations"))
            if not iterations:
                itid = f"{iid}/1"
                ctx.claim("iteration", itid, r.at(path, "iterations"), iid)
                plan["iterations"].append((itid, iid, 1, None, ""))
            numbers: set[int] = set()
            for j, it in enumerate(iterations):
                ipath = f"{path}.iterations[{j}]"
                it = r.obj(it, ipath)
                itid = r.ident(it, "id", ipath)
                ctx.claim("iteration", itid, r.at(ipath, "id"), iid)
                number = r.integer(it, "number", ipath, 1, 10_000)
                if number in numbers:
                    raise InterchangeError(r.at(ipath, "number"), f"iteration {number} appears twice")
                numbers.add(number)
                plan["iterations"].append((itid, iid, number, r.optional_date(it, "started_on", ipath),
                                           r.string(it, "focus", ipath, max_len=LAB_TEXT_MAX, default="")))
                it_boards = ref_list(it, "boards", ipath, boards, "board")
                for k, bid in enumerate(it_boards):
                    if bid in board_owner:
                        raise InterchangeError(f"{ipath}.boards[{k}]", f"board {bid!r} is in two iterations")
                    board_owner[bid] = itid
                    plan["boards"].append((bid, itid))
                for _, cpath, c in r.objects(it.get("carried", []), r.at(ipath, "carried")):
                    note = r.ref(c, "note", cpath, notes, "note")
                    source = r.ref(c, "source", cpath, notes, "note")
                    if note == source:
                        raise InterchangeError(cpath, "a note cannot be carried from itself")
                    if notes[note] not in it_boards:
                        raise InterchangeError(r.at(cpath, "note"), "is not on a board of this iteration")
                    if note in carried_notes:
                        raise InterchangeError(r.at(cpath, "note"), f"note {note!r} is carried twice")
                    carried_notes.add(note)
                    plan["carried"].append((source, note))
        return plan

    def write(self, conn: sqlite3.Connection, plan: dict[str, list[tuple[Any, ...]]]) -> None:
        conn.executemany("INSERT INTO initiatives (id, seq, title, description, lead_organization_id) "
                         "VALUES (?, ?, ?, ?, ?)", plan["initiatives"])
        conn.executemany("INSERT INTO initiative_members (initiative_id, organization_id) VALUES (?, ?)",
                         plan["members"])
        conn.executemany("INSERT INTO iterations (id, initiative_id, number, started_on, focus) "
                         "VALUES (?, ?, ?, ?, ?)", plan["iterations"])
        conn.executemany("INSERT INTO iteration_boards (board_id, iteration_id) VALUES (?, ?)", plan["boards"])
        conn.executemany("UPDATE notes SET source_note_id = ? WHERE id = ?", plan["carried"])

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
        out: dict[str, dict[str, Any]] = {}
        for iid, title, desc, lead in conn.execute(
            "SELECT id, title, description, lead_organization_id FROM initiatives ORDER BY seq, id"
        ):
            item: dict[str, Any] = {"id": iid, "title": title}
            set_if(item, "description", desc, "")
            item.update(lead=lead, members=[], iterations=[])
            out[iid] = item
        if not out:
            return None
        for iid, oid in conn.execute(
            "SELECT m.initiative_id, m.organization_id FROM initiative_members m "
            "JOIN organizations o ON o.id = m.organization_id ORDER BY o.seq, o.id"
        ):
            out[iid]["members"].append(oid)
        iterations: dict[str, dict[str, Any]] = {}
        for itid, iid, number, started, focus in conn.execute(
            "SELECT id, initiative_id, number, started_on, focus FROM iterations ORDER BY number, id"
        ):
            it: dict[str, Any] = {"id": itid, "number": number}
            set_if(it, "started_on", started, None)
            set_if(it, "focus", focus, "")
            iterations[itid] = it
            out[iid]["iterations"].append(it)
        boards: dict[str, list[str]] = defaultdict(list)
        for bid, itid in conn.execute(
            "SELECT ib.board_id, ib.iteration_id FROM iteration_boards ib JOIN boards b ON b.id = ib.board_id "
            "ORDER BY b.seq, b.id"
        ):
            boards[itid].append(bid)
        carried: dict[str, list[dict[str, str]]] = defaultdict(list)
        for nid, src, itid in conn.execute(
            "SELECT n.id, n.source_note_id, ib.iteration_id FROM notes n "
            "JOIN iteration_boards ib ON ib.board_id = n.board_id JOIN boards b ON b.id = n.board_id "
            "WHERE n.source_note_id IS NOT NULL ORDER BY b.seq, n.seq, n.id"
        ):
            carried[itid].append({"note": nid, "source": src})
        for itid, it in iterations.items():
            set_if(it, "boards", boards.get(itid, []), [])
            set_if(it, "carried", carried.get(itid, []), [])
        return list(out.values())


# -- resources -----------------------------------------------------------------------------
def _quantity(d: dict[str, Any], kind: str, path: str) -> tuple[float, str]:
    if kind == "funding":
        amount = r.number(d, "amount", path, limit=MAX_QUANTITY)
        currency = r.string(d, "currency", path, max_len=10, default=DEFAULT_CURRENCY)
        if not CURRENCY_RE.match(currency):
            raise InterchangeError(r.at(path, "currency"), 'expected a three-letter currency code like "MXN"')
        quantity, unit = amount, currency
    else:
        given = [u for u in TIME_UNITS if u in d]
        if len(given) != 1:
            raise InterchangeError(path, f"{kind} needs exactly one of \"hours\" or \"days\"")
        unit = given[0]
        quantity = r.number(d, unit, path, limit=MAX_QUANTITY)
    if quantity < 0:
        raise InterchangeError(path, "a quantity cannot be negative")
    return quantity, unit


def _quantity_json(kind: str, quantity: float, unit: str) -> dict[str, Any]:
    if kind == "funding":
        out: dict[str, Any] = {"amount": r.json_number(quantity)}
        set_if(out, "currency", unit, DEFAULT_CURRENCY)
        return out
    return {unit: r.json_number(quantity)}


class ResourcesSection:
    key = "resources"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> dict[str, list[tuple[Any, ...]]]:
        d = r.obj(value, "resources")
        orgs, initiatives = ctx.known("organization"), ctx.known("initiative")
        plan: dict[str, list[tuple[Any, ...]]] = {"pledges": [], "needs": []}
        for i, path, p in r.objects(d.get("pledges", []), "resources.pledges"):
            pid = r.ident(p, "id", path)
            ctx.claim("pledge", pid, r.at(path, "id"))
            kind = r.enum(p, "kind", path, RESOURCE_KINDS)
            quantity, unit = _quantity(p, kind, path)
            plan["pledges"].append((
                pid, i, r.ref(p, "organization", path, orgs, "organization"),
                r.ref(p, "initiative", path, initiatives, "initiative"), kind,
                r.string(p, "description", path, max_len=LAB_TEXT_MAX, default=""), quantity, unit,
                int(r.boolean(p, "confirmed", path, default=False))))
        for i, path, n in r.objects(d.get("needs", []), "resources.needs"):
            nid = r.ident(n, "id", path)
            ctx.claim("need", nid, r.at(path, "id"))
            kind = r.enum(n, "kind", path, RESOURCE_KINDS)
            quantity, unit = _quantity(n, kind, path)
            plan["needs"].append((nid, i, r.ref(n, "initiative", path, initiatives, "initiative"), kind,
                                  r.string(n, "description", path, max_len=LAB_TEXT_MAX, default=""), quantity, unit))
        return plan

    def write(self, conn: sqlite3.Connection, plan: dict[str, list[tuple[Any, ...]]]) -> None:
        conn.executemany("INSERT INTO pledges (id, seq, organization_id, initiative_id, kind, description, "
                         "quantity, unit, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", plan["pledges"])
        conn.executemany("INSERT INTO needs (id, seq, initiative_id, kind, description, quantity, unit) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", plan["needs"])

    def export(self, conn: sqlite3.Connection) -> dict[str, Any] | None:
        pledges = []
        for pid, org, ini, kind, desc, quantity, unit, confirmed in conn.execute(
            "SELECT id, organization_id, initiative_id, kind, description, quantity, unit, confirmed "
            "FROM pledges ORDER BY seq, id"
        ):
            item: dict[str, Any] = {"id": pid, "organization": org, "initiative": ini, "kind": kind}
            set_if(item, "description", desc, "")
            item.update(_quantity_json(kind, quantity, unit))
            set_if(item, "confirmed", bool(confirmed), False)
            pledges.append(item)
        needs = []
        for nid, ini, kind, desc, quantity, unit in conn.execute(
            "SELECT id, initiative_id, kind, description, quantity, unit FROM needs ORDER BY seq, id"
        ):
            item = {"id": nid, "initiative": ini, "kind": kind}
            set_if(item, "description", desc, "")
            item.update(_quantity_json(kind, quantity, unit))
            needs.append(item)
        if not pledges and not needs:
            return None
        return {"pledges": pledges, "needs": needs}


# -- action plans --------------------------------------------------------------------------
class ActionPlansSection:
    key = "action_plans"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> list[tuple[Any, ...]]:
        orgs, initiatives = ctx.known("organization"), ctx.known("initiative")
        rows = []
        for i, path, d in r.objects(value, "action_plans"):
            aid = r.ident(d, "id", path)
            ctx.claim("action_item", aid, r.at(path, "id"))
            rows.append((
                aid, i, r.ref(d, "initiative", path, initiatives, "initiative"),
                r.enum(d, "kind", path, ACTION_KINDS),
                nonempty(d, "text", path),
                r.optional_date(d, "date", path),
                r.optional_ref(d, "responsible", path, orgs, "organization"),
                r.string(d, "indicator", path, max_len=LAB_FIELD_MAX, default=""),
                r.string(d, "audience", path, max_len=LAB_FIELD_MAX, default=""),
                r.string(d, "channel", path, max_len=LAB_FIELD_MAX, default=""),
                int(r.boolean(d, "done", path, default=False)),
            ))
        return rows

    def write(self, conn: sqlite3.Connection, plan: list[tuple[Any, ...]]) -> None:
        conn.executemany("INSERT INTO action_items (id, seq, initiative_id, kind, text, date, "
                         "responsible_organization_id, indicator, audience, channel, done) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan)

    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
        out = []
        for aid, ini, kind, text, date, resp, indicator, audience, channel, done in conn.execute(
            "SELECT id, initiative_id, kind, text, date, responsible_organization_id, indicator, audience, "
            "channel, done FROM action_items ORDER BY seq, id"
        ):
            item: dict[str, Any] = {"id": aid, "initiative": ini, "kind": kind, "text": text}
            set_if(item, "date", date, None)
            set_if(item, "responsible", resp, None)
            set_if(item, "indicator", indicator, "")
            set_if(item, "audience", audience, "")
            set_if(item, "channel", channel, "")
            set_if(item, "done", bool(done), False)
            out.append(item)
        return out or None
