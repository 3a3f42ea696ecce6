"""Promise 2 in the app: opening a damaged or hostile file shows one line in a dialog, opens
no window, changes nothing, and the app goes on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.reliability.hostile import HOSTILE


@pytest.fixture
def workspace_app(qapp):
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.workspace import workspace

    prepare_application(qapp)
    yield workspace()
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.mark.parametrize("name", ["corrupted page", "newer schema version", "planted trigger",
                                  "another application's SQLite file", "zero-length",
                                  # issue 19: on the old code the GUI died or showed "this is a bug"
                                  "phase 99", "note text stored as a BLOB", "facilitators not a JSON list",
                                  "x = +Inf", "trigger named sqlitex_", "foreign -wal"])
def test_hostile_file_gets_a_one_line_dialog(name, workspace_app, tmp_path, qtbot):
    path = HOSTILE[name](tmp_path / "taller.reslab")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    windows = len(workspace_app.windows)
    assert workspace_app.open_or_report(path) is None
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "taller.reslab" in text and "\n" not in text and "Traceback" not in text
    assert not boxes[0].detailedText()  # a user's file problem, not a bug: no details
    assert len(workspace_app.windows) == windows
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    boxes[0].close()
