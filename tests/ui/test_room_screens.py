"""Two real (virtual) screens: Qt's offscreen platform configured with a laptop and a projector.

Runs in a subprocess because the screens of a QApplication are fixed when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r'''
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, sys.argv[2])
from reslab_desktop.storage import Store
from reslab_desktop.ui.app import prepare_application
from reslab_desktop.ui.room.hooks import room_for
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.workspace import workspace
prepare_application(app)
path = Path(sys.argv[1])
Store.create(path, "Taller con proyector").close()
window = workspace().open_path(path)
window.setScreen(app.screens()[0])
window.move(10, 10)
presenter = room_for(window).presenter
out = {"screens": [s.name() for s in app.screens()]}
out["auto"] = presenter.audience_screen().name()
window.actions_by_id["room.present"].trigger()
out["on"] = presenter.audience.screen().name()
out["geometry"] = list(presenter.audience.geometry().getRect())
out["single"] = presenter.single_screen
out["console_visible"] = window.isVisible() and room_for(window).console.isVisible()
window.actions_by_id["room.present"].trigger()
out["after"] = presenter.presenting
presenter.choose_screen("projector")
out["remembered"] = Settings().get("room/audience_screen")
print(json.dumps(out))
window.close()
'''


def test_audience_goes_to_the_projector_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "t.reslab"), str(tmp_path / "settings")],
        capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["laptop", "projector"]
    assert out["auto"] == "projector"
    assert out["on"] == "projector" and out["geometry"] == [1366, 0, 1920, 1080]
    assert out["single"] is False and out["console_visible"] is True
    assert out["after"] is False
    assert out["remembered"] == "projector"
