"""Session report sections of the Lab method: the localization pathway, the decision log,
resources (tables and totals), initiatives with their action plans, and the learning log.

With ``--session ID`` (``ctx.options["session_id"]``) the report is about one session: the
decision log lists the decisions taken in it, the pathway counts the decisions up to that
session's date, the learning log the entries since the previous session, and resources and
action plans appear when the session worked on steps 3 or 5. Without it, the whole lab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from reslab_desktop.errors import NotFoundError
from reslab_desktop.model.lab_vocab import ACTION_KINDS
from reslab_desktop.model.lab_vocab import name as vocab
from reslab_desktop.model.vocab import phase_name
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.fonts import FONT, FONT_BOLD, fit_text, register_fonts, text_width
from reslab_desktop.reports.labels import label
from reslab_desktop.reports.registry import ReportSection, register_section
from reslab_desktop.rules import localization
from reslab_desktop.rules.palette import pathway_rgb
from reslab_desktop.rules.resources import amount_text


@dataclass(frozen=True)
class LabReport:
    statuses: dict[int, str]
    decisions: list[Any]  # DecisionRecord
    initiatives: list[Any]  # InitiativeRecord
    iterations: list[Any]  # IterationRecord
    resources: Any  # ResourceSummary
    action_items: list[Any]  # ActionItemRecord
    learning: list[Any]  # LearningRecord


def load_lab(store: Any) -> LabReport:
    from reslab_desktop.services.lab import (
        decisions,
        initiatives,
        learning,
        phases,
        plans,
        resources,
    )

    return LabReport(phases.phase_statuses(store), decisions.list_decisions(store),
                     initiatives.list_initiatives(store), initiatives.list_iterations(store),
                     resources.summary(store), plans.list_action_items(store), learning.list_learning(store))


KEYS = ("lab_pathway", "lab_decisions", "lab_resources", "lab_plans", "lab_learning")


def _lab(data: Any) -> LabReport | None:
    """Each Lab section loads the same snapshot under its own key (any may be printed alone)."""
    return next((data.extra[k] for k in KEYS if data.extra.get(k) is not None), None)


def _loaded(data: Any) -> LabReport:
    """The snapshot a Lab section builds from (its ``load`` ran first, and ``applies`` saw it)."""
    lab = _lab(data)
    if lab is None:
        raise RuntimeError("the Lab sections were built without their data loaded")
    return lab


def _session(data: Any, ctx: Any) -> Any:
    sid = (getattr(ctx, "options", None) or {}).get("session_id")
    if not sid:
        return None
    sess = next((s for s in data.sessions if s.id == sid), None)
    if sess is None:
        raise NotFoundError(f"no session {sid!r} in this workshop")
    return sess


def _session_phases(sess: Any) -> set[int]:
    return {a.phase for a in sess.agenda}


# -- pathway --------------------------------------------------------------------------------

def pathway_chart(points: list[localization.PathwayPoint], width: float, lang: str, height: float = 210) -> Drawing:
    """Bars per step rising from facilitator-led (0) to locally-led (1); empty steps have no bar."""
    register_fonts()
    d = Drawing(width, height)
    labels = [label(k, lang) for k in ("lab_locally_led", "lab_shared_mid", "lab_facilitator_led")]
    left, bottom, top = min(width * 0.3, max(text_width(x, 8) for x in labels) + 12), 34, 18
    plot_w, plot_h = width - left - 6, height - bottom - top
    for frac, key in ((1.0, "lab_locally_led"), (0.5, "lab_shared_mid"), (0.0, "lab_facilitator_led")):
        y = bottom + frac * plot_h
        d.add(Line(left, y, left + plot_w, y, strokeColor=st.RULE, strokeWidth=0.6))
        d.add(String(left - 6, y - 3, fit_text(label(key, lang), left - 10, 8), fontName=FONT, fontSize=8,
                     fillColor=st.MUTED, textAnchor="end"))
    slot = plot_w / max(1, len(points))
    line: list[float] = []
    for i, p in enumerate(points):
        cx = left + slot * (i + 0.5)
        d.add(String(cx, bottom - 14, fit_text(f"{p.phase}. {phase_name(p.phase, lang)}", slot - 2, 7.5),
                     fontName=FONT, fontSize=7.5, fillColor=st.INK, textAnchor="middle"))
        if p.index is None:
            d.add(String(cx, bottom + 4, "—", fontName=FONT, fontSize=9, fillColor=st.MUTED, textAnchor="middle"))
            continue
        h = p.index * plot_h
        fill = colors.Color(*pathway_rgb(p.index))
        d.add(Rect(cx - slot * 0.25, bottom, slot * 0.5, max(h, 1), fillColor=fill, strokeColor=None))
        inside = h >= 22  # the value sits inside a tall bar, under the line's point
        d.add(String(cx, bottom + h - 15 if inside else bottom + h + 7, f"{p.index:.0%}", fontName=FONT_BOLD,
                     fontSize=9, fillColor=colors.white if inside else st.INK, textAnchor="middle"))
        line += [cx, bottom + h]
    if len(line) >= 4:
        d.add(PolyLine(line, strokeColor=st.INK, strokeWidth=1.2))
    for x, y in zip(line[::2], line[1::2], strict=True):
        d.add(Circle(x, y, 2.5, fillColor=colors.white, strokeColor=st.INK, strokeWidth=1))
    return d


def build_pathway(data: Any, ctx: Any) -> list[Flowable]:
    lang, lab, sess = ctx.lang, _loaded(data), _session(data, ctx)
    decided = [d for d in lab.decisions if sess is None or not sess.date or (d.date or "") <= sess.date]
    points = localization.pathway((d.phase, d.decided_by) for d in decided)
    index = localization.overall(points).index
    out: list[Flowable] = ctx.chapter(ctx.label("lab_pathway"))
    out.append(st.para(ctx.label("lab_pathway_intro")))
    if sess is not None and sess.date:
        out.append(st.para(ctx.label("lab_pathway_until", date=sess.date), "small"))
    out += [Spacer(1, 6), pathway_chart(points, ctx.frame_width, lang), Spacer(1, 8)]
    rows: list[list[object]] = [[ctx.label("lab_step"), ctx.label("lab_status"), vocab("facilitators", lang),
                                 vocab("shared", lang), vocab("local", lang), ctx.label("lab_index")]]
    for p in points:
        rows.append([f"{p.phase}. {phase_name(p.phase, lang)}", vocab(lab.statuses.get(p.phase, "not_started"), lang),
                     p.tally.facilitators, p.tally.shared, p.tally.local,
                     "—" if p.index is None else f"{p.index:.0%}"])
    fw = ctx.frame_width
    out.append(st.data_table(rows, [fw * 0.25, fw * 0.13, fw * 0.16, fw * 0.15, fw * 0.19, fw * 0.12]))
    out.append(Spacer(1, 6))
    out.append(st.para(ctx.label("lab_overall", value="—" if index is None else f"{index:.0%}"), "cell_bold"))
    return out


# -- decisions ------------------------------------------------------------------------------
def _decisions(data: Any, ctx: Any) -> list[Any]:
    sess = _session(data, ctx)
    return [d for d in _loaded(data).decisions if sess is None or d.session_id == sess.id]


def build_decisions(data: Any, ctx: Any) -> list[Flowable]:
    lang, sess = ctx.lang, _session(data, ctx)
    title = (ctx.label("lab_decisions") if sess is None
             else ctx.label("lab_decisions_session", title=sess.title or sess.id))
    out: list[Flowable] = ctx.chapter(title, "landscape")
    rows: list[list[object]] = [[ctx.label(k) for k in ("lab_step", "lab_kind", "lab_decision", "date", "lab_who")]]
    for d in _decisions(data, ctx):
        orgs = ", ".join(data.organization_name(o) for o in d.organization_ids)
        who = vocab(d.decided_by, lang) + (f" ({orgs})" if orgs else "")
        rows.append([f"{d.phase}. {phase_name(d.phase, lang)}", vocab(d.kind, lang), d.text, d.date or "", who])
    fw = ctx.frame_width
    out.append(st.data_table(rows, [fw * 0.13, fw * 0.14, fw * 0.38, fw * 0.1, fw * 0.25]))
    return out


# -- resources ------------------------------------------------------------------------------
def _shows_step(data: Any, ctx: Any, phase: int) -> bool:
    sess = _session(data, ctx)
    return sess is None or phase in _session_phases(sess)


def build_resources(data: Any, ctx: Any) -> list[Flowable]:
    if not _shows_step(data, ctx, 3):
        return []
    lang, lab = ctx.lang, _loaded(data)
    res = lab.resources
    names = {i.id: i.title for i in lab.initiatives}
    out: list[Flowable] = ctx.chapter(ctx.label("lab_resources"))
    fw = ctx.frame_width  # after chapter(): the page orientation decides the width
    out += ctx.heading(ctx.label("lab_totals"), 1)
    rows: list[list[object]] = [[ctx.label(k) for k in ("lab_kind", "lab_pledged")]]
    rows += [[vocab(kind, lang), amount_text(kind, total, unit, lang)] for (kind, unit), total in res.by_kind.items()]
    out.append(st.data_table(rows, [fw * 0.4, fw * 0.6]))
    out += ctx.heading(ctx.label("lab_balances"), 1)
    rows = [[ctx.label(k) for k in ("lab_initiative", "lab_kind", "lab_needed", "lab_pledged", "lab_confirmed", "lab_gap")]]
    for b in res.balances:
        rows.append([names.get(b.initiative_id, ""), vocab(b.kind, lang), amount_text(b.kind, b.needed, b.unit, lang),
                     amount_text(b.kind, b.pledged, b.unit, lang), amount_text(b.kind, b.confirmed, b.unit, lang),
                     amount_text(b.kind, b.gap, b.unit, lang) if b.gap > 0 else ctx.label("lab_covered")])
    out.append(st.data_table(rows, [fw * 0.25, fw * 0.13, fw * 0.155, fw * 0.155, fw * 0.155, fw * 0.155]))
    out += ctx.heading(ctx.label("lab_pledges"), 1)
    rows = [[ctx.label(k) for k in ("organization", "lab_initiative", "lab_what", "lab_amount", "lab_confirmed")]]
    for p in res.pledges:
        rows.append([data.organization_name(p.organization_id), names.get(p.initiative_id, ""),
                     f"{vocab(p.kind, lang)}: {p.description}" if p.description else vocab(p.kind, lang),
                     amount_text(p.kind, p.quantity, p.unit, lang), ctx.label("lab_yes" if p.confirmed else "lab_no")])
    out.append(st.data_table(rows, [fw * 0.24, fw * 0.2, fw * 0.3, fw * 0.16, fw * 0.1]))
    return out


# -- initiatives and action plans -----------------------------------------------------------
def build_plans(data: Any, ctx: Any) -> list[Flowable]:
    if not _shows_step(data, ctx, 5) and not _shows_step(data, ctx, 4):
        return []
    lang, lab = ctx.lang, _loaded(data)
    out: list[Flowable] = ctx.chapter(ctx.label("lab_plans"))
    fw = ctx.frame_width
    for ini in lab.initiatives:
        out += ctx.heading(ini.title, 1)
        if ini.description:
            out.append(st.para(ini.description))
        facts = []
        if ini.lead_organization_id:
            facts.append(ctx.label("lab_lead", org=data.organization_name(ini.lead_organization_id)))
        if ini.member_ids:
            facts.append(ctx.label("lab_members", orgs=", ".join(data.organization_name(o) for o in ini.member_ids)))
        its = [i for i in lab.iterations if i.initiative_id == ini.id]
        facts.append(ctx.label("lab_iterations", items="; ".join(
            f"{i.number}" + (f" ({i.focus})" if i.focus else "") for i in its)))
        out += [st.para(f, "small") for f in facts]
        items = sorted((a for a in lab.action_items if a.initiative_id == ini.id),
                       key=lambda a: (ACTION_KINDS.index(a.kind), a.date or "", a.seq))
        if not items:
            continue
        rows: list[list[object]] = [[ctx.label(k) for k in ("lab_kind", "lab_item", "date", "lab_responsible", "lab_detail")]]
        for a in items:
            detail = a.indicator or " · ".join(x for x in (a.audience, a.channel) if x)
            if a.done:
                detail = f"{detail} ({ctx.label('lab_done')})" if detail else ctx.label("lab_done")
            rows.append([vocab(a.kind, lang), a.text, a.date or "",
                         data.organization_name(a.responsible_organization_id), detail])
        out += [Spacer(1, 4), st.data_table(rows, [fw * 0.14, fw * 0.32, fw * 0.14, fw * 0.18, fw * 0.22])]
    return out


# -- learning log ---------------------------------------------------------------------------
def _learning(data: Any, ctx: Any) -> list[Any]:
    entries = _loaded(data).learning
    sess = _session(data, ctx)
    if sess is None or not sess.date:
        return entries
    earlier = [s.date for s in data.sessions if s.date and s.date < sess.date]
    since = max(earlier, default="")
    return [e for e in entries if e.date and since < e.date <= sess.date]


def build_learning(data: Any, ctx: Any) -> list[Flowable]:
    names = {i.id: i.title for i in _loaded(data).initiatives}
    numbers = {i.id: i.number for i in _loaded(data).iterations}
    out: list[Flowable] = ctx.chapter(ctx.label("lab_learning"))
    for e in _learning(data, ctx):
        where = " · ".join(x for x in (e.date or "", names.get(e.initiative_id or "", ""),
                                       f"#{numbers[e.iteration_id]}" if e.iteration_id in numbers else "") if x)
        block: list[Flowable] = [st.para(where, "label")]
        for key in ("tried", "happened", "learned", "adapt"):
            text = getattr(e, key)
            if text:
                head = ctx.label(f"lab_{key}") + (f" ({ctx.label('lab_adopted')})"
                                                    if key == "adapt" and e.decision_id else "")
                block.append(st.data_table([[head, text]], [ctx.frame_width * 0.25, ctx.frame_width * 0.75],
                                           header=False))
        out.append(KeepTogether([*block, Spacer(1, 8)]))
    return out


def _has(attr: str) -> Any:
    return lambda data: bool(getattr(_lab(data), attr, None))


def _has_resources(data: Any) -> bool:
    lab = _lab(data)
    return lab is not None and bool(lab.resources.pledges or lab.resources.needs)


register_section(ReportSection("lab_pathway", lambda lang: label("lab_pathway", lang), _has("decisions"), build_pathway,
                               load=load_lab), after="votes")
register_section(ReportSection("lab_decisions", lambda lang: label("lab_decisions", lang), _has("decisions"),
                               build_decisions, load=load_lab), after="lab_pathway")
register_section(ReportSection("lab_resources", lambda lang: label("lab_resources", lang),
                               _has_resources,
                               build_resources, load=load_lab), after="lab_decisions")
register_section(ReportSection("lab_plans", lambda lang: label("lab_plans", lang), _has("initiatives"), build_plans,
                               load=load_lab), after="lab_resources")
register_section(ReportSection("lab_learning", lambda lang: label("lab_learning", lang), _has("learning"), build_learning,
                               load=load_lab), after="lab_plans")
