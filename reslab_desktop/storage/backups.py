"""Rotating backup copies of the open workshop, kept in the user's data folder.

A copy is taken with the SQLite backup API (``Store.backup_to``, consistent even while the
app writes) when a session starts and then every few minutes while something changed.
They live in ``<user data>/reslab/backups/<file stem>-<path hash>/`` — off the USB stick the
workshop may sit on — and only the newest ``keep`` are kept. The hash of the file's full path
keeps two workshops both called "taller.reslab" from sharing (and pruning) one folder. This also covers a session that went on
in memory after a write failure (``store.detached``): its backups still reach the disk.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from reslab_desktop.errors import ReslabError, WorkshopFileError
from reslab_desktop.storage.atomic import atomic_path
from reslab_desktop.storage.events import Change
from reslab_desktop.storage.probe import probe
from reslab_desktop.storage.store import FILE_SUFFIX, Store

DEFAULT_KEEP = 10
DEFAULT_EVERY = timedelta(minutes=10)
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    #: True for the copy of the file as it was just before a restore replaced it.
    before_restore: bool = False


def backups_root() -> Path:
    import platformdirs

    return platformdirs.user_data_path("reslab", appauthor=False) / "backups"


def backup_folder(workshop: Path, root: Path | None = None) -> Path:
    workshop = Path(workshop).resolve()
    digest = hashlib.sha1(str(workshop).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return (root or backups_root()) / f"{workshop.stem}-{digest}"


def make_backup(store: Store, *, root: Path | None = None, keep: int = DEFAULT_KEEP,
                now: datetime | None = None) -> Path:
    """Copy the workshop into its backup folder and drop the oldest copies beyond ``keep``."""
    folder = backup_folder(store.path, root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReslabError(f"cannot create the backup folder {folder} ({exc.strerror})") from exc
    target = folder / f"{store.path.stem}-{(now or datetime.now()).strftime(_STAMP)}{FILE_SUFFIX}"
    store.backup_to(target)
    prune(store.path, keep, root=root)
    return target


def list_backups(workshop: Path, root: Path | None = None) -> list[BackupInfo]:
    """The backups of ``workshop``, newest first."""
    folder = backup_folder(workshop, root)
    stem = Path(workshop).stem
    found = []
    for path in folder.glob(f"*{FILE_SUFFIX}") if folder.is_dir() else ():
        stamp = path.stem[len(stem) + 1 :]
        before_restore = stamp.startswith("before-restore-")
        try:
            created = datetime.strptime(stamp.removeprefix("before-restore-"), _STAMP)
        except ValueError:
            continue  # not one of ours
        found.append(BackupInfo(path, created, path.stat().st_size, before_restore))
    return sorted(found, key=lambda b: b.created, reverse=True)


def prune(workshop: Path, keep: int, root: Path | None = None) -> list[Path]:
    """Remove the oldest regular backups beyond ``keep``; returns what was removed."""
    regular = [b for b in list_backups(workshop, root) if not b.before_restore]
    removed = []
    for old in regular[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def restore_backup(backup: Path, target: Path, *, root: Path | None = None,
                   now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``target`` (which must not be open).

    The backup is checked first; the file it replaces is kept as a "before-restore" copy
    in the backup folder (returned), so a restore can itself be undone.
    """
    backup, target = Path(backup), Path(target)
    info = probe(backup)
    if info.interrupted:
        raise WorkshopFileError(f"{backup.name}: this backup is incomplete; choose another")
    kept = None
    if target.exists():
        folder = backup_folder(target, root)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = (now or datetime.now()).strftime(_STAMP)
        kept = folder / f"{target.stem}-before-restore-{stamp}{FILE_SUFFIX}"
        try:
            shutil.copyfile(target, kept)
        except OSError as exc:
            raise ReslabError(f"could not keep a copy of {target.name} ({exc.strerror})") from exc
    with atomic_path(target) as tmp:
        shutil.copyfile(backup, tmp)
    return kept


class BackupSchedule:
    """When to take backups during a session; the UI calls :meth:`tick` from a timer.

    Time is passed in (``now``) so that the rule is testable without waiting.
    """

    def __init__(self, store: Store, *, every: timedelta = DEFAULT_EVERY, keep: int = DEFAULT_KEEP,
                 root: Path | None = None) -> None:
        self.store, self.every, self.keep, self.root = store, every, keep, root
        self.last_backup: datetime | None = None
        self.last_error: str | None = None
        self._changed = False
        store.events.subscribe(self._on_change)

    def _on_change(self, changes: Sequence[Change]) -> None:
        self._changed = True

    def start(self, now: datetime | None = None) -> Path | None:
        """The session-start copy (the file as it was opened)."""
        return self._backup(now or datetime.now())

    def tick(self, now: datetime | None = None) -> Path | None:
        now = now or datetime.now()
        if not self._changed or (self.last_backup and now - self.last_backup < self.every):
            return None
        return self._backup(now)

    def stop(self) -> None:
        self.store.events.unsubscribe(self._on_change)

    def _backup(self, now: datetime) -> Path | None:
        try:
            path = make_backup(self.store, root=self.root, keep=self.keep, now=now)
        except (ReslabError, OSError) as exc:
            self.last_error = str(exc)  # a failed backup must never interrupt the workshop
            return None
        self.last_backup, self._changed, self.last_error = now, False, None
        return path
