"""The ``votes`` section: dot-voting rounds with their ballots and paper tallies.

Contract keys (issue 5) are always written; extension keys only when they differ from their
default: ``criteria`` (default ``[""]``), ``mode`` ("secret"), ``voters`` (default: every
participant of the roster, in roster order), ``anonymous_voters`` (anonymous rounds only;
default: the roster size, at least 1), ``timer_seconds`` (null), ``runoff_of`` (null),
``events`` (the round's log) and ``promoted`` (notes this round's results copied to the
next phase: ``[{"note": new-note, "source": candidate-note}]``).
Ballots of anonymous rounds name ``"voter": 1…N`` instead of ``"participant"``; a ballot or
paper count for the second criterion carries ``"criterion": 2``.

Import rejects a round whose ballots break its own rules, naming the round and the voter.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import reader as r
from reslab_desktop.interchange.section import ImportContext
from reslab_desktop.model.voting import ROUND_MODES, ROUND_STATUSES
from reslab_desktop.rules import voting as rules

EVENT_ACTIONS = ("created", "opened", "closed", "reopened", "reverted_to_draft", "paper_tally", "ballot_cleared",
                 "ballot_reopened")

#: A closed round's candidates as kept at its closing, derived from the notes and dots as they
#: are (what a file without ``closed_candidates`` means, and what export leaves out).
_DERIVED_CLOSED = (
    "SELECT n.id, n.text, {d0}, {d1} FROM vote_rounds r JOIN notes n "
    "ON (r.all_notes = 1 AND n.board_id = r.board_id) OR (r.all_notes = 0 AND n.id IN "
    "(SELECT c.note_id FROM vote_candidates c WHERE c.round_id = r.id)) WHERE r.id = ? "
    "ORDER BY CASE WHEN r.all_notes = 1 THEN n.seq ELSE (SELECT c.seq FROM vote_candidates c "
    "WHERE c.round_id = r.id AND c.note_id = n.id) END"
).format(**{f"d{c}": (f"(SELECT COALESCE(SUM(b.dots), 0) FROM ballots b WHERE b.round_id = r.id AND b.note_id = n.id "
                        f"AND b.criterion = {c}) + (SELECT COALESCE(SUM(p.dots), 0) FROM paper_tallies p "
                        f"WHERE p.round_id = r.id AND p.note_id = n.id AND p.criterion = {c})") for c in (0, 1)})


def _vid() -> str:
    return f"vv-{uuid.uuid4().hex[:12]}"


class VotesSection:
    key = "votes"
    required = False

    def validate(self, value: Any, ctx: ImportContext) -> list[dict[str, Any]]:
        notes = ctx.known("note")  # note id -> board id
        participants = list(ctx.known("participant"))
        boards = ctx.known("board")
        plan: list[dict[str, Any]] = []
        for _, path, d in r.objects(value, "votes"):
            rid = r.ident(d, "id", path)
            ctx.claim("vote_round", rid, r.at(path, "id"))
            bid = r.ref(d, "board", path, boards, "board")
            question = r.string(d, "question", path, max_len=500, nonempty=True)
            budget = r.integer(d, "dots_per_participant", path, rules.MIN_DOTS, rules.MAX_DOTS)
            max_per_note = r.integer(d, "max_per_note", path, 1, budget)
            hidden = r.boolean(d, "hidden_until_reveal", path)
            anonymous = r.boolean(d, "anonymous", path)
            status = r.enum(d, "status", path, ROUND_STATUSES)
            mode = r.enum(d, "mode", path, ROUND_MODES, default="secret")
            criteria = self._criteria(d, path)
            timer = d.get("timer_seconds")
            if timer is not None:
                timer = r.integer(d, "timer_seconds", path, 10, 86400)
            runoff_of = r.optional_ref(d, "runoff_of", path, {p["id"] for p in plan}, "earlier round")
            board_notes = [n for n, b in notes.items() if b == bid]
            if "candidates" in d:
                cands = []
                for j, n in enumerate(r.arr(d["candidates"], r.at(path, "candidates"))):
                    cpath = f"{path}.candidates[{j}]"
                    if not isinstance(n, str) or notes.get(n) != bid:
                        raise InterchangeError(cpath, f"refers to unknown note of board {bid!r}: {n!r}")
                    if n in cands:
                        raise InterchangeError(cpath, f"note {n!r} is listed twice")
                    cands.append(n)
                allowed = cands
            else:
                cands = None
                allowed = board_notes
            voters = self._voters(d, path, anonymous, participants)
            ballots = self._ballots(d, path, rid, anonymous, voters, allowed, criteria, budget, max_per_note)
            if ballots and (status == "draft" or mode == "paper"):
                raise InterchangeError(r.at(path, "ballots"), f"round {rid!r}: a {status if status == 'draft' else 'paper'} round has no ballots")
            paper = self._paper(d, path, rid, allowed, criteria)
            if paper and status == "draft":
                raise InterchangeError(r.at(path, "paper_tally"), f"round {rid!r}: a draft round has no paper tally")
            events = self._events(d, path)
            screen: dict[tuple[str, int], int] = defaultdict(int)
            for _, note, crit, dots in ballots:
                screen[(note, crit)] += dots
            try:
                # counts over the dots handed out were recorded on purpose when the log says so
                if any(action == "paper_tally" and "⚠" in detail for _, action, detail in events):
                    rules.check_paper_counts(paper, allowed, len(criteria))
                else:
                    rules.check_paper_tally(paper, screen, budget, max_per_note, len(voters), allowed, len(criteria))
            except rules.BallotError as exc:
                raise InterchangeError(r.at(path, "paper_tally"), f"round {rid!r}: {exc}") from None
            plan.append({
                "id": rid, "board": bid, "question": question, "criteria": criteria,
                "all_notes": cands is None, "candidates": cands or [], "budget": budget,
                "max_per_note": max_per_note, "hidden": hidden, "anonymous": anonymous, "mode": mode,
                "status": status, "timer": timer, "runoff_of": runoff_of, "voters": voters,
                "ballots": ballots, "paper": paper, "events": events,
                "promoted": self._promoted(d, path, notes, set(allowed)),
                "closed_candidates": self._closed(d, path, rid, status, len(criteria)),
            })
        return plan

    # -- reading parts -------------------------------------------------------------------
    @staticmethod
    def _criteria(d: dict[str, Any], path: str) -> list[str]:
        if "criteria" not in d:
            return [""]
        items = r.arr(d["criteria"], r.at(path, "criteria"))
        if len(items) not in (1, 2) or not all(isinstance(c, str) and len(c) <= 60 for c in items):
            raise InterchangeError(r.at(path, "criteria"), "expected one or two criterion names")
        if len(items) == 2 and not all(c.strip() for c in items):
            raise InterchangeError(r.at(path, "criteria"), "both criteria need a name")
        return list(items)

    @staticmethod
    def _voters(d: dict[str, Any], path: str, anonymous: bool, participants: list[str]) -> list[Any]:
        if anonymous:
            if "voters" in d:
                raise InterchangeError(r.at(path, "voters"), "an anonymous round lists no participants")
            n = r.integer(d, "anonymous_voters", path, 1, 500, default=max(1, len(participants)))
            return list(range(1, n + 1))
        if "anonymous_voters" in d:
            raise InterchangeError(r.at(path, "anonymous_voters"), "only for anonymous rounds")
        if "voters" not in d:
            if not participants:
                raise InterchangeError(r.at(path, "voters"), "the roster is empty; list voters or make the round anonymous")
            return list(participants)
        out = []
        for j, p in enumerate(r.arr(d["voters"], r.at(path, "voters"))):
            vpath = f"{path}.voters[{j}]"
            if not isinstance(p, str) or p not in participants:
                raise InterchangeError(vpath, f"refers to unknown participant {p!r}")
            if p in out:
                raise InterchangeError(vpath, f"participant {p!r} is listed twice")
            out.append(p)
        if not out:
            raise InterchangeError(r.at(path, "voters"), "at least one voter")
        return out

    @staticmethod
    def _criterion(b: dict[str, Any], path: str, criteria: list[str]) -> int:
        return r.integer(b, "criterion", path, 1, len(criteria), default=1) - 1

    def _ballots(
        self, d: dict[str, Any], path: str, rid: str, anonymous: bool, voters: list[Any],
        allowed: list[str], criteria: list[str], budget: int, max_per_note: int,
    ) -> list[tuple[Any, str, int, int]]:
        per_voter: dict[Any, dict[tuple[str, int], int]] = defaultdict(dict)
        rows: list[tuple[Any, str, int, int]] = []
        allowed_set = set(allowed)
        for _, bpath, b in r.objects(d.get("ballots", []), r.at(path, "ballots")):
            if anonymous:
                voter: Any = r.integer(b, "voter", bpath, 1, len(voters))
            else:
                voter = r.ref(b, "participant", bpath, set(voters), f"voter of round {rid!r}")
            note = r.ref(b, "note", bpath, allowed_set, f"candidate of round {rid!r}")
            crit = self._criterion(b, bpath, criteria)
            dots = r.integer(b, "dots", bpath, 1, rules.MAX_DOTS)
            if (note, crit) in per_voter[voter]:
                raise InterchangeError(bpath, f"round {rid!r}: voter {voter!r} has two ballots for note {note!r}")
            per_voter[voter][(note, crit)] = dots
            rows.append((voter, note, crit, dots))
        for voter, ballot in per_voter.items():
            try:
                rules.check_ballot(ballot, budget, max_per_note, allowed, len(criteria))
            except rules.BallotError as exc:
                raise InterchangeError(r.at(path, "ballots"), f"round {rid!r}, voter {voter!r}: {exc}") from None
        return rows

    def _paper(
        self, d: dict[str, Any], path: str, rid: str, allowed: list[str], criteria: list[str]
    ) -> dict[tuple[str, int], int]:
        out: dict[tuple[str, int], int] = {}
        for _, ppath, p in r.objects(d.get("paper_tally", []), r.at(path, "paper_tally")):
            note = r.ref(p, "note", ppath, set(allowed), f"candidate of round {rid!r}")
            crit = self._criterion(p, ppath, criteria)
            if (note, crit) in out:
                raise InterchangeError(ppath, f"round {rid!r}: note {note!r} is counted twice")
            out[(note, crit)] = r.integer(p, "dots", ppath, 1, 100_000)
        return out

    @staticmethod
    def _events(d: dict[str, Any], path: str) -> list[tuple[str, str, str]]:
        out = []
        for _, epath, e in r.objects(d.get("events", []), r.at(path, "events")):
            out.append((
                r.string(e, "at", epath, max_len=40, nonempty=True),
                r.enum(e, "action", epath, EVENT_ACTIONS),
                r.string(e, "detail", epath, max_len=300, default=""),
            ))
        return out

    @staticmethod
    def _closed(d: dict[str, Any], path: str, rid: str, status: str, criteria: int) -> list[tuple[str, str, list[int]]] | None:
        """``closed_candidates``: what a closed round voted on, as it was at the closing."""
        if "closed_candidates" not in d:
            return None
        if status != "closed":
            raise InterchangeError(r.at(path, "closed_candidates"), f"round {rid!r}: only a closed round keeps them")
        out: list[tuple[str, str, list[int]]] = []
        for _, cpath, c in r.objects(d["closed_candidates"], r.at(path, "closed_candidates")):
            note = r.ident(c, "note", cpath)
            if note in {n for n, _, _ in out}:
                raise InterchangeError(cpath, f"note {note!r} is listed twice")
            text = r.string(c, "text", cpath, max_len=5000)
            dots = r.arr(c.get("dots"), r.at(cpath, "dots"))
            if len(dots) != criteria or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0
                                                for x in dots):
                raise InterchangeError(r.at(cpath, "dots"), f"expected {criteria} whole number(s) ≥ 0")
            out.append((note, text, list(dots)))
        return out

    @staticmethod
    def _promoted(d: dict[str, Any], path: str, notes: dict[str, Any], allowed: set[str]) -> list[tuple[str, str]]:
        out = []
        for _, ppath, p in r.objects(d.get("promoted", []), r.at(path, "promoted")):
            out.append((r.ref(p, "note", ppath, notes, "note"), r.ref(p, "source", ppath, allowed, "candidate note")))
        return out

    # -- writing -------------------------------------------------------------------------
    def write(self, conn: sqlite3.Connection, plan: list[dict[str, Any]]) -> None:
        at_import = datetime.now(UTC).isoformat(timespec="microseconds")
        event_seq = 0
        for seq, p in enumerate(plan):
            rid = p["id"]
            # Written open first so the triggers accept the ballots, then given its real status.
            conn.execute(
                "INSERT INTO vote_rounds (id, board_id, seq, question, criterion_1, criterion_2, all_notes, "
                "dots_per_participant, max_per_note, hidden_until_reveal, anonymous, mode, status, "
                "timer_seconds, runoff_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                (rid, p["board"], seq, p["question"], p["criteria"][0],
                 p["criteria"][1] if len(p["criteria"]) == 2 else None, int(p["all_notes"]), p["budget"],
                 p["max_per_note"], int(p["hidden"]), int(p["anonymous"]), p["mode"], p["timer"], p["runoff_of"]),
            )
            conn.executemany(
                "INSERT INTO vote_candidates (round_id, note_id, seq) VALUES (?, ?, ?)",
                [(rid, n, i) for i, n in enumerate(p["candidates"])],
            )
            voter_ids = {v: _vid() for v in p["voters"]}
            conn.executemany(
                "INSERT INTO vote_voters (id, round_id, seq, participant_id, label) VALUES (?, ?, ?, ?, ?)",
                [(voter_ids[v], rid, i, None if p["anonymous"] else v, str(v) if p["anonymous"] else "")
                 for i, v in enumerate(p["voters"])],
            )
            conn.executemany(
                "INSERT INTO ballots (round_id, voter_id, note_id, criterion, dots, at) VALUES (?, ?, ?, ?, ?, '')",
                [(rid, voter_ids[v], n, c, dots) for v, n, c, dots in p["ballots"]],
            )
            conn.executemany(
                "INSERT INTO paper_tallies (round_id, note_id, criterion, dots, at) VALUES (?, ?, ?, ?, '')",
                [(rid, n, c, dots) for (n, c), dots in p["paper"].items()],
            )
            conn.execute(
                "UPDATE vote_rounds SET status = ?, closed_at = ? WHERE id = ?",
                (p["status"], at_import if p["status"] == "closed" else None, rid),
            )
            for at, action, detail in p["events"]:
                conn.execute(
                    "INSERT INTO vote_round_events (id, round_id, seq, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)",
                    (f"ve-{uuid.uuid4().hex[:12]}", rid, event_seq, at, action, detail),
                )
                event_seq += 1
            conn.executemany(
                "UPDATE notes SET source_note_id = ?, source_round_id = ? WHERE id = ?",
                [(s, rid, n) for n, s in p["promoted"]],
            )
            if p["status"] == "closed":
                kept = p["closed_candidates"]
                if kept is None:
                    kept = [(n, text, [d0, d1]) for n, text, d0, d1 in conn.execute(_DERIVED_CLOSED, (rid,))]
                conn.executemany(
                    "INSERT INTO vote_closed_candidates (round_id, note_id, seq, text, dots_1, dots_2) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(rid, n, i, text, dots[0], dots[1] if len(dots) > 1 else 0)
                     for i, (n, text, dots) in enumerate(kept)],
                )

    # -- export --------------------------------------------------------------------------
    def export(self, conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
        rounds = conn.execute(
            "SELECT id, board_id, question, criterion_1, criterion_2, all_notes, dots_per_participant, "
            "max_per_note, hidden_until_reveal, anonymous, mode, status, timer_seconds, runoff_of "
            "FROM vote_rounds ORDER BY seq, id"
        ).fetchall()
        if not rounds:
            return None
        roster = [p for (p,) in conn.execute("SELECT id FROM participants ORDER BY seq, id")]
        promoted = self._lineage(conn, rounds)
        out = []
        for (rid, bid, question, c1, c2, all_notes, budget, max_per_note, hidden, anonymous, mode, status,
             timer, runoff_of) in rounds:
            item: dict[str, Any] = {
                "id": rid, "board": bid, "question": question, "dots_per_participant": budget,
                "max_per_note": max_per_note, "hidden_until_reveal": bool(hidden), "anonymous": bool(anonymous),
                "status": status,
            }
            if not all_notes:
                item["candidates"] = [n for (n,) in conn.execute(
                    "SELECT note_id FROM vote_candidates WHERE round_id = ? ORDER BY seq", (rid,))]
            voters = conn.execute(
                "SELECT id, participant_id FROM vote_voters WHERE round_id = ? ORDER BY seq", (rid,)
            ).fetchall()
            number = {vid: i + 1 for i, (vid, _) in enumerate(voters)}
            # Ballots and paper counts come back in the order they were written (rowid): a
            # document's own order survives import, and the app's is cast order.
            item["ballots"] = [
                ({"voter": number[v]} if anonymous else {"participant": p}) | {"note": n, "dots": dots}
                | ({"criterion": 2} if c else {})
                for v, p, n, c, dots in conn.execute(
                    "SELECT b.voter_id, v.participant_id, b.note_id, b.criterion, b.dots FROM ballots b "
                    "JOIN vote_voters v ON v.id = b.voter_id JOIN notes n ON n.id = b.note_id "
                    "WHERE b.round_id = ? ORDER BY b.rowid", (rid,))
            ]
            item["paper_tally"] = [
                {"note": n, "dots": dots} | ({"criterion": 2} if c else {})
                for n, c, dots in conn.execute(
                    "SELECT p.note_id, p.criterion, p.dots FROM paper_tallies p JOIN notes n ON n.id = p.note_id "
                    "WHERE p.round_id = ? ORDER BY p.rowid", (rid,))
            ]
            criteria = [c1] if c2 is None else [c1, c2]
            if criteria != [""]:
                item["criteria"] = criteria
            if mode != "secret":
                item["mode"] = mode
            if anonymous:
                if len(voters) != max(1, len(roster)):
                    item["anonymous_voters"] = len(voters)
            elif [p for _, p in voters] != roster:
                item["voters"] = [p for _, p in voters]
            if timer is not None:
                item["timer_seconds"] = timer
            if runoff_of is not None:
                item["runoff_of"] = runoff_of
            events = [
                {"at": at, "action": action} | ({"detail": detail} if detail else {})
                for at, action, detail in conn.execute(
                    "SELECT at, action, detail FROM vote_round_events WHERE round_id = ? ORDER BY seq", (rid,))
            ]
            if events:
                item["events"] = events
            if promoted.get(rid):
                item["promoted"] = promoted[rid]
            if status == "closed":
                kept = self._kept(conn, rid, len(criteria))
                if kept is not None:
                    item["closed_candidates"] = kept
            out.append(item)
        return out

    @staticmethod
    def _kept(conn: sqlite3.Connection, rid: str, criteria: int) -> list[dict[str, Any]] | None:
        """A closed round's kept candidates, when they differ from the notes and dots as they are."""
        kept = [(n, text, [d0, d1][:criteria]) for n, text, d0, d1 in conn.execute(
            "SELECT note_id, text, dots_1, dots_2 FROM vote_closed_candidates WHERE round_id = ? ORDER BY seq",
            (rid,))]
        derived = [(n, text, [d0, d1][:criteria]) for n, text, d0, d1 in conn.execute(_DERIVED_CLOSED, (rid,))]
        if kept == derived:
            return None
        return [{"note": n, "text": text, "dots": dots} for n, text, dots in kept]

    @staticmethod
    def _lineage(conn: sqlite3.Connection, rounds: list[tuple[Any, ...]]) -> dict[str, list[dict[str, str]]]:
        """Notes copied to the next phase, by the round that chose them. (A copy whose source
        note or round was deleted has no lineage left to carry.)"""
        out: dict[str, list[dict[str, str]]] = {}
        for nid, src, rid in conn.execute(
            "SELECT n.id, n.source_note_id, n.source_round_id FROM notes n JOIN boards b ON b.id = n.board_id "
            "WHERE n.source_note_id IS NOT NULL AND n.source_round_id IS NOT NULL ORDER BY b.seq, n.seq, n.id"
        ):
            out.setdefault(rid, []).append({"note": nid, "source": src})
        return out
