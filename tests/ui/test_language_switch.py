"""The live language switch leaves nothing in the old language (issue 17, item 21)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QToolButton, QWidget

from reslab_desktop.services import boards
from reslab_desktop.ui import i18n


def _texts(root: QWidget) -> dict[int, tuple[str, str]]:
    """Visible texts by widget: buttons, labels, tab titles."""
    out: dict[int, tuple[str, str]] = {}
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QToolButton) and w.defaultAction() is not None:
            out[id(w)] = (w.objectName() or type(w).__name__, w.defaultAction().iconText())
        elif isinstance(w, QAbstractButton | QLabel) and w.text():
            out[id(w)] = (w.objectName() or type(w).__name__, w.text())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out[id(w) * 100 + i] = (w.objectName(), w.tabText(i))
    return out


def _stale(before: dict[int, tuple[str, str]], after: dict[int, tuple[str, str]]) -> list[tuple[str, str]]:
    spanish = i18n._translations_by_source(i18n.ts_path("es"))  # noqa: SLF001 - the catalogue's own reading
    return sorted({after[k] for k in after if k in before and after[k][1] == before[k][1]
                   and before[k][1] in spanish and spanish[before[k][1]][0] != before[k][1]})


def test_switching_to_spanish_leaves_no_english_on_screen(open_window, demo_copy, qtbot):
    window = open_window(demo_copy)
    window.resize(1280, 720)
    window.show()
    try:
        i18n.set_language("en")
        for page in ("home", "board"):
            if page == "board":
                window.open_board(boards.list_boards(window.store, 1)[0].id)
            else:
                window.show_home()
            qtbot.wait(10)
            before = _texts(window)
            i18n.set_language("es")
            after = _texts(window)
            assert not _stale(before, after), f"{page}: still English after the switch"
            i18n.set_language("en")
    finally:
        i18n.set_language("en")


def test_step_names_are_the_same_in_the_sidebar_and_the_overview(open_window, demo_copy):
    window = open_window(demo_copy)  # the demo's workshop language is Spanish; the UI is English
    try:
        i18n.set_language("en")
        window.show_home()
        cards = window.page("home").cards
        sidebar = [window.navigator.phase_list.item(i).text() for i in range(6)]
        for card, item in zip(cards, sidebar, strict=True):
            assert item.split(None, 1)[1] == card.title.text().split(None, 1)[1]
        assert sidebar[1] == "2  Retos" and cards[1].title.text() == "2. Retos"  # the workshop's language
        i18n.set_language("es")
        assert window.navigator.phase_list.item(1).text() == "2  Retos" and cards[1].title.text() == "2. Retos"
    finally:
        i18n.set_language("en")


def test_the_lab_views_follow_the_switch(open_window, demo_copy, qtbot):
    window = open_window(demo_copy)
    window.resize(1280, 720)
    window.show()
    try:
        i18n.set_language("en")
        for tab in ("resources", "initiatives", "decisions", "learning", "sessions"):
            window.show_home()
            window.page("home").show_tab(tab)  # a switch may build the page again
            qtbot.wait(10)
            before = _texts(window)
            i18n.set_language("es")
            after = _texts(window)
            assert not _stale(before, after), f"{tab}: still English after the switch"
            assert not [t for _, t in after.values() if t in ("Resources", "Decisions", "Sessions", "Add…", "Remove")]
            i18n.set_language("en")
    finally:
        i18n.set_language("en")
