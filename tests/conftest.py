"""Shared fixtures. Qt runs offscreen; settings and user folders are isolated per session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no real display, no real user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="reslab-test-home-"))
for var, sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_DOCUMENTS_DIR", "Documents"),
):
    os.environ[var] = str(_HOME / sub)
    (_HOME / sub).mkdir(parents=True, exist_ok=True)

import pytest  # noqa: E402

from reslab_desktop.storage import Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """The checkout's .qm catalogs, compiled where the wheel's build would (only stale ones)."""
    from tools.translations.build_qm import build_catalogs

    build_catalogs()


@pytest.fixture(autouse=True)
def qt_leftovers(request: pytest.FixtureRequest):
    """After a Qt test: its closed widgets are deleted now, on this thread, and nothing it
    opened is still on screen or still building in the background.

    Without this, ``deleteLater`` and Python's garbage collector destroy a test's widgets in
    the middle of a LATER test (or on a PDF worker thread), where their errors and crashes
    are blamed on the wrong test. Runs after pytest-qt closed the ``qtbot`` widgets and after
    the other fixtures (``open_window``) closed their windows.
    """
    yield
    if "qapp" not in request.fixturenames:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.ui import pdf_build

    assert pdf_build.export_pool().waitForDone(60_000), "a PDF build is still running after the test"
    _clear_quit_flag()
    for _ in range(2):  # a deletion can schedule another (a window's children, its audience screen)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in stray:
        widget.close()
    assert not stray, f"windows left open by the test: {[(type(w).__name__, w.objectName()) for w in stray]}"


def _clear_quit_flag() -> None:
    """A test that ran the app's event loop to its end (``reslab FILE``, then quit) leaves a
    second Quit event, posted when its last window closed. Delivered after the loop ended, it
    sets Qt's quit flag, and from then on every event loop (``qtbot.waitUntil``, modal
    dialogs) returns at once with -1. Running the application loop once clears the flag."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    probe = QEventLoop()
    QTimer.singleShot(0, probe.quit)
    if probe.exec() == -1:
        QTimer.singleShot(0, QCoreApplication.quit)
        QCoreApplication.exec()


@pytest.fixture
def store(tmp_path: Path):
    """A new, empty workshop file on disk."""
    s = Store.create(tmp_path / "taller.reslab", "Taller de prueba")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop written once per test session (open it read-only or copy it)."""
    from reslab_desktop.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.reslab")


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private writable copy of the demo workshop."""
    import shutil

    target = tmp_path / "demo.reslab"
    shutil.copy(demo_file, target)
    return target
