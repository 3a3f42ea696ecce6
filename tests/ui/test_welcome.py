"""First run on a new laptop: the system's language, and the one-screen welcome."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reslab_desktop.ui import i18n
from reslab_desktop.ui.settings import Settings


@pytest.mark.parametrize(("lang", "expected"), [("es_MX.UTF-8", "es"), ("es_ES.UTF-8", "es"),
                                                ("en_US.UTF-8", "en"), ("fr_FR.UTF-8", "en")])
def test_a_new_user_gets_the_system_language(tmp_path: Path, lang: str, expected: str) -> None:
    """A fresh home folder (no settings): the app starts in the system's language."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "XDG_"))}
    env.update(HOME=str(home), LANG=lang, QT_QPA_PLATFORM="offscreen")
    code = ("from PySide6.QtWidgets import QApplication; from reslab_desktop.ui.app import prepare_application;"
            "from reslab_desktop.ui import i18n; a = QApplication([]); prepare_application(a);"
            "print(i18n.current_language(), QApplication.translate('StartScreen', 'Open the &Demo Workshop'))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    language, text = out.stdout.strip().split(" ", 1)
    assert language == expected
    assert text == ("Abrir el taller de &demostración" if expected == "es" else "Open the &Demo Workshop")


def _start(app):
    from reslab_desktop.ui.workspace import workspace

    return workspace().show_start()


def test_first_run_shows_the_welcome_with_the_demo_first(app, qtbot) -> None:
    start = _start(app)
    try:
        assert start.welcome.isVisible() and not start.regular.isVisible()
        assert [b.text() for b in start.welcome.buttons.values()] == [
            "Open the &Demo Workshop", "&New Workshop…", "&Open a File…"]
        assert start.welcome.buttons["demo"].hasFocus() or start.focusWidget() is start.welcome.buttons["demo"]
    finally:
        start.close()


def test_the_welcome_opens_the_demo(app, qtbot, tmp_path: Path) -> None:
    from reslab_desktop.ui.workspace import workspace

    start = _start(app)
    qtbot.mouseClick(start.welcome.buttons["demo"], Qt.MouseButton.LeftButton)
    ws = workspace()
    try:
        assert len(ws.windows) == 1 and ws.windows[0].path.name == "demo-laboratorio.reslab"
        assert Settings().recent_files() == [ws.windows[0].path]
    finally:
        for window in list(ws.windows):
            window.close()
    again = ws.show_start()  # a workshop was opened: the regular start screen with it listed
    try:
        assert again.regular.isVisible() and not again.welcome.isVisible()
        assert again.recent.count() == 1
    finally:
        again.close()


def test_the_language_can_be_chosen_on_the_welcome(app, qtbot) -> None:
    start = _start(app)
    try:
        combo = start.welcome.language
        combo.setCurrentIndex(combo.findData("es"))
        combo.activated.emit(combo.currentIndex())
        assert Settings().get("ui/language") == "es"
        assert start.welcome.buttons["open"].text() == "&Abrir un archivo…"
        assert start.new_button.text() == "&Nuevo taller…"  # the whole start screen follows
        assert start.welcome.language.currentData() == "es"
    finally:
        i18n.set_language("en")
        start.close()
