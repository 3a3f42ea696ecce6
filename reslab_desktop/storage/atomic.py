"""Write output files atomically: a temp file beside the target, fsync, then rename.

An interrupted command never leaves a half-written file at the target. The rules every
output follows (``docs/reliability.md``):

- an output that *is* a file the process is reading (the same file, a hard link or a symlink
  to it: compared by ``os.stat`` identity) is refused, so ``export w.reslab -o w.reslab`` can
  never destroy the workshop;
- an output that is a folder, a device or a FIFO is refused (a root user's ``-o /dev/full``
  never replaces the device node with a regular file);
- a full disk (or a failing one, or a lost permission) is a user error: one line, and no
  partial file is left, for every output kind;
- the temporary file's name carries the writer's process id, so a ``.part`` left by a killed
  writer is removed by the next output to that folder (and when a workshop is opened there).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import sqlite3
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from reslab_desktop.errors import ReslabError

PART_SUFFIX = ".part"
#: A ``.part`` without a process id (written by an older version) is stale after this long.
_LEGACY_PART_AGE = 600.0

# errno values meaning "the medium refuses the write": a user's problem, never a bug.
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_CANNOT_WRITE = {errno.EIO, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.ESTALE}
# SQLite primary result codes for the same (SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN).
_SQLITE_DISK_FULL = {13}
_SQLITE_CANNOT_WRITE = {10, 14}


class OutputError(ReslabError):
    """An output cannot be written where it was asked (one line; nothing was written)."""


# -- the files this process reads (an output may never replace one of them) -------------------
_inputs: dict[tuple[int, int], int] = {}
_inputs_lock = threading.Lock()


def identity(path: Path) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of the file ``path`` leads to (symlinks followed), or ``None``."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def hold_input(path: Path) -> tuple[int, int] | None:
    """Mark ``path`` as read by this process until :func:`release_input`."""
    key = identity(path)
    if key is not None:
        with _inputs_lock:
            _inputs[key] = _inputs.get(key, 0) + 1
    return key


def release_input(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _inputs_lock:
        left = _inputs.get(key, 0) - 1
        if left > 0:
            _inputs[key] = left
        else:
            _inputs.pop(key, None)


@contextlib.contextmanager
def reading(path: Path) -> Iterator[None]:
    """While inside, no output of this process may replace ``path``."""
    key = hold_input(path)
    try:
        yield
    finally:
        release_input(key)


def check_output(target: Path) -> None:
    """Refuse, in one line, an output that is an input, a folder, a device or a FIFO."""
    target = Path(target)
    try:
        st = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        return  # (the folder's own check says what is wrong)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{target}: is a folder (give a file name)")
    if stat.S_ISFIFO(st.st_mode):
        raise OutputError(f"{target}: is a pipe (FIFO), not a file; give a file name")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        raise OutputError(f"{target}: is a device, not a file; give a file name")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{target}: is not a regular file; give a file name")
    with _inputs_lock:
        if (st.st_dev, st.st_ino) in _inputs:
            raise OutputError(f"{target}: is the file being read; write the output to another file")


def write_failure(target: Path, exc: BaseException) -> OutputError | None:
    """The one-line user error for a write the medium refused, or ``None`` (then it is a bug)."""
    if isinstance(exc, OSError):
        code = exc.errno
        if code in _DISK_FULL:
            return OutputError(f"{target}: the disk is full; nothing was written")
        if code in _CANNOT_WRITE:
            return OutputError(f"{target}: cannot write here ({exc.strerror}); nothing was written")
    if isinstance(exc, sqlite3.OperationalError):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in _SQLITE_DISK_FULL or "disk is full" in str(exc):
            return OutputError(f"{target}: the disk is full; nothing was written")
        if code in _SQLITE_CANNOT_WRITE:
            return OutputError(f"{target}: cannot write here (input/output error); nothing was written")
    return None


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` in one rename."""
    target = Path(target)
    parent = target.parent if str(target.parent) else Path(".")
    check_output(target)
    if not parent.is_dir():
        raise OutputError(f"{target}: the folder {parent} does not exist")
    remove_stale_parts(parent, target.name)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=parent)
    except OSError as exc:
        raise write_failure(target, exc) or OutputError(f"{target}: cannot write here ({exc.strerror})") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    _give_mode(tmp, target)
    try:
        try:
            yield tmp
            _fsync(tmp)
            check_output(target)  # the target may have become something else meanwhile
            os.replace(tmp, target)
        except (OSError, sqlite3.OperationalError) as exc:
            failure = write_failure(target, exc)
            if failure is None:
                raise
            raise failure from exc
        with contextlib.suppress(OSError):
            _fsync_dir(parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


_OURS = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]{8}\.part$")
_LEGACY = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.part$")


def remove_stale_parts(folder: Path, name: str | None = None) -> int:
    """Remove the ``.NAME.PID.xxxxxxxx.part`` files of writers that are gone; returns how many.

    With ``name`` (before writing that output), also the older ``.NAME.xxxxxxxx.part`` (no
    process id) left over ten minutes ago. Nothing else in the folder is touched."""
    removed = 0
    try:
        candidates = list(Path(folder).glob(f".{glob.escape(name) if name else '*'}.*{PART_SUFFIX}"))
    except OSError:
        return 0
    for part in candidates:
        ours = _OURS.match(part.name)
        legacy = None if ours else _LEGACY.match(part.name)
        try:
            if ours and (name is None or ours["name"] == name):
                if _pid_alive(int(ours["pid"])):
                    continue
            elif legacy and name is not None and legacy["name"] == name:
                if time.time() - part.stat().st_mtime < _LEGACY_PART_AGE:
                    continue
            else:
                continue
            if not part.is_file() or part.is_symlink():
                continue
            part.unlink()
            removed += 1
        except OSError:
            continue
    return removed


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once: changing the umask is process-wide (threads write files too)


def _give_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes the file private (0600); the result gets the mode a plain ``open`` gives
    (or the replaced file's), so a shared folder's other users can still read the output."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_UMASK
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
