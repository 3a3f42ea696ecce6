"""Right-click menu of the board: what can be done with the thing under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QMenu

from reslab_desktop.ui.board.controller_base import tr
from reslab_desktop.ui.board.hooks import fill_arrange, fill_authors
from reslab_desktop.ui.board.items import ImageItem, LinkItem, NoteItem, ZoneItem
from reslab_desktop.ui.board.palette_menu import fill_colors

if TYPE_CHECKING:
    from reslab_desktop.ui.board.editor import BoardEditor


def build_menu(editor: BoardEditor, scene_pos: QPointF) -> QMenu:
    """The menu for ``scene_pos``; right-clicking an unselected item selects it first."""
    c = editor.controller
    scene = editor.scene
    item = scene.board_item_at(scene_pos)
    if item is not None and not item.isSelected():
        scene.clearSelection()
        item.setSelected(True)
    menu = QMenu(editor)
    writable = not editor.store.read_only

    def add(text: str, slot, enabled: bool = True) -> None:  # type: ignore[no-untyped-def]
        action = menu.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(lambda *_: slot())

    if isinstance(item, NoteItem):
        count = len(editor.selected_note_ids())
        add(tr("Edit Text"), lambda: c.edit_note(item.item_id), writable)
        colors = menu.addMenu(tr("Color"))
        colors.aboutToShow.connect(lambda: fill_colors(colors, c))
        authors = menu.addMenu(tr("Author"))
        authors.aboutToShow.connect(lambda: fill_authors(authors, editor))
        menu.addSeparator()
        add(tr("Duplicate"), c.duplicate, writable)
        add(tr("Copy"), c.copy)
        add(tr("Bring to Front"), c.bring_to_front, writable)
        add(tr("Send to Back"), c.send_to_back, writable)
        if count >= 2:
            arrange = menu.addMenu(tr("Align and Distribute"))
            arrange.aboutToShow.connect(lambda: fill_arrange(arrange, editor))
            add(tr("Group Notes…"), c.group_selection, writable)
        if count == 2:
            add(tr("Link the Two Notes"), c.link_selected, writable)
        menu.addSeparator()
        add(tr("Delete"), c.delete_selection, writable)
    elif isinstance(item, ZoneItem):
        add(tr("Rename Zone…"), lambda: c.rename_zone(item.item_id), writable)
        colors = menu.addMenu(tr("Color"))
        colors.aboutToShow.connect(lambda: fill_colors(colors, c))
        menu.addSeparator()
        add(tr("Delete Zone (Keep Its Notes)"), c.delete_selection, writable)
    elif isinstance(item, LinkItem):
        add(tr("Edit Label…"), lambda: c.edit_link_label(item.item_id), writable)
        add(tr("Delete Arrow"), c.delete_selection, writable)
    elif isinstance(item, ImageItem):
        add(tr("Edit Caption…"), lambda: c.edit_caption(item.item_id), writable)
        add(tr("Delete Image"), c.delete_selection, writable)
    else:
        add(tr("Add Note Here"), lambda: c.add_note_at(scene_pos, edit=True), writable)
        add(tr("Paste Here"), lambda: c.paste_at(scene_pos), writable)
        add(tr("Draw a Zone"), c.start_zone_tool, writable)
        add(tr("Insert Image…"), c.insert_image_file, writable)
        menu.addSeparator()
        add(tr("Select All"), c.select_all)
        add(tr("Fit the Whole Board"), editor.fit_all)
    return menu


def show_menu(editor: BoardEditor, scene_pos: QPointF, global_pos: QPoint) -> None:
    build_menu(editor, scene_pos).exec(global_pos)
