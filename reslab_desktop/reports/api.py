"""Export any PDF kind: ``prepare`` reads the store once, ``PdfJob.write`` builds off-thread.

    job = prepare(store, PdfOptions(kind="report", page="a4"))   # on the thread owning the store
    job.write(Path("out.pdf"), progress=..., cancelled=...)      # any thread; atomic, no partial file
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from reslab_desktop.errors import ReslabError
from reslab_desktop.reports.document import PAGE_SIZES, BuildContext, Progress, default_page_size
from reslab_desktop.storage import Store

# kind -> module with ``load(store, options) -> Any`` and ``write(path, loaded, ctx) -> None``
KINDS: Final = {
    "report": "reslab_desktop.reports.report",
    "worksheets": "reslab_desktop.reports.worksheets",
    "tally": "reslab_desktop.reports.tally",
    "sign-in": "reslab_desktop.reports.signin",
    "poster": "reslab_desktop.reports.poster",
}
TILES: Final = ("2x2", "3x3")


@dataclass
class PdfOptions:
    kind: str = "report"
    page: str | None = None  # None: the workshop's default
    lang: str | None = None  # None: the workshop's language
    template: str | None = None
    round_id: str | None = None
    board_id: str | None = None
    tiles: str = "2x2"
    session_id: str | None = None
    sections: list[str] | None = None  # report sections to include (None: all that apply)

    def check(self) -> None:
        if self.kind not in KINDS:
            raise ReslabError(f"unknown PDF kind {self.kind!r} (choose {'|'.join(KINDS)})")
        if self.page is not None and self.page not in PAGE_SIZES:
            raise ReslabError(f"unknown page size {self.page!r} (choose {'|'.join(PAGE_SIZES)})")
        if self.lang is not None and self.lang not in ("es", "en"):
            raise ReslabError(f"unknown language {self.lang!r} (choose es|en)")
        if self.tiles not in TILES:
            raise ReslabError(f"unknown tiling {self.tiles!r} (choose {'|'.join(TILES)})")
        if self.kind == "tally" and not self.round_id:
            raise ReslabError("a tally sheet needs --round ID (the voting round to count)")
        if self.kind == "poster" and not self.board_id:
            raise ReslabError("a poster needs --board ID (the board to print)")


@dataclass
class PdfJob:
    """Everything needed to build the PDF, already read from the store (plain data)."""

    options: PdfOptions
    lang: str
    page: str
    header: str
    loaded: Any
    module: Any = field(repr=False)

    def write(
        self,
        target: Path,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """Build into ``target`` atomically: on error or cancel nothing is left behind."""
        from reslab_desktop.storage.atomic import atomic_path

        ctx = BuildContext(lang=self.lang, page=self.page, header_text=self.header,
                           options=vars(self.options), progress=progress, cancelled=cancelled)
        with atomic_path(Path(target)) as tmp:
            self.module.write(tmp, self.loaded, ctx)
        if progress:
            progress(1.0, "done")


def prepare(store: Store, options: PdfOptions) -> PdfJob:
    """Validate the options and read what the chosen kind needs (the only store access)."""
    from reslab_desktop.services.workshop import get_workshop

    options.check()
    info = get_workshop(store)
    lang = options.lang or (info.language if info.language in ("es", "en") else "es")
    page = options.page or default_page_size(info.language)
    module = importlib.import_module(KINDS[options.kind])
    loaded = module.load(store, options)
    return PdfJob(options=options, lang=lang, page=page, header=info.title, loaded=loaded, module=module)


def export_pdf(store: Store, target: Path, options: PdfOptions, progress: Progress | None = None) -> None:
    prepare(store, options).write(target, progress)
