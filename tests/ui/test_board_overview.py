"""A zoomed-out board (below the level of detail of text) is drawn by the scene in the view's
cached background, its items keeping their place: every gesture still works, and whatever
changes is drawn again at once (pixels of the viewport checked, not only the model)."""

from __future__ import annotations

import pytest
from board_helpers import at, click, double_click, drag, move_held, press, release, shown_editor
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import QGraphicsItem

from reslab_desktop.services import boards, links, notes
from reslab_desktop.services.records import ZoneRecord
from reslab_desktop.storage import Store
from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.editor import BoardEditor
from reslab_desktop.ui.board.render import render_scene, scene_source

ZOOM = 0.2  # a 160 × 110 note is 32 × 22 screen pixels, drawn as a colored block
ZONE_COLOR = "#8FD3F5"
YELLOW = "#FFE066"  # the default note color
GREEN = "#6FD1B0"


@pytest.fixture
def editor(qtbot, store: Store) -> BoardEditor:
    zones = [ZoneRecord(id="", board_id="", seq=0, title="Dice", x=0, y=0, w=1800, h=1400, color=ZONE_COLOR)]
    board = boards.create_board(store, 1, "Mapa", zones=zones)
    ed = shown_editor(qtbot, store, board)
    zoom_to(ed, ZOOM)
    return ed


def zoom_to(ed: BoardEditor, zoom: float) -> None:
    ed.view.setTransform(QTransform.fromScale(zoom, zoom))
    ed.view.centerOn(900, 700)
    ed.view.viewport().repaint()


def shot(ed: BoardEditor) -> QImage:
    return ed.view.viewport().grab().toImage()


def color_at(ed: BoardEditor, image: QImage, x: float, y: float) -> str:
    p = at(ed.view, (x, y))
    return image.pixelColor(p.x(), p.y()).name().upper()


def colors_near(ed: BoardEditor, image: QImage, x: float, y: float, r: int = 2) -> set[str]:
    p = at(ed.view, (x, y))
    return {image.pixelColor(p.x() + dx, p.y() + dy).name().upper() for dx in range(-r, r + 1) for dy in range(-r, r + 1)}


def zone_color() -> str:
    return style.zone_fill(ZONE_COLOR).name().upper()


def accent() -> str:
    return style.look().selection.name().upper()


def test_zoomed_out_the_scene_draws_the_items_which_stay_in_place(qtbot, editor: BoardEditor) -> None:
    a = notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    b = notes.add_note(editor.store, editor.board_id, "dos", 900, 600, color=GREEN)
    image = shot(editor)
    assert editor.scene.overview
    item = editor.scene.notes[a]
    assert item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert editor.scene.board_item_at(QPointF(280, 250)) is item  # hit tests are the items'
    assert color_at(editor, image, 280, 250) == YELLOW
    assert color_at(editor, image, 980, 650) == GREEN
    assert color_at(editor, image, 600, 900) == zone_color()
    assert b in editor.scene.notes
    zoom_to(editor, 1.0)  # readable: the items paint themselves again, text and all
    assert not editor.scene.overview
    assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    zoom_to(editor, ZOOM)
    assert editor.scene.overview and color_at(editor, shot(editor), 280, 250) == YELLOW


def test_click_selects_and_the_selection_ring_comes_and_goes(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    shot(editor)
    click(editor.view, at(editor.view, (280, 250)))
    assert editor.selected_note_ids() == [nid]
    assert color_at(editor, shot(editor), 207, 250) == accent()  # the ring, inside the note
    click(editor.view, at(editor.view, (600, 900)))  # empty board
    assert editor.selected_note_ids() == []
    assert color_at(editor, shot(editor), 207, 250) == YELLOW


def test_dragging_a_note_moves_it_and_its_picture(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    shot(editor)
    drag(editor.view, at(editor.view, (280, 250)), at(editor.view, (1080, 850)))
    moved = boards.load_board(editor.store, editor.board_id).notes[0]
    assert moved.id == nid and (moved.x, moved.y) == pytest.approx((1000, 800), abs=8)
    image = shot(editor)
    assert color_at(editor, image, 280, 250) == zone_color()  # nothing left where it was
    assert color_at(editor, image, moved.x + 80, moved.y + 55) == YELLOW
    editor.undo_stack.undo()
    image = shot(editor)
    assert color_at(editor, image, 280, 250) == YELLOW
    assert color_at(editor, image, moved.x + 80, moved.y + 55) == zone_color()


def test_while_dragging_the_note_and_its_arrow_are_drawn_where_they_are(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    other = notes.add_note(editor.store, editor.board_id, "dos", 1200, 200, color=GREEN)
    lid = links.add_link(editor.store, nid, other)
    shot(editor)
    view = editor.view
    press(view, at(view, (280, 250)))
    for y in (400, 600, 800, 1000):
        move_held(view, at(view, (280, y)))
    image = shot(editor)  # mid-drag: nothing is saved yet, the picture already follows
    assert color_at(editor, image, 280, 250) == zone_color()
    assert color_at(editor, image, 280, 1000) == YELLOW
    line = editor.scene.links[lid].line()
    assert line.p1().y() > 900
    middle = line.pointAt(0.5)
    assert colors_near(editor, image, middle.x(), middle.y()) != {zone_color()}  # the arrow is drawn
    release(view, at(view, (280, 1000)))
    assert boards.load_board(editor.store, editor.board_id).notes[0].y == pytest.approx(950, abs=8)


def test_recolor_add_nudge_and_delete_are_drawn_at_once(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    shot(editor)
    editor.select_notes([nid])
    editor.controller.set_color(GREEN)
    assert color_at(editor, shot(editor), 280, 250) == GREEN
    added = notes.add_note(editor.store, editor.board_id, "nueva", 1200, 900)
    assert color_at(editor, shot(editor), 1280, 950) == YELLOW
    editor.view.setFocus()
    for _ in range(4):  # 4 × 50: the note now starts at x = 400
        qtbot.keyClick(editor.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    image = shot(editor)
    assert color_at(editor, image, 230, 250) == zone_color()
    assert color_at(editor, image, 480, 250) == GREEN
    editor.controller.delete_selection()
    image = shot(editor)
    assert color_at(editor, image, 480, 250) == zone_color()
    assert color_at(editor, image, 1280, 950) == YELLOW and added in editor.scene.notes


def test_rubber_band_double_click_and_keyboard_work_zoomed_out(qtbot, editor: BoardEditor) -> None:
    ids = notes.add_text_notes(editor.store, editor.board_id, "a\nb\nc", 200, 200)
    shot(editor)
    drag(editor.view, at(editor.view, (120, 120)), at(editor.view, (1200, 500)))
    assert set(editor.selected_note_ids()) == set(ids)
    image = shot(editor)
    for item in (editor.scene.notes[i] for i in ids):
        assert color_at(editor, image, item.x() + 7, item.y() + 55) == accent()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)  # Tab walks the notes
    assert len(editor.selected_note_ids()) == 1
    double_click(editor.view, at(editor.view, (280, 250)))
    inline = editor.controller.inline
    assert inline is not None and inline.isVisible() and inline.note_id == ids[0]


def test_export_and_minimap_while_zoomed_out_draw_the_whole_board(qtbot, editor: BoardEditor) -> None:
    a = notes.add_note(editor.store, editor.board_id, "Falta agua en la escuela", 200, 200)
    b = notes.add_note(editor.store, editor.board_id, "Luz", 900, 600, color=GREEN)
    links.add_link(editor.store, a, b)
    editor.select_notes([b])
    shot(editor)
    assert editor.scene.overview
    source = scene_source(editor.scene)
    zoomed_out = [render_scene(editor.scene, source, width) for width in (300, 2400)]
    zoom_to(editor, 1.0)
    assert not editor.scene.overview
    assert [render_scene(editor.scene, source, width) for width in (300, 2400)] == zoomed_out  # same pixels
    zoom_to(editor, ZOOM)
    editor.minimap.show()
    editor.minimap.refresh()
    image = editor.minimap._image
    assert image is not None
    colors = {image.pixelColor(x, y).name().upper() for x in range(image.width()) for y in range(image.height())}
    assert {YELLOW, GREEN} <= colors


def test_scrolling_zoomed_out_draws_the_uncovered_strip(qtbot, editor: BoardEditor) -> None:
    notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    far = notes.add_note(editor.store, editor.board_id, "lejos", 5200, 200, color=GREEN)
    shot(editor)
    editor.view.centerOn(QPointF(5280, 700))
    assert color_at(editor, shot(editor), 5280, 250) == GREEN
    editor.view.centerOn(QRectF(0, 0, 1800, 1400).center())
    assert color_at(editor, shot(editor), 280, 250) == YELLOW
    assert far in editor.scene.notes


def test_zooming_and_resizing_while_zoomed_out_draw_the_board_afresh(qtbot, editor: BoardEditor) -> None:
    nid = notes.add_note(editor.store, editor.board_id, "uno", 200, 200)
    shot(editor)
    for zoom in (0.15, 0.1, 0.25):
        zoom_to(editor, zoom)
        image = shot(editor)
        assert editor.scene.overview
        assert color_at(editor, image, 280, 250) == YELLOW
        assert color_at(editor, image, 200 - 6 / zoom, 250) != YELLOW  # not where it was drawn before
    editor.resize(700, 500)
    qtbot.wait(10)
    assert color_at(editor, shot(editor), 280, 250) == YELLOW and nid in editor.scene.notes


def test_a_selected_zones_ring_stays_inside_what_it_repaints(qapp) -> None:
    """Zoomed out the ring is wide in board units; drawn centred on the outline it reached past
    the zone's bounding rectangle and left trails when the selection moved."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from reslab_desktop.services.records import ZoneRecord
    from reslab_desktop.ui.board import style
    from reslab_desktop.ui.board.items import ZoneItem

    for shape in ("rect", "ellipse"):
        item = ZoneItem(ZoneRecord(id="z", board_id="b", seq=0, title="Núcleo", x=0, y=0, w=600, h=400,
                                   color="#8FD3F5", shape=shape))
        item.setFlag(item.GraphicsItemFlag.ItemIsSelectable, True)
        item.setSelected(True)
        scale, pad = 0.1, 80
        box = item.boundingRect()
        image = QImage(round((box.width() + 2 * pad) * scale), round((box.height() + 2 * pad) * scale),
                       QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(pad - box.left(), pad - box.top())
        option = QStyleOptionGraphicsItem()
        option.state |= option.state.State_Selected
        item.paint(painter, option, None)
        painter.end()
        inside = QRectF(pad * scale, pad * scale, box.width() * scale, box.height() * scale).adjusted(-1, -1, 1, 1)
        ring = style.look().selection
        outside = [(x, y) for x in range(image.width()) for y in range(image.height())
                   if not inside.contains(x, y) and image.pixelColor(x, y) != QColor("#FFFFFF")]
        assert outside == [], (shape, outside[:5], ring.name())
