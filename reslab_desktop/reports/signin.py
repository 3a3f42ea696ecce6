"""Sign-in sheet (``--kind sign-in [--session ID]``): the roster with organization and a
signature column, then blank rows for people who were not registered, filling the last page. For a session, a
column says who is checked in already and how (on their phone, on the laptop) and when."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from reslab_desktop.reports import styles as st
from reslab_desktop.reports.document import BuildContext, build_pdf
from reslab_desktop.reports.report_sections import date_range
from reslab_desktop.storage import Store

MIN_BLANK_ROWS = 3  # fewer free rows than this on the last page: add a whole page of blank rows
ROW_H = 9 * mm


@dataclass(frozen=True)
class SignInData:
    workshop: str
    place: str
    dates: tuple[str | None, str | None]
    session_title: str
    people: tuple[tuple[str, str], ...]  # (name, organization)
    #: for a session: one entry per person, "" when not checked in yet, else how (and when)
    checked_in: tuple[str, ...] | None = None


def load(store: Store, options: Any) -> SignInData:
    from reslab_desktop.errors import NotFoundError
    from reslab_desktop.reports.data import ReportData

    data = ReportData.load(store, board_ids=())
    w = data.workshop
    people = tuple((p.name, data.organization_name(p.organization_id)) for p in data.participants)
    if options.session_id:
        sess = next((x for x in data.sessions if x.id == options.session_id), None)
        if sess is None:
            raise NotFoundError(f"no session {options.session_id!r} in this workshop")
        from reslab_desktop.reports.report_sections import check_in_how
        from reslab_desktop.services.lab.sessions import check_ins

        ctx = _Labels(getattr(options, "lang", None) or w.language)
        how = {c.participant_id: " · ".join(x for x in check_in_how(c.source, c.at, ctx) if x)  # type: ignore[arg-type]
               for c in check_ins(store, sess.id)}
        checked = tuple(how.get(p.id, "") for p in data.participants)
        return SignInData(w.title, sess.place or w.place, (sess.date, None), sess.title, people, checked)
    return SignInData(w.title, w.place, (w.starts_on, w.ends_on), "", people)


def story(data: SignInData, ctx: BuildContext) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = ctx.set_orientation("portrait")
    out.append(Paragraph(st.markup(ctx.label("signin_title").upper()), s["label"]))
    out += ctx.heading(data.workshop, 0, toc=False)
    facts = " · ".join(x for x in (data.session_title, data.place,
                                   date_range(data.dates[0], data.dates[1], ctx.lang)) if x)
    if facts:
        out.append(st.para(facts, "italic"))
    out.append(Spacer(1, 10))
    fw = ctx.frame_width
    keys = ["number", "name", "organization", "signature"]
    widths = [12 * mm, fw * 0.30, fw * 0.28, fw - 12 * mm - fw * 0.58]
    if data.checked_in is not None:
        keys.insert(3, "checked_in")
        widths = [12 * mm, fw * 0.27, fw * 0.24, fw * 0.20, fw - 12 * mm - fw * 0.71]
    above = sum(f.wrap(fw, ctx.frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in out)
    rows: list[list[object]] = [[st.head_cell(ctx.label(k)) for k in keys]]
    # the signature cell holds a spacer: every row is at least ROW_H tall, and grows when a
    # long name or organization wraps
    for i, (name, org) in enumerate(data.people, start=1):
        row: list[object] = [str(i), st.para(name, "cell"), st.para(org, "cell")]
        if data.checked_in is not None:
            how = data.checked_in[i - 1]
            row.append(st.para(f"✓ {how}" if how else "", "cell"))
        rows.append([*row, Spacer(1, ROW_H - 8)])
    def blank(i: int) -> list[object]:
        return [str(i), "", "", *([""] if data.checked_in is not None else []), Spacer(1, ROW_H - 8)]

    heights = _row_heights([*rows, blank(0)], widths)
    for i in range(len(data.people) + 1, len(data.people) + 1 + _blank_rows(heights, ctx.frame_height - above,
                                                                               ctx.frame_height)):
        rows.append(blank(i))
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (0, 1), (0, -1), 8), ("TEXTCOLOR", (0, 1), (0, -1), st.MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#9AA5B1")),
        ("BOX", (0, 0), (-1, -1), 0.8, st.INK),
        ("LINEBEFORE", (len(keys) - 1, 0), (len(keys) - 1, -1), 0.5, colors.HexColor("#9AA5B1")),
    ]))
    out.append(t)
    return out


def _row_heights(rows: list[list[object]], widths: list[float]) -> list[float]:
    table = Table(rows, colWidths=widths)
    table.wrap(sum(widths), 10**6)
    return list(table._rowHeights)  # noqa: SLF001 - reportlab's measured rows


def _blank_rows(heights: list[float], first_page: float, page: float) -> int:
    """How many blank rows end the sheet: the free rows of the roster's last page, or, when
    fewer than ``MIN_BLANK_ROWS`` are free, those and a whole page more (never a row alone).
    ``heights`` are the header, the roster's rows and one blank row, as laid out."""
    header, people, row = heights[0], heights[1:-1], heights[-1]
    room, used = first_page, header
    for h in people:
        if used + h > room:
            room, used = page, header
        used += h
    free = int((room - used - 1) // row)
    if free >= MIN_BLANK_ROWS:
        return free  # the page is filled, nothing spills over
    return free + int((page - header - 1) // row)  # a whole page of blank rows, not a stray one


def write(target: Path, data: SignInData, ctx: BuildContext) -> None:
    build_pdf(target, story(data, ctx), ctx, title=f"{ctx.label('signin_title')}: {data.workshop}",
              author="Resiliency Lab")


class _Labels:
    """``label()`` in one language, as ``check_in_how`` asks a build context for it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def label(self, key: str, **fmt: object) -> str:
        from reslab_desktop.reports.labels import label

        return label(key, self.lang, **fmt)
