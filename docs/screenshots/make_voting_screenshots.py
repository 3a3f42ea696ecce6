"""Screenshots of dot-voting for docs/screenshots (run under xvfb-run or QT_QPA_PLATFORM=offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_voting_screenshots.py

Writes voting-screen.png (a voter placing dots on the shared screen), voting-pass-card.png
(what the room sees between two voters), voting-results.png (the revealed ranking) and
voting-matrix.png (impact × feasibility), all from the demo workshop at projector size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
SIZE = (1600, 900)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="reslab-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    app = QApplication(sys.argv[:1])
    from reslab_desktop.demo import write_demo
    from reslab_desktop.services import voting as svc
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.voting.kiosk import KioskLock
    from reslab_desktop.ui.voting.page import VotingPage
    from reslab_desktop.ui.voting.screen import VotingScreen

    prepare_application(app)
    OUT.mkdir(parents=True, exist_ok=True)
    store = Store.open(write_demo(home / "demo.reslab"))

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    # the open round of session 3: the next voter places her dots
    rid = "vr-ideas-prototipo"
    kiosk = KioskLock()
    kiosk.set_pin("2468")
    screen = VotingScreen(store, rid, kiosk)
    screen.resize(*SIZE)
    screen.show()
    kiosk.lock()
    missing = svc.voting_progress(store, rid).missing
    screen.show_who()
    settle()
    screen.grab().save(str(OUT / "voting-names.png"))
    screen.start_voter(missing[0].id)
    ideas = list(screen.cards)
    for note in (ideas[0], ideas[2], ideas[5]):
        screen.add_dot(note)
    settle()
    screen.grab().save(str(OUT / "voting-screen.png"))
    screen.done()
    settle()
    screen.grab().save(str(OUT / "voting-pass-card.png"))
    kiosk.unlock("2468")
    screen.close()

    from PySide6.QtGui import QUndoStack

    page = VotingPage(store, QUndoStack())
    page.resize(*SIZE)
    page.show()
    page.select_round("vr-retos-prioridad")
    page.results.k.setValue(3)
    settle()
    page.grab().save(str(OUT / "voting-results.png"))
    page.select_round("vr-retos-matriz")
    page.results.k.setValue(3)
    settle()
    page.grab().save(str(OUT / "voting-matrix.png"))
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
