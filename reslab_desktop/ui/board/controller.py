"""Turns board gestures and actions into undo commands that call the services.

The scene and view only report what the user did (signals); this is the one place that
decides which service runs and what the undo step is called.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from reslab_desktop.errors import ReslabError, ValidationError
from reslab_desktop.rules import geometry
from reslab_desktop.rules.palette import DEFAULT_NOTE_COLOR
from reslab_desktop.services import images, links, notes, zones
from reslab_desktop.ui.board import clipboard, style
from reslab_desktop.ui.board.inline_edit import InlineNoteEditor
from reslab_desktop.ui.board.items import NoteItem
from reslab_desktop.ui.commands.board import MoveCommand, added, changed, deleted

if TYPE_CHECKING:
    from reslab_desktop.ui.board.editor import BoardEditor

PASTE_OFFSET = 30.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def _count(n: int, one: str, many: str) -> str:
    return tr(one) if n == 1 else tr(many).replace("%n", str(n))


class BoardController:
    def __init__(self, editor: BoardEditor) -> None:
        self.editor = editor
        self.store = editor.store
        self.scene = editor.scene
        self.view = editor.view
        self.snap_to_grid = False
        self.current_color = DEFAULT_NOTE_COLOR
        self.inline: InlineNoteEditor | None = None
        self.scene.items_moved.connect(self.on_items_moved)
        self.scene.item_resized.connect(self.on_item_resized)
        self.scene.note_double_clicked.connect(self.edit_note)
        self.scene.background_double_clicked.connect(lambda pos: self.add_note_at(pos, edit=True))
        self.scene.zone_double_clicked.connect(self.rename_zone)
        self.scene.link_double_clicked.connect(self.edit_link_label)
        self.view.nudge_requested.connect(self.nudge)
        self.view.dropped.connect(self.on_drop)
        self.scene.zone_drawn.connect(self._zone_drawn)
        self.view.tool_key.connect(self._tool_key)
        self.view.context_menu_requested.connect(self._context_menu)

    @property
    def board_id(self) -> str:
        return self.editor.board_id

    def run(self, command):  # type: ignore[no-untyped-def]
        return self.editor.run(command)

    @contextmanager
    def macro(self, text: str, needed: bool = True) -> Iterator[None]:
        """Group several commands into one undo step (only when there are several)."""
        stack = self.editor.undo_stack
        if needed:
            stack.beginMacro(text)
        try:
            yield
        finally:
            if needed:
                stack.endMacro()

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        """A one-line text question (tests replace this method)."""
        text, ok = QInputDialog.getText(self.editor, title, label, text=value)
        return text if ok else None

    # -- notes -------------------------------------------------------------------------------
    def add_note_at(self, pos: QPointF, edit: bool = False, text: str = "") -> str | None:
        if not self.board_id or self.store.read_only:
            return None
        x, y = pos.x() - geometry.NOTE_W / 2, pos.y() - geometry.NOTE_H / 2
        if self.snap_to_grid:
            x, y = geometry.snap(x, style.GRID_STEP), geometry.snap(y, style.GRID_STEP)
        draft = notes.NoteDraft(text=text, x=x, y=y, color=self.current_color)
        ids = self.run(added(tr("Add note"), self.store, "notes", self.board_id,
                             lambda: notes.add_notes(self.store, self.board_id, [draft])))
        if not ids:
            return None
        self.scene.select_ids(ids)
        if edit:
            self.edit_note(ids[0])
        return ids[0]

    def add_note(self) -> str | None:
        return self.add_note_at(self.editor.scene_center(), edit=True)

    def add_drafts(self, drafts: Sequence[notes.NoteDraft], text: str) -> list[str]:
        known = self.scene.authors
        drafts = [d if d.author_id in known or d.author_id is None else _without_author(d) for d in drafts]
        ids = self.run(added(text, self.store, "notes", self.board_id,
                             lambda: notes.add_notes(self.store, self.board_id, drafts))) or []
        self.scene.select_ids(ids)
        return ids

    def add_text_notes(self, text: str, pos: QPointF | None = None) -> list[str]:
        """One note per line (typing in paper cards), laid out in a grid from ``pos``."""
        pos = pos or self.paste_position()
        try:
            drafts = notes.drafts_from_text(text, pos.x(), pos.y(), color=self.current_color)
        except ReslabError as exc:
            self.editor.report_error(exc)
            return []
        return self.add_drafts(drafts, _count(len(drafts), "Paste note", "Paste %n notes"))

    def edit_note(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is None or self.store.read_only:
            return
        self.finish_editing()
        self.view.ensureVisible(item.sceneBoundingRect(), 20, 20)
        self.inline = InlineNoteEditor(self.view, item, self._edited)

    def edit_selected(self) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            self.edit_note(ids[-1])

    def finish_editing(self) -> None:
        if self.inline is not None:
            self.inline.finish()

    def _edited(self, note_id: str, text: str) -> None:
        self.inline = None
        item = self.scene.notes.get(note_id)
        if item is None or item.record.text == text:
            return
        self.run(changed(tr("Edit note text"), lambda: notes.set_text(self.store, note_id, text),
                         lambda before: notes.restore_notes(self.store, before)))

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
                self.run(changed(tr("Change color"), lambda: notes.set_color(self.store, note_ids, color),
                                 lambda before: notes.restore_notes(self.store, before)))
            if zone_ids:
                self.run(changed(tr("Change color"),
                                 lambda: zones.update_zones(self.store, {z: {"color": color} for z in zone_ids}),
                                 lambda before: zones.restore_zones(self.store, before)))

    def set_author(self, author_id: str | None) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            self.run(changed(tr("Set author"), lambda: notes.set_author(self.store, ids, author_id),
                             lambda before: notes.restore_notes(self.store, before)))

    def restack(self, to_front: bool) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            self.run(changed(tr("Bring to front") if to_front else tr("Send to back"),
                             lambda: notes.restack(self.store, ids, to_front),
                             lambda before: notes.restore_notes(self.store, before)))

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
        self.run(changed(text, do, lambda before: notes.restore_notes(self.store, before)))

    # -- moving and resizing -----------------------------------------------------------------
    def on_items_moved(self, moved: Mapping[str, Mapping[str, tuple[float, float]]]) -> None:
        if self.snap_to_grid:
            moved = {k: {i: (geometry.snap(x, style.GRID_STEP), geometry.snap(y, style.GRID_STEP))
                         for i, (x, y) in v.items()} for k, v in moved.items()}
        total = sum(len(v) for v in moved.values())
        with self.macro(_count(total, "Move item", "Move %n items"), len([v for v in moved.values() if v]) > 1):
            self._move(moved)

    def _move(self, moved: Mapping[str, Mapping[str, tuple[float, float]]], mergeable: bool = False) -> None:
        if moved.get("zones"):
            z = dict(moved["zones"])
            self.run(changed(tr("Move zone"), lambda: zones.move_zones(self.store, z),
                             lambda before: zones.restore_zones(self.store, before)))
        if moved.get("notes"):
            text = _count(len(moved["notes"]), "Move note", "Move %n notes")
            cmd = MoveCommand(text, moved["notes"], lambda p: notes.move_notes(self.store, p),
                              lambda before: notes.restore_notes(self.store, before), mergeable)
            if self.run(cmd) is None:
                self.editor._resync()  # refused: put the items back where the file says
        if moved.get("images"):
            m = dict(moved["images"])
            self.run(changed(tr("Move image"), lambda: images.move_images(self.store, m),
                             lambda before: images.update_images(self.store, before)))

    def nudge(self, dx: float, dy: float) -> None:
        ids = self.editor.selected_note_ids()
        if not ids:
            return
        positions = {i: (self.scene.notes[i].record.x + dx, self.scene.notes[i].record.y + dy) for i in ids}
        self._move({"notes": positions}, mergeable=True)

    def on_item_resized(self, kind: str, item_id: str, w: float, h: float) -> None:
        if self.snap_to_grid:
            w, h = max(style.GRID_STEP, geometry.snap(w, style.GRID_STEP)), max(style.GRID_STEP, geometry.snap(h, style.GRID_STEP))
        if kind == "notes":
            cmd = changed(tr("Resize note"), lambda: notes.resize_note(self.store, item_id, w, h),
                          lambda before: notes.restore_notes(self.store, before))
        elif kind == "zones":
            cmd = changed(tr("Resize zone"), lambda: zones.update_zones(self.store, {item_id: {"w": w, "h": h}}),
                          lambda before: zones.restore_zones(self.store, before))
        else:
            cmd = changed(tr("Resize image"), lambda: images.update_images(self.store, {item_id: {"w": w, "h": h}}),
                          lambda before: images.update_images(self.store, before))
        if self.run(cmd) is None:
            self.editor._resync()

    # -- selection-wide actions ----------------------------------------------------------------
    def select_all(self) -> None:
        """Every note and image (zones and arrows stay put: they are the wall, not the cards)."""
        self.scene.select_ids([*self.scene.notes, *self.scene.images])

    def delete_selection(self) -> None:
        groups = [(k, self.scene.selected_ids(k)) for k in ("links", "notes", "images", "zones")]
        groups = [(k, ids) for k, ids in groups if ids]
        if not groups:
            return
        services = {"links": links.delete_links, "notes": notes.delete_notes,
                    "images": images.delete_images, "zones": zones.delete_zones}
        total = sum(len(ids) for _, ids in groups)
        with self.macro(_count(total, "Delete item", "Delete %n items"), len(groups) > 1):
            for kind, ids in groups:
                alive = [i for i in ids if i in getattr(self.scene, kind)]  # a deleted note took its links
                if alive:
                    text = _count(total, "Delete item", "Delete %n items")
                    self.run(deleted(text, self.store, self.board_id,
                                     lambda s=services[kind], a=alive: s(self.store, a)))

    def duplicate(self) -> None:
        ids = self.editor.selected_note_ids()
        if ids:
            drafts = notes.copy_drafts(self.store, ids, PASTE_OFFSET, PASTE_OFFSET)
            self.add_drafts(drafts, _count(len(drafts), "Duplicate note", "Duplicate %n notes"))

    def copy(self) -> bool:
        ids = self.editor.selected_note_ids()
        if not ids:
            return False
        QGuiApplication.clipboard().setMimeData(clipboard.notes_to_mime(notes.copy_drafts(self.store, ids)))
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete_selection()

    def paste(self) -> None:
        """Board notes, an image, or plain text (one note per line), at the mouse or view centre."""
        self.paste_at(self.paste_position())

    def paste_at(self, pos: QPointF) -> None:
        if not self.board_id or self.store.read_only:
            return
        mime = QGuiApplication.clipboard().mimeData()
        drafts = clipboard.notes_from_mime(mime, pos.x(), pos.y())
        if drafts:
            self.add_drafts(drafts, _count(len(drafts), "Paste note", "Paste %n notes"))
            return
        data = clipboard.image_bytes(mime)
        if data:
            self.add_image(data, pos)
            return
        if mime.hasText() and mime.text().strip():
            self.add_text_notes(mime.text(), pos)

    def paste_position(self) -> QPointF:
        """Top-left for pasted things: under the mouse when it is over the board, else the centre."""
        from PySide6.QtGui import QCursor

        local = self.view.viewport().mapFromGlobal(QCursor.pos())
        if self.view.viewport().rect().contains(local):
            return self.view.mapToScene(local)
        c = self.editor.scene_center()
        return QPointF(c.x() - geometry.NOTE_W / 2, c.y() - geometry.NOTE_H / 2)

    # -- zones and links -------------------------------------------------------------------------
    def group_selection(self) -> str | None:
        ids = self.editor.selected_note_ids()
        if not ids:
            self.editor.report_error(ValueError(tr("Select the notes to group first.")))
            return None
        title = self.ask_text(tr("Group notes"), tr("Title of the group:"))
        if not title:
            return None
        result = self.run(added(tr("Group notes"), self.store, "zones", self.board_id,
                                lambda: [zones.group_notes(self.store, ids, title)]))
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

    def _context_menu(self, scene_pos: QPointF, global_pos) -> None:  # type: ignore[no-untyped-def]
        from reslab_desktop.ui.board.context_menu import show_menu

        show_menu(self.editor, scene_pos, global_pos)

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
        result = self.run(added(tr("Add zone"), self.store, "zones", self.board_id,
                                lambda: [zones.add_zone(self.store, self.board_id, draft)]))
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
            self.run(changed(tr("Rename zone"), lambda: zones.rename_zone(self.store, zone_id, title),
                             lambda before: zones.restore_zones(self.store, before)))

    def rename_selected_zone(self) -> None:
        ids = self.scene.selected_ids("zones")
        if ids:
            self.rename_zone(ids[0])

    def link_selected(self) -> str | None:
        """An arrow between two selected notes, from the one selected first."""
        ids = self.scene.selection_order("notes")
        if len(ids) != 2:
            self.editor.report_error(ValueError(tr("Select exactly two notes to link them.")))
            return None
        result = self.run(added(tr("Link notes"), self.store, "links", self.board_id,
                                lambda: [links.add_link(self.store, ids[0], ids[1])]))
        return result[0] if result else None

    def edit_link_label(self, link_id: str) -> None:
        item = self.scene.links.get(link_id)
        if item is None or self.store.read_only:
            return
        label = self.ask_text(tr("Link label"), tr("Label of the arrow:"), item.record.label)
        if label is not None and label != item.record.label:
            self.run(changed(tr("Edit link label"), lambda: links.set_label(self.store, link_id, label),
                             lambda before: links.restore_links(self.store, before)))

    # -- drops and files ---------------------------------------------------------------------------
    def on_drop(self, mime: QMimeData, pos: QPointF) -> None:
        """Dropped .txt files become notes (one per line), images are placed, text becomes notes."""
        if not self.board_id or self.store.read_only:
            return
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            with self.macro(tr("Drop files"), len(paths) > 1):
                for offset, path in enumerate(paths):
                    self.add_file(path, QPointF(pos.x() + offset * 40, pos.y() + offset * 40))
            return
        data = clipboard.image_bytes(mime)
        if data:
            self.add_image(data, pos)
        elif mime.hasText() and mime.text().strip():
            self.add_text_notes(mime.text(), pos)

    def add_file(self, path: Path, pos: QPointF) -> None:
        suffix = path.suffix.lower()
        try:
            if suffix in IMAGE_SUFFIXES:
                self.add_image(path.read_bytes(), pos, caption="")
            elif suffix in TEXT_SUFFIXES:
                self.add_text_notes(read_text_file(path), pos)
            else:
                raise ValidationError(f"{path.name}: only text files and images can be dropped on a board")
        except (ReslabError, OSError) as exc:
            self.editor.report_error(exc)

    def insert_image_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.board_id:
            return
        patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(self.editor, tr("Insert image"), "", f"{tr('Images')} ({patterns})")
        if name:
            self.add_file(Path(name), self.paste_position())

    # -- images ----------------------------------------------------------------------------------
    def add_image(self, data: bytes, pos: QPointF | None = None, caption: str = "") -> str | None:
        if not self.board_id:
            return None
        pos = pos or self.paste_position()
        result = self.run(added(tr("Insert image"), self.store, "images", self.board_id,
                                lambda: [images.add_image(self.store, self.board_id, data, pos.x(), pos.y(), caption)]))
        if result:
            self.scene.select_ids(result)
        return result[0] if result else None


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff")
TEXT_SUFFIXES = (".txt", ".text", ".md", ".csv")
MAX_TEXT_FILE = 2 * 1024 * 1024


def read_text_file(path: Path) -> str:
    """A dropped text file (UTF-8, or Latin-1 as many Windows exports are); one-line errors."""
    try:
        if path.stat().st_size > MAX_TEXT_FILE:
            raise ValidationError(f"{path.name}: too large for notes (at most 2 MB of text)")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path.name}: cannot be read ({exc.strerror})") from None
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _without_author(d: notes.NoteDraft) -> notes.NoteDraft:
    from dataclasses import replace

    return replace(d, author_id=None)


def note_items(items) -> list[NoteItem]:  # type: ignore[no-untyped-def]
    return [i for i in items if isinstance(i, NoteItem)]
