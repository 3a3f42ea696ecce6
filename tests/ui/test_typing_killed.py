"""``kill -9`` while a note is being typed: the text typed so far is in the file, and the next
start says the app recovered from an unexpected stop and offers to reopen the workshop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reslab_desktop.services import boards
from reslab_desktop.storage import Store
from reslab_desktop.ui import recovery
from reslab_desktop.ui.file_lock import lock_path

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QPointF, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, sys.argv[2])
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.board.inline_edit import SAVE_AFTER_MS
    from reslab_desktop.ui.workspace import workspace

    app = QApplication([])
    prepare_application(app)
    window = workspace().open_path(Path(sys.argv[1]))
    window.open_board(sys.argv[3])
    editor = window.board_editor
    editor.controller.add_note_at(QPointF(300, 300), edit=True)  # as a double-click does
    QTest.keyClicks(editor.controller.inline, "Agua potable para el barrio")

    def die():
        os.kill(os.getpid(), signal.SIGKILL)  # mid-edit: Enter was never pressed

    QTimer.singleShot(SAVE_AFTER_MS + 300, die)
    app.exec()
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_text_typed_before_a_kill_is_kept_and_the_next_start_offers_the_workshop(
    app, qtbot, tmp_path: Path, isolated_settings: Path
) -> None:
    path = tmp_path / "taller.reslab"
    with Store.create(path, "Taller") as store:
        board = boards.create_board(store, 2, "Retos")
    script = tmp_path / "type_then_die.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(path), str(isolated_settings), board],
                            capture_output=True, timeout=120, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    with Store.open(path) as again:
        assert [n.text for n in boards.load_board(again, board).notes] == ["Agua potable para el barrio"]
    assert lock_path(path).exists()  # left behind by the killed process

    stopped = recovery.unexpected_stop()  # what the next start asks first
    assert stopped == [path.resolve()]
    from reslab_desktop.ui.workspace import workspace

    start = workspace().show_start()
    box = recovery.offer(start, stopped)
    assert box is not None and box.isVisible()
    assert "unexpected stop" in box.text() and "taller" in box.informativeText()
    box.button(QMessageBox.StandardButton.Open).click()
    try:
        window = next(w for w in workspace().windows if w.path == path.resolve())
        window.open_board(board)
        assert [i.record.text for i in window.board_editor.scene.notes.values()] == ["Agua potable para el barrio"]
    finally:
        for w in list(workspace().windows):
            w.close()
        if workspace().start is not None:
            workspace().start.close()
    assert recovery.unexpected_stop() == []  # a clean close is not an unexpected stop
