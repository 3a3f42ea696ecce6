"""What a round produced: results (ranking with ties), the 2×2 matrix, runoffs, and taking
the top notes to the next phase (copies keep ``source_note_id``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Board, Note, VoteClosedCandidate, VoteRoundEvent, Workshop, Zone
from reslab_desktop.rules import voting as rules
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import remove_copies
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.voting_records import (
    RankingRecord,
    VoteRoundRecord,
    all_ballots,
    candidate_notes,
    load_round,
    paper_counts,
)
from reslab_desktop.storage import ADDED, Store

NEXT_PHASE = 3
_GAP = 30.0
_PER_ROW = 4


class HiddenResultsError(ValidationError):
    """The counts of a hidden round are asked for before it is closed."""


@dataclass(frozen=True)
class Promotion:
    """What ``promote_top`` made; ``unpromote`` takes it away again (undo)."""

    round_id: str
    board_id: str
    created_board: bool
    note_ids: tuple[str, ...]
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class RoundEvent:
    at: str
    action: str
    detail: str


def results(store: Store, round_id: str) -> list[RankingRecord]:
    """The ranking of every candidate (no dots → 0). Ranked by all criteria together;
    ``dots_by_criterion`` keeps each. Refuses while a hidden round is still open."""
    with store.read() as s:
        rnd = load_round(s, round_id)
        return _ranking(s, rnd)


def tallies(store: Store, round_id: str) -> dict[tuple[str, int], int]:
    """The dots on each (note, criterion) so far, screen and paper (the running totals an
    open round shows). Refuses while a hidden round is still open, as ``results`` does."""
    with store.read() as s:
        return _tallies(s, load_round(s, round_id))


def _tallies(s, rnd: VoteRoundRecord) -> dict[tuple[str, int], int]:  # type: ignore[no-untyped-def]
    if rnd.counts_hidden:
        raise HiddenResultsError(
            f"the results of {rnd.question!r} are hidden until the round is closed"
        )
    return rules.tallies(all_ballots(s, rnd.id).values(), paper_counts(s, rnd.id))


def _ranking(s, rnd: VoteRoundRecord) -> list[RankingRecord]:  # type: ignore[no-untyped-def]
    k = len(rnd.criteria)
    kept = _closed_candidates(s, rnd)
    if kept is not None:  # a closed round: what was voted on, as it was at the closing
        order = [n for n, _, _ in kept]
        texts = {n: text for n, text, _ in kept}
        per_note = {n: dots[:k] for n, _, dots in kept}
        current = dict(s.execute(select(Note.id, Note.text).where(Note.id.in_(order))).all())
    else:
        totals = _tallies(s, rnd)
        notes = candidate_notes(s, rnd)
        order = [n.id for n in notes]
        per_note = {n.id: tuple(totals.get((n.id, c), 0) for c in range(k)) for n in notes}
        texts = current = {n.id: n.text for n in notes}
    ranked = rules.rank({n: sum(v) for n, v in per_note.items()}, order)
    return [
        RankingRecord(r.note, texts[r.note], r.dots, per_note[r.note], r.rank, r.tied, r.share,
                      None if current.get(r.note) == texts[r.note] else current.get(r.note, ""))
        for r in ranked
    ]


def _closed_candidates(s, rnd: VoteRoundRecord) -> list[tuple[str, str, tuple[int, int]]] | None:  # type: ignore[no-untyped-def]
    """A closed round's kept candidates (note, text, dots per criterion); None otherwise."""
    if rnd.status != "closed":
        return None
    rows = s.execute(
        select(VoteClosedCandidate.note_id, VoteClosedCandidate.text, VoteClosedCandidate.dots_1,
               VoteClosedCandidate.dots_2)
        .where(VoteClosedCandidate.round_id == rnd.id).order_by(VoteClosedCandidate.seq)
    ).all()
    return [(n, text, (d1, d2)) for n, text, d1, d2 in rows] if rows else None


def matrix_points(ranking: Sequence[RankingRecord]) -> list[rules.MatrixPoint]:
    """The 2×2 matrix of a two-criteria round (first criterion across, second up)."""
    return rules.matrix({r.note_id: (r.dots_by_criterion[0], r.dots_by_criterion[-1]) for r in ranking})


def round_events(store: Store, round_id: str) -> list[RoundEvent]:
    with store.read() as s:
        load_round(s, round_id)
        rows = s.execute(
            select(VoteRoundEvent).where(VoteRoundEvent.round_id == round_id).order_by(VoteRoundEvent.seq)
        ).scalars()
        return [RoundEvent(e.at, e.action, e.detail) for e in rows]


def start_runoff(store: Store, round_id: str, k: int = 1, runoff_id: str | None = None) -> str:
    """A new draft round among the notes tied at the cut-off of the top ``k``.

    Each voter gets as many dots as there are places left, one per note at most.
    """
    from reslab_desktop.services.voting import create_round

    rnd = get_closed(store, round_id)
    ranking = results(store, round_id)
    cut = rules.cut_off([rules.Ranked(r.note_id, r.dots, r.rank, r.tied, r.share) for r in ranking], k)
    if cut.clean:
        raise ValidationError(f"there is no tie at place {k}; no runoff is needed")
    with store.read() as s:
        language = s.execute(select(Workshop.language)).scalar() or "es"
    prefix = "Desempate" if language == "es" else "Runoff"
    budget = max(1, min(rules.MAX_DOTS, cut.seats, len(cut.tied) - 1))
    settings: dict[str, Any] = dict(
        criteria=("",) if len(rnd.criteria) == 1 else (rnd.criteria[0] + " + " + rnd.criteria[1],),
        dots_per_participant=budget,
        max_per_note=1,
        hidden_until_reveal=rnd.hidden_until_reveal,
        mode=rnd.mode,
        timer_seconds=rnd.timer_seconds,
        candidates=cut.tied,
    )
    if rnd.anonymous:
        settings["anonymous_voters"] = len(rnd.voters)
    else:
        settings["voters"] = tuple(v.participant_id for v in rnd.voters)
    question = f"{prefix}: {rnd.question}"[:500]
    return create_round(store, rnd.board_id, question, round_id=runoff_id, runoff_of=round_id, **settings)


def get_closed(store: Store, round_id: str) -> VoteRoundRecord:
    with store.read() as s:
        rnd = load_round(s, round_id)
    if rnd.status != "closed":
        raise ValidationError("close the round first (reveal the results)")
    return rnd


def promote_top(
    store: Store,
    round_id: str,
    k: int,
    target_board_id: str | None = None,
    *,
    note_ids: Sequence[str] | None = None,
    board_title: str | None = None,
    new_board_id: str | None = None,
    new_note_ids: Sequence[str] | None = None,
) -> Promotion:
    """Copy the top ``k`` notes (or ``note_ids``, chosen among the candidates) to a phase-3
    board — ``target_board_id`` or a new one — each keeping a link to its source note.

    One transaction. ``new_board_id``/``new_note_ids`` let redo recreate the same ids.
    """
    get_closed(store, round_id)
    ranking = results(store, round_id)
    if note_ids is None:
        if not 1 <= k <= len(ranking):
            raise ValidationError(f"K must be between 1 and {len(ranking)}")
        cut = rules.cut_off([rules.Ranked(r.note_id, r.dots, r.rank, r.tied, r.share) for r in ranking], k)
        if not cut.clean:
            raise ValidationError(
                f"{len(cut.tied)} notes are tied at place {k}; run a runoff or choose the notes"
            )
        chosen = list(cut.safe)
    else:
        known = {r.note_id for r in ranking}
        chosen = [n for n in dict.fromkeys(note_ids)]
        for n in chosen:
            if n not in known:
                raise ValidationError(f"note {n!r} is not a candidate of this round")
        if not chosen:
            raise ValidationError("choose at least one note to take to the next phase")
    if new_note_ids is not None and len(new_note_ids) != len(chosen):
        raise ValidationError("the new note ids do not match the chosen notes")
    with store.write() as tx:
        s = tx.session
        zones: list[str] = []
        if target_board_id is not None:
            board = checks.found(s.get(Board, target_board_id), "board", target_board_id)
            if board.phase != NEXT_PHASE:
                raise ValidationError(f"the target board {board.title!r} is not a phase-{NEXT_PHASE} board")
            bid, created = board.id, False
            # a note already copied there (from this round or another) is not copied again
            there = set(s.execute(select(Note.source_note_id).where(Note.board_id == bid,
                                                                     Note.source_note_id.in_(chosen))).scalars())
            if there and new_note_ids is None:
                chosen = [n for n in chosen if n not in there]
                if not chosen:
                    raise ValidationError(f"these notes are on the board {board.title!r} already")
        else:
            bid, created = new_board_id or new_id("b"), True
            texts = {r.note_id: r.text for r in ranking}
            title = checks.text(board_title or _board_title([texts[n] for n in chosen], _language(s)),
                                "board title", required=True, max_len=NAME_MAX).strip()
            zones = _ideation_board(tx, bid, title[:NAME_MAX], _language(s))
        sources = {n.id: n for n in s.execute(select(Note).where(Note.id.in_(chosen))).scalars()}
        right = s.execute(select(func.max(Note.x + Note.w)).where(Note.board_id == bid)).scalar()
        top = s.execute(select(func.min(Note.y)).where(Note.board_id == bid)).scalar() or 0.0
        x0 = 0.0 if right is None else right + 4 * _GAP
        seq0 = next_seq(s, Note.seq, Note.board_id == bid)
        made = []
        for i, src_id in enumerate(chosen):
            src = sources[src_id]
            nid = new_note_ids[i] if new_note_ids is not None else new_id("n")
            col, row = i % _PER_ROW, i // _PER_ROW
            x, y, zone_id = x0 + col * (src.w + _GAP), top + row * (src.h + _GAP), None
            if i < len(zones):  # one challenge on top of each of the template's challenge columns
                zone = checks.found(s.get(Zone, zones[i]), "zone", zones[i])
                x, y, zone_id = zone.x + _GAP, zone.y + 2 * _GAP, zone.id
            elif zones:  # the others below the template's zones
                bottom = max(z.y + z.h for z in s.execute(select(Zone).where(Zone.board_id == bid)).scalars())
                x, y = col * (src.w + _GAP), bottom + 2 * _GAP + row * (src.h + _GAP)
            s.add(Note(
                id=nid, board_id=bid, seq=seq0 + i, text=src.text, color=src.color,
                x=x, y=y, w=src.w, h=src.h,
                zone_id=zone_id, author_id=src.author_id, source_note_id=src.id, source_round_id=round_id,
            ))
            made.append(nid)
        if created:
            tx.changed("boards", ADDED, (bid,), bid)
        tx.changed("notes", ADDED, tuple(made), bid)
    return Promotion(round_id, bid, created, tuple(made), tuple(chosen))


IDEATION_TEMPLATE = "how_might_we"
_CHALLENGE_ZONES = ("challenge_1", "challenge_2", "challenge_3")


def _language(s) -> str:  # type: ignore[no-untyped-def]
    return s.execute(select(Workshop.language)).scalar() or "es"


def _board_title(challenges: Sequence[str], language: str) -> str:
    """A promoted board is named after its challenge (one), or the template and them (several)."""
    from reslab_desktop.rules.templates import get_template

    texts = [" ".join(t.split()) for t in challenges if t.strip()]
    if len(texts) == 1:
        title = texts[0]
    else:
        title = f"{get_template(IDEATION_TEMPLATE).title_in(language)} " + " · ".join(texts)
    return title if len(title) <= NAME_MAX else title[: NAME_MAX - 1].rstrip() + "…"


def _ideation_board(tx, bid: str, title: str, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    """A new phase-3 board laid out with the ideation template; returns its challenge zones."""
    from reslab_desktop.rules.templates import get_template

    s = tx.session
    template = get_template(IDEATION_TEMPLATE)
    s.add(Board(id=bid, seq=next_seq(s, Board.seq), phase=NEXT_PHASE, title=title, template=template.key))
    s.flush()
    zone_ids = []
    for i, z in enumerate(template.zone_records(language)):
        zid = new_id("z")
        s.add(Zone(id=zid, board_id=bid, seq=i, title=z.title, x=z.x, y=z.y, w=z.w, h=z.h,
                   color=z.color, shape=z.shape, prompt=z.prompt))
        if template.zones[i].key in _CHALLENGE_ZONES:
            zone_ids.append(zid)
    s.flush()
    return zone_ids


def unpromote(store: Store, promotion: Promotion) -> None:
    """Undo of ``promote_top``: remove the copies (and the board if it was made for them)."""
    with store.write() as tx:
        remove_copies(tx, promotion.board_id, promotion.note_ids, promotion.created_board)
