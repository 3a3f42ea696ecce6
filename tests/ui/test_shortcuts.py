"""No key press is ambiguous: shortcuts checked as Qt resolves them, on several platforms.

The action table once gave Duplicar Ctrl+D and Eliminar ``QKeySequence.StandardKey.Delete``,
which the X11 platform theme expands to Del *and* Ctrl+D: Ctrl+D did nothing ("Ambiguous
shortcut overload") and a check of the table's strings saw no clash. These tests look at the
built windows (``shortcut_clashes``) under the platform the tests run on (offscreen: the
Windows key bindings) and, in a child process, under X11 and GNOME (xvfb-run).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from shortcut_clashes import clashes, open_every_window

from reslab_desktop.services import boards

HERE = Path(__file__).resolve().parent


def test_no_key_is_bound_twice_where_both_are_alive(open_window, demo_copy, qtbot) -> None:
    from reslab_desktop.ui.workspace import workspace

    windows = open_every_window(demo_copy)
    try:
        assert clashes(QApplication.instance()) == {}
    finally:
        for window in windows:
            window.close()
        workspace().start = None


def test_the_check_sees_a_standard_key_expanded_by_the_platform(open_window, demo_copy) -> None:
    """A clash hidden in a standard key is found: Delete's own bindings given to another action."""
    window = open_window(demo_copy)
    duplicate = window.actions_by_id["board.duplicate"]
    before = duplicate.shortcuts()
    duplicate.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
    try:
        found = clashes(QApplication.instance())
        assert found == {"Del": ["board.delete_selection", "board.duplicate"]}
    finally:
        duplicate.setShortcuts(before)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run for an X11 display")
@pytest.mark.parametrize("theme", ["", "gnome"])
def test_no_clash_with_the_key_bindings_of_x11(demo_copy, tmp_path, theme) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_QPA_PLATFORMTHEME")}
    env["QT_QPA_PLATFORM"] = "xcb"
    if theme:
        env["QT_QPA_PLATFORMTHEME"] = theme
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", sys.executable, str(HERE / "shortcut_clashes.py"),
         str(demo_copy)], capture_output=True, text=True, timeout=240, env=env, cwd=tmp_path)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    found = json.loads(lines[-1])
    assert found["platform"] == "xcb"
    assert "Ctrl+D" in found["delete"]  # X11's bindings are the ones checked
    assert found["clashes"] == {}
    assert result.returncode == 0


def test_ctrl_d_duplicates_and_del_deletes_on_the_board(open_window, demo_copy, qtbot) -> None:
    window = open_window(demo_copy)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    board = boards.list_boards(window.store, 2)[0]
    window.open_board(board.id)
    editor = window.board_editor
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.view.setFocus()
    note = next(iter(editor.scene.notes))
    editor.select_notes([note])
    count = len(editor.scene.notes)
    delete = window.actions_by_id["board.delete_selection"]
    assert {s.toString() for s in delete.shortcuts()} == {"Del", "Backspace"}
    qtbot.keyClick(editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.scene.notes) == count + 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert len(editor.scene.notes) == count
