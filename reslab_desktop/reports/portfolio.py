"""The portfolio PDF: many Learning Communities in one document a funder can read.

Pages (all landscape): the cover with the headline figures; one row per community; the
localization pathway of every community on one chart with the combined pathway; the
prioritized challenges side by side; resources mobilized per kind and per community with
their gaps; and the files read — those that could not be, and copies counted once.
Built from a ``portfolio.collect.Portfolio`` (plain data: no file is opened here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reslab_desktop.model.lab_vocab import RESOURCE_KINDS
from reslab_desktop.model.lab_vocab import name as vocab
from reslab_desktop.model.vocab import PHASES, phase_name
from reslab_desktop.portfolio.collect import Portfolio
from reslab_desktop.portfolio.summary import CommunitySummary, ResourceLine
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.charts import bar_chart
from reslab_desktop.reports.document import BuildContext, Progress, build_pdf
from reslab_desktop.reports.fonts import FONT, FONT_BOLD
from reslab_desktop.reports.labels import label
from reslab_desktop.reports.portfolio_chart import line_color, pathway_lines
from reslab_desktop.rules.formatting import format_date, format_number, format_percent
from reslab_desktop.rules.palette import pathway_rgb
from reslab_desktop.rules.text import shortened

ROUNDS_SHOWN = 4  # per community on the challenges page (phase-2 rounds first)
CARDS_PER_ROW = 3
FUNDING_BARS = 20  # bars in the funding chart (the largest pledges when there are more communities)
_MONTHS = {"es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
           "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")}


def write_pdf(target: Path, portfolio: Portfolio, lang: str = "es", page: str = "letter",
              progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> None:
    """Lay the portfolio out into ``target`` atomically (nothing is left on error or cancel)."""
    from reslab_desktop.storage.atomic import atomic_path

    ctx = BuildContext(lang=lang, page=page, header_text=label("pf_header", lang, n=len(portfolio.communities)),
                       progress=progress, cancelled=cancelled)
    story = build_story(portfolio, ctx)
    with atomic_path(Path(target)) as tmp:
        build_pdf(tmp, story, ctx, title=label("pf_title", lang), author="Resiliency Lab",
                  subject=label("pf_header", lang, n=len(portfolio.communities)))
    if progress:
        progress(1.0, "done")


def build_story(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    story = cover(portfolio, ctx)
    if portfolio.communities:
        story += communities_table(portfolio, ctx)
        story += pathway_page(portfolio, ctx)
        story += challenges_page(portfolio, ctx)
        story += resources_page(portfolio, ctx)
    story += files_page(portfolio, ctx)
    return story


# -- small formatting helpers ---------------------------------------------------------------------
def short_date(text: str | None, lang: str) -> str:
    try:
        d = date.fromisoformat(text or "")
    except ValueError:
        return ""
    return f"{d.day} {_MONTHS['en' if lang == 'en' else 'es'][d.month - 1]} {d.year}"


def long_date(text: str | None, lang: str) -> str:
    try:
        return format_date(date.fromisoformat(text or ""), lang)
    except ValueError:
        return ""


def quantity_text(kind: str, quantity: float, unit: str, lang: str) -> str:
    """``$551,000 MXN`` (cents only when there are any), ``400 horas``, ``65 días-persona``."""
    decimals = 0 if float(quantity).is_integer() else (2 if kind == "funding" else 1)
    number = format_number(quantity, decimals, lang)
    return f"${number} {unit}" if kind == "funding" else f"{number} {vocab(unit, lang)}"


def index_text(index: float | None, lang: str) -> str:
    return label("none", lang) if index is None else format_percent(index, lang)


def index_tint(index: float) -> colors.Color:
    """The pathway color of an index, lightened to sit behind text."""
    r, g, b = pathway_rgb(index)
    return colors.Color(r + (1 - r) * 0.55, g + (1 - g) * 0.55, b + (1 - b) * 0.55)


def _p(markup: str, style: str = "cell") -> Paragraph:
    if style == "cell_head":
        return st.HeadCell(markup, st.styles()[style])
    return Paragraph(markup, st.styles()[style])


def _esc(text: str) -> str:
    return st.markup(text)


def swatch(number: int, size: float = 11) -> Drawing:
    """The community's line color with its number: the chart's legend key."""
    d = Drawing(size + 2, size)
    d.add(Rect(0, 0, size, size, fillColor=line_color(number), strokeColor=None, rx=2, ry=2))
    d.add(String(size / 2, size / 2 - 2.6, str(number), fontName=FONT_BOLD, fontSize=7 if number < 10 else 6,
                 fillColor=colors.white, textAnchor="middle"))
    return d


def _widths(ctx: BuildContext, weights: list[float]) -> list[float]:
    total = sum(weights)
    return [ctx.frame_width * w / total for w in weights]


# -- cover ------------------------------------------------------------------------------------------
def cover(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    lang, s = ctx.lang, st.styles()
    n = len(portfolio.communities)
    story: list[Flowable] = ctx.set_orientation("landscape")
    story += [Paragraph(_esc(label("pf_title", lang)), s["cover_title"])]
    sub = label("pf_subtitle_one", lang) if n == 1 else label("pf_subtitle", lang, n=n)
    if portfolio.first_date and portfolio.last_date:
        sub += " · " + label("pf_span", lang, start=long_date(portfolio.first_date, lang),
                             end=long_date(portfolio.last_date, lang))
    story.append(Paragraph(_esc(sub), s["cover_sub"]))
    if n:
        from reslab_desktop.reports.sections_lab import pathway_chart

        chart_w = ctx.frame_width * 0.58
        chart = pathway_chart(portfolio.pathway, chart_w, lang, height=170)
        reading = [Paragraph(_esc(label("pf_combined", lang)), s["h3"]),
                   Paragraph(_esc(label("pf_how_to_read", lang)), s["body"])]
        below = Table([[chart, reading]], colWidths=[chart_w + 12, ctx.frame_width - chart_w - 12])
        below.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story += [_tiles(portfolio, ctx), Spacer(1, 12), below]
    else:
        story.append(Paragraph(_esc(label("pf_no_communities", lang)), s["body"]))
    story += [Spacer(1, 10), Paragraph(_esc(label("pf_generated", lang, date=format_date(date.today(), lang),
                                                  files=portfolio.files)), s["small"])]
    return story


def _tiles(portfolio: Portfolio, ctx: BuildContext) -> Table:
    lang = ctx.lang
    big = st.styles()["title"].clone("tile_value", fontSize=19, leading=23, spaceAfter=0)
    small = st.styles()["small"]
    tally = portfolio.tally

    def tile(value: str, what: str, extra: str = "") -> list[Flowable]:
        cells: list[Flowable] = [Paragraph(_esc(value), big), Paragraph(_esc(what), small)]
        if extra:
            cells.append(Paragraph(_esc(extra), small))
        return cells

    totals = {(r.kind, r.unit): r for r in portfolio.resources}

    def resource_tile(kind: str, unit: str, what: str) -> list[Flowable]:
        line = totals.get((kind, unit), ResourceLine(kind, unit, 0, 0, 0, 0))
        gap = label("pf_tile_gap", lang, gap=quantity_text(kind, line.gap, unit, lang)) if line.gap > 0 else ""
        return tile(quantity_text(kind, line.pledged, unit, lang), label(what, lang), gap)

    fmt = lambda v: format_number(v, 0, lang)  # noqa: E731
    initiatives = sum(len(c.initiatives) for c in portfolio.communities)
    first = [
        tile(fmt(len(portfolio.communities)), label("pf_tile_communities", lang, n=len(portfolio.communities))),
        tile(fmt(portfolio.total("organizations")), label("pf_tile_organizations", lang, n=portfolio.total("organizations")),
             label("pf_tile_distinct", lang, n=fmt(portfolio.distinct_organizations))),
        tile(fmt(portfolio.total("participants")), label("pf_tile_participants", lang, n=portfolio.total("participants"))),
        tile(fmt(portfolio.total("sessions")), label("pf_tile_sessions", lang, n=portfolio.total("sessions")),
             label("pf_tile_attendance", lang, n=fmt(portfolio.total("attendance")), count=portfolio.total("attendance"))),
    ]
    second = [
        tile(fmt(tally.total), label("pf_tile_decisions", lang, n=tally.total)),
        tile(index_text(tally.index, lang), label("pf_tile_index", lang)),
        tile(fmt(initiatives), label("pf_tile_initiatives", lang, n=initiatives)),
        resource_tile("funding", "MXN", "pf_tile_funding"),
    ]
    third = [
        resource_tile("expertise", "hours", "pf_tile_expertise"),
        resource_tile("time", "hours", "pf_tile_time"),
        [], [],
    ]
    t = Table([first, second, third], colWidths=[ctx.frame_width / 4] * 4)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 10),
             ("LINEABOVE", (0, 0), (-1, 0), 1.2, st.ACCENT)]
    for row in range(3):
        for col in range(4):
            if row < 2 or col < 2:
                style.append(("BACKGROUND", (col, row), (col, row), st.ACCENT_LIGHT if (row + col) % 2 == 0
                              else st.ZEBRA))
    if tally.index is not None:
        style.append(("BACKGROUND", (1, 1), (1, 1), index_tint(tally.index)))
    t.setStyle(TableStyle(style))
    return t


# -- one row per community --------------------------------------------------------------------------
def community_cell(c: CommunitySummary, lang: str) -> Paragraph:
    parts = [f"<b>{_esc(c.name)}</b>"]
    if c.info.title.strip() and c.info.title.strip() != c.name:
        parts.append(f'<font size="7.5">{_esc(c.info.title)}</font>')
    where = [c.info.place.strip()] if c.info.place.strip() else []
    start, end = short_date(c.info.starts_on, lang), short_date(c.info.ends_on, lang)
    if start or end:
        where.append(f"{start} – {end}" if start and end else start or end)
    if where:
        parts.append(f'<font color="#616E7C" size="7.5">{_esc(" · ".join(where))}</font>')
    return _p("<br/>".join(parts))


def _table_cell(c: CommunitySummary | Portfolio, kind: str, lang: str, bold: bool = False) -> str:
    """A kind's pledges in a column headed with its main unit (hours, MXN): the number alone;
    other units (days, another currency) on a smaller line under it."""
    main = "MXN" if kind == "funding" else "hours"
    lines: list[str] = []
    for r in c.resources:
        if r.kind != kind or r.pledged <= 0:
            continue
        if r.unit == main:
            number = format_number(r.pledged, 0 if float(r.pledged).is_integer() else 1, lang)
            lines.insert(0, _esc(f"${number}" if kind == "funding" else number))
        else:
            lines.append(f'<font size="7">{_esc(quantity_text(kind, r.pledged, r.unit, lang))}</font>')
    text = "<br/>".join(lines) or _esc(label("none", lang))
    return f"<b>{text}</b>" if bold else text


def communities_table(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    lang = ctx.lang
    fmt = lambda v: format_number(v, 0, lang)  # noqa: E731
    head = ["#", label("pf_col_community", lang), label("pf_col_orgs", lang), label("pf_col_people", lang),
            label("pf_col_sessions", lang), label("pf_col_boards", lang), label("pf_col_rounds", lang),
            label("pf_col_initiatives", lang), label("pf_col_expertise", lang), label("pf_col_time", lang),
            label("pf_col_funding", lang), label("pf_col_decisions", lang), label("pf_col_index", lang)]
    head_style = st.styles()["cell_head"].clone("pf_head", fontSize=7, leading=8.5)
    rows: list[list[object]] = [[st.head_cell(h, head_style) for h in head]]
    num = st.styles()["cell"].clone("pf_num", alignment=2, fontSize=8, leading=10)
    bold_num = st.styles()["cell_bold"].clone("pf_bold_num", alignment=2, fontSize=8, leading=10)

    def n(text: str, bold: bool = False) -> Paragraph:
        return Paragraph(_esc(text), bold_num if bold else num)

    def figures(c: CommunitySummary | Portfolio, counts: list[int], decisions: int, index: float | None,
                bold: bool = False) -> list[object]:
        orgs, people, sessions, attendance, boards, notes, rounds, closed, initiatives = counts
        return [n(fmt(orgs), bold), n(fmt(people), bold), n(f"{fmt(sessions)} ({fmt(attendance)})", bold),
                n(f"{fmt(boards)} ({fmt(notes)})", bold), n(f"{fmt(rounds)} ({fmt(closed)})", bold),
                n(fmt(initiatives), bold),
                *(Paragraph(_table_cell(c, kind, lang, bold), num) for kind in RESOURCE_KINDS),
                n(fmt(decisions), bold), n(index_text(index, lang), True)]

    attributes = ("organizations", "participants", "sessions", "attendance", "boards", "notes", "rounds",
                  "closed_rounds")
    style: list[tuple] = []
    for i, c in enumerate(portfolio.communities, start=1):
        counts = [getattr(c, a) for a in attributes] + [len(c.initiatives)]
        rows.append([swatch(i), community_cell(c, lang), *figures(c, counts, c.decisions, c.tally.index)])
        if c.tally.index is not None:
            style.append(("BACKGROUND", (-1, i), (-1, i), index_tint(c.tally.index)))
    total_row = len(rows)
    totals = [portfolio.total(a) for a in attributes] + [sum(len(c.initiatives) for c in portfolio.communities)]
    rows.append(["", _p(f"<b>{_esc(label('pf_total', lang))}</b>"),
                 *figures(portfolio, totals, portfolio.tally.total, portfolio.tally.index, bold=True)])
    if portfolio.tally.index is not None:
        style.append(("BACKGROUND", (-1, total_row), (-1, total_row), index_tint(portfolio.tally.index)))
    widths = _widths(ctx, [15, 150, 44, 38, 50, 46, 44, 42, 56, 56, 64, 42, 38])
    t = Table(rows, colWidths=widths, repeatRows=1)
    ts = st.table_style()
    for cmd in style:
        ts.add(*cmd)
    ts.add("LEFTPADDING", (0, 0), (-1, -1), 3)
    ts.add("RIGHTPADDING", (0, 0), (-1, -1), 3)
    ts.add("LINEABOVE", (0, total_row), (-1, total_row), 1.0, st.ACCENT)
    ts.add("BACKGROUND", (0, total_row), (-2, total_row), st.ACCENT_LIGHT)
    ts.add("VALIGN", (0, 1), (0, -1), "MIDDLE")
    ts.add("VALIGN", (0, 0), (-1, 0), "BOTTOM")
    t.setStyle(ts)
    return [*ctx.chapter(label("pf_communities", lang), "landscape"), t]


# -- pathway ----------------------------------------------------------------------------------------
def pathway_page(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    lang = ctx.lang
    combined = portfolio.pathway
    chart = pathway_lines([c.pathway for c in portfolio.communities], combined, ctx.frame_width, lang, height=250)
    head = ["#", label("pf_col_community", lang), *(f"{p}. {phase_name(p, lang)}" for p in PHASES),
            label("pf_overall", lang)]
    rows: list[list[object]] = [[_p(_esc(h), "cell_head") for h in head]]
    center = st.styles()["cell"].clone("center_cell", alignment=1)
    center_bold = st.styles()["cell_bold"].clone("center_bold", alignment=1)
    style: list[tuple] = []

    def point_cells(points: list, overall: float | None, row: int, bold: bool = False) -> list[object]:
        cells: list[object] = []
        for col, p in enumerate(points, start=2):
            cells.append(Paragraph(_esc(index_text(p.index, lang)), center_bold if bold else center))
            if p.index is not None:
                style.append(("BACKGROUND", (col, row), (col, row), index_tint(p.index)))
        cells.append(Paragraph(_esc(index_text(overall, lang)), center_bold))
        if overall is not None:
            style.append(("BACKGROUND", (-1, row), (-1, row), index_tint(overall)))
        return cells

    for i, c in enumerate(portfolio.communities, start=1):
        rows.append([swatch(i), _p(_esc(c.name)), *point_cells(list(c.pathway), c.tally.index, i)])
    if len(portfolio.communities) > 1:
        r = len(rows)
        rows.append(["", _p(f"<b>{_esc(label('pf_combined', lang))}</b>"),
                     *point_cells(combined, portfolio.tally.index, r, bold=True)])
        style.append(("LINEABOVE", (0, r), (-1, r), 1.0, st.ACCENT))
    t = Table(rows, colWidths=_widths(ctx, [16, 150, 58, 58, 58, 58, 58, 58, 58]), repeatRows=1)
    ts = st.table_style()
    for cmd in style:
        ts.add(*cmd)
    ts.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    t.setStyle(ts)
    return [*ctx.chapter(label("pf_pathway", lang), "landscape"),
            Paragraph(_esc(label("pf_pathway_intro", lang)), st.styles()["small"]), Spacer(1, 6), chart,
            Spacer(1, 10), t]


# -- prioritized challenges, side by side -----------------------------------------------------------
def challenge_card(number: int, c: CommunitySummary, lang: str, width: float) -> list[Flowable]:
    s = st.styles()
    title = Table([[swatch(number), Paragraph(f"<b>{_esc(c.name)}</b>", s["cell"])]], colWidths=[16, width - 16])
    title.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    out: list[Flowable] = [title]
    rounds = sorted(c.challenges, key=lambda r: r.phase != 2)  # the challenges of step 2 first
    if not rounds:
        out.append(Paragraph(_esc(label("pf_no_rounds", lang)), s["small"]))
    question = s["small"].clone("question", textColor=st.ACCENT, spaceBefore=4)
    item = s["cell"].clone("challenge", leftIndent=16, firstLineIndent=-16, fontSize=8.5, leading=10.5)
    for rnd in rounds[:ROUNDS_SHOWN]:
        out.append(Paragraph(_esc(shortened(rnd.question, 140)), question))
        for ch in rnd.top:
            rank = f"{ch.rank}{'=' if ch.tied else ''}."
            dots = label("pf_dots", lang, n=ch.dots)
            out.append(Paragraph(f"<b>{rank}</b> {_esc(shortened(' '.join(ch.text.split()), 160))} "
                                 f'<font color="#616E7C" size="7">({_esc(dots)})</font>', item))
    if len(rounds) > ROUNDS_SHOWN:
        out.append(Paragraph(_esc(label("pf_more_rounds", lang, n=len(rounds) - ROUNDS_SHOWN)), s["small"]))
    return out


def challenges_page(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    lang = ctx.lang
    width = ctx.frame_width / CARDS_PER_ROW
    cards = [challenge_card(i, c, lang, width - 16) for i, c in enumerate(portfolio.communities, start=1)]
    rows = [cards[i:i + CARDS_PER_ROW] for i in range(0, len(cards), CARDS_PER_ROW)]
    rows[-1] += [[] for _ in range(CARDS_PER_ROW - len(rows[-1]))]
    t = Table(rows, colWidths=[width] * CARDS_PER_ROW, splitInRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LINEBEFORE", (1, 0), (-1, -1), 0.5, st.RULE),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.5, st.RULE)]))
    return [*ctx.chapter(label("pf_challenges", lang), "landscape"),
            Paragraph(_esc(label("pf_challenges_intro", lang)), st.styles()["small"]), Spacer(1, 6), t]


# -- resources --------------------------------------------------------------------------------------
def resources_page(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    lang = ctx.lang
    s = st.styles()
    num = s["cell"].clone("res_num", alignment=2)
    head = [label("lab_kind", lang), label("lab_pledged", lang), label("lab_confirmed", lang),
            label("lab_needed", lang), label("lab_gap", lang)]
    rows: list[list[object]] = [[_p(_esc(h), "cell_head") for h in head]]
    for r in portfolio.resources:
        unit = "" if r.unit in ("hours", "MXN") else f" ({vocab(r.unit, lang)})"
        rows.append([_p(_esc(vocab(r.kind, lang) + unit)),
                     *(Paragraph(_esc(quantity_text(r.kind, v, r.unit, lang)), num)
                       for v in (r.pledged, r.confirmed, r.needed)),
                     Paragraph(_gap_text(r, lang), num)])
    if len(rows) == 1:
        rows.append([_p(_esc(label("none", lang))), "", "", "", ""])
    by_kind = Table(rows, colWidths=_widths(ctx, [170, 110, 110, 110, 110]), repeatRows=1)
    by_kind.setStyle(st.table_style())

    kinds = [k for k in RESOURCE_KINDS if any(r.kind == k for c in portfolio.communities for r in c.resources)]
    head2 = ["#", label("pf_col_community", lang), *(vocab(k, lang) for k in kinds)]
    rows2: list[list[object]] = [[_p(_esc(h), "cell_head") for h in head2]]
    for i, c in enumerate(portfolio.communities, start=1):
        rows2.append([swatch(i), _p(_esc(c.name)), *(Paragraph(_community_kind(c, k, lang), num) for k in kinds)])
    by_community = Table(rows2, colWidths=_widths(ctx, [16, 170, *([150] * len(kinds))]), repeatRows=1)
    ts = st.table_style()
    ts.add("VALIGN", (0, 1), (0, -1), "MIDDLE")
    by_community.setStyle(ts)

    story: list[Flowable] = [*ctx.chapter(label("pf_resources", lang), "landscape"),
                             Paragraph(_esc(label("pf_resources_intro", lang)), s["small"]),
                             *ctx.heading(label("pf_by_kind", lang), 1), by_kind,
                             *ctx.heading(label("pf_by_community", lang), 1), by_community]
    funding = [(f"{i}. {c.name}", c.pledged("funding", "MXN")) for i, c in enumerate(portfolio.communities, start=1)]
    funding = [f for f in funding if f[1] > 0]
    if funding:
        title = label("pf_funding_chart", lang) + " (MXN)"
        if len(funding) > FUNDING_BARS:  # one readable chart on one page: the largest ones
            funding = sorted(funding, key=lambda f: -f[1])[:FUNDING_BARS]
            title = label("pf_funding_top", lang, n=FUNDING_BARS) + " (MXN)"
        chart = bar_chart([v for _, v in funding], [name for name, _ in funding], ctx.frame_width * 0.8,
                          highlight=len(funding), value_format="${:,.0f}")
        story.append(KeepTogether([*ctx.heading(title, 1, toc=False), chart]))
    return story


def _gap_text(r: ResourceLine, lang: str) -> str:
    if r.gap > 0:
        return f'<font color="#B42318"><b>{_esc(quantity_text(r.kind, r.gap, r.unit, lang))}</b></font>'
    if r.needed > 0:
        return _esc(label("lab_covered", lang))
    return _esc(label("none", lang))


def _community_kind(c: CommunitySummary, kind: str, lang: str) -> str:
    lines: list[str] = []
    for r in c.resources:
        if r.kind != kind:
            continue
        text = f"<b>{_esc(quantity_text(kind, r.pledged, r.unit, lang))}</b>"
        if r.gap > 0:
            gap = label("pf_gap_short", lang, gap=quantity_text(kind, r.gap, r.unit, lang))
            text += f'<br/><font color="#B42318" size="7.5">{_esc(gap)}</font>'
        elif r.needed > 0:
            text += f'<br/><font color="#616E7C" size="7.5">{_esc(label("lab_covered", lang))}</font>'
        lines.append(text)
    return "<br/>".join(lines) or _esc(label("none", lang))


# -- files ------------------------------------------------------------------------------------------
def reason_text(reason: str, lang: str) -> str:
    return label(f"pf_reason_{reason}", lang)


def files_page(portfolio: Portfolio, ctx: BuildContext) -> list[Flowable]:
    """Every file looked at: counted (and as which community), a copy not counted, or not read."""
    lang = ctx.lang
    s = st.styles()
    read = portfolio.files - len(portfolio.unreadable)
    line = (label("pf_all_read", lang, n=portfolio.files) if not portfolio.unreadable
            else label("pf_read_counts", lang, read=read, n=portfolio.files))
    story: list[Flowable] = [*ctx.chapter(label("pf_files", lang), "landscape"), Paragraph(_esc(line), s["body"]),
                             Spacer(1, 6)]
    rows: list[list[object]] = [[_p(_esc(label(k, lang)), "cell_head")
                                 for k in ("pf_file", "pf_col_community", "pf_col_status")]]
    style: list[tuple] = []

    def file_cell(path: Path) -> Paragraph:
        return _p(f"<b>{_esc(path.name)}</b><br/><font size='7' color='#616E7C'>{_esc(str(path.parent))}</font>")

    number = {c.path: i for i, c in enumerate(portfolio.communities, start=1)}
    for c in portfolio.communities:
        rows.append([file_cell(c.path), _p(_esc(c.name)),
                     _p(_esc(label("pf_status_counted", lang, n=number[c.path])))])
    for group in portfolio.copies:
        for other in group.others:
            rows.append([file_cell(other), _p(_esc(group.name)),
                         _p(_esc(label("pf_status_copy", lang, kept=group.kept.name)))])
            style.append(("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), st.MUTED))
    for u in portfolio.unreadable:
        status = label("pf_status_unread", lang, reason=reason_text(u.reason, lang))
        rows.append([file_cell(u.path), _p(_esc(label("none", lang))),
                     _p(f'<font color="#B42318"><b>{_esc(status)}</b></font><br/>'
                        f"<font size='7' color='#616E7C'>{_esc(u.detail)}</font>")])
    t = Table(rows, colWidths=_widths(ctx, [1.1, 1, 1.5]), repeatRows=1)
    t.setStyle(st.table_style())
    story.append(t)
    for group in portfolio.copies:
        story.append(Spacer(1, 6))
        story.append(Paragraph(_esc(label("pf_copy_identical" if group.identical else "pf_copy_line", lang, name=group.name, n=1 + len(group.others),
                                          kept=group.kept.name, others=", ".join(p.name for p in group.others))),
                               s["small"]))
    return story


__all__ = ["FONT", "write_pdf"]
