"""Screenshots of the app shell for docs/screenshots (run under xvfb-run or QT_QPA_PLATFORM=offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_shell_screenshots.py
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

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    app = QApplication(sys.argv[:1])
    from reslab_desktop.demo import write_demo
    from reslab_desktop.services.boards import list_boards
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.settings import Settings
    from reslab_desktop.ui.workspace import workspace

    prepare_application(app)
    docs = home / "Documentos" / "Laboratorios"
    docs.mkdir(parents=True)
    demo = write_demo(docs / "demo-laboratorio.reslab")
    for name, title in (("merida-2026.reslab", "Laboratorio Mérida 2026"),
                        ("oaxaca-niñez.reslab", "Comunidad Oaxaca: niñez protegida")):
        Store.create(docs / name, title).close()
        Settings().add_recent_file(docs / name)
    Settings().add_recent_file(demo)

    OUT.mkdir(parents=True, exist_ok=True)
    start = workspace().show_start()
    start.resize(900, 520)
    app.processEvents()
    start.grab().save(str(OUT / "start-screen.png"))

    window = workspace().open_path(demo)
    window.resize(1440, 880)
    window.show()
    board = list_boards(window.store, 1)[0]
    window.open_board(board.id)
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(OUT / "main-window-demo.png"))

    window.show_people()
    app.processEvents()
    window.grab().save(str(OUT / "people-editor.png"))

    sign_up = home / "registro-taller.csv"
    sign_up.write_text(
        "Nombre;Organización;Rol;Sector\n"
        "Paola Cruz Ek;Niñez Primero Yucatán A.C.;participante;\n"
        "Héctor Uc Canché;Red de Bibliotecas Comunitarias;;Comunidad\n"
        ";Red de Bibliotecas Comunitarias;;\n"
        "Mariana Solís;Secretaría de Educación;coordinadora;Gobierno\n"
        "María Fernanda Cetina;Niñez Primero Yucatán A.C.;;\n"
        "Jimena Aké Poot;Red de Bibliotecas Comunitarias;observadora;\n",
        encoding="utf-8")
    dialog = window.people_page.open_import_dialog(sign_up)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "people-import-preview.png"))
    dialog.reject()
    from reslab_desktop.ui.workshop_dialog import WorkshopDialog

    properties = WorkshopDialog(window.store, window.undo_stack, window)
    properties.show()
    app.processEvents()
    properties.grab().save(str(OUT / "workshop-properties.png"))
    properties.reject()
    workspace().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
