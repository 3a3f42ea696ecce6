"""A main window of the app for the notes tests (settings in a folder of the test's), with the
room opened to phones on 127.0.0.1 through the console's Phones box."""

from __future__ import annotations

import pytest


@pytest.fixture
def app_window(qapp, tmp_path_factory):
    """``app_window(path)``: a main window on ``path``; every window is closed after the test."""
    from PySide6.QtCore import QSettings

    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.workspace import workspace

    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    prepare_application(qapp)
    yield lambda path: workspace().open_path(path)
    ws = workspace()
    for window in list(ws.windows):
        window.close()
    if ws.start is not None:
        ws.start.close()


def open_room(window) -> str:  # type: ignore[no-untyped-def]
    """Open the room to phones on 127.0.0.1 (any free port); its join URL."""
    from reslab_desktop.ui.room import phones_hooks

    box = phones_hooks.phones_box(window)
    box.address.clear()
    box.address.addItem("127.0.0.1 (lo)", "127.0.0.1")  # tests talk to this machine only
    return box.phones.open("127.0.0.1", port=0)
