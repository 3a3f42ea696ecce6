"""The core sections of the session report: cover, contents, people, and the boards per phase.

Other modules add sections through ``registry.register_section`` (see registry.py).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reslab_desktop.model.vocab import PHASES, SECTORS, phase_name, role_name, sector_name
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.board_drawing import BoardDrawing, board_bounds
from reslab_desktop.reports.charts import bar_chart
from reslab_desktop.reports.data import ReportData
from reslab_desktop.reports.document import BuildContext
from reslab_desktop.reports.labels import label
from reslab_desktop.reports.note_item import NoteItem, NoteList
from reslab_desktop.reports.registry import ReportSection, register_section
from reslab_desktop.rules.formatting import format_date
from reslab_desktop.services.records import BoardContent

LANDSCAPE_ASPECT = 1.15  # boards wider than this print on a landscape page


def date_range(start: str | None, end: str | None, lang: str) -> str:
    def fmt(iso: str) -> str:
        try:
            return format_date(date.fromisoformat(iso), lang)
        except ValueError:
            return iso

    if start and end and start != end:
        return label("date_range", lang, start=fmt(start), end=fmt(end))
    return fmt(start or end) if (start or end) else ""


# -- cover ---------------------------------------------------------------------------------
def build_cover(data: ReportData, ctx: BuildContext) -> list[Flowable]:
    w = data.workshop
    s = st.styles()
    out: list[Flowable] = [*ctx.portrait(), Spacer(1, 30 * mm)]
    out.append(Paragraph(st.markup(ctx.label("report_title").upper()), s["label"]))
    out.append(Spacer(1, 4))
    out.append(st.para(w.title, "cover_title"))
    if w.learning_community:
        out.append(st.para(w.learning_community, "cover_sub"))
    out += [HRFlowable(width="100%", thickness=3, color=st.ACCENT, spaceAfter=14)]
    facts: list[tuple[str, str]] = [
        (ctx.label("place"), w.place),
        (ctx.label("dates"), date_range(w.starts_on, w.ends_on, ctx.lang)),
        (ctx.label("facilitators"), ", ".join(w.facilitators)),
        # one per line: a comma inside a name ("Red de Huertos Urbanos, Oaxaca") reads as two
        (ctx.label("organizations"), "\n".join(o.name for o in data.organizations)),
    ]
    rows = [[Paragraph(st.markup(k), s["label"]), st.para(v, "body")] for k, v in facts if v]
    if rows:
        t = Table(rows, colWidths=[48 * mm, ctx.frame_width - 48 * mm])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, st.RULE),
        ]))
        out.append(t)
    out += [Spacer(1, 16), _glance(data, ctx), Spacer(1, 40)]
    today = format_date(date.today(), ctx.lang)
    out.append(Paragraph(st.markup(ctx.label("generated_with", date=today)), s["small"]))
    return out


def _glance(data: ReportData, ctx: BuildContext) -> Flowable:
    """Big numbers: organizations, participants, boards, notes."""
    s = st.styles()
    numbers = [(n, ctx.label(key, n=n)) for n, key in (
        (len(data.organizations), "count_organizations"), (len(data.participants), "count_participants"),
        (len(data.boards), "count_boards"), (data.note_count, "count_notes"))]
    big = st.ParagraphStyle("big", s["title"], fontSize=22, leading=26, alignment=1, spaceAfter=0)
    small = st.ParagraphStyle("cap", s["small"], alignment=1)
    cells = [[Paragraph(f"{n:,}", big) for n, _ in numbers], [Paragraph(st.markup(t), small) for _, t in numbers]]
    t = Table(cells, colWidths=[ctx.frame_width / 4] * 4)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_LIGHT),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, st.colors.white),
        ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]))
    return t


def build_contents(data: ReportData, ctx: BuildContext) -> list[Flowable]:
    return ctx.portrait() + ctx.table_of_contents()


# -- people --------------------------------------------------------------------------------
def build_people(data: ReportData, ctx: BuildContext) -> list[Flowable]:
    lang = ctx.lang
    out = ctx.chapter(ctx.label("participants_and_orgs"))
    fw = ctx.frame_width
    if data.organizations:
        out += ctx.heading(ctx.label("orgs_by_sector"), 1)
        by_sector = Counter(o.sector for o in data.organizations)
        present = [sec for sec in SECTORS if by_sector[sec]]
        out.append(bar_chart([by_sector[sec] for sec in present], [sector_name(sec, lang) for sec in present],
                             width=min(fw, 120 * mm), highlight=len(present)))
        out.append(Spacer(1, 8))
        rows: list[list[object]] = [[ctx.label("sector"), ctx.label("organizations")]]
        for sec in present:
            rows.append([sector_name(sec, lang), ", ".join(o.name for o in data.organizations if o.sector == sec)])
        out.append(st.data_table(rows, [45 * mm, fw - 45 * mm]))
    if data.participants:
        out += ctx.heading(ctx.label("participants"), 1)
        rows = [[ctx.label("name"), ctx.label("organization"), ctx.label("role")]]
        for p in data.participants:
            rows.append([p.name, data.organization_name(p.organization_id) or ctx.label("none"), role_name(p.role, lang)])
        out.append(st.data_table(rows, [fw * 0.38, fw * 0.42, fw * 0.20]))
    else:
        out.append(st.para(ctx.label("nobody_yet"), "italic"))
    if data.sessions:
        out += ctx.heading(ctx.label("sessions"), 1)
        rows = [[ctx.label("sessions"), ctx.label("date"), ctx.label("place"), ctx.label("attendance")]]
        for sess in data.sessions:
            rows.append([sess.title, date_range(sess.date, None, lang), sess.place,
                         attendance_count(data.check_ins.get(sess.id, []), len(sess.attendance), ctx)])
        out.append(st.data_table(rows, [fw * 0.36, fw * 0.22, fw * 0.24, fw * 0.18]))
        for sess in data.sessions:
            out += check_in_table(sess.title or date_range(sess.date, None, lang), data.check_ins.get(sess.id, []),
                                  ctx)
    return out


def attendance_count(rows: list, total: int, ctx: BuildContext) -> str:
    phones = sum(1 for r in rows if r.source == "phone")
    return ctx.label("attendance_count", n=total, p=phones) if phones else str(total)


def check_in_how(source: str, at: str | None, ctx: BuildContext) -> tuple[str, str]:
    """How someone was checked in (on their phone, on the laptop) and the local time, if known."""
    from datetime import datetime

    when = ""
    if at:
        try:
            when = datetime.fromisoformat(at).astimezone().strftime("%H:%M")
        except ValueError:
            when = ""
    return ctx.label(f"check_in_{source}") if source in ("phone", "window", "import") else source, when


def check_in_table(title: str, rows: list, ctx: BuildContext) -> list[Flowable]:
    """Who came to a session and how each was checked in (the report's attendance record)."""
    if not rows:
        return []
    fw = ctx.frame_width
    table: list[list[object]] = [[ctx.label("name"), ctx.label("how"), ctx.label("when")]]
    for r in rows:
        how, when = check_in_how(r.source, r.at, ctx)
        table.append([r.name, how, when])
    return [*ctx.heading(ctx.label("attendance_of", session=title), 2, toc=False),
            st.data_table(table, [fw * 0.5, fw * 0.32, fw * 0.18])]


# -- boards by phase -----------------------------------------------------------------------
def board_orientation(content: BoardContent) -> str:
    return "landscape" if board_bounds(content).aspect > LANDSCAPE_ASPECT else "portrait"


def build_phases(data: ReportData, ctx: BuildContext) -> list[Flowable]:
    out: list[Flowable] = []
    for phase in PHASES:
        boards = data.boards_of_phase(phase)
        if not boards:
            continue
        for i, content in enumerate(boards):
            out += ctx.set_orientation(board_orientation(content))
            if i == 0:
                out += ctx.heading(ctx.label("phase_n", n=phase, name=phase_name(phase, ctx.lang)), 0)
                out.append(st.para(ctx.label(f"phase_intro_{phase}"), "italic"))
                notes = sum(len(b.notes) for b in boards)
                out.append(Paragraph(st.markup(ctx.label("phase_summary", boards=len(boards), notes=notes)),
                                     st.styles()["small"]))
            out += board_pages(content, data, ctx, reserved=140 if i == 0 else 70)
    return out


def board_pages(content: BoardContent, data: ReportData, ctx: BuildContext, reserved: float = 70) -> list[Flowable]:
    """A board's heading, its drawing, and its notes as text grouped by zone."""
    out = ctx.heading(content.board.title, 1)
    phones = sum(1 for n in content.notes if n.origin == "phone")
    count = ctx.label("note_count_phones", n=len(content.notes), p=phones) if phones else \
        ctx.label("note_count", n=len(content.notes))
    out.append(Paragraph(st.markup(count), st.styles()["small"]))
    out.append(Spacer(1, 4))
    room = ctx.frame_height - reserved
    if content.zones or content.notes or content.images:
        drawing = BoardDrawing(content, ctx.frame_width, ctx.frame_height - reserved)
        out.append(drawing)
        room -= drawing.height
    out += note_listing(content, data, ctx, room)
    return out


def _listing_height(content: BoardContent, width: float) -> float:
    """A rough height of the note list (one line per ~width of text, plus zone titles)."""
    chars_per_line = max(width / 5.2, 20)  # ~5.2 pt per character at 9.5 pt
    lines = sum(1 + len(n.text) // chars_per_line for n in content.notes)
    return 30 + 13 * lines + 18 * (len(content.zones) + 1)


def note_listing(
    content: BoardContent, data: ReportData, ctx: BuildContext, room: float = 0.0
) -> list[Flowable]:
    """The notes grouped by zone, below the drawing while they fit in ``room`` points; after a
    landscape board a longer list gets its own page in two columns (shorter lines to read)."""
    s = st.styles()
    if not content.notes:
        return [Spacer(1, 8), st.para(ctx.label("empty_board"), "italic")]
    out: list[Flowable] = [CondPageBreak(60), Spacer(1, 6)]
    if ctx.orientation == "landscape" and _listing_height(content, ctx.frame_width) > room:
        out = ctx.landscape_columns()
    out.append(Paragraph(st.markup(ctx.label("board_notes")), s["h3"]))
    item_style = s["note_item"]
    groups: list[tuple[str, str, list]] = [(z.id, z.title, []) for z in content.zones]
    loose: list = []
    index = {zid: notes for zid, _t, notes in groups}
    for note in content.notes:
        index.get(note.zone_id, loose).append(note)
    if loose:
        groups.append(("", ctx.label("outside_zones") if content.zones else "", loose))
    for _zid, title, notes in groups:
        if not notes:
            continue
        items: list[Flowable] = []
        if title:
            items.append(Paragraph(f"<b>{st.markup(title)}</b> <font color='#616E7C' size='8'>"
                                   f"({len(notes)})</font>", s["body"]))
        for note in notes:
            items.append(NoteItem.of(note.text, _safe_color(note.color), _by(note, data, ctx), item_style))
        # keep a zone's title with its first notes
        out.append(KeepTogether(items[:3]))
        if items[3:]:
            out.append(NoteList(items[3:]))
        out.append(Spacer(1, 4))
    return out


def _by(note, data: ReportData, ctx: BuildContext) -> str:  # type: ignore[no-untyped-def]
    """The author, and where the note came from when not typed in the app ("from a phone")."""
    author = data.participant_name(note.author_id)
    origin = ctx.label(f"origin_{note.origin}") if note.origin in ("phone", "import") else ""
    return " · ".join(x for x in (author, origin) if x)


def _safe_color(color: str) -> str:
    c = (color or "").strip()
    return c if len(c) == 7 and c.startswith("#") and all(ch in "0123456789abcdefABCDEF" for ch in c[1:]) else "#CFD4DA"


register_section(ReportSection("cover", lambda lang: label("cover", lang), lambda d: True, build_cover))
register_section(ReportSection("contents", lambda lang: label("contents", lang), lambda d: True, build_contents))
register_section(ReportSection(
    "people", lambda lang: label("participants_and_orgs", lang),
    lambda d: bool(d.organizations or d.participants or d.sessions), build_people,
))
register_section(ReportSection(
    "phases", lambda lang: label("boards_by_phase", lang), lambda d: bool(d.boards), build_phases,
))
