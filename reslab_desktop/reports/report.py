"""The session report (``--kind report``): the registered sections, in order, as one document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reslab_desktop.errors import ReslabError
from reslab_desktop.reports.data import ReportData
from reslab_desktop.reports.document import BuildContext, build_pdf
from reslab_desktop.reports.registry import ReportSection, report_sections
from reslab_desktop.storage import Store

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def chosen_sections(keys: list[str] | None) -> list[ReportSection]:
    sections = report_sections()
    if keys is None:
        return sections
    known = {s.key for s in sections}
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise ReslabError(f"unknown report section {unknown[0]!r} (choose from {', '.join(sorted(known))})")
    return [s for s in sections if s.key in keys]


def load(store: Store, options: Any) -> tuple[ReportData, list[ReportSection]]:
    sections = chosen_sections(options.sections)
    loaders = [(s.key, s.load) for s in sections if s.load is not None]
    return ReportData.load(store, loaders), sections


def story(data: ReportData, sections: list[ReportSection], ctx: BuildContext) -> list[Flowable]:
    out: list[Flowable] = []
    for section in sections:
        if section.applies(data):
            out += section.build(data, ctx)
    return out


def write(target: Path, loaded: tuple[ReportData, list[ReportSection]], ctx: BuildContext) -> None:
    data, sections = loaded
    w = data.workshop
    title = f"{ctx.label('report_title')}: {w.title}"
    build_pdf(target, story(data, sections, ctx), ctx, title=title,
              author=", ".join(w.facilitators) or "Resiliency Lab", subject=w.learning_community)
