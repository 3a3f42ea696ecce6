"""Write output files atomically: a temp file beside the target, fsync, then rename.

An interrupted command never leaves a half-written file at the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reslab_desktop.errors import ReslabError


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` in one rename."""
    target = Path(target)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ReslabError(f"{target}: is a folder (give a file name)")
    if not parent.is_dir():
        raise ReslabError(f"{target}: the folder {parent} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
    except OSError as exc:
        raise ReslabError(f"{target}: cannot write here ({exc.strerror})") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    _give_mode(tmp, target)
    try:
        yield tmp
        _fsync(tmp)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise ReslabError(f"{target}: cannot write here ({exc.strerror})") from exc
        _fsync_dir(parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


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
