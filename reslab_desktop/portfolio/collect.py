"""Reading the files of a portfolio, one at a time, into a :class:`Portfolio`.

Each file is opened read-only, summarized and closed before the next one: what stays in
memory is one small summary per community. A file that cannot be read (damaged, made by a
newer version, not a workshop at all…) is listed with a one-line reason and the reading goes
on. Files of the same workshop (``identity.workshop_key``) are counted once: the one changed
last is kept and the portfolio lists the others as copies.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from reslab_desktop.errors import (
    DamagedFileError,
    NewerFileError,
    ReslabError,
    WorkshopFileError,
)
from reslab_desktop.model.vocab import PHASES
from reslab_desktop.portfolio.identity import WorkshopKey
from reslab_desktop.portfolio.summary import (
    CommunitySummary,
    ResourceLine,
    resource_lines,
    summarize,
)
from reslab_desktop.rules import localization

Progress = Callable[[float, str], None]

#: Why a file was not read, in a word (the reports say each in the portfolio's language).
REASONS = ("damaged", "newer", "older", "not_workshop", "unreadable")


class ReadCancelled(ReslabError):
    """The user stopped the reading; nothing was written."""


@dataclass(frozen=True)
class Unreadable:
    path: Path
    reason: str  # one of REASONS
    detail: str  # the one-line message of the error, without the file's name


@dataclass(frozen=True)
class Copies:
    """Files holding the same workshop: ``kept`` is counted, ``others`` are not."""

    name: str
    kept: Path
    others: tuple[Path, ...]
    identical: bool  # every file says the same (else the one changed last is kept)


@dataclass
class Portfolio:
    communities: list[CommunitySummary] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    copies: list[Copies] = field(default_factory=list)
    files: int = 0  # how many files were looked at

    # -- totals over the communities -----------------------------------------------------
    def total(self, attribute: str) -> int:
        return sum(getattr(c, attribute) for c in self.communities)

    @property
    def distinct_organizations(self) -> int:
        return len(frozenset().union(*(c.organization_keys for c in self.communities)))

    @property
    def pathway(self) -> list[localization.PathwayPoint]:
        """The combined pathway: every community's decisions of a step counted together."""
        combined = []
        for i, phase in enumerate(PHASES):
            tallies = [c.pathway[i].tally for c in self.communities]
            combined.append(localization.PathwayPoint(phase, localization.Tally(
                sum(t.facilitators for t in tallies), sum(t.shared for t in tallies), sum(t.local for t in tallies))))
        return combined

    @property
    def tally(self) -> localization.Tally:
        return localization.overall(self.pathway)

    @property
    def resources(self) -> tuple[ResourceLine, ...]:
        """Per kind and unit over all communities (a gap is the sum of the communities' gaps)."""
        from reslab_desktop.rules.resources import Balance

        lines = [Balance("", r.kind, r.unit, r.needed, r.pledged, r.confirmed)
                 for c in self.communities for r in c.resources]
        totals = resource_lines(lines)
        gaps: dict[tuple[str, str], float] = {}
        for c in self.communities:
            for r in c.resources:
                gaps[(r.kind, r.unit)] = gaps.get((r.kind, r.unit), 0.0) + r.gap
        return tuple(ResourceLine(t.kind, t.unit, t.pledged, t.confirmed, t.needed, gaps[(t.kind, t.unit)])
                     for t in totals)

    @property
    def first_date(self) -> str | None:
        return min((c.info.starts_on for c in self.communities if c.info.starts_on), default=None)

    @property
    def last_date(self) -> str | None:
        ends = [c.info.ends_on or c.info.starts_on for c in self.communities]
        return max((d for d in ends if d), default=None)


def read_portfolio(
    paths: Sequence[Path], progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
) -> Portfolio:
    """Summarize every file of ``paths`` (see the module doc); ``progress(fraction, file name)``."""
    kept: dict[WorkshopKey, CommunitySummary] = {}
    seen: dict[WorkshopKey, list[Path]] = {}
    unreadable: list[Unreadable] = []
    differing: dict[WorkshopKey, bool] = {}  # copies of a workshop that do not all say the same
    for number, path in enumerate(paths):
        if cancelled():
            raise ReadCancelled("reading cancelled")
        if progress:
            progress(number / max(len(paths), 1), path.name)
        try:
            summary = read_one(path)
        except ReadCancelled:
            raise
        except MemoryError:
            raise
        except Exception as exc:  # a damaged or hostile file never stops the portfolio
            unreadable.append(unreadable_entry(path, exc))
            continue
        seen.setdefault(summary.key, []).append(path)
        current = kept.get(summary.key)
        if current is None:
            kept[summary.key] = summary
        elif same_content(current, summary):
            differing.setdefault(summary.key, False)
        else:
            differing[summary.key] = True
            if summary.modified > current.modified:
                kept[summary.key] = summary
    copies = [Copies(kept[key].name, kept[key].path, tuple(p for p in files if p != kept[key].path),
                     identical=not differing.get(key, False))
              for key, files in seen.items() if len(files) > 1]
    communities = sorted(kept.values(), key=lambda c: (c.info.starts_on or "9999", c.name.casefold(), str(c.path)))
    if progress:
        progress(1.0, "")
    return Portfolio(communities, unreadable, copies, len(paths))


def same_content(a: CommunitySummary, b: CommunitySummary) -> bool:
    """Two summaries that differ only in where the file is and when it was written."""
    return replace(a, path=b.path, modified=b.modified) == b


def read_one(path: Path) -> CommunitySummary:
    from reslab_desktop.storage import Store

    store = Store.open(path, read_only=True)
    try:
        return summarize(store, path)
    finally:
        store.close()


def unreadable_entry(path: Path, exc: BaseException) -> Unreadable:
    """Why ``path`` could not be read, as a reason word and the error's one line."""
    from reslab_desktop.storage.probe import one_line

    detail = one_line(exc)
    for prefix in (f"{path}: ", f"{path.name}: "):
        if detail.startswith(prefix):
            detail = detail[len(prefix):]
    if isinstance(exc, NewerFileError):
        reason = "newer"
    elif isinstance(exc, DamagedFileError):
        reason = "damaged"
    elif isinstance(exc, WorkshopFileError):
        reason = _workshop_file_reason(path)
    elif isinstance(exc, ReslabError):
        reason = "unreadable"
    elif isinstance(exc, sqlite3.Error | UnicodeError | ValueError | TypeError | KeyError | LookupError):
        reason = "damaged"  # rows the app cannot make sense of
    else:
        from sqlalchemy.exc import SQLAlchemyError

        reason = "damaged" if isinstance(exc, SQLAlchemyError) else "unreadable"
        if reason == "unreadable":
            detail = f"{type(exc).__name__}: {detail}"
    return Unreadable(path, reason, detail)


def _workshop_file_reason(path: Path) -> str:
    """A refused file: one of ours of an older format, or not a workshop at all."""
    from reslab_desktop.storage.migrations import LATEST_VERSION
    from reslab_desktop.storage.probe import APPLICATION_ID, SQLITE_MAGIC

    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return "unreadable"
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return "not_workshop"
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return "not_workshop"
    return "older" if int.from_bytes(header[60:64], "big") < LATEST_VERSION else "unreadable"
