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


def test_a_step_with_no_boards_shows_an_empty_board_area_with_new_board(open_window, demo_copy, qtbot) -> None:
    from reslab_desktop.services import boards

    window = open_window(demo_copy)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    first = boards.list_boards(window.store, 1)[0]
    for b in boards.list_boards(window.store, 6):
        boards.delete_board(window.store, b.id)
    window.navigator.refresh_phases()
    window.open_board(first.id)
    editor = window.board_editor
    assert not editor.empty.isVisible()
    window.navigator.select_phase(6)
    assert editor.board_id == "" and not editor.scene.notes  # the step-1 board is gone from screen
    assert editor.empty.isVisible()
    assert "has no boards yet" in editor.empty_label.text()
    window.navigator.select_phase(2)  # a step with boards: what is on screen stays until one is chosen
    assert editor.empty.isVisible()
    opened = []
    window.actions_by_id["board.new"].triggered.connect(lambda *_: opened.append(True))
    window.actions_by_id["board.new"].triggered.disconnect()  # the dialog itself is not under test
    window.actions_by_id["board.new"].triggered.connect(lambda *_: opened.append(True))
    editor.empty_button.click()
    assert opened == [True]
    window.open_board(boards.list_boards(window.store, 2)[0].id)
    assert not editor.empty.isVisible() and editor.scene.notes
