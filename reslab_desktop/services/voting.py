"""Dot-voting rounds: set up, open, cast dots, paper tallies, close (reveal), reopen.

Rules come from ``rules/voting.py`` and the round's lifecycle from ``rules/round_lifecycle.py``;
the database triggers back them up. Undo and redo of every action are the exact inverse of
the rows it wrote (``storage/operations.py``), checked by :func:`check_round_transitions`.
Closing a round logs the priorities it set in the decision log, in the same transaction.

Results, progress, runoffs and promotion live in ``voting_results.py`` and are re-exported
here so callers have one module to import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import (
    Ballot,
    Board,
    Note,
    PaperTally,
    Participant,
    VoteCandidate,
    VoteClosedCandidate,
    VoteRound,
    VoteRoundEvent,
    VoteVoter,
    Zone,
)
from reslab_desktop.model.voting import ROUND_MODES
from reslab_desktop.rules import round_lifecycle as lifecycle
from reslab_desktop.rules import voting as rules
from reslab_desktop.services import checks
from reslab_desktop.services.deletion import delete_rows, restore_rows
from reslab_desktop.services.ids import new_id, next_seq
from reslab_desktop.services.records import NoteRecord
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.services.voting_records import (
    DotRound,
    RankingRecord,
    VoteRoundRecord,
    VoterRecord,
    VotingProgress,
    all_ballots,
    candidate_notes,
    dot_round,
    latest_mark,
    load_round,
    load_rounds,
    note_place,
    now,
    paper_counts,
    voted_ids,
    voter_ballot,
)
from reslab_desktop.storage import ADDED, UPDATED, Store, Tx

QUESTION_MAX = 500
LABEL_MAX = 60
MAX_ANONYMOUS_VOTERS = 500
BallotMap = dict[tuple[str, int], int]


@dataclass(frozen=True)
class RoundSettings:
    """What a facilitator sets while a round is a draft. ``None`` candidates = all notes."""

    question: str
    criteria: tuple[str, ...] = ("",)
    dots_per_participant: int | None = None  # None: rules.default_budget(candidates)
    max_per_note: int | None = None  # None: the whole budget may go on one note
    hidden_until_reveal: bool = True
    mode: str = "secret"
    timer_seconds: int | None = None
    candidates: tuple[str, ...] | None = None
    voters: tuple[str, ...] | None = None  # participant ids; None: every participant of the roster
    anonymous_voters: int | None = None  # N anonymous voters instead of the roster


# -- reading -----------------------------------------------------------------------------
def list_rounds(store: Store, board_id: str | None = None) -> list[VoteRoundRecord]:
    with store.read() as s:
        return load_rounds(s, board_id)


def get_round(store: Store, round_id: str) -> VoteRoundRecord:
    with store.read() as s:
        return load_round(s, round_id)


def round_candidates(store: Store, round_id: str) -> list[NoteRecord]:
    with store.read() as s:
        return candidate_notes(s, load_round(s, round_id))


def round_settings(rnd: VoteRoundRecord) -> RoundSettings:
    """The settings of an existing round (what ``update_round`` needs to put them back)."""
    return RoundSettings(
        question=rnd.question,
        criteria=rnd.criteria,
        dots_per_participant=rnd.dots_per_participant,
        max_per_note=rnd.max_per_note,
        hidden_until_reveal=rnd.hidden_until_reveal,
        mode=rnd.mode,
        timer_seconds=rnd.timer_seconds,
        candidates=None if rnd.all_notes else rnd.candidate_ids,
        voters=None if rnd.anonymous else tuple(v.participant_id for v in rnd.voters if v.participant_id),
        anonymous_voters=len(rnd.voters) if rnd.anonymous else None,
    )


def get_ballot(store: Store, round_id: str, voter_id: str) -> BallotMap:
    """One voter's own dots (shown only to that voter when they come back to change them)."""
    with store.read() as s:
        listed = s.execute(select(VoteVoter.id).where(VoteVoter.id == voter_id, VoteVoter.round_id == round_id))
        if listed.first() is None:  # (the whole round is loaded only to say what is wrong)
            load_round(s, round_id).voter(voter_id)
        return voter_ballot(s, voter_id)


def voting_progress(store: Store, round_id: str) -> VotingProgress:
    """Who has put at least one dot (or pressed Done with dots) and who is missing; no counts."""
    with store.read() as s:
        rnd = load_round(s, round_id)
        have_voted = voted_ids(s, round_id)
    voted = tuple(v for v in rnd.voters if v.id in have_voted)
    missing = tuple(v for v in rnd.voters if v.id not in have_voted)
    return VotingProgress(voted, missing)


def rounds_voted_on(store: Store, note_ids: Sequence[str]) -> list[VoteRoundRecord]:
    """The rounds in which any of ``note_ids`` got dots (screen, paper, or kept at a closing):
    what deleting those notes would touch (the UI asks first)."""
    ids = list(note_ids)
    if not ids:
        return []
    with store.read() as s:
        touched = set(s.execute(select(Ballot.round_id).where(Ballot.note_id.in_(ids))).scalars())
        touched |= set(s.execute(select(PaperTally.round_id).where(PaperTally.note_id.in_(ids))).scalars())
        touched |= set(s.execute(select(VoteClosedCandidate.round_id).where(
            VoteClosedCandidate.note_id.in_(ids),
            (VoteClosedCandidate.dots_1 + VoteClosedCandidate.dots_2) > 0)).scalars())
        return [r for r in load_rounds(s) if r.id in touched]


# -- setting up --------------------------------------------------------------------------
def create_round(
    store: Store,
    board_id: str,
    question: str,
    *,
    zone_id: str | None = None,
    round_id: str | None = None,
    runoff_of: str | None = None,
    **settings: Any,
) -> str:
    """Create a draft round on ``board_id``. Candidates: ``candidates=`` note ids, or
    ``zone_id=`` (the notes in that zone), or neither (all notes of the board)."""
    wanted = RoundSettings(question=question, **settings)
    with store.write() as tx:
        s = tx.session
        checks.found(s.get(Board, board_id), "board", board_id)
        if zone_id is not None:
            zone = checks.found(s.get(Zone, zone_id), "zone", zone_id)
            if zone.board_id != board_id:
                raise ValidationError("the zone is on another board")
            zone_notes = tuple(
                s.execute(select(Note.id).where(Note.zone_id == zone_id).order_by(Note.seq)).scalars()
            )
            if not zone_notes:
                raise ValidationError(f"the zone {zone.title!r} has no notes to vote on")
            wanted = replace(wanted, candidates=zone_notes)
        rid = round_id or new_id("vr")
        row = VoteRound(
            id=rid, board_id=board_id, seq=next_seq(s, VoteRound.seq), question="?",
            dots_per_participant=1, max_per_note=1, status="draft", created_at=now(), runoff_of=runoff_of,
        )
        s.add(row)
        s.flush()
        _apply_settings(tx, row, wanted)
        _log(tx, rid, "created")
        tx.changed("vote_rounds", ADDED, (rid,), board_id)
    return rid


def update_round(store: Store, round_id: str, **changes: Any) -> RoundSettings:
    """Change settings of a draft round; returns the previous settings (for undo)."""
    with store.write() as tx:
        row = _round_row(tx, round_id)
        if row.status not in lifecycle.EDITABLE:
            raise ValidationError("settings can only change while the round is a draft")
        before = round_settings(load_round(tx.session, round_id))
        _apply_settings(tx, row, replace(before, **changes))
        tx.changed("vote_rounds", UPDATED, (round_id,), row.board_id)
    return before


def restore_settings(store: Store, round_id: str, settings: RoundSettings) -> None:
    """Undo of ``update_round``."""
    update_round(store, round_id, **asdict(settings))


def delete_round(store: Store, round_id: str) -> Snapshot:
    rnd = get_round(store, round_id)
    return delete_rows(store, "vote_rounds", [round_id], rnd.board_id)


def restore_round(store: Store, snap: Snapshot) -> None:
    restore_rows(store, snap)


def _apply_settings(tx: Tx, row: VoteRound, st: RoundSettings) -> None:
    s = tx.session
    row.question = checks.text(st.question, "question", required=True, max_len=QUESTION_MAX).strip()
    criteria = tuple(checks.text(c, "criterion name", max_len=LABEL_MAX).strip() for c in st.criteria)
    if len(criteria) not in (1, 2):
        raise ValidationError("a round has one or two criteria")
    if len(criteria) == 2 and not (criteria[0] and criteria[1]):
        raise ValidationError("both criteria need a name (e.g. impacto and factibilidad)")
    checks.choice(st.mode, ROUND_MODES, "mode")
    if st.timer_seconds is not None and not (
        isinstance(st.timer_seconds, int) and 10 <= st.timer_seconds <= 86400
    ):
        raise ValidationError("the timer must be between 10 seconds and 24 hours")
    candidates = _candidate_ids(s, row.board_id, st.candidates)
    budget = st.dots_per_participant
    if budget is None:
        budget = rules.default_budget(len(candidates))
    max_per_note = budget if st.max_per_note is None else st.max_per_note
    try:
        rules.check_settings(budget, max_per_note)
    except rules.BallotError as exc:
        raise ValidationError(str(exc)) from None
    row.criterion_1 = criteria[0]
    row.criterion_2 = criteria[1] if len(criteria) == 2 else None
    row.dots_per_participant = budget
    row.max_per_note = max_per_note
    row.hidden_until_reveal = int(bool(st.hidden_until_reveal))
    row.mode = st.mode
    row.timer_seconds = st.timer_seconds
    row.all_notes = int(st.candidates is None)
    s.execute(delete(VoteCandidate).where(VoteCandidate.round_id == row.id))
    if st.candidates is not None:
        s.add_all(VoteCandidate(round_id=row.id, note_id=n, seq=i) for i, n in enumerate(candidates))
    _set_voters(tx, row, st)
    s.flush()


def _candidate_ids(s: Any, board_id: str, wanted: Sequence[str] | None) -> list[str]:
    board_notes = list(s.execute(select(Note.id).where(Note.board_id == board_id).order_by(Note.seq)).scalars())
    if wanted is None:
        return board_notes
    on_board = set(board_notes)
    out: list[str] = []
    for n in wanted:
        if n not in on_board:
            raise ValidationError(f"note {n!r} is not on this board")
        if n not in out:
            out.append(n)
    if not out:
        raise ValidationError("choose at least one note to vote on")
    return out


def _set_voters(tx: Tx, row: VoteRound, st: RoundSettings) -> None:
    s = tx.session
    s.execute(delete(VoteVoter).where(VoteVoter.round_id == row.id))
    if st.anonymous_voters is not None:
        n = st.anonymous_voters
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ANONYMOUS_VOTERS:
            raise ValidationError(f"the number of anonymous voters must be between 1 and {MAX_ANONYMOUS_VOTERS}")
        row.anonymous = 1
        s.add_all(VoteVoter(id=new_id("vv"), round_id=row.id, seq=i, label=str(i + 1)) for i in range(n))
        return
    row.anonymous = 0
    roster = list(s.execute(select(Participant.id, Participant.role).order_by(Participant.seq)))
    if st.voters is None:
        ids = [pid for pid, role in roster if role == "participant"]
        if not ids:
            raise ValidationError("the roster has no participants; add them or use anonymous voters")
    else:
        known = {pid for pid, _ in roster}
        ids = []
        for pid in st.voters:
            if pid not in known:
                raise ValidationError(f"no participant with id {pid!r}")
            if pid not in ids:
                ids.append(pid)
        if not ids:
            raise ValidationError("choose at least one voter")
    s.add_all(VoteVoter(id=new_id("vv"), round_id=row.id, seq=i, participant_id=p) for i, p in enumerate(ids))


# -- state changes -----------------------------------------------------------------------
def open_round(store: Store, round_id: str) -> None:
    with store.write() as tx:
        row = _round_row(tx, round_id)
        t = _transition(tx, row, "open")
        rnd = load_round(tx.session, round_id)
        if not candidate_notes(tx.session, rnd):
            raise ValidationError("the round has no notes to vote on")
        row.status, row.opened_at = t.target.value, now()
        _log(tx, round_id, t.logged_as)


def revert_to_draft(store: Store, round_id: str) -> None:
    """Back to draft: only while nobody has voted."""
    with store.write() as tx:
        row = _round_row(tx, round_id)
        t = _transition(tx, row, "revert_to_draft")
        row.status, row.opened_at = t.target.value, None
        _log(tx, round_id, t.logged_as)


def close_round(store: Store, round_id: str) -> None:
    """Close the round: no more dots; the results are revealed and the priorities they set
    are logged as a decision (once per round), in the same transaction: one undo reverts both."""
    from reslab_desktop.services.lab.decisions import record_round_decision

    with store.write() as tx:
        row = _round_row(tx, round_id)
        t = _transition(tx, row, "close")
        # closed_at must not be earlier than any ballot (the triggers compare them).
        row.status, row.closed_at = t.target.value, max(now(), latest_mark(tx.session, round_id))
        _log(tx, round_id, t.logged_as)
        keep_closed_candidates(tx, round_id)
        record_round_decision(store, round_id)


def reopen_round(store: Store, round_id: str, reason: str = "") -> None:
    """Reopen a closed round (explicit and logged): voters may change their dots again."""
    reason = checks.text(reason, "reason", max_len=300).strip()
    with store.write() as tx:
        row = _round_row(tx, round_id)
        t = _transition(tx, row, "reopen")
        row.status, row.closed_at = t.target.value, None
        tx.session.execute(delete(VoteClosedCandidate).where(VoteClosedCandidate.round_id == round_id))
        _log(tx, round_id, t.logged_as, reason)


def keep_closed_candidates(tx: Tx, round_id: str) -> None:
    """What a closed round keeps: each candidate's text and dots at the closing (a note
    edited or deleted later leaves the round's results as they were)."""
    s = tx.session
    rnd = load_round(s, round_id)
    totals = rules.tallies(all_ballots(s, round_id).values(), paper_counts(s, round_id))
    s.execute(delete(VoteClosedCandidate).where(VoteClosedCandidate.round_id == round_id))
    s.add_all(
        VoteClosedCandidate(round_id=round_id, note_id=n.id, seq=i, text=n.text,
                            dots_1=totals.get((n.id, 0), 0), dots_2=totals.get((n.id, 1), 0))
        for i, n in enumerate(candidate_notes(s, rnd))
    )
    s.flush()


def _transition(tx: Tx, row: VoteRound, action: str) -> lifecycle.Transition:
    """The lifecycle's transition for ``action`` from the round's status, or a one-line refusal."""
    try:
        t = lifecycle.transition(action, row.status)
    except lifecycle.TransitionError as exc:
        raise ValidationError(str(exc)) from None
    if t.needs_no_dots and latest_mark(tx.session, row.id):
        raise ValidationError(lifecycle.DOTS_CAST)
    tx.changed("vote_rounds", UPDATED, (row.id,), row.board_id)
    return t


def check_round_transitions(tx: Tx, rows: Sequence[Any]) -> None:
    """Undo and redo follow the lifecycle too: a round's status may change only along one of
    its transitions (back to draft only while no dot is cast; closed again only if no dot
    came after its closing time)."""
    for ch in rows:
        if ch.table != "vote_rounds" or ch.old is None or ch.new is None:
            continue
        before, after = ch.old["status"], ch.new["status"]
        if before == after:
            continue
        t = lifecycle.between(before, after)
        if t is None:
            raise ValidationError(f"a voting round cannot go from {before} to {after}")
        mark = latest_mark(tx.session, ch.new["id"])
        if t.needs_no_dots and mark:
            raise ValidationError(lifecycle.DOTS_CAST)
        if t.target == lifecycle.RoundStatus.CLOSED and mark and mark > (ch.new["closed_at"] or ""):
            raise ValidationError("dots were cast after the round was reopened; close it again instead")


# -- dots --------------------------------------------------------------------------------
def cast_dot(store: Store, round_id: str, voter_id: str, note_id: str, criterion: int = 0) -> int:
    """Put one more dot of ``voter_id`` on ``note_id``; returns the voter's dots on that note."""
    with store.write() as tx:
        rnd, ballot = _voting_context(tx, round_id, voter_id)
        _check_candidate(tx, rnd, note_id)
        try:
            new = rules.add_dot(ballot, note_id, criterion, rnd.dots_per_participant, rnd.max_per_note)
        except rules.BallotError as exc:
            raise ValidationError(str(exc)) from None
        _write_ballot(tx, rnd, voter_id, ballot, new)
    return new[(note_id, criterion)]


def remove_dot(store: Store, round_id: str, voter_id: str, note_id: str, criterion: int = 0) -> int:
    """Take one dot of ``voter_id`` off ``note_id``; returns the voter's dots left on it."""
    with store.write() as tx:
        rnd, ballot = _voting_context(tx, round_id, voter_id)
        new = rules.remove_dot(ballot, note_id, criterion)
        _write_ballot(tx, rnd, voter_id, ballot, new)
    return new.get((note_id, criterion), 0)


def set_ballot(store: Store, round_id: str, voter_id: str, ballot: Mapping[tuple[str, int], int]) -> BallotMap:
    """Replace a voter's whole ballot ("Done"); returns the previous one (for undo)."""
    with store.write() as tx:
        target, before = _voting_context(tx, round_id, voter_id)
        rnd = load_round(tx.session, round_id)  # the whole ballot is checked against every candidate
        wanted = {k: v for k, v in ballot.items() if v}
        cands = [n.id for n in candidate_notes(tx.session, rnd)]
        try:
            rules.check_ballot(wanted, rnd.dots_per_participant, rnd.max_per_note, cands, len(rnd.criteria))
        except rules.BallotError as exc:
            raise ValidationError(str(exc)) from None
        _write_ballot(tx, target, voter_id, before, wanted)
    return before


def clear_ballot(store: Store, round_id: str, voter_id: str) -> BallotMap:
    """Remove all of a voter's dots; returns them (for undo with ``set_ballot``)."""
    with store.write() as tx:
        rnd, before = _voting_context(tx, round_id, voter_id)
        _write_ballot(tx, rnd, voter_id, before, {})
        if before:
            _log(tx, round_id, "ballot_cleared", load_round(tx.session, round_id).voter(voter_id).label)
    return before


def enter_paper_tally(store: Store, round_id: str, counts: Mapping[Any, int], *, over_ok: bool = False) -> BallotMap:
    """Replace the round's paper counts (``{note: dots}`` or ``{(note, criterion): dots}``);
    checked against the dots handed out — unless ``over_ok``: then counts over them are
    saved too, and the warning is kept in the round's log. Returns the previous counts (for undo)."""
    norm: BallotMap = {}
    for key, dots in counts.items():
        norm[key if isinstance(key, tuple) else (key, 0)] = dots
    with store.write() as tx:
        row = _round_row(tx, round_id)
        if row.status not in lifecycle.ACCEPTS_DOTS:
            raise ValidationError("paper counts can only be entered while the round is open")
        s = tx.session
        rnd = load_round(s, round_id)
        screen: BallotMap = {}
        for (note, criterion, dots) in s.execute(
            select(Ballot.note_id, Ballot.criterion, func.sum(Ballot.dots))
            .where(Ballot.round_id == round_id)
            .group_by(Ballot.note_id, Ballot.criterion)
        ):
            screen[(note, criterion)] = int(dots)
        cands = [n.id for n in candidate_notes(s, rnd)]
        try:
            rules.check_paper_counts(norm, cands, len(rnd.criteria))
        except rules.BallotError as exc:
            raise ValidationError(str(exc)) from None
        over = rules.paper_overage(norm, screen, rnd.dots_per_participant, rnd.max_per_note, len(rnd.voters),
                                   len(rnd.criteria))
        if over is not None and not over_ok:
            raise ValidationError(over)
        before = paper_counts(s, round_id)
        s.execute(delete(PaperTally).where(PaperTally.round_id == round_id))
        at = now()
        s.add_all(
            PaperTally(round_id=round_id, note_id=n, criterion=c, dots=d, at=at) for (n, c), d in norm.items() if d
        )
        s.flush()
        _log(tx, round_id, "paper_tally", f"{sum(norm.values())} dots" + (f" · ⚠ {over}" if over else ""))
        tx.changed("paper_tallies", UPDATED, (round_id,), row.board_id)
    return before


def reopen_ballot(store: Store, round_id: str, voter_id: str) -> None:
    """The facilitator (with the PIN) lets a voter who finished change their dots on the
    shared screen: a finished ballot is sealed there otherwise. Logged in the round's log."""
    with store.write() as tx:
        row = _round_row(tx, round_id)
        if row.status not in lifecycle.ACCEPTS_DOTS:
            raise ValidationError("this round is closed; no more dots")
        voter = load_round(tx.session, round_id).voter(voter_id)
        _log(tx, round_id, "ballot_reopened", voter.label)


# -- helpers -----------------------------------------------------------------------------
def _round_row(tx: Tx, round_id: str) -> VoteRound:
    return checks.found(tx.session.get(VoteRound, round_id), "voting round", round_id)


def _voting_context(tx: Tx, round_id: str, voter_id: str) -> tuple[DotRound, BallotMap]:
    rnd = dot_round(tx.session, round_id, voter_id)
    if rnd.status not in lifecycle.ACCEPTS_DOTS:
        raise ValidationError("this round is not open for voting" if rnd.status == "draft"
                              else "this round is closed; no more dots")
    if rnd.mode == "paper":
        raise ValidationError("this round is counted on paper; enter the counts in the tally grid")
    if not rnd.voter_listed:  # the whole round is read only to say what is wrong
        load_round(tx.session, round_id).voter(voter_id)
    return rnd, voter_ballot(tx.session, voter_id)


def _check_candidate(tx: Tx, rnd: DotRound, note_id: str) -> None:
    board_id, listed = note_place(tx.session, rnd.id, note_id)
    if board_id != rnd.board_id or not (rnd.all_notes or listed):
        raise ValidationError("that note is not part of this vote")


_BALLOTS = cast(Table, Ballot.__table__)
_BALLOT_KEY = (
    (_BALLOTS.c.voter_id == bindparam("key_voter"))
    & (_BALLOTS.c.note_id == bindparam("key_note"))
    & (_BALLOTS.c.criterion == bindparam("key_criterion"))
)
_DELETE_DOTS = _BALLOTS.delete().where(_BALLOT_KEY)
_UPDATE_DOTS = _BALLOTS.update().where(_BALLOT_KEY).values(dots=bindparam("new_dots"), at=bindparam("new_at"))
_INSERT_DOTS = _BALLOTS.insert()


def _write_ballot(tx: Tx, rnd: DotRound, voter_id: str, before: BallotMap, after: BallotMap) -> None:
    conn = tx.session.connection()
    at = now()

    def key(k: tuple[str, int]) -> dict[str, Any]:
        return {"key_voter": voter_id, "key_note": k[0], "key_criterion": k[1]}

    for gone in before.keys() - after.keys():
        conn.execute(_DELETE_DOTS, key(gone))
    # Lower counts first, so the running total never passes the budget mid-way (the trigger checks each row).
    for k in sorted(after, key=lambda k: after[k] - before.get(k, 0)):
        if before.get(k) == after[k]:
            continue
        if k in before:
            conn.execute(_UPDATE_DOTS, key(k) | {"new_dots": after[k], "new_at": at})
        else:
            conn.execute(_INSERT_DOTS, {"round_id": rnd.id, "voter_id": voter_id, "note_id": k[0],
                                        "criterion": k[1], "dots": after[k], "at": at})
    if before != after:
        tx.changed("ballots", UPDATED, (rnd.id,), rnd.board_id)


def _log(tx: Tx, round_id: str, action: str, detail: str = "") -> None:
    s = tx.session
    s.add(VoteRoundEvent(id=new_id("ve"), round_id=round_id, seq=next_seq(s, VoteRoundEvent.seq),
                         at=now(), action=action, detail=detail))
    tx.changed("vote_round_events", ADDED, (round_id,))


__all__ = [
    "RoundSettings",
    "VoterRecord",
    "cast_dot",
    "check_round_transitions",
    "clear_ballot",
    "close_round",
    "create_round",
    "delete_round",
    "enter_paper_tally",
    "get_ballot",
    "get_round",
    "list_rounds",
    "open_round",
    "remove_dot",
    "reopen_ballot",
    "reopen_round",
    "restore_round",
    "restore_settings",
    "revert_to_draft",
    "round_candidates",
    "round_settings",
    "rounds_voted_on",
    "set_ballot",
    "update_round",
    "voting_progress",
]

# Results, runoffs and promotion (re-exported; they build on the functions above).
from reslab_desktop.services.voting_results import (  # noqa: E402
    HiddenResultsError,
    Promotion,
    matrix_points,
    promote_top,
    results,
    round_events,
    start_runoff,
    tallies,
    unpromote,
)

__all__ += [
    "HiddenResultsError",
    "Promotion",
    "RankingRecord",
    "matrix_points",
    "promote_top",
    "results",
    "round_events",
    "start_runoff",
    "tallies",
    "unpromote",
]
