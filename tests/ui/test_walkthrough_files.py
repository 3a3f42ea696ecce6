"""Bugs found walking through a workshop as a facilitator: opening bad files."""

from __future__ import annotations

import gc
import shutil
import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox

from reslab_desktop.ui.workspace import workspace


def test_a_bad_file_opened_with_a_workshop_open_shows_its_dialog(open_window, demo_copy, tmp_path):
    window = open_window(demo_copy)
    newer = tmp_path / "newer.reslab"
    shutil.copy(demo_copy, newer)
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version=99")
    before = newer.read_bytes()
    # no parent given: what a restored backup or a file handed over by the system does
    assert workspace().open_or_report(newer) is None
    QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "newer version" in boxes[0].text() and not boxes[0].detailedText()
    boxes[0].close()
    assert newer.read_bytes() == before and workspace().windows == [window]


def test_an_error_with_no_active_window_stays_on_screen_until_closed(app):
    from reslab_desktop.errors import ValidationError
    from reslab_desktop.ui.dialogs import show_error

    show_error(None, ValidationError("the title cannot be empty"))  # the caller keeps no reference
    gc.collect()
    QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [b.text() for b in boxes] == ["the title cannot be empty"]
    boxes[0].close()
