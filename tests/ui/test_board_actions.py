"""Board rows of the action table driven by their keyboard shortcuts in a real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QUndoStack
from PySide6.QtWidgets import QMainWindow

from reslab_desktop.services import boards, notes, people
from reslab_desktop.storage import Store
from reslab_desktop.ui.actions import ACTIONS, install_actions
from reslab_desktop.ui.board.editor import BoardEditor

BOARD_ROWS = [s for s in ACTIONS if s.id.startswith("board.") and "navigator" not in str(s.handler)]


class Host(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.undo_stack = QUndoStack(self)
        self.board_editor = BoardEditor(store, self.undo_stack, self)
        self.setCentralWidget(self.board_editor)
        self.actions_by_id = install_actions(self, self.menuBar(), None, lambda w, e: self.errors.append(str(e)),
                                             BOARD_ROWS)


@pytest.fixture
def host(qtbot, store: Store) -> Host:
    board = boards.create_board(store, 1, "Tablero")
    window = Host(store)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.board_editor.show_board(board)
    window.board_editor.view.resetTransform()
    window.board_editor.view.centerOn(400, 300)
    window.board_editor.view.setFocus()
    return window


def rows(host: Host):
    ed = host.board_editor
    return boards.load_board(ed.store, ed.board_id).notes


def key(qtbot, host: Host, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(host.board_editor.view, k, mod)


def test_shortcuts_add_select_duplicate_delete_and_undo(qtbot, host: Host) -> None:
    ed = host.board_editor
    key(qtbot, host, Qt.Key.Key_N)
    assert ed.controller.inline is not None
    qtbot.keyClicks(ed.controller.inline, "Primera")
    qtbot.keyClick(ed.controller.inline, Qt.Key.Key_Escape)
    key(qtbot, host, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, host, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in rows(host)] == ["Primera", "Primera"]
    key(qtbot, host, Qt.Key.Key_3)  # palette color 3 for the selected (duplicated) note
    assert rows(host)[1].color == "#8FD3F5"
    key(qtbot, host, Qt.Key.Key_Delete)
    assert [n.text for n in rows(host)] == ["Primera"]
    host.undo_stack.undo()
    host.undo_stack.undo()
    assert [n.color for n in rows(host)] == ["#FFE066", "#FFE066"]
    assert host.errors == []


def test_copy_paste_by_keyboard_and_plain_text_lines(qtbot, host: Host) -> None:
    ed = host.board_editor
    nid = notes.add_note(ed.store, ed.board_id, "original", 100, 100)
    ed.select_notes([nid])
    key(qtbot, host, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, host, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in rows(host)] == ["original", "original"]
    QGuiApplication.clipboard().setText("uno\ndos\ntres")
    key(qtbot, host, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sorted(n.text for n in rows(host)) == ["dos", "original", "original", "tres", "uno"]


def test_delete_does_nothing_while_focus_is_elsewhere(qtbot, host: Host) -> None:
    from PySide6.QtWidgets import QLineEdit

    ed = host.board_editor
    nid = notes.add_note(ed.store, ed.board_id, "a salvo", 100, 100)
    ed.select_notes([nid])
    other = QLineEdit(host)
    host.menuBar().setCornerWidget(other)
    other.show()
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Delete)
    assert [n.text for n in rows(host)] == ["a salvo"]


def test_find_notes_ignores_case_and_accents_and_jumps(qtbot, host: Host) -> None:
    ed = host.board_editor
    notes.add_text_notes(ed.store, ed.board_id, "Acción comunitaria\nagua\nACCION local", 3000, 3000)
    key(qtbot, host, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ed.search.isVisible()
    qtbot.keyClicks(ed.search.field, "accion")
    assert len(ed.search.matches) == 2
    qtbot.keyClick(ed.search.field, Qt.Key.Key_Return)
    [selected] = ed.selected_note_ids()
    assert ed.scene.notes[selected].record.text == "Acción comunitaria"
    visible = ed.view.mapToScene(ed.view.viewport().rect()).boundingRect()
    assert visible.contains(ed.scene.notes[selected].sceneBoundingRect().center())
    qtbot.keyClick(ed.search.field, Qt.Key.Key_Escape)
    assert not ed.search.isVisible()


def test_zoom_keys_wheel_fit_and_zoom_to_selection(qtbot, host: Host) -> None:
    ed = host.board_editor
    far = notes.add_note(ed.store, ed.board_id, "lejos", 5000, 4000)
    notes.add_note(ed.store, ed.board_id, "cerca", 0, 0)
    start = ed.view.zoom()
    key(qtbot, host, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert ed.view.zoom() > start
    key(qtbot, host, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert ed.view.zoom() == pytest.approx(start)
    host.actions_by_id["board.fit_all"].trigger()
    visible = ed.view.mapToScene(ed.view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(5100, 4050)) and visible.contains(QPointF(10, 10))
    ed.select_notes([far])
    host.actions_by_id["board.zoom_selection"].trigger()
    visible = ed.view.mapToScene(ed.view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(5080, 4050)) and not visible.contains(QPointF(10, 10))


def test_group_link_and_zone_rename_through_actions(qtbot, host: Host, monkeypatch) -> None:
    ed = host.board_editor
    a, b = notes.add_text_notes(ed.store, ed.board_id, "causa\nefecto", 100, 100)
    monkeypatch.setattr(ed.controller, "ask_text", lambda *args: "Raíces")
    ed.select_notes([a, b])
    key(qtbot, host, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    content = boards.load_board(ed.store, ed.board_id)
    assert [z.title for z in content.zones] == ["Raíces"]
    assert {n.zone_id for n in content.notes} == {content.zones[0].id}
    ed.scene.clearSelection()
    ed.scene.notes[a].setSelected(True)
    ed.scene.notes[b].setSelected(True)
    key(qtbot, host, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    [link] = boards.load_board(ed.store, ed.board_id).links
    assert (link.from_note_id, link.to_note_id) == (a, b)
    monkeypatch.setattr(ed.controller, "ask_text", lambda *args: "provoca")
    ed.controller.edit_link_label(link.id)
    assert ed.scene.links[link.id].record.label == "provoca"
    host.undo_stack.undo()
    host.undo_stack.undo()
    host.undo_stack.undo()
    assert boards.load_board(ed.store, ed.board_id).zones == ()
    assert {n.zone_id for n in boards.load_board(ed.store, ed.board_id).notes} == {None}


def test_author_menu_sets_the_author_tag(qtbot, host: Host) -> None:
    ed = host.board_editor
    pid = people.add_participant(ed.store, "Rosa Pérez")
    nid = notes.add_note(ed.store, ed.board_id, "idea", 100, 100)
    assert ed.scene.authors[pid] == "Rosa Pérez"
    ed.select_notes([nid])
    menu = host.actions_by_id["board.author"].menu()
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == "Rosa Pérez"]
    action.trigger()
    assert ed.scene.notes[nid].author == "Rosa Pérez"


def test_dropping_a_text_file_and_an_image(qtbot, host: Host, tmp_path: Path) -> None:
    ed = host.board_editor
    txt = tmp_path / "tarjetas.txt"
    txt.write_text("salud\neducación\n", encoding="utf-8")
    png = tmp_path / "foto.png"
    PILImage.new("RGB", (300, 200), (10, 120, 200)).save(png)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(txt)), QUrl.fromLocalFile(str(png))])
    ed.controller.on_drop(mime, QPointF(100, 100))
    content = boards.load_board(ed.store, ed.board_id)
    assert sorted(n.text for n in content.notes) == ["educación", "salud"]
    assert len(content.images) == 1 and len(ed.scene.images) == 1
    assert host.undo_stack.count() == 1
    host.undo_stack.undo()
    content = boards.load_board(ed.store, ed.board_id)
    assert content.notes == () and content.images == ()


def test_export_png_and_svg(qtbot, host: Host, tmp_path: Path, monkeypatch) -> None:
    ed = host.board_editor
    notes.add_text_notes(ed.store, ed.board_id, "uno\ndos", 0, 0, color="#F4A6B7")
    monkeypatch.setattr(ed, "ask_save_path", lambda *a: str(tmp_path / "tablero"))
    path = ed.export_image()
    image = QImage(path)
    assert path.endswith(".png") and image.width() > 300
    colors = {image.pixelColor(x, y).name().upper() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#F4A6B7" in colors
    svg = ed.export_svg()
    assert "<svg" in Path(svg).read_text(encoding="utf-8")


def test_minimap_click_moves_the_view(qtbot, host: Host) -> None:
    ed = host.board_editor
    notes.add_note(ed.store, ed.board_id, "a", 0, 0)
    notes.add_note(ed.store, ed.board_id, "b", 6000, 4000)
    host.actions_by_id["board.minimap"].setChecked(True)
    assert ed.minimap.isVisible()
    before = ed.view.mapToScene(ed.view.viewport().rect().center())
    qtbot.mouseClick(ed.minimap, Qt.MouseButton.LeftButton, pos=ed.minimap.rect().bottomRight() - ed.minimap.rect().center() / 4)
    after = ed.view.mapToScene(ed.view.viewport().rect().center())
    assert after.x() > before.x() + 1000


def test_board_toolbar_colors_and_zoom(qtbot, host: Host) -> None:
    ed = host.board_editor
    nid = notes.add_note(ed.store, ed.board_id, "pintame", 100, 100)
    ed.select_notes([nid])
    pink = next(a for a in ed.toolbar.colors.actions() if a.data() == "#F4A6B7")
    pink.trigger()
    assert rows(host)[0].color == "#F4A6B7" and pink.isChecked()
    ed.view.resetTransform()
    ed.zoom_in()
    assert ed.toolbar.zoom_label.text() == "125 %"


def test_read_only_board_can_be_looked_at_but_not_changed(qtbot, store: Store, tmp_path: Path) -> None:
    board = boards.create_board(store, 1, "Solo lectura")
    nid = notes.add_note(store, board, "fija", 100, 100)
    path = store.path
    store.close()
    with Store.open(path, read_only=True) as ro:
        ed = BoardEditor(ro, QUndoStack())
        qtbot.addWidget(ed)
        ed.show_board(board)
        assert not ed.scene.notes[nid].flags() & ed.scene.notes[nid].GraphicsItemFlag.ItemIsMovable
        assert not ed.toolbar.colors.actions()[0].isEnabled()
        ed.controller.add_note_at(QPointF(0, 0))
        assert len(boards.load_board(ro, board).notes) == 1


def test_projector_theme_repaints_the_board_with_black_outlines(qtbot, host: Host) -> None:
    from reslab_desktop.ui import theme
    from reslab_desktop.ui.board.render import render_scene, scene_source

    ed = host.board_editor
    notes.add_note(ed.store, ed.board_id, "grande", 0, 0)
    try:
        theme.apply_theme(theme.PROJECTOR)
        image = render_scene(ed.scene, scene_source(ed.scene), 400)
        assert image.pixelColor(2, 2).name().upper() == "#FFFFFF"
        assert any(image.pixelColor(x, y).name() == "#000000" for x in range(image.width()) for y in (image.height() // 2,))
    finally:
        theme.apply_theme(theme.NORMAL)
    assert ed.scene.backgroundBrush().color().name().upper() == theme.THEMES[theme.NORMAL].board_background.upper()


def test_notes_typed_in_for_one_participant_carry_their_name(qtbot, host: Host) -> None:
    ed = host.board_editor
    people.add_participant(ed.store, "Beto Chan")
    pid = people.add_participant(ed.store, "Ana Kú")
    combo = ed.toolbar.author
    assert [combo.itemText(i) for i in range(combo.count())] == ["No author", "Ana Kú", "Beto Chan"]
    combo.setCurrentIndex(combo.findData(pid))
    QGuiApplication.clipboard().setText("tarjeta uno\ntarjeta dos")
    ed.controller.paste()
    ed.controller.add_note_at(QPointF(900, 900))
    assert {n.author_id for n in rows(host)} == {pid}
    assert {ed.scene.notes[n.id].author for n in rows(host)} == {"Ana Kú"}
    people.add_participant(ed.store, "Ceci Poot")
    assert combo.count() == 4 and combo.currentData() == pid


def test_pasting_a_photo_from_the_clipboard_stores_it_in_the_file(qtbot, host: Host) -> None:
    ed = host.board_editor
    photo = QImage(2400, 1200, QImage.Format.Format_RGB32)
    photo.fill(QColor("#3366CC"))
    QGuiApplication.clipboard().setImage(photo)
    ed.controller.paste()
    [image] = boards.load_board(ed.store, ed.board_id).images
    stored = QImage.fromData(image.data)
    assert (stored.width(), stored.height()) == (1600, 800)
    assert max(image.w, image.h) == 480 and len(ed.scene.images) == 1
    host.undo_stack.undo()
    assert not ed.scene.images and boards.load_board(ed.store, ed.board_id).images == ()


def test_double_clicking_a_photo_edits_its_caption(qtbot, host: Host, monkeypatch) -> None:
    from board_helpers import at, double_click

    ed = host.board_editor
    photo = QImage(400, 300, QImage.Format.Format_RGB32)
    photo.fill(QColor("#22AA55"))
    QGuiApplication.clipboard().setImage(photo)
    ed.controller.paste_at(QPointF(100, 100))
    [image] = boards.load_board(ed.store, ed.board_id).images
    monkeypatch.setattr(ed.controller, "ask_text", lambda *a: "Rotafolio de la tarde")
    double_click(ed.view, at(ed.view, (image.x + 50, image.y + 50)))
    assert boards.load_board(ed.store, ed.board_id).images[0].caption == "Rotafolio de la tarde"
    assert ed.scene.images[image.id].record.caption == "Rotafolio de la tarde"
    host.undo_stack.undo()
    assert boards.load_board(ed.store, ed.board_id).images[0].caption == ""
