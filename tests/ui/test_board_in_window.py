"""The board editor inside the real main window on the demo: menus, shortcuts, undo texts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reslab_desktop.services import boards


def test_add_edit_and_undo_a_note_through_the_window(open_window, demo_copy, qtbot) -> None:
    window = open_window(demo_copy)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_board("b-retos-matriz")
    editor = window.board_editor
    before = len(boards.load_board(window.store, "b-retos-matriz").notes)
    assert window.actions_by_id["board.add_note"].isEnabled()
    window.actions_by_id["board.add_note"].trigger()
    qtbot.keyClicks(editor.controller.inline, "Nueva idea")
    qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    texts = [n.text for n in boards.load_board(window.store, "b-retos-matriz").notes]
    assert len(texts) == before + 1 and texts[-1] == "Nueva idea"
    undo = window.actions_by_id["edit.undo"]
    assert "Add note" in undo.text() or "Agregar nota" in undo.text()  # the note and its text: one step
    undo.trigger()
    assert len(boards.load_board(window.store, "b-retos-matriz").notes) == before
    window.show_home()
    assert not window.actions_by_id["board.add_note"].isEnabled()  # board rows only on the board page
