"""Screenshots of boards for a projector (1024×768, projector theme, 150 % text, Spanish), a long
note selected and the facilitator's guide, for docs/screenshots:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_board_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="reslab-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")  # never touch the user's settings
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    app = QApplication(sys.argv[:1])
    from reslab_desktop.ui.settings import Settings

    for key, value in (("ui/language", "es"), ("ui/theme", "projector"), ("ui/text_size", 150)):
        Settings().set(key, value)
    from reslab_desktop.demo import write_demo
    from reslab_desktop.services.boards import list_boards
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.guide import open_guide
    from reslab_desktop.ui.workspace import workspace

    prepare_application(app)
    window = workspace().open_path(write_demo(home / "demo.reslab"))
    window.resize(1024, 768)
    window.show()
    window.actions_by_id["view.navigator"].setChecked(False)  # presenting: the board gets the width
    shots = {"board-projector-empathy-1024.png": (1, 0), "board-projector-challenges-1024.png": (2, 0)}
    for name, (phase, index) in shots.items():
        window.open_board(list_boards(window.store, phase)[index].id)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / name))
    editor = window.board_editor
    longest = max(editor.scene.notes.values(), key=lambda item: len(item.record.text))
    editor.select_notes([longest.item_id])
    editor.view.centerOn(longest.sceneBoundingRect().center())
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / "board-projector-long-note-selected-1024.png"))
    guide = open_guide(window)
    guide.resize(760, 700)
    for _ in range(3):
        app.processEvents()
    guide.grab().save(str(OUT / "guide-es.png"))
    guide.close()
    workspace().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
