"""Blank printable worksheets (``--kind worksheets``): one board template per page, with its
zones, titles and guiding prompts, in the workshop language; landscape for wide templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer

from reslab_desktop.model.vocab import phase_name
from reslab_desktop.reports import styles as st
from reslab_desktop.reports.board_drawing import BoardView, Bounds, draw_zones, fit_scale
from reslab_desktop.reports.document import BuildContext, build_pdf
from reslab_desktop.storage import Store

LANDSCAPE_ASPECT = 1.0


def load(store: Store, options: Any) -> tuple[Any, ...]:
    """The templates to print (one with ``--template KEY``); they come from the app, not the file."""
    from reslab_desktop.rules.templates import get_template, load_templates

    return (get_template(options.template),) if options.template else load_templates()


class TemplateDrawing(Flowable):
    """A template's zones scaled into ``width``×``height``, titles and prompts at readable sizes."""

    def __init__(self, template: Any, lang: str, width: float, height: float) -> None:
        super().__init__()
        self.zones = template.zone_records(lang)
        self.bounds = Bounds(0.0, 0.0, template.width, template.height)
        self.scale = fit_scale(self.bounds, width, height)
        self.width, self.height = template.width * self.scale, template.height * self.scale
        self.hAlign = "CENTER"
        # Paper sizes differ (A4 vs A3): keep text proportional to the sheet, within limits.
        self.title_pt = max(9.0, min(16.0, self.width / 55))
        self.prompt_pt = max(7.0, min(11.0, self.width / 85))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: N802
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(colors.HexColor("#CBD2D9"))
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        draw_zones(self.canv, self.zones, BoardView(self.bounds, self.scale, 0.0, self.height),
                   title_pt=self.title_pt, prompt_pt=self.prompt_pt, tint=0.86)
        self.canv.restoreState()


def story(templates: tuple[Any, ...], ctx: BuildContext) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = []
    for t in templates:
        wide = t.width / t.height > LANDSCAPE_ASPECT
        out += ctx.set_orientation("landscape" if wide else "portrait")
        kicker = f"{ctx.label('worksheets_title')} · {ctx.label('phase_n', n=t.phase, name=phase_name(t.phase, ctx.lang))}"
        out.append(Paragraph(st.markup(kicker.upper()), s["label"]))
        out += ctx.heading(t.title_in(ctx.lang), 0, toc=False)
        out.append(st.para(t.description_in(ctx.lang), "italic"))
        out.append(Spacer(1, 4))
        out.append(Paragraph(st.markup(ctx.label("team_line")), s["small"]))
        out.append(Spacer(1, 8))
        out.append(TemplateDrawing(t, ctx.lang, ctx.frame_width, ctx.frame_height - 95))
    if not out:
        out = ctx.set_orientation("portrait") + [st.para(ctx.label("no_templates"))]
    return out


def write(target: Path, templates: tuple[Any, ...], ctx: BuildContext) -> None:
    title = ctx.label("worksheets_title")
    build_pdf(target, story(templates, ctx), ctx, title=title, author="Resiliency Lab")
