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
    most = min(rnd.max_per_note * voters, rnd.dots_per_participant * voters)
    return TallyData(
        question=rnd.question,
        criteria=tuple(c for c in rnd.criteria) or ("",),
        board_title=get_board(store, rnd.board_id).title,
        candidates=tuple((n.text, n.color) for n in notes),
        boxes=max(5, min(most, 30)),
    )


def story(data: TallyData, ctx: BuildContext) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = ctx.set_orientation("portrait")
    out.append(Paragraph(st.markup(ctx.label("tally_title").upper()), s["label"]))
    out += ctx.heading(data.question, 0, toc=False)
    out.append(st.para(data.board_title, "italic"))
    out.append(Spacer(1, 4))
    out.append(Paragraph(st.markup(ctx.label("tally_instructions")), s["small"]))
    out.append(Spacer(1, 8))
    criteria = [c for c in data.criteria] or [""]
    fw = ctx.frame_width
    total_w = 16 * mm
    num_w = 8 * mm
    boxes_w = fw - num_w - total_w - max(fw * 0.34, 60 * mm)
    per_row = max(int(boxes_w // BOX), 5)
    rows_per_crit = -(-data.boxes // per_row)
    text_w = fw - num_w - total_w - per_row * BOX
    header = [ctx.label("number"), ctx.label("candidate"), *[""] * per_row, ctx.label("total")]
    header[2] = ctx.label("votes")
    rows: list[list[object]] = [[Paragraph(st.markup(h), s["cell_head"]) if h else "" for h in header]]
    spans: list[tuple] = [("SPAN", (2, 0), (1 + per_row, 0))]
    for i, (text, color) in enumerate(data.candidates, start=1):
        first = len(rows)
        for c, crit in enumerate(criteria):
            for r in range(rows_per_crit):
                label_cell: object = ""
                if c == 0 and r == 0:
                    label_cell = Paragraph(
                        f"<font color='{color}'>■</font> {st.markup(text)}", s["cell"])
                elif r == 0 and crit:
                    label_cell = ""
                rows.append([str(i) if (c == 0 and r == 0) else "", label_cell, *[""] * per_row, ""])
            if crit:
                crit_row = first + c * rows_per_crit
                rows[crit_row][0] = rows[crit_row][0] or ""
                rows[crit_row][-1] = Paragraph(f"<font size='6.5'>{st.markup(crit)}</font>", s["small"])
        last = len(rows) - 1
        spans.append(("SPAN", (1, first), (1, last)))
        spans.append(("SPAN", (0, first), (0, last)))
        spans.append(("LINEBELOW", (0, last), (-1, last), 1.0, st.INK))
    col_widths = [num_w, text_w, *[BOX] * per_row, total_w]
    t = Table(rows, colWidths=col_widths, rowHeights=[None] + [BOX + 1] * (len(rows) - 1), repeatRows=1)
    box_grid = ("GRID", (2, 1), (1 + per_row, -1), 0.5, colors.HexColor("#9AA5B1"))
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (1, 1), (1, -1), "TOP"),
        box_grid,
        ("BOX", (-1, 1), (-1, -1), 0.8, st.INK),
        ("INNERGRID", (-1, 1), (-1, -1), 0.8, st.INK),
        ("BOX", (0, 0), (-1, -1), 0.8, st.INK),
        ("LEFTPADDING", (2, 1), (-2, -1), 0), ("RIGHTPADDING", (2, 1), (-2, -1), 0),
        *spans,
    ]))
    out.append(t)
    out.append(Spacer(1, 14))
    out.append(Paragraph(st.markup(ctx.label("counted_by")), s["body"]))
    return out


def write(target: Path, data: TallyData, ctx: BuildContext) -> None:
    build_pdf(target, story(data, ctx), ctx, title=f"{ctx.label('tally_title')}: {data.question}",
              author="Resiliency Lab")
