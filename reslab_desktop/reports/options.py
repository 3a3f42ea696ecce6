"""What to export: the PDF kinds and their options (no ReportLab import: the CLI parser and
the UI dialog read these at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from reslab_desktop.errors import ReslabError

PAGE_SIZE_NAMES: Final = ("letter", "a4", "legal", "a3", "tabloid")
# kind -> module with ``load(store, options) -> Any`` and ``write(path, loaded, ctx) -> None``
KINDS: Final = {
    "report": "reslab_desktop.reports.report",
    "worksheets": "reslab_desktop.reports.worksheets",
    "tally": "reslab_desktop.reports.tally",
    "sign-in": "reslab_desktop.reports.signin",
    "poster": "reslab_desktop.reports.poster",
}
TILES: Final = ("2x2", "3x3")


def default_page_size(language: str) -> str:
    """Workshops are held in Mexico, where offices print on Letter (also for English reports)."""
    return "letter"


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
        if self.page is not None and self.page not in PAGE_SIZE_NAMES:
            raise ReslabError(f"unknown page size {self.page!r} (choose {'|'.join(PAGE_SIZE_NAMES)})")
        if self.lang is not None and self.lang not in ("es", "en"):
            raise ReslabError(f"unknown language {self.lang!r} (choose es|en)")
        if self.tiles not in TILES:
            raise ReslabError(f"unknown tiling {self.tiles!r} (choose {'|'.join(TILES)})")
        if self.kind == "tally" and not self.round_id:
            raise ReslabError("a tally sheet needs --round ID (the voting round to count)")
        if self.kind == "poster" and not self.board_id:
            raise ReslabError("a poster needs --board ID (the board to print)")


