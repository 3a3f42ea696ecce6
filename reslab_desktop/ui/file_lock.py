"""One writer per workshop file: a ``FILE.reslab.lock`` beside it (QLockFile).

A second app instance opening the same file is refused with a one-line message, whatever
path leads to it: besides the lock beside the file, a second lock named by the file's
identity (device and inode, ``storage/atomic.py``) is taken in the temporary folder, so a
hard link or a symlink to an open workshop is refused too. A lock left
behind by a crashed instance (its process is gone) is taken over. When no lock can be
created at all (read-only medium, no permission), the file is opened read-only instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from reslab_desktop.errors import WorkshopFileError

LOCK_SUFFIX = ".lock"


class FileInUseError(WorkshopFileError):
    """Another running instance holds the workshop's lock."""


def lock_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + LOCK_SUFFIX)


def acquire(path: Path) -> QLockFile | None:
    """Lock ``path`` for writing. Returns ``None`` when the lock cannot be created (open read-only).

    Raises :class:`FileInUseError` when another live instance holds it.
    """
    lock = _Locks(str(lock_path(path)))
    # 0: a lock held by a running process never goes stale by age (a workshop stays open
    # for hours); a lock whose process is gone is still detected as stale and taken over.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        twin = identity_lock_path(path)
        if twin is not None:
            other = QLockFile(str(twin))
            other.setStaleLockTime(0)
            if other.tryLock(0):
                lock.twin = other
            elif other.error() == QLockFile.LockError.LockFailedError:
                lock.unlock()
                raise FileInUseError(_in_use_message(path, other))
        return lock
    error = lock.error()
    if error == QLockFile.LockError.LockFailedError:
        raise FileInUseError(_in_use_message(path, lock))
    return None


class _Locks(QLockFile):
    """The lock beside the file, and its twin named by the file's identity."""

    twin: QLockFile | None = None

    def unlock(self) -> None:
        super().unlock()
        if self.twin is not None:
            self.twin.unlock()
            self.twin = None


def identity_lock_path(path: Path) -> Path | None:
    """``<temp>/reslab-locks/<dev>-<inode>.lock`` for the file ``path`` leads to, if it exists."""
    import tempfile

    from reslab_desktop.storage.atomic import identity

    key = identity(path)
    if key is None:
        return None
    folder = Path(tempfile.gettempdir()) / "reslab-locks"
    try:
        folder.mkdir(mode=0o1777, exist_ok=True)
    except OSError:
        return None
    return folder / f"{key[0]}-{key[1]}{LOCK_SUFFIX}"


def _in_use_message(path: Path, lock: QLockFile) -> str:
    info = lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a false value when unreadable
    pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
    # the computer's name helps (a shared folder); a process id means nothing to a facilitator
    where = QCoreApplication.translate("FileLock", "on the computer %1").replace("%1", host) if pid and host else ""
    text = QCoreApplication.translate(
        "FileLock", "%1 is already open in another Resiliency Lab window (%2); close it there first"
    )
    return text.replace("%1", Path(path).name).replace("%2", where).replace(" ()", "")
