"""Screenshots of the Lab views on the demo workshop, in the main window (Spanish).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_lab_screenshots.py

Writes ``lab-overview.png`` (the six steps and the localization pathway chart),
``lab-resources.png`` (who gives what, totals and gaps) and ``lab-decisions.png`` (the decision
log with who decided).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_tmp = Path(tempfile.mkdtemp(prefix="reslab-lab-shots-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_tmp / var.lower())

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    app = QApplication([])
    from reslab_desktop.demo import write_demo
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.i18n import set_language
    from reslab_desktop.ui.workspace import workspace

    prepare_application(app)
    set_language("es")
    window = workspace().open_path(write_demo(_tmp / "demo.reslab"))
    window.resize(1600, 940)
    window.show()
    overview = window.page("home")
    for key, name in (("pathway", "lab-overview.png"), ("resources", "lab-resources.png"),
                      ("decisions", "lab-decisions.png")):
        window.show_page("home")
        overview.show_tab(key)
        for _ in range(5):
            app.processEvents()
        if key == "decisions":  # from the shared decisions of step 2 to the local ones of step 4
            table = overview.view("decisions").table
            table.scrollToItem(table.item(7, 0), table.ScrollHint.PositionAtTop)
            app.processEvents()
        image = window.grab().toImage()
        image.save(str(HERE / name), "PNG", 9)
        if (HERE / name).stat().st_size > 290_000:  # a busy table: a shorter window keeps it under 300 KB
            window.resize(1600, 720)
            for _ in range(5):
                app.processEvents()
            window.grab().toImage().save(str(HERE / name), "PNG", 9)
            window.resize(1600, 940)
        print(name, (HERE / name).stat().st_size // 1024, "KB")
    window.close()


if __name__ == "__main__":
    main()
