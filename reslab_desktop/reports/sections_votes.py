"""Session report section: the results of each voting round (question, ranked table with ties,
bar chart, and the 2×2 matrix when two criteria were used).

A hidden round that is still open prints who has voted, never counts. Drafts are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from reslab_desktop.reports import charts
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.labels import label
from reslab_desktop.reports.registry import ReportSection, register_section


@dataclass(frozen=True)
class RoundResult:
    question: str
    board: str
    status: str
    criteria: tuple[str, ...]
    dots_per_participant: int
    max_per_note: int
    voters: int
    voted: int
    hidden: bool
    runoff_of: str | None
    ranking: tuple[Any, ...]  # RankingRecord
    matrix: tuple[Any, ...]  # MatrixPoint


def load_round_results(store: Any) -> list[RoundResult]:
    """Every non-draft round, in board and round order, read once when the report is built."""
    from reslab_desktop.services import boards
    from reslab_desktop.services import voting as svc

    titles = {b.id: (b.phase, b.seq, b.title) for b in boards.list_boards(store)}
    questions = {}
    out = []
    rounds = sorted(svc.list_rounds(store), key=lambda r: (titles[r.board_id][:2], r.seq))
    for rnd in rounds:
        questions[rnd.id] = rnd.question
        if rnd.status == "draft":
            continue
        progress = svc.voting_progress(store, rnd.id)
        ranking = () if rnd.counts_hidden else tuple(svc.results(store, rnd.id))
        matrix = tuple(svc.matrix_points(ranking)) if ranking and len(rnd.criteria) == 2 else ()
        out.append(RoundResult(
            rnd.question, titles[rnd.board_id][2], rnd.status, rnd.criteria, rnd.dots_per_participant,
            rnd.max_per_note, progress.total, len(progress.voted), rnd.counts_hidden,
            questions.get(rnd.runoff_of) if rnd.runoff_of else None, ranking, matrix,
        ))
    return out


def build(data: Any, ctx: Any) -> list[Flowable]:
    out: list[Flowable] = ctx.chapter(ctx.label("votes_title"))
    for res in data.extra["votes"]:
        out.append(CondPageBreak(120))
        out += ctx.heading(res.question, 1)
        if res.runoff_of:
            out.append(st.para(ctx.label("votes_runoff", q=res.runoff_of), "italic"))
        out.append(st.para(ctx.label("votes_summary", board=res.board, status=ctx.label(f"votes_{res.status}"),
                             dots=res.dots_per_participant, max=res.max_per_note, voted=res.voted,
                             voters=res.voters), "small"))
        if res.hidden:
            out += [Spacer(1, 4), st.para(ctx.label("votes_hidden"), "italic")]
            continue
        out += _table(res, ctx)
        top = [r for r in res.ranking if r.dots > 0][:12]
        if top:
            highlight = sum(1 for r in top if r.rank <= 3)
            out.append(Spacer(1, 6))
            out.append(charts.bar_chart([r.dots for r in top], [f"{r.rank}{'=' if r.tied else ''}. "
                                                                 + " ".join(r.text.split()) for r in top],
                                        ctx.frame_width, highlight=highlight))
        if res.matrix:
            names = {r.note_id: f"{r.rank}{'=' if r.tied else ''}" for r in res.ranking}
            size = min(ctx.frame_width * 0.7, 300)
            drawing = charts.matrix_2x2([(p.fx, p.fy, names[p.note]) for p in res.matrix],
                                        res.criteria[0], res.criteria[1], size)
            out.append(KeepTogether([Spacer(1, 8), drawing]))
        out.append(Spacer(1, 10))
    return out


def _table(res: RoundResult, ctx: Any) -> list[Flowable]:
    two = len(res.criteria) == 2
    head = [ctx.label("votes_rank"), ctx.label("votes_note"), *(res.criteria if two else ()),
            ctx.label("votes_dots"), ctx.label("votes_share")]
    rows: list[list[object]] = [head]
    for r in res.ranking:
        rows.append([f"{r.rank}{'=' if r.tied else ''}", " ".join(r.text.split()) or "—",
                     *([str(d) for d in r.dots_by_criterion] if two else []), str(r.dots), f"{r.share:.0%}"])
    fw = ctx.frame_width
    narrow, crit = 0.1 * fw, 0.15 * fw
    crit_widths = [crit, crit] if two else []
    widths = [narrow, fw - 3 * narrow - sum(crit_widths), *crit_widths, narrow, narrow]
    out: list[Flowable] = [Spacer(1, 4), st.data_table(rows, widths)]
    if any(r.tied for r in res.ranking):
        out.append(st.para(ctx.label("votes_ties"), "small"))
    return out


register_section(ReportSection(
    key="votes",
    title=lambda lang: label("votes_title", lang),
    applies=lambda data: bool(data.extra.get("votes")),
    build=build,
    load=load_round_results,
), after="phases")
