"""Carry results forward from one step to the next, keeping each copy's link to its source.

    chosen ideas (any notes)         → phase-4 prototype canvas of the initiative (zone "solution")
    a prototype canvas               → phase-5 test plan      (solution→what, people→who, success→measure)
    a test plan's results            → phase-6 evaluation     (result→results)
    an evaluation's lessons          → a NEW iteration's prototype canvas (adapt→solution, lessons→problem)

Boards made here belong to the initiative's iteration (``iteration_boards``); an iteration
has one board per template, so carrying twice adds to the same canvas. Each copy keeps
``source_note_id`` (added by the voting schema, version 2), which :func:`lineage` follows back.
Top-voted challenges → ideation is the vote's own "take the top K" (services/voting_results.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Board, Initiative, Iteration, IterationBoard, Note, Zone
from reslab_desktop.rules import geometry
from reslab_desktop.rules.templates import Template, get_template
from reslab_desktop.rules.text import LAB_TEXT_MAX, NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import remove_copies
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.lab.decisions import SOURCE_DEFAULTS, insert_decision
from reslab_desktop.services.lab.initiatives import latest_iteration, new_iteration
from reslab_desktop.services.lab.records import DecisionRecord
from reslab_desktop.services.snapshot import delete_with_snapshot
from reslab_desktop.storage import ADDED, REMOVED, Store

PROTOTYPE, TEST_PLAN, EVALUATION = "prototype_canvas", "test_plan", "evaluation_board"

#: (source template, target template) → {source zone key: target zone key}
ZONE_MAPS: dict[tuple[str, str], dict[str, str]] = {
    (PROTOTYPE, TEST_PLAN): {"solution": "what", "people": "who", "success": "measure"},
    (TEST_PLAN, EVALUATION): {"result": "results"},
    (EVALUATION, PROTOTYPE): {"adapt": "solution", "lessons": "problem"},
}
MAX_LINEAGE = 50


@dataclass(frozen=True)
class Carried:
    """What a carry made; :func:`undo_carry` takes it away again."""

    board_id: str
    created_board: bool
    note_ids: tuple[str, ...]
    iteration_id: str
    created_iteration: bool
    decision_id: str | None = None  # the "design" decision logged with chosen ideas


@dataclass(frozen=True)
class LineageStep:
    note_id: str
    text: str
    board_id: str
    board_title: str
    phase: int


# -- the four carries ----------------------------------------------------------------------
def ideas_to_prototype(
    store: Store, initiative_id: str, note_ids: Sequence[str], language: str = "es",
    decided_by: str | None = None, decision_id: str | None = None,
) -> Carried:
    """Chosen ideas become notes in the "solution" zone of the initiative's prototype canvas.

    With ``decided_by`` the choice is also logged, in the same transaction, as a "design and
    implement" decision of step 4 (source: the promotion to that canvas).
    """
    if not note_ids:
        raise ValidationError("choose at least one idea to carry to the prototype")
    with store.write() as tx:
        s = tx.session
        initiative = checks.found(s.get(Initiative, initiative_id), "initiative", initiative_id)
        iteration = latest_iteration(s, initiative_id) or new_iteration(s, initiative_id, "", None)
        sources = _notes(s, note_ids)
        result = _copy_into(s, initiative, iteration, False, PROTOTYPE, language,
                            [(n, "solution") for n in sources])
        if decided_by is not None:
            kind, phase = SOURCE_DEFAULTS["promotion"]
            chosen = "; ".join(" ".join(n.text.split()) for n in sources)
            did = insert_decision(s, DecisionRecord(
                decision_id or "", 0, phase, kind, f"{initiative.title}: {chosen}"[:LAB_TEXT_MAX], date.today().isoformat(),
                decided_by, initiative.id, None, "promotion", result.board_id))
            result = replace(result, decision_id=did)
            tx.changed("decisions", ADDED, (did,))
        _announce(tx, result)
    return result


def prototype_to_test_plan(store: Store, board_id: str, language: str = "es") -> Carried:
    return _board_to_board(store, board_id, PROTOTYPE, TEST_PLAN, language, new_cycle=False)


def results_to_evaluation(store: Store, board_id: str, language: str = "es") -> Carried:
    return _board_to_board(store, board_id, TEST_PLAN, EVALUATION, language, new_cycle=False)


def lessons_to_new_iteration(store: Store, board_id: str, language: str = "es", focus: str = "") -> Carried:
    """Start iteration N+1 of the evaluation's initiative with its lessons and adaptations."""
    return _board_to_board(store, board_id, EVALUATION, PROTOTYPE, language, new_cycle=True, focus=focus)


def undo_carry(store: Store, carried: Carried) -> None:
    with store.write() as tx:
        remove_copies(tx, carried.board_id, carried.note_ids, carried.created_board)
        conn = tx.session.connection()
        if carried.created_iteration:
            delete_with_snapshot(conn, "iterations", [carried.iteration_id])
            tx.changed("iterations", REMOVED, (carried.iteration_id,))
        if carried.decision_id:
            delete_with_snapshot(conn, "decisions", [carried.decision_id])
            tx.changed("decisions", REMOVED, (carried.decision_id,))


def next_carry(store: Store, board_id: str) -> str | None:
    """Which carry applies to this board: "test_plan", "evaluation", "iteration" or None."""
    with store.read() as s:
        board = checks.found(s.get(Board, board_id), "board", board_id)
        linked = s.get(IterationBoard, board_id) is not None
    return {PROTOTYPE: "test_plan", TEST_PLAN: "evaluation", EVALUATION: "iteration"}.get(
        board.template or "") if linked else None


# -- lineage -------------------------------------------------------------------------------
def lineage(store: Store, note_id: str) -> list[LineageStep]:
    """"Where did this come from?": the note, then its source, its source's source… (oldest last)."""
    steps: list[LineageStep] = []
    seen: set[str] = set()
    with store.read() as s:
        current: str | None = note_id
        checks.found(s.get(Note, note_id), "note", note_id)
        while current is not None and current not in seen and len(steps) < MAX_LINEAGE:
            seen.add(current)
            row = s.execute(
                select(Note.id, Note.text, Note.board_id, Board.title, Board.phase, Note.source_note_id)
                .join(Board, Board.id == Note.board_id).where(Note.id == current)
            ).first()
            if row is None:
                break
            steps.append(LineageStep(row[0], row[1], row[2], row[3], row[4]))
            current = row[5]
    return steps


def carried_into(store: Store, note_id: str) -> list[LineageStep]:
    """The direct copies of a note in later steps."""
    with store.read() as s:
        rows = s.execute(
            select(Note.id, Note.text, Note.board_id, Board.title, Board.phase)
            .join(Board, Board.id == Note.board_id)
            .where(Note.source_note_id == note_id).order_by(Board.phase, Board.seq, Note.seq)
        ).all()
    return [LineageStep(*r) for r in rows]


# -- inside ------------------------------------------------------------------------------
def _board_to_board(
    store: Store, board_id: str, source_key: str, target_key: str, language: str, *,
    new_cycle: bool, focus: str = "",
) -> Carried:
    zone_map = ZONE_MAPS[(source_key, target_key)]
    source_template = get_template(source_key)
    with store.write() as tx:
        s = tx.session
        board = checks.found(s.get(Board, board_id), "board", board_id)
        if board.template != source_key:
            raise ValidationError(f"board {board.title!r} is not a {source_template.title_in(language)}")
        link = s.get(IterationBoard, board_id)
        if link is None:
            raise ValidationError(f"board {board.title!r} does not belong to an initiative")
        iteration = s.get(Iteration, link.iteration_id)
        assert iteration is not None  # iteration_boards rows reference their iteration
        initiative = s.get(Initiative, iteration.initiative_id)
        assert initiative is not None
        created_iteration = False
        if new_cycle:
            iteration = new_iteration(s, initiative.id, checks.text(focus, "iteration focus", max_len=LAB_TEXT_MAX), None)
            created_iteration = True
        picked = []
        keys = _zone_keys(s, board_id, source_template)
        for note in s.execute(select(Note).where(Note.board_id == board_id).order_by(Note.seq)).scalars():
            target_zone = zone_map.get(keys.get(note.zone_id or "", ""))
            if target_zone:
                picked.append((note, target_zone))
        if not picked:
            names = ", ".join(source_template.zone(k).title.get(language) or k for k in zone_map)
            raise ValidationError(f"nothing to carry: the zones {names} of {board.title!r} are empty")
        result = _copy_into(s, initiative, iteration, created_iteration, target_key, language, picked)
        _announce(tx, result)
    return result


def _zone_keys(s: Session, board_id: str, template: Template) -> dict[str, str]:
    """zone id → template zone key (zones of a template board are stored in template order)."""
    zones = s.execute(select(Zone.id, Zone.seq).where(Zone.board_id == board_id)).all()
    return {zid: template.zones[seq].key for zid, seq in zones if 0 <= seq < len(template.zones)}


def _copy_into(
    s: Session, initiative: Initiative, iteration: Iteration, created_iteration: bool, template_key: str,
    language: str, picked: Sequence[tuple[Note, str]],
) -> Carried:
    template = get_template(template_key)
    board_id, created = _board_for(s, initiative, iteration, template, language)
    zone_ids = {template.zones[seq].key: zid for zid, seq in
                s.execute(select(Zone.id, Zone.seq).where(Zone.board_id == board_id)).all()}
    seq0 = next_seq(s, Note.seq, Note.board_id == board_id)
    made: list[str] = []
    by_zone: dict[str, list[Note]] = {}
    for note, key in picked:
        by_zone.setdefault(key, []).append(note)
    for key, notes in by_zone.items():
        tz = template.zone(key)
        zid = zone_ids.get(key)
        already = 0 if zid is None else s.execute(
            select(func.count()).select_from(Note).where(Note.zone_id == zid)).scalar() or 0
        w, h = geometry.NOTE_W, geometry.NOTE_H
        columns = max(1, int((tz.w - geometry.GAP) // (w + geometry.GAP)))
        cells = geometry.grid_positions(already + len(notes), tz.x + geometry.GAP, tz.y + 3 * geometry.GAP,
                                        w, h, geometry.GAP, columns)[already:]
        for note, (x, y) in zip(notes, cells, strict=True):
            nid = new_id("n")
            s.add(Note(id=nid, board_id=board_id, seq=seq0 + len(made), text=note.text, color=note.color,
                       x=x, y=y, w=w, h=h, zone_id=zid, author_id=note.author_id, source_note_id=note.id))
            made.append(nid)
    s.flush()
    return Carried(board_id, created, tuple(made), iteration.id, created_iteration)


def _board_for(s: Session, initiative: Initiative, iteration: Iteration, template: Template,
               language: str) -> tuple[str, bool]:
    existing = s.execute(
        select(Board.id).join(IterationBoard, IterationBoard.board_id == Board.id)
        .where(IterationBoard.iteration_id == iteration.id, Board.template == template.key)
        .order_by(Board.seq)
    ).scalars().first()
    if existing:
        return existing, False
    bid = new_id("b")
    suffix = f" · {iteration.number}" if iteration.number > 1 else ""
    title = f"{template.title_in(language)}: {initiative.title}{suffix}"[:NAME_MAX]
    s.add(Board(id=bid, seq=next_seq(s, Board.seq), phase=template.phase, title=title, template=template.key))
    s.flush()
    for i, z in enumerate(template.zone_records(language)):
        s.add(Zone(id=new_id("z"), board_id=bid, seq=i, title=z.title, x=z.x, y=z.y, w=z.w, h=z.h,
                   color=z.color, shape=z.shape, prompt=z.prompt))
    s.add(IterationBoard(board_id=bid, iteration_id=iteration.id))
    s.flush()
    return bid, True


def _notes(s: Session, note_ids: Sequence[str]) -> list[Note]:
    wanted = list(dict.fromkeys(note_ids))
    rows = {n.id: n for n in s.execute(select(Note).where(Note.id.in_(wanted))).scalars()}
    for nid in wanted:
        checks.found(rows.get(nid), "note", nid)
    return [rows[n] for n in wanted]


def _announce(tx, result: Carried) -> None:  # type: ignore[no-untyped-def]
    if result.created_iteration:
        tx.changed("iterations", ADDED, (result.iteration_id,))
    if result.created_board:
        tx.changed("boards", ADDED, (result.board_id,), result.board_id)
        tx.changed("iteration_boards", ADDED, (result.board_id,), result.board_id)
    tx.changed("notes", ADDED, result.note_ids, result.board_id)
