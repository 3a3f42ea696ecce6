"""UI fixtures: settings isolated per test; the app prepared like ``run_gui`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """Every test starts with empty QSettings in its own folder (never the user's)."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def app(qapp):
    """The QApplication with bundled fonts, names and error dialogs, as ``run_gui`` sets it up."""
    from reslab_desktop.ui.app import prepare_application

    prepare_application(qapp)
    return qapp


@pytest.fixture
def open_window(app):
    """``open_window(path)`` opens a workshop through the workspace; windows are closed after."""
    from reslab_desktop.ui.workspace import workspace

    def opener(path: Path):
        return workspace().open_path(path)  # windows delete themselves on close

    yield opener
    ws = workspace()
    for window in list(ws.windows):
        window.close()
    if ws.start is not None:
        ws.start.close()
