"""Export any PDF kind: ``prepare`` reads the store once, ``PdfJob.write`` builds off-thread.

    job = prepare(store, PdfOptions(kind="report", page="a4"))   # on the thread owning the store
    job.write(Path("out.pdf"), progress=..., cancelled=...)      # any thread; atomic, no partial file
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reslab_desktop.reports.document import BuildContext, Progress
from reslab_desktop.reports.options import KINDS, TILES, PdfOptions, default_page_size
from reslab_desktop.storage import Store


@dataclass
class PdfJob:
    """Everything needed to build the PDF, already read from the store (plain data)."""

    options: PdfOptions
    lang: str
    page: str
    header: str
    loaded: Any
    module: Any = field(repr=False)

    @property
    def note_count(self) -> int:
        """How many notes the build draws (to decide whether progress is worth showing)."""
        data = self.loaded[0] if isinstance(self.loaded, tuple) and self.loaded else self.loaded
        return int(getattr(data, "note_count", 0))

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


__all__ = ["KINDS", "TILES", "PdfJob", "PdfOptions", "export_pdf", "prepare"]
