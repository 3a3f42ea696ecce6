"""Killing the app loses nothing done before: every board action is committed when it happens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from reslab_desktop.services import boards
from reslab_desktop.storage import Store

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from reslab_desktop.services import boards
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.board.editor import BoardEditor

    app = QApplication([])
    store = Store.open(Path(sys.argv[1]))
    board = boards.list_boards(store)[0].id
    editor = BoardEditor(store, QUndoStack())
    editor.show_board(board)
    c = editor.controller
    c.add_text_notes("primera\\nsegunda\\ntercera", QPointF(0, 0))
    first = next(i for i, item in editor.scene.notes.items() if item.record.text == "primera")
    editor.select_notes([first])
    c.on_items_moved({"notes": {first: (900.0, 50.0)}})
    c.set_color("#C7B3EA")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_board_actions_survive_a_kill(store: Store, tmp_path: Path) -> None:
    board = boards.create_board(store, 1, "Antes del apagón")
    path = store.path
    store.close()
    script = tmp_path / "work_then_die.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, timeout=120, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    assert not Path(f"{path}-journal").exists() or Path(f"{path}-journal").stat().st_size == 0
    with Store.open(path) as again:
        notes = {n.text: n for n in boards.load_board(again, board).notes}
    assert set(notes) == {"primera", "segunda", "tercera"}
    assert (notes["primera"].x, notes["primera"].y, notes["primera"].color) == (900, 50, "#C7B3EA")
