"""The section registry: a report is an ordered list of sections.

A section is ``ReportSection(key, title, applies, build, load=None)``:

- ``title(lang) -> str`` — its heading (use ``labels.label``; add keys to labels.py);
- ``applies(data) -> bool`` — whether it has anything to print for this workshop;
- ``build(data, ctx) -> list[Flowable]`` — its pages, built from the snapshot only; it
  starts with ``ctx.chapter(title)`` or ``ctx.set_orientation(...)`` (a new page);
- ``load(store) -> Any`` (optional) — reads this section's own data ONCE; the result is
  available as ``data.extra[key]`` in ``applies``/``build``. ``load`` is the only place a
  section touches the store; ``build`` must not (it may run off the GUI thread).

How another engineer adds a section (e.g. vote results, resources, decisions)::

    # reslab_desktop/reports/sections_votes.py
    from reslab_desktop.reports.registry import ReportSection, register_section
    from reslab_desktop.reports import styles

    def _build(data, ctx):
        out = ctx.chapter(label("vote_results", ctx.lang))     # heading + outline + TOC entry
        for rnd in data.extra["votes"]:
            out += ctx.heading(rnd.question, level=1)          # escaped for you
            out.append(styles.data_table(rows, ctx, header=True))
            out.append(charts.bar_chart(values, names, ctx))
        return out

    register_section(ReportSection(
        key="votes", title=lambda lang: label("vote_results", lang),
        applies=lambda data: bool(data.extra.get("votes")),
        build=_build, load=lambda store: load_round_results(store),
    ), after="phases")

then add the module name to ``SECTION_MODULES`` below (imported lazily when a report is
built, so no import cycles and nothing loads at app start). ``ctx`` (document.BuildContext)
gives ``lang``, ``styles``, ``frame_width``/``frame_height``, ``heading()``, ``chapter()``,
``para()`` (escapes user text) and ``landscape()``/``portrait()`` to switch orientation.
Reusable drawing helpers: ``styles.data_table``/``styles.table_style()``, ``styles.para`` (escaped
user text), ``charts.bar_chart``,
``charts.matrix_2x2``, ``board_drawing.BoardDrawing``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from reslab_desktop.reports.data import ReportData
    from reslab_desktop.reports.document import BuildContext
    from reslab_desktop.storage import Store


@dataclass(frozen=True)
class ReportSection:
    key: str
    title: Callable[[str], str]
    applies: Callable[[ReportData], bool]
    build: Callable[[ReportData, BuildContext], list[Flowable]]
    load: Callable[[Store], Any] | None = None


# Modules that call register_section() when imported, in the order they are imported.
# The core sections come first; others add theirs with ``after=`` to place them.
SECTION_MODULES: list[str] = [
    "reslab_desktop.reports.report_sections",
    "reslab_desktop.reports.sections_votes",
    "reslab_desktop.reports.sections_lab",
]

_SECTIONS: list[ReportSection] = []
_imported = False


def register_section(section: ReportSection, after: str | None = None) -> None:
    """Add (or replace, by key) a section; ``after`` places it after that key (else at the end)."""
    existing = [i for i, s in enumerate(_SECTIONS) if s.key == section.key]
    if existing:
        _SECTIONS[existing[0]] = section
        return
    if after is not None:
        for i, s in enumerate(_SECTIONS):
            if s.key == after:
                _SECTIONS.insert(i + 1, section)
                return
    _SECTIONS.append(section)


def report_sections() -> list[ReportSection]:
    """All registered sections of the session report, in print order."""
    global _imported
    if not _imported:
        for name in SECTION_MODULES:
            importlib.import_module(name)
        _imported = True
    return list(_SECTIONS)


def section_keys() -> list[str]:
    return [s.key for s in report_sections()]
