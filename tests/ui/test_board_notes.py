"""The board editor driven through its real view: notes with mouse and keyboard, undo/redo."""

from __future__ import annotations

import pytest
from board_helpers import at, click, double_click, drag, shown_editor
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from reslab_desktop.services import boards, notes
from reslab_desktop.services.records import ZoneRecord
from reslab_desktop.storage import Store
from reslab_desktop.ui.board.editor import BoardEditor


def zone(title: str, x: float, y: float, w: float, h: float) -> ZoneRecord:
    return ZoneRecord(id="", board_id="", seq=0, title=title, x=x, y=y, w=w, h=h, color="#8FD3F5")


@pytest.fixture
def board(store: Store) -> str:
    return boards.create_board(store, 1, "Mapa", zones=[zone("Dice", 0, 0, 600, 500), zone("Piensa", 700, 0, 600, 500)])


@pytest.fixture
def editor(qtbot, store: Store, board: str) -> BoardEditor:
    ed = shown_editor(qtbot, store, board)
    ed.view.resetTransform()
    ed.view.centerOn(650, 250)
    return ed


def content(ed: BoardEditor):
    return boards.load_board(ed.store, ed.board_id)


def the_note(ed: BoardEditor, text: str):
    return next(n for n in content(ed).notes if n.text == text)


def test_double_click_empty_space_adds_a_note_and_typing_edits_it(qtbot, editor: BoardEditor) -> None:
    double_click(editor.view, at(editor.view, (300, 300)))
    assert len(content(editor).notes) == 1
    inline = editor.controller.inline
    assert inline is not None and inline.isVisible()
    qtbot.keyClicks(inline, "Falta agua")
    qtbot.keyClick(inline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note = content(editor).notes[0]
    assert note.text == "Falta agua"
    assert note.zone_id == content(editor).zones[0].id
    assert editor.scene.notes[note.id].record.text == "Falta agua"
    # one intent, one step: adding the note and typing its text
    assert editor.undo_stack.undoText() == "Add note" and editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert content(editor).notes == () and not editor.scene.notes
    editor.undo_stack.redo()
    assert the_note(editor, "Falta agua").id == note.id
    assert editor.scene.notes[note.id].record.text == "Falta agua"


def test_escape_ends_editing_keeping_the_text_in_one_undo_step(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 100, 100)
    double_click(editor.view, at(editor.view, (180, 150)))
    inline = editor.controller.inline
    assert inline is not None and inline.note_id == nid
    qtbot.keyClicks(inline, "dos")
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    qtbot.keyClicks(inline, "tres")
    qtbot.keyClick(inline, Qt.Key.Key_Escape)
    assert content(editor).notes[0].text == "dos\ntres"
    assert editor.undo_stack.count() == 1


def test_drag_moves_selected_notes_into_another_zone_as_one_step(qtbot, editor: BoardEditor) -> None:
    a, b = notes.add_text_notes(editor.store, editor.board_id, "a\nb", 100, 100)
    zones = {z.title: z.id for z in content(editor).zones}
    click(editor.view, at(editor.view, (180, 150)))
    click(editor.view, at(editor.view, (360, 150)), Qt.KeyboardModifier.ShiftModifier)
    assert set(editor.selected_note_ids()) == {a, b}
    click(editor.view, at(editor.view, (360, 150)), Qt.KeyboardModifier.ControlModifier)
    assert editor.selected_note_ids() == [a]
    click(editor.view, at(editor.view, (360, 150)), Qt.KeyboardModifier.ControlModifier)
    assert set(editor.selected_note_ids()) == {a, b}
    drag(editor.view, at(editor.view, (180, 150)), at(editor.view, (880, 150)))
    moved = {n.id: n for n in content(editor).notes}
    assert moved[a].x == pytest.approx(800, abs=2) and moved[a].zone_id == zones["Piensa"]
    assert moved[b].zone_id == zones["Piensa"]
    assert editor.undo_stack.count() == 1 and editor.undo_stack.undoText() == "Move 2 notes"
    editor.undo_stack.undo()
    back = {n.id: n for n in content(editor).notes}
    assert back[a].x == pytest.approx(100) and back[a].zone_id == zones["Dice"]
    assert editor.scene.notes[a].pos().x() == pytest.approx(100)


def test_rubber_band_selects_and_arrow_nudges_merge(qtbot, editor: BoardEditor) -> None:
    ids = notes.add_text_notes(editor.store, editor.board_id, "a\nb\nc", 100, 100)
    drag(editor.view, at(editor.view, (60, 60)), at(editor.view, (690, 480)))
    assert set(editor.selected_note_ids()) == set(ids)
    editor.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    first = content(editor).notes[0]
    assert (first.x, first.y) == (130, 150)
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    first = content(editor).notes[0]
    assert (first.x, first.y) == (100, 100)


def test_arrow_keys_pan_when_nothing_is_selected(qtbot, editor: BoardEditor) -> None:
    before = editor.view.horizontalScrollBar().value()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    assert editor.view.horizontalScrollBar().value() > before
    assert editor.undo_stack.count() == 0


def test_multi_line_paste_makes_notes_and_undo_removes_them(qtbot, editor: BoardEditor) -> None:
    QGuiApplication.clipboard().setText("agua\nluz\n\nescuela\n")
    editor.controller.paste()
    assert sorted(n.text for n in content(editor).notes) == ["agua", "escuela", "luz"]
    assert len(editor.scene.notes) == 3
    assert editor.undo_stack.undoText() == "Paste 3 notes"
    editor.undo_stack.undo()
    assert not editor.scene.notes


def test_copy_paste_across_boards_and_duplicate(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "copiame", 100, 100, color="#F4A6B7")
    editor.select_notes([nid])
    editor.controller.duplicate()
    assert [n.text for n in content(editor).notes] == ["copiame", "copiame"]
    editor.select_notes([nid])
    assert editor.controller.copy()
    other = boards.create_board(editor.store, 2, "Otro")
    editor.show_board(other)
    editor.controller.paste()
    pasted = content(editor).notes
    assert [(n.text, n.color) for n in pasted] == [("copiame", "#F4A6B7")]


def test_delete_key_removes_notes_with_their_links_and_undo_restores(qtbot, editor: BoardEditor) -> None:
    from reslab_desktop.services import links

    a, b = notes.add_text_notes(editor.store, editor.board_id, "a\nb", 100, 100)
    links.add_link(editor.store, a, b, "causa")
    assert len(editor.scene.links) == 1
    editor.select_notes([a])
    editor.controller.delete_selection()
    assert [n.id for n in content(editor).notes] == [b] and not editor.scene.links
    editor.undo_stack.undo()
    assert len(content(editor).notes) == 2 and len(editor.scene.links) == 1
    editor.undo_stack.redo()
    assert len(content(editor).notes) == 1


def test_links_follow_notes_while_dragging(qtbot, editor: BoardEditor) -> None:
    from reslab_desktop.services import links

    a, b = notes.add_text_notes(editor.store, editor.board_id, "a\nb", 100, 100)
    lid = links.add_link(editor.store, a, b)
    start = editor.scene.links[lid].line().p1()
    click(editor.view, at(editor.view, (180, 150)))
    drag(editor.view, at(editor.view, (180, 150)), at(editor.view, (180, 400)))
    after = editor.scene.links[lid].line().p1()
    assert after.y() - start.y() == pytest.approx(250, abs=60)


def test_resize_handle_changes_size_undoably(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "grande", 100, 100)
    editor.select_notes([nid])
    corner = QPointF(100 + 160 - 2, 100 + 110 - 2)
    drag(editor.view, at(editor.view, corner), at(editor.view, corner + QPointF(100, 50)))
    n = content(editor).notes[0]
    assert (n.w, n.h) == pytest.approx((260, 160), abs=2)
    editor.undo_stack.undo()
    assert (content(editor).notes[0].w, editor.scene.notes[nid].size()[0]) == (160, 160)


def test_colors_restack_align_from_the_controller(qtbot, editor: BoardEditor) -> None:
    a, b = notes.add_text_notes(editor.store, editor.board_id, "a\nb", 100, 100)
    editor.select_notes([a, b])
    editor.controller.set_color("#6FD1B0")
    editor.controller.arrange("left")
    editor.select_notes([a])
    editor.controller.bring_to_front()
    rows = content(editor).notes
    assert [n.id for n in rows] == [b, a]
    assert {n.color for n in rows} == {"#6FD1B0"} and {n.x for n in rows} == {100}
    for _ in range(3):
        editor.undo_stack.undo()
    rows = content(editor).notes
    assert [n.id for n in rows] == [a, b] and {n.color for n in rows} == {"#FFE066"}


def test_changes_made_elsewhere_reach_the_scene(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "fuera", 100, 100)
    assert editor.scene.notes[nid].record.text == "fuera"
    notes.set_text(editor.store, nid, "cambiada")
    assert editor.scene.notes[nid].record.text == "cambiada"
    notes.delete_notes(editor.store, [nid])
    assert nid not in editor.scene.notes


def test_refused_action_shows_one_line_and_pushes_nothing(qtbot, editor: BoardEditor) -> None:
    QGuiApplication.clipboard().setText("x\n" * 2500)
    editor.controller.paste()
    assert "too many lines" in editor.last_error and editor.undo_stack.count() == 0


def test_zone_tool_draws_a_titled_zone_that_claims_notes_and_undoes(qtbot, editor: BoardEditor, monkeypatch) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "dentro", 100, 650)
    monkeypatch.setattr(editor.controller, "ask_text", lambda *a: "Ideas sueltas")
    editor.controller.start_zone_tool()
    assert editor.hint.isVisible()
    drag(editor.view, at(editor.view, (50, 600)), at(editor.view, (600, 900)))
    z = next(z for z in content(editor).zones if z.title == "Ideas sueltas")
    assert (z.x, z.y) == pytest.approx((50, 600), abs=2) and z.w == pytest.approx(550, abs=3)
    assert the_note(editor, "dentro").zone_id == z.id and editor.scene.tool == "" and not editor.hint.isVisible()
    editor.undo_stack.undo()
    assert the_note(editor, "dentro").zone_id is None and z.id not in editor.scene.zones
    assert nid in editor.scene.notes


def test_zone_tool_by_keyboard_and_escape(qtbot, editor: BoardEditor, monkeypatch) -> None:
    monkeypatch.setattr(editor.controller, "ask_text", lambda *a: "Centro")
    editor.controller.start_zone_tool()
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert editor.scene.tool == "" and len(content(editor).zones) == 2
    editor.controller.start_zone_tool()
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert [z.title for z in content(editor).zones][-1] == "Centro"


def test_dragging_a_zone_title_moves_its_notes(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "miembro", 100, 100)
    click(editor.view, at(editor.view, (300, 20)))  # the title bar of "Dice"
    assert editor.scene.selected_ids("zones")
    drag(editor.view, at(editor.view, (300, 20)), at(editor.view, (300, 220)))
    assert the_note(editor, "miembro").y == pytest.approx(300, abs=2)
    assert editor.scene.notes[nid].pos().y() == pytest.approx(300, abs=2)
    editor.undo_stack.undo()
    assert the_note(editor, "miembro").y == pytest.approx(100)


def test_context_menu_offers_what_fits_the_item(qtbot, editor: BoardEditor) -> None:
    from reslab_desktop.ui.board.context_menu import build_menu

    a, b = notes.add_text_notes(editor.store, editor.board_id, "a\nb", 100, 100)
    menu = build_menu(editor, QPointF(180, 150))
    assert editor.selected_note_ids() == [a]
    texts = [x.text() for x in menu.actions()]
    assert "Edit Text" in texts and "Bring to Front" in texts and "Link the Two Notes" not in texts
    next(x for x in menu.actions() if x.text() == "Send to Back").trigger()
    assert editor.undo_stack.undoText() == "Send to back"
    empty = [x.text() for x in build_menu(editor, QPointF(-500, -500)).actions()]
    assert "Add Note Here" in empty and "Paste Here" in empty


def test_tab_walks_through_the_notes_in_reading_order(qtbot, editor: BoardEditor) -> None:
    notes.add_note(editor.store, editor.board_id, "segunda fila", 100, 300)
    notes.add_note(editor.store, editor.board_id, "derecha", 400, 100)
    notes.add_note(editor.store, editor.board_id, "izquierda", 100, 100)
    editor.view.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
        seen.append(editor.scene.notes[editor.selected_note_ids()[0]].record.text)
    assert seen == ["izquierda", "derecha", "segunda fila", "izquierda"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Backtab)
    assert editor.scene.notes[editor.selected_note_ids()[0]].record.text == "segunda fila"
    assert editor.view.hasFocus()


def test_middle_drag_and_space_drag_pan_and_ctrl_wheel_zooms(qtbot, editor: BoardEditor) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = editor.view
    centre = lambda: view.mapToScene(view.viewport().rect().center())  # noqa: E731
    before = centre()
    drag(view, QPoint(500, 300), QPoint(300, 300), button=Qt.MouseButton.MiddleButton)
    assert centre().x() == pytest.approx(before.x() + 200, abs=3)
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    before = centre()
    drag(view, QPoint(500, 300), QPoint(500, 100))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert centre().y() == pytest.approx(before.y() + 200, abs=3)
    assert editor.selected_note_ids() == [] and editor.undo_stack.count() == 0
    zoom = view.zoom()
    pos = QPoint(400, 300)
    wheel = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    under = view.mapToScene(pos)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(zoom * 1.25)
    assert view.mapToScene(pos).x() == pytest.approx(under.x(), abs=3)  # zooms around the mouse


def test_bulk_select_and_delete_announce_the_selection_once(qtbot, editor: BoardEditor) -> None:
    notes.add_notes(editor.store, editor.board_id, [notes.NoteDraft(text=str(i), x=i * 5, y=0) for i in range(300)])
    emitted: list[int] = []
    editor.selection_changed.connect(lambda: emitted.append(1))
    editor.controller.select_all()
    assert len(editor.selected_note_ids()) == 300 and len(emitted) == 1
    editor.controller.delete_selection()
    assert not editor.scene.notes and len(emitted) == 2
    editor.undo_stack.undo()
    assert len(editor.scene.notes) == 300


def test_arrow_keys_move_a_selected_zone_with_its_notes(qtbot, editor: BoardEditor) -> None:
    notes.add_note(editor.store, editor.board_id, "miembro", 100, 100)
    zone_id = next(z.id for z in content(editor).zones if z.title == "Dice")
    editor.scene.select_ids([zone_id])
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    assert the_note(editor, "miembro").y == 120
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert the_note(editor, "miembro").y == 100 and editor.scene.zones[zone_id].record.y == 0


def test_deleting_the_shown_board_empties_the_editor_and_undo_brings_it_back(qtbot, editor: BoardEditor) -> None:
    notes.add_note(editor.store, editor.board_id, "n", 100, 100)
    board = editor.board_id
    snap = boards.delete_board(editor.store, board)
    assert editor.board_id == "" and not editor.scene.notes and not editor.scene.items()
    boards.restore_board(editor.store, snap)
    editor.show_board(board)
    assert [i.record.text for i in editor.scene.notes.values()] == ["n"]


def test_dragging_the_link_dot_onto_another_note_draws_an_arrow(qtbot, editor: BoardEditor) -> None:
    a, b = notes.add_text_notes(editor.store, editor.board_id, "causa\nefecto", 100, 100)
    click(editor.view, at(editor.view, (180, 150)))
    assert editor.scene.lone_note is editor.scene.notes[a]
    dot = editor.scene.notes[a].link_handle().center() + QPointF(100, 100)
    drag(editor.view, at(editor.view, dot), at(editor.view, (420, 150)))
    [link] = content(editor).links
    assert (link.from_note_id, link.to_note_id) == (a, b) and link.id in editor.scene.links
    assert editor.undo_stack.undoText() == "Link notes"
    assert the_note(editor, "causa").x == 100  # the note itself did not move
    editor.undo_stack.undo()
    assert content(editor).links == () and not editor.scene.links


def test_ending_a_text_edit_repaints_the_note_not_the_whole_board(app, qtbot, tmp_path) -> None:
    """The focus going back to the board must not repaint every visible note (QWidget's own
    focus handler would, for the focus ring the app's style sheet draws in the frame): only the
    edited note's area."""
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtGui import QTransform

    from benchmarks import workloads

    path = workloads.workshop_file(workloads.single_board(300), tmp_path / "tablero.reslab")
    with Store.open(path) as store:
        ed = shown_editor(qtbot, store, "b0", size=(1280, 800), fit=False)
        ed.view.setTransform(QTransform())
        ed.view.centerOn(900, 600)
        painted: list[QRect] = []

        class Spy(QObject):
            def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    painted.append(event.rect())
                return False

        nid = next(i for i, item in ed.scene.notes.items()
                   if ed.view.viewport().rect().contains(ed.view.mapFromScene(item.sceneBoundingRect()).boundingRect()))
        ed.controller.edit_note(nid)
        inline = ed.controller.inline
        inline.setPlainText("después")
        qtbot.waitUntil(inline.hasFocus)
        qtbot.wait(30)
        spy = Spy()
        ed.view.viewport().installEventFilter(spy)
        inline.finish()
        qtbot.waitUntil(lambda: bool(painted) and ed.view.hasFocus())
        qtbot.wait(30)
        ed.view.viewport().removeEventFilter(spy)
        assert boards.load_board(store, "b0").notes[0] is not None and ed.scene.notes[nid].record.text == "después"
        note_area = ed.view.mapFromScene(ed.scene.notes[nid].sceneBoundingRect()).boundingRect()
        whole = ed.view.viewport().rect()
        assert all(r.width() * r.height() < whole.width() * whole.height() / 4 for r in painted), painted
        assert any(r.intersects(note_area) for r in painted)
        ed.close()


def test_the_board_still_takes_the_keyboard_when_it_gets_the_focus(qtbot, editor: BoardEditor) -> None:
    first = notes.add_note(editor.store, editor.board_id, "uno", 600, 200)
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)  # Tab walks the notes: the scene got the focus event
    assert editor.selected_note_ids() == [first]
