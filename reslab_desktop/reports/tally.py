"""Tally sheet (``--kind tally --round ID``): a voting round's candidates with boxes to mark
paper dots, and a total column, for a sticker vote whose counts are typed in afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from reslab_desktop.reports import styles as st
from reslab_desktop.reports.document import BuildContext, build_pdf
from reslab_desktop.rules.voting import paper_allowance
from reslab_desktop.storage import Store

BOX = 6.5 * mm


@dataclass(frozen=True)
class TallyData:
    question: str
    criteria: tuple[str, ...]
    board_title: str
    candidates: tuple[tuple[str, str], ...]  # (note text, color)
    boxes: int  # how many dot boxes per candidate and criterion


def load(store: Store, options: Any) -> TallyData:
    from reslab_desktop.services.boards import get_board
    from reslab_desktop.services.voting import get_round, round_candidates

    rnd = get_round(store, options.round_id)
    notes = round_candidates(store, options.round_id)
    voters = max(len(rnd.voters), 1)
    # enough boxes for the most dots one note can get, but a sheet row stays one line
    most = min(paper_allowance(rnd.dots_per_participant, rnd.max_per_note, voters))
    return TallyData(
        question=rnd.question,
        criteria=tuple(c for c in rnd.criteria) or ("",),
        board_title=get_board(store, rnd.board_id).title,
        candidates=tuple((n.text, n.color) for n in notes),
        boxes=max(5, min(most, 30)),
    )


class DotBoxes(Flowable):
    """``count`` empty squares in rows of ``per_row``: one dot (sticker) per square."""

    def __init__(self, count: int, per_row: int) -> None:
        super().__init__()
        self.count, self.per_row = count, per_row
        self.rows = -(-count // per_row)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: N802
        return self.per_row * BOX, self.rows * BOX

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.HexColor("#9AA5B1"))
        c.setLineWidth(0.5)
        inset = 1.2
        for k in range(self.count):
            r, col = divmod(k, self.per_row)
            c.rect(col * BOX + inset, (self.rows - 1 - r) * BOX + inset, BOX - 2 * inset, BOX - 2 * inset)


def story(data: TallyData, ctx: BuildContext) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = ctx.set_orientation("portrait")
    out.append(Paragraph(st.markup(ctx.label("tally_title").upper()), s["label"]))
    out += ctx.heading(data.question, 0, toc=False)
    out.append(st.para(data.board_title, "italic"))
    out.append(Spacer(1, 4))
    out.append(Paragraph(st.markup(ctx.label("tally_instructions")), s["small"]))
    out.append(Spacer(1, 8))
    criteria = list(data.criteria) or [""]
    two = len(criteria) > 1
    fw = ctx.frame_width
    num_w, total_w, crit_w = 11 * mm, 18 * mm, (24 * mm if two else 0)
    boxes_w = min(fw * 0.5, data.boxes * BOX)
    text_w = fw - num_w - total_w - crit_w - boxes_w
    per_row = max(int(boxes_w // BOX), 1)
    head = ["number", "candidate", *(["criterion"] if two else []), "votes", "total"]
    rows: list[list[object]] = [[st.head_cell(ctx.label(k)) for k in head]]
    cmds: list[tuple] = []
    for i, (text, color) in enumerate(data.candidates, start=1):
        first = len(rows)
        for c, crit in enumerate(criteria):
            cand: object = Paragraph(f"<font color='{color}'>■</font> {st.markup(text)}", s["cell"]) if c == 0 else ""
            row: list[object] = [str(i) if c == 0 else "", cand]
            if two:
                row.append(st.para(crit, "small"))
            row += [DotBoxes(data.boxes, per_row), ""]
            rows.append(row)
        if two:
            cmds += [("SPAN", (0, first), (0, len(rows) - 1)), ("SPAN", (1, first), (1, len(rows) - 1))]
        cmds.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.9, st.INK))
    widths = [num_w, text_w, *([crit_w] if two else []), boxes_w, total_w]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (1, 1), (1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("LEFTPADDING", (-2, 1), (-2, -1), 0), ("RIGHTPADDING", (-2, 1), (-2, -1), 0),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.RULE),
        ("LINEBEFORE", (-1, 0), (-1, -1), 0.9, st.INK),
        ("BOX", (0, 0), (-1, -1), 0.9, st.INK),
        *cmds,
    ]))
    out.append(t)
    out.append(Spacer(1, 14))
    out.append(Paragraph(st.markup(ctx.label("counted_by")), s["body"]))
    return out


def write(target: Path, data: TallyData, ctx: BuildContext) -> None:
    build_pdf(target, story(data, ctx), ctx, title=f"{ctx.label('tally_title')}: {data.question}",
              author="Resiliency Lab")
