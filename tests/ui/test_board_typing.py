"""Typing notes one after another: where new notes land, Enter for the next one, and an
editor that writes exactly where and how the note draws its text."""

from __future__ import annotations

import pytest
from board_helpers import shown_editor
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QTextCursor

from reslab_desktop.rules import geometry
from reslab_desktop.services import boards, notes
from reslab_desktop.storage import Store
from reslab_desktop.ui.board.editor import BoardEditor
from reslab_desktop.ui.board.textfit import fit


@pytest.fixture
def editor(qtbot, store: Store) -> BoardEditor:
    board = boards.create_board(store, 2, "Lluvia de retos")
    ed = shown_editor(qtbot, store, board, fit=False)
    ed.view.resetTransform()
    ed.view.centerOn(500, 400)
    QCursor.setPos(ed.view.viewport().mapToGlobal(QPoint(-50, -50)))  # the mouse off the board
    return ed


def rects(ed: BoardEditor) -> list[geometry.Rect]:
    return [(n.x, n.y, n.w, n.h) for n in boards.load_board(ed.store, ed.board_id).notes]


def test_n_pressed_again_and_again_cascades_instead_of_stacking(qtbot, editor: BoardEditor) -> None:
    for _ in range(4):
        editor.controller.add_note()
        qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Escape)
    placed = rects(editor)
    assert len(placed) == 4
    assert not any(geometry.overlaps(a, b) for i, a in enumerate(placed) for b in placed[i + 1:])
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert all(visible.contains(x + w / 2, y + h / 2) for x, y, w, h in placed)
    first = placed[0]
    centre = editor.scene_center()
    assert abs(first[0] + first[2] / 2 - centre.x()) < 1 and abs(first[1] + first[3] / 2 - centre.y()) < 1


def test_n_puts_the_note_under_the_mouse(qtbot, editor: BoardEditor) -> None:
    view = editor.view
    QCursor.setPos(view.viewport().mapToGlobal(view.mapFromScene(300, 250)))
    editor.controller.add_note()
    qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Escape)
    (x, y, w, h), = rects(editor)
    assert abs(x + w / 2 - 300) < 2 and abs(y + h / 2 - 250) < 2


def test_enter_in_a_new_note_opens_the_next_beside_it(qtbot, editor: BoardEditor) -> None:
    editor.controller.add_note()
    qtbot.keyClicks(editor.controller.inline, "uno")
    qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.controller.inline, "dos")
    qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    qtbot.keyClicks(editor.controller.inline, "y mas")
    qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.controller.inline, "tres")
    qtbot.keyClick(editor.controller.inline, Qt.Key.Key_Escape)
    assert editor.controller.inline is None
    rows = sorted(boards.load_board(editor.store, editor.board_id).notes, key=lambda n: n.seq)
    assert [n.text for n in rows] == ["uno", "dos\ny mas", "tres"]
    assert rows[0].x < rows[1].x < rows[2].x and rows[0].y == rows[1].y == rows[2].y
    placed = rects(editor)
    assert not any(geometry.overlaps(a, b) for i, a in enumerate(placed) for b in placed[i + 1:])


def test_enter_in_an_existing_note_is_still_a_new_line(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 400, 300)
    editor.controller.edit_note(nid)
    inline = editor.controller.inline
    inline.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    qtbot.keyClicks(inline, "dos")
    qtbot.keyClick(inline, Qt.Key.Key_Escape)
    assert [n.text for n in boards.load_board(editor.store, editor.board_id).notes] == ["uno\ndos"]


def _ink(image: QImage, box: QRect) -> QRect:
    """The bounding box of the dark (text) pixels inside ``box``."""
    found = QRect()
    for y in range(box.top(), box.bottom()):
        for x in range(box.left(), box.right()):
            if QColor(image.pixel(x, y)).lightness() < 90:
                found = found.united(QRect(x, y, 1, 1))
    return found


@pytest.mark.parametrize("zoom", [1.0, 1.6])
def test_the_editor_writes_where_and_as_large_as_the_note(qtbot, editor: BoardEditor, zoom) -> None:
    text = "Falta transporte a la clínica comunitaria"
    nid = notes.add_note(editor.store, editor.board_id, text, 400, 300)
    view = editor.view
    view.zoom_by(zoom)
    view.centerOn(480, 355)
    qtbot.wait(10)
    item = editor.scene.notes[nid]
    note_on_screen = view.mapFromScene(item.sceneBoundingRect()).boundingRect() & view.viewport().rect()
    inner = QRect(note_on_screen).adjusted(12, 12, -12, -12)  # the text, not the outline
    before = view.viewport().grab().toImage()
    editor.controller.edit_note(nid)
    inline = editor.controller.inline
    inline.setCursorWidth(0)
    inline.moveCursor(QTextCursor.MoveOperation.End)  # no selection highlight
    qtbot.wait(10)
    box = item.text_box()
    assert inline.text_pixel_size() == round(fit(text, box.width(), box.height()).pixel_size * zoom)
    assert inline.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignHCenter
    shown = view.mapFromScene(item.mapRectToScene(item.shape().boundingRect())).boundingRect()
    assert inline.geometry() == shown  # not wider, not smaller than the note
    during = view.viewport().grab().toImage()
    a, b = _ink(before, inner), _ink(during, inner)
    assert not a.isEmpty() and not b.isEmpty()
    for edge_a, edge_b in ((a.left(), b.left()), (a.right(), b.right()), (a.top(), b.top()), (a.bottom(), b.bottom())):
        assert abs(edge_a - edge_b) <= 3 * zoom, (a, b)
    qtbot.keyClick(inline, Qt.Key.Key_Escape)


def test_an_inserted_image_lands_in_free_space_not_on_the_notes(qtbot, editor: BoardEditor) -> None:
    import io

    from PIL import Image

    c = editor.scene_center()
    notes.add_text_notes(editor.store, editor.board_id, "a\nb\nc\nd", c.x() - 200, c.y() - 150)
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "#3366AA").save(buffer, "PNG")
    image_id = editor.controller.add_image(buffer.getvalue())
    image = next(i for i in boards.load_board(editor.store, editor.board_id).images if i.id == image_id)
    assert not any(geometry.overlaps((image.x, image.y, image.w, image.h), r) for r in rects(editor))
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert visible.intersects(editor.scene.images[image_id].sceneBoundingRect())
