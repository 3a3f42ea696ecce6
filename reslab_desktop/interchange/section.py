"""What a part of the interchange document must provide, and the context shared on import.

A section reads its part of the document into rows (``validate``), writes those rows with
``executemany`` (``write``) and reads them back for export (``export``). Sections run in
the order of ``SECTIONS`` so that later ones can refer to ids claimed by earlier ones.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any, Protocol

from reslab_desktop.errors import InterchangeError


@dataclass
class ImportContext:
    """Ids seen so far, by kind ("organization", "participant", "board", "zone", "note"…)."""

    ids: dict[str, dict[str, Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def claim(self, kind: str, ident: str, path: str, owner: Any = None) -> None:
        """Record ``ident`` as a new id of ``kind``; ``owner`` is e.g. the board of a note."""
        known = self.ids.setdefault(kind, {})
        if ident in known:
            raise InterchangeError(path, f"duplicate {kind} id {ident!r}")
        known[ident] = owner

    def known(self, kind: str) -> dict[str, Any]:
        return self.ids.setdefault(kind, {})


class Section(Protocol):
    key: str
    #: True for sections every document must have (the version-1 core).
    required: bool

    def validate(self, value: Any, ctx: ImportContext) -> Any:
        """Check ``document[key]`` and return what ``write`` needs; raise InterchangeError."""

    def write(self, conn: sqlite3.Connection, plan: Any) -> None:
        """Insert the validated rows (inside the import's single transaction)."""

    def export(self, conn: sqlite3.Connection) -> Any:
        """The JSON value for ``document[key]``, or ``None`` to leave the key out."""
