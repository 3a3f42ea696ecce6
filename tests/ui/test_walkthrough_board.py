"""Bugs found walking through a workshop as a facilitator: the board."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from reslab_desktop.services.boards import load_board
from reslab_desktop.storage import Store
from tests.ui.board_helpers import at, double_click
from tests.ui.voting_helpers import make_workshop


def test_closing_the_window_while_typing_a_note_keeps_the_text_and_raises_nothing(open_window, tmp_path, qtbot):
    path = tmp_path / "w.reslab"
    bid, notes = make_workshop(path)
    window = open_window(path)
    window.open_board(bid)
    editor = window.board_editor
    view = editor.view
    empty = QPointF(editor.scene.content_rect().right() + 200, 0)
    view.centerOn(empty)
    double_click(view, at(view, empty))
    field = QApplication.focusWidget()
    field.insertPlainText("Niñas y niños ¿qué sienten? 😀")
    window.close()  # pytest-qt fails the test on any exception raised in the event loop
    qtbot.waitUntil(lambda: not window.isVisible())
    with Store.open(path, read_only=True) as store:
        texts = {n.text for n in load_board(store, bid).notes}
    assert "Niñas y niños ¿qué sienten? 😀" in texts


def test_ctrl_tab_leaves_the_board_where_tab_walks_its_notes(open_window, tmp_path, qtbot):
    path = tmp_path / "w.reslab"
    bid, notes = make_workshop(path)
    window = open_window(path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_board(bid)
    view = window.board_editor.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view and window.board_editor.selected_note_ids() == [notes[0]]
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not view  # the tooltip's promise: Ctrl+Tab leaves
