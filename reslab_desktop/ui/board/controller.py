"""Turns board gestures and actions into undo commands that call the services.

The scene and view only report what the user did (signals); this is the one place that
decides which service runs and what the undo step is called.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from reslab_desktop.errors import ReslabError
from reslab_desktop.rules import geometry
from reslab_desktop.services import images, links, notes, zones
from reslab_desktop.services.history import Step
from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.controller_base import count_text, tr
from reslab_desktop.ui.board.inline_edit import InlineNoteEditor
from reslab_desktop.ui.board.structure import StructureActions
from reslab_desktop.ui.board.transfer import TransferActions

if TYPE_CHECKING:
    from reslab_desktop.ui.board.editor import BoardEditor

PASTE_OFFSET = 30.0
NUDGE = "nudge"


class BoardController(TransferActions, StructureActions):
    def __init__(self, editor: BoardEditor) -> None:
        super().__init__(editor)
        self.inline: InlineNoteEditor | None = None
        self._edit_step: Step | None = None  # the undo step the inline edit saves into
        self.scene.items_moved.connect(self.on_items_moved)
        self.scene.item_resized.connect(self.on_item_resized)
        self.scene.note_double_clicked.connect(self.edit_note)
        self.scene.background_double_clicked.connect(lambda pos: self.add_note_at(pos, edit=True))
        self.scene.zone_double_clicked.connect(self.rename_zone)
        self.scene.link_double_clicked.connect(self.edit_link_label)
        self.scene.image_double_clicked.connect(self.edit_caption)
        self.view.nudge_requested.connect(self.nudge)
        self.view.dropped.connect(self.on_drop)
        self.scene.zone_drawn.connect(self._zone_drawn)
        self.scene.link_requested.connect(self.link_notes)
        self.view.tool_key.connect(self._tool_key)
        self.view.context_menu_requested.connect(self._context_menu)

    # -- notes -------------------------------------------------------------------------------
    def add_note_at(self, pos: QPointF, edit: bool = False, text: str = "", free: bool = False,
                    corner: bool = False) -> str | None:
        """A note centred at ``pos`` (its top-left there with ``corner``); with ``free``, at the
        nearest spot from there that no other note covers (new notes cascade, never stack)."""
        if not self.board_id or self.store.read_only:
            return None
        x, y = (pos.x(), pos.y()) if corner else (pos.x() - geometry.NOTE_W / 2, pos.y() - geometry.NOTE_H / 2)
        if free:
            x, y = self.free_spot(x, y, geometry.NOTE_W, geometry.NOTE_H, ("notes",))
        if self.snap_to_grid:
            x, y = geometry.snap(x, style.GRID_STEP), geometry.snap(y, style.GRID_STEP)
        draft = notes.NoteDraft(text=text, x=x, y=y, color=self.current_color, author_id=self.current_author)
        ids = self.run(tr("Add note"), lambda: notes.add_notes(self.store, self.board_id, [draft]))
        if not ids:
            return None
        self.scene.select_ids(ids)
        if edit:  # adding a note and typing its text are one undo step
            self.edit_note(ids[0], into=self.editor.history.last, new=True)
        return ids[0]

    def add_note(self) -> str | None:
        """N: a new note under the mouse (or in the middle of the view), beside the notes there."""
        return self.add_note_at(self.pointer_or_center(), edit=True, free=True)

    def add_next_note(self, after_id: str) -> str | None:
        """Enter in a new note: the next one to its right (or in the row below), to type on."""
        item = self.scene.notes.get(after_id)
        if item is None:
            return None
        r = item.record
        return self.add_note_at(QPointF(r.x + r.w + geometry.GAP, r.y), edit=True, free=True, corner=True)

    def pointer_or_center(self) -> QPointF:
        from PySide6.QtGui import QCursor

        local = self.view.viewport().mapFromGlobal(QCursor.pos())
        if self.view.viewport().rect().contains(local):
            return self.view.mapToScene(local)
        return self.editor.scene_center()

    def free_spot(self, x: float, y: float, w: float, h: float, kinds: tuple[str, ...]) -> tuple[float, float]:
        """``geometry.free_spot`` among the items of ``kinds`` in the visible part of the board."""
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        area = (visible.x(), visible.y(), visible.width(), visible.height())
        near = visible.adjusted(-w, -h, w, h)
        occupied = [(r.x, r.y, r.w, r.h) for item in self.scene.items(near)  # the scene's index
                    if getattr(item, "kind", "") in kinds for r in (item.record,)]  # type: ignore[attr-defined]
        return geometry.free_spot(occupied, x, y, w, h, area)

    def edit_note(self, note_id: str, into: Step | None = None, new: bool = False) -> None:
        """Edit a note's text in place; what is typed is saved as it is typed, and the whole
        edit is one undo step (``into``: a step it belongs to, e.g. the note's creation). A
        ``new`` note's Enter opens the next note to type on."""
        item = self.scene.notes.get(note_id)
        if item is None or self.store.read_only:
            return
        self.finish_editing()
        self.view.ensureVisible(item.sceneBoundingRect(), 20, 20)
        self._edit_step = into
        self.inline = InlineNoteEditor(self.view, item, self._edited, self.add_next_note if new else None,
                                       on_typed=self._typed)

    def edit_selected(self) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            self.edit_note(ids[-1])

    def finish_editing(self) -> None:
        if self.inline is not None:
            self.inline.finish()

    def _typed(self, note_id: str, text: str) -> None:
        self._save_text(note_id, text, report=False)  # a refusal is said once, when editing ends

    def _edited(self, note_id: str, text: str) -> None:
        self.inline = None
        self._save_text(note_id, text, report=True)
        self._edit_step = None

    def _save_text(self, note_id: str, text: str, report: bool) -> None:
        item = self.scene.notes.get(note_id)
        if item is None or item.record.text == text:
            return
        history = self.editor.history
        try:
            if self._edit_step is None:
                history.run(tr("Edit note text"), lambda: notes.set_text(self.store, note_id, text))
                self._edit_step = history.last
            else:
                with history.amend(self._edit_step) as step:
                    notes.set_text(self.store, note_id, text)
                self._edit_step = step
        except ReslabError as exc:
            if report:
                self.editor.report_error(exc)
            return
        self.editor.catch_up(history.last)

    def set_color(self, color: str) -> None:
        """Color the selected notes and zones; with nothing selected, the color of new notes."""
        self.current_color = color
        toolbar = getattr(self.editor, "toolbar", None)
        if toolbar is not None:
            toolbar.show_color(color)
        note_ids = self.editor.selected_note_ids()
        zone_ids = self.scene.selected_ids("zones")
        if not note_ids and not zone_ids:
            return
        with self.macro(tr("Change color"), bool(note_ids and zone_ids)):
            if note_ids:
                self.run(tr("Change color"), lambda: notes.set_color(self.store, note_ids, color))
            if zone_ids:
                self.run(tr("Change color"),
                         lambda: zones.update_zones(self.store, {z: {"color": color} for z in zone_ids}))

    def set_author(self, author_id: str | None) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            self.run(tr("Set author"), lambda: notes.set_author(self.store, ids, author_id))

    def restack(self, to_front: bool) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            self.run(tr("Bring to front") if to_front else tr("Send to back"),
                     lambda: notes.restack(self.store, ids, to_front))

    def bring_to_front(self) -> None:
        self.restack(True)

    def send_to_back(self) -> None:
        self.restack(False)

    def arrange(self, mode: str) -> None:
        ids = self.editor.selected_note_ids()
        if len(ids) < 2:
            return
        if mode in geometry.DISTRIBUTE_MODES:
            do = lambda: notes.distribute_notes(self.store, ids, mode)  # noqa: E731
            text = tr("Distribute notes")
        else:
            do = lambda: notes.align_notes(self.store, ids, mode)  # noqa: E731
            text = tr("Align notes")
        self.run(text, do)

    # -- moving and resizing -----------------------------------------------------------------
    def on_items_moved(self, moved: Mapping[str, Mapping[str, tuple[float, float]]]) -> None:
        if self.snap_to_grid:
            moved = {k: {i: (geometry.snap(x, style.GRID_STEP), geometry.snap(y, style.GRID_STEP))
                         for i, (x, y) in v.items()} for k, v in moved.items()}
        total = sum(len(v) for v in moved.values())
        with self.macro(count_text(total, tr("Move item"), tr("Move %n items")), len([v for v in moved.values() if v]) > 1):
            self._move(moved)

    def _move(self, moved: Mapping[str, Mapping[str, tuple[float, float]]]) -> None:
        if moved.get("zones"):
            z = dict(moved["zones"])
            self.run(tr("Move zone"), lambda: zones.move_zones(self.store, z))
        if moved.get("notes"):
            text = count_text(len(moved["notes"]), tr("Move note"), tr("Move %n notes"))
            p = dict(moved["notes"])
            if self.run(text, lambda: notes.move_notes(self.store, p)) is None:
                self.editor.resync()  # refused: put the items back where the file says
        if moved.get("images"):
            m = dict(moved["images"])
            self.run(tr("Move image"), lambda: images.move_images(self.store, m))

    def nudge(self, dx: float, dy: float) -> None:
        """Arrow keys move the selected notes (or else zones, or else images); repeats merge."""
        for kind, move in (("notes", notes.move_notes), ("zones", zones.move_zones),
                           ("images", images.move_images)):
            ids = self.scene.selected_ids(kind)
            if ids:
                table = getattr(self.scene, kind)
                positions = {i: (table[i].record.x + dx, table[i].record.y + dy) for i in ids}
                text = count_text(len(ids), tr("Move item"), tr("Move %n items"))
                # repeated nudges of the same items are one step: undo returns to where they started
                key = (NUDGE, kind, frozenset(ids))
                if self.run(text, partial(move, self.store, positions), key) is None:
                    self.editor.resync()
                return

    def on_item_resized(self, kind: str, item_id: str, w: float, h: float) -> None:
        if self.snap_to_grid:
            w, h = max(style.GRID_STEP, geometry.snap(w, style.GRID_STEP)), max(style.GRID_STEP, geometry.snap(h, style.GRID_STEP))
        if kind == "notes":
            done = self.run(tr("Resize note"), lambda: notes.resize_note(self.store, item_id, w, h))
        elif kind == "zones":
            done = self.run(tr("Resize zone"), lambda: zones.update_zones(self.store, {item_id: {"w": w, "h": h}}))
        else:
            done = self.run(tr("Resize image"), lambda: images.update_images(self.store, {item_id: {"w": w, "h": h}}))
        if done is None:
            self.editor.resync()

    # -- selection-wide actions ----------------------------------------------------------------
    def select_all(self) -> None:
        """Every note and image (zones and arrows stay put: they are the wall, not the cards)."""
        self.scene.select_ids([*self.scene.notes, *self.scene.images])

    def delete_selection(self) -> None:
        groups = [(k, self.scene.selected_ids(k)) for k in ("links", "notes", "images", "zones")]
        groups = [(k, ids) for k, ids in groups if ids]
        if not groups:
            return
        from reslab_desktop.ui.voting.guard import confirm_delete_voted

        voted = [i for k, ids in groups if k == "notes" for i in ids]
        if voted and not confirm_delete_voted(self.editor, self.store, voted):
            return  # a note people voted on: asked first (issue 17.5)
        services = {"links": links.delete_links, "notes": notes.delete_notes,
                    "images": images.delete_images, "zones": zones.delete_zones}
        total = sum(len(ids) for _, ids in groups)
        with self.macro(count_text(total, tr("Delete item"), tr("Delete %n items")), len(groups) > 1):
            for kind, ids in groups:
                alive = [i for i in ids if i in getattr(self.scene, kind)]  # a deleted note took its links
                if alive:
                    text = count_text(total, tr("Delete item"), tr("Delete %n items"))
                    self.run(text, partial(services[kind], self.store, alive))

    def _context_menu(self, scene_pos: QPointF, global_pos) -> None:  # type: ignore[no-untyped-def]
        from reslab_desktop.ui.board.context_menu import show_menu

        show_menu(self.editor, scene_pos, global_pos)

    def cut(self) -> None:
        if self.copy():
            self.delete_selection()

    def duplicate(self) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            drafts = notes.copy_drafts(self.store, ids, PASTE_OFFSET, PASTE_OFFSET)
            self.add_drafts(drafts, count_text(len(drafts), tr("Duplicate note"), tr("Duplicate %n notes")))
