"""Bugs found walking through a workshop as a facilitator: switching the language."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from reslab_desktop.ui import i18n


def _tabs(window) -> list[str]:  # type: ignore[no-untyped-def]
    tabs = window.page("home").tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def _people_buttons(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text() for b in window.page("people").findChildren(QPushButton)]


def test_the_overview_and_people_pages_follow_a_language_switch(open_window, demo_copy):
    try:
        i18n.set_language("es")
        window = open_window(demo_copy)
        window.show_page("people")
        assert "Agregar…" in _people_buttons(window)
        window.show_home()
        assert _tabs(window)[1] == "Recursos"

        i18n.set_language("en")  # shown page: built again at once; the other one when next shown
        assert _tabs(window)[1] == "Resources" and window.current_page() == "home"
        window.show_page("people")
        assert "Add…" in _people_buttons(window) and "Agregar…" not in _people_buttons(window)
        assert window.navigator.boards_label.text().startswith("&Boards of")

        i18n.set_language("es")
        assert "Agregar…" in _people_buttons(window)
        window.show_home()
        assert _tabs(window)[1] == "Recursos"
    finally:
        i18n.set_language("en")
