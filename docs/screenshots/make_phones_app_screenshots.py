"""Screenshots of the room opened to phones, in the app (Spanish, 1280×720 under Xvfb).

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python docs/screenshots/make_phones_app_screenshots.py DEMO.reslab

Writes ``room-phones-console.png`` (the main window with the console's Phones box: QR code,
address, code, who joined) and ``room-phones-audience.png`` (the join card on the audience screen).
The phone pages themselves: ``make_phone_screenshots.py`` (Chromium, 360×740).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(demo: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.ui import i18n
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.room import phones_hooks
    from reslab_desktop.ui.room.hooks import room_for
    from reslab_desktop.ui.workspace import workspace

    app = QApplication.instance() or QApplication([])
    prepare_application(app)
    i18n.set_language("es")
    window = workspace().open_path(demo)
    window.resize(1280, 720)
    window.move(0, 0)
    window.show()
    phones_hooks.open_phones(window)
    box = phones_hooks.phones_box(window)
    box.open_button.click()
    server = box.phones.server
    for pid, name in list(server.view.roster)[:7]:
        server.seats.add(pid, name)
    server.seats.add(server.view.roster[0][0], server.view.roster[0][1])
    box.sync()
    console = room_for(window).console
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    console.widget().ensureWidgetVisible(box.remove_button, 10, 10)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(HERE / "room-phones-console.png"))
    box.show_on_screen()
    audience = room_for(window).presenter.audience
    audience.resize(1280, 720)
    audience.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    audience.grab().save(str(HERE / "room-phones-audience.png"))
    audience.hide()
    box.phones.close()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
