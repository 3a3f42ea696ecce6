"""Help → Facilitator's guide and the start screen's button: the guide, offline, in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from reslab_desktop.ui import i18n
from reslab_desktop.ui.guide import GuideDialog, guide_html


def _shown_guide() -> GuideDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("lang", "parts"), [
    ("es", ("Antes del taller", "Durante el taller", "Después del taller")),
    ("en", ("Before the workshop", "During the workshop", "After the workshop")),
])
def test_help_menu_opens_the_guide_in_the_apps_language(open_window, demo_copy, qtbot, lang, parts) -> None:
    window = open_window(demo_copy)
    try:
        i18n.set_language(lang)
        action = window.actions_by_id["help.guide"]
        assert action in window.findChild(type(window.menuBar().actions()[0].menu()), "menu.help").actions()
        action.trigger()
        guide = _shown_guide()
        text = guide.text.toPlainText()
        assert all(part in text for part in parts)
        assert guide.switch.text() == ("English" if lang == "es" else "Español")
        action.trigger()  # asked again: the same window comes to the front
        assert _shown_guide() is guide
        guide.switch.click()
        assert parts[0] not in guide.text.toPlainText()
        guide.close()
    finally:
        i18n.set_language("en")


def test_the_start_screen_opens_the_guide(app, qtbot) -> None:
    from reslab_desktop.ui.workspace import workspace

    start = workspace().show_start()
    try:
        for button in (start.guide_button, start.welcome.buttons["guide"]):  # returning and first run
            button.click()
            guide = _shown_guide()
            assert "Before the workshop" in guide.text.toPlainText()
            guide.close()
    finally:
        start.close()
        workspace().start = None


def test_both_languages_say_the_same_things_and_nothing_needs_the_internet() -> None:
    es, en = guide_html("es"), guide_html("en")
    for tag in ("<h2", "<li", "<a href"):
        assert es.count(tag) == en.count(tag), tag
    for html in (es, en):
        assert not re.search(r"(https?:|www\.|<img|src=)", html)
        anchors = set(re.findall(r'name="([^"]+)"', html))
        assert set(re.findall(r'href="#([^"]+)"', html)) == anchors and len(anchors) == 3
