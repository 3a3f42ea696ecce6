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


@pytest.fixture
def store(tmp_path: Path):
    """A new, empty workshop file on disk."""
    s = Store.create(tmp_path / "taller.reslab", "Taller de prueba")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop written once per test session (open it read-only or copy it)."""
    from reslab_desktop.cli.files import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.reslab")


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private writable copy of the demo workshop."""
    import shutil

    target = tmp_path / "demo.reslab"
    shutil.copy(demo_file, target)
    return target
