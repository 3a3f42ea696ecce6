"""Promise 4: one writer per file. A second instance is refused; a crashed one's lock is
taken over; a file whose lock cannot be made opens read-only, with a banner."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reslab_desktop.errors import ReadOnlyError
from reslab_desktop.services import boards
from reslab_desktop.storage import Store
from reslab_desktop.ui.file_lock import FileInUseError, acquire, lock_path

HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(600)
"""


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "taller.reslab"
    Store.create(path, "Taller").close()
    return path


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_running_instance_refuses_and_its_crash_frees_the_file(workshop, qapp):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(workshop)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUseError) as info:
            acquire(workshop)
        message = str(info.value)
        assert "\n" not in message and "already open" in message  # (no process id: words, item 22)
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        holder.wait()
    assert lock_path(workshop).exists()
    lock = acquire(workshop)
    assert lock is not None and lock.isLocked()
    lock.unlock()
    assert not lock_path(workshop).exists()


@pytest.fixture
def no_file_can_grow():
    """Like a full or read-only medium: every write past 0 bytes fails (EFBIG), even for root."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    @contextlib.contextmanager
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    return limit


def test_without_a_lock_the_file_opens_read_only_with_a_banner(workshop, qapp, qtbot, no_file_can_grow):
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.workspace import workspace

    prepare_application(qapp)
    before = workshop.read_bytes()
    with no_file_can_grow():
        assert acquire(workshop) is None  # the lock cannot be written
        window = workspace().open_path(workshop)
    try:
        assert window.store.read_only
        qtbot.waitUntil(window.banner.isVisible)
        assert "read-only" in window.banner.text().lower()
        with pytest.raises(ReadOnlyError):
            boards.create_board(window.store, 1, "No")
    finally:
        window.close()
    assert workshop.read_bytes() == before


IDENTITY_HOLDER = """
import sys, time
from reslab_desktop.ui.file_lock import acquire
lock = acquire(sys.argv[1])
assert lock is not None
print("locked", flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(os.name != "posix", reason="hard links and SIGKILL are POSIX")
@pytest.mark.parametrize("how", ["hard link", "symlink"])
def test_another_path_to_an_open_workshop_is_refused(workshop, qapp, how):
    other = workshop.with_name("otro-nombre.reslab")
    os.link(workshop, other) if how == "hard link" else other.symlink_to(workshop)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]), QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen([sys.executable, "-c", IDENTITY_HOLDER, str(workshop)],
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUseError) as info:
            acquire(other)  # on main: a second writer of the same file
        assert "\n" not in str(info.value)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    lock = acquire(other)  # the holder is gone: its locks are stale and taken over
    assert lock is not None
    lock.unlock()
