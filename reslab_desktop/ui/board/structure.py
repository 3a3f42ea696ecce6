"""Structure on the board: zones (drawn, grouped, renamed) and arrows between notes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from reslab_desktop.rules import geometry
from reslab_desktop.rules.palette import DEFAULT_NOTE_COLOR
from reslab_desktop.services import links, zones
from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.controller_base import ControllerBase, tr


class StructureActions(ControllerBase):
    def group_selection(self) -> str | None:
        ids = self.editor.selected_note_ids()
        if not ids:
            self.editor.report_error(ValueError(tr("Select the notes to group first.")))
            return None
        title = self.ask_text(tr("Group notes"), tr("Title of the group:"))
        if not title:
            return None
        result = self.run(tr("Group notes"), lambda: [zones.group_notes(self.store, ids, title)])
        return result[0] if result else None

    def start_zone_tool(self) -> None:
        """The next drag on the board draws a zone (Enter: one in the middle; Esc: cancel)."""
        if not self.board_id or self.store.read_only:
            return
        self.scene.tool = "zone"
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.view.setFocus()
        self.editor.show_hint(tr("Drag on the board to draw the zone · Enter: in the middle of the view · Esc: cancel"))

    def stop_tool(self) -> None:
        self.scene.tool = ""
        self.view.viewport().unsetCursor()
        self.editor.show_hint("")

    def _tool_key(self, confirm: bool) -> None:
        if confirm and self.scene.tool == "zone":
            c = self.editor.scene_center()
            self._zone_drawn(QRectF(c.x() - 300, c.y() - 200, 600, 400))
        else:
            self.stop_tool()

    def _zone_drawn(self, rect: QRectF) -> None:
        self.stop_tool()
        self.add_zone(rect)

    def add_zone(self, rect: QRectF | None = None, title: str | None = None) -> str | None:
        if not self.board_id:
            return None
        if title is None:
            title = self.ask_text(tr("New zone"), tr("Title of the zone:"))
            if title is None:
                return None
        if rect is None:
            c = self.editor.scene_center()
            rect = QRectF(c.x() - 300, c.y() - 200, 600, 400)
        if self.snap_to_grid:
            step = style.GRID_STEP
            rect = QRectF(geometry.snap(rect.x(), step), geometry.snap(rect.y(), step),
                          max(step * 3, geometry.snap(rect.width(), step)), max(step * 3, geometry.snap(rect.height(), step)))
        draft = zones.ZoneDraft(rect.x(), rect.y(), rect.width(), rect.height(), title=title,
                                color=self.current_zone_color())
        result = self.run(tr("Add zone"), lambda: [zones.add_zone(self.store, self.board_id, draft)])
        if result:
            self.scene.select_ids(result)
        return result[0] if result else None

    def current_zone_color(self) -> str:
        return self.current_color if self.current_color != DEFAULT_NOTE_COLOR else zones.DEFAULT_ZONE_COLOR

    def rename_zone(self, zone_id: str) -> None:
        item = self.scene.zones.get(zone_id)
        if item is None or self.store.read_only:
            return
        title = self.ask_text(tr("Rename zone"), tr("Title of the zone:"), item.record.title)
        if title is not None and title != item.record.title:
            self.run(tr("Rename zone"), lambda: zones.rename_zone(self.store, zone_id, title))

    def rename_selected_zone(self) -> None:
        ids = self.scene.selected_ids("zones")
        if ids:
            self.rename_zone(ids[0])

    def link_notes(self, from_id: str, to_id: str) -> str | None:
        result = self.run(tr("Link notes"), lambda: [links.add_link(self.store, from_id, to_id)])
        return result[0] if result else None

    def link_selected(self) -> str | None:
        """An arrow between two selected notes, from the one selected first."""
        ids = self.scene.selection_order("notes")
        if len(ids) != 2:
            self.editor.report_error(ValueError(tr("Select exactly two notes to link them.")))
            return None
        return self.link_notes(ids[0], ids[1])

    def edit_link_label(self, link_id: str) -> None:
        item = self.scene.links.get(link_id)
        if item is None or self.store.read_only:
            return
        label = self.ask_text(tr("Link label"), tr("Label of the arrow:"), item.record.label)
        if label is not None and label != item.record.label:
            self.run(tr("Edit link label"), lambda: links.set_label(self.store, link_id, label))
