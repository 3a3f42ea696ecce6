"""Things arriving on the board or leaving it: copy, cut, paste (notes, images, lines of
text), dropped files, inserted photos."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF
from PySide6.QtGui import QGuiApplication

from reslab_desktop.errors import ReslabError, ValidationError
from reslab_desktop.rules import geometry
from reslab_desktop.services import images, notes
from reslab_desktop.ui.board import clipboard
from reslab_desktop.ui.board.controller_base import ControllerBase, count_text, tr

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
    return replace(d, author_id=None)


class TransferActions(ControllerBase):
    def add_drafts(self, drafts: Sequence[notes.NoteDraft], text: str) -> list[str]:
        known = self.scene.authors
        drafts = [d if d.author_id in known or d.author_id is None else _without_author(d) for d in drafts]
        ids = self.run(text, lambda: notes.add_notes(self.store, self.board_id, drafts)) or []
        self.scene.select_ids(ids)
        return ids

    def add_text_notes(self, text: str, pos: QPointF | None = None) -> list[str]:
        """One note per line (typing in paper cards), laid out in a grid from ``pos``."""
        pos = pos or self.paste_position()
        try:
            drafts = notes.drafts_from_text(text, pos.x(), pos.y(), color=self.current_color,
                                            author_id=self.current_author)
        except ReslabError as exc:
            self.editor.report_error(exc)
            return []
        return self.add_drafts(drafts, count_text(len(drafts), tr("Paste note"), tr("Paste %n notes")))

    def copy(self) -> bool:
        ids = self.editor.selected_note_ids()
        if not ids:
            return False
        QGuiApplication.clipboard().setMimeData(clipboard.notes_to_mime(notes.copy_drafts(self.store, ids)))
        return True

    def paste(self) -> None:
        """Board notes, an image, or plain text (one note per line), at the mouse or view centre."""
        self.paste_at(self.paste_position())

    def paste_at(self, pos: QPointF) -> None:
        if not self.board_id or self.store.read_only:
            return
        mime = QGuiApplication.clipboard().mimeData()
        drafts = clipboard.notes_from_mime(mime, pos.x(), pos.y())
        if drafts:
            self.add_drafts(drafts, count_text(len(drafts), tr("Paste note"), tr("Paste %n notes")))
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

    def add_file(self, path: Path, pos: QPointF | None) -> None:
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
            self.add_file(Path(name), None)

    # -- images ----------------------------------------------------------------------------------
    def add_image(self, data: bytes, pos: QPointF | None = None, caption: str = "") -> str | None:
        if not self.board_id:
            return None
        if pos is None:  # inserted, not dropped: in free space near the middle of the view
            pos = self.image_spot(data)
        result = self.run(tr("Insert image"),
                          lambda: [images.add_image(self.store, self.board_id, data, pos.x(), pos.y(), caption)])
        if result:
            self.scene.select_ids(result)
            self.view.ensureVisible(self.scene.images[result[0]].sceneBoundingRect(), 20, 20)
        return result[0] if result else None

    def image_spot(self, data: bytes) -> QPointF:
        """Where an inserted image covers no note and no other image: the nearest free spot
        from the middle of the view (``geometry.free_spot``), else beside the board's content."""
        try:
            prepared = images.prepare_image(data)
        except ReslabError:
            return self.paste_position()  # add_image reports what is wrong with it
        scale = min(1.0, images.DISPLAY_SIDE / max(prepared.width, prepared.height, 1))
        w, h = prepared.width * scale, prepared.height * scale
        c = self.editor.scene_center()
        x, y = self.free_spot(c.x() - w / 2, c.y() - h / 2, w, h, ("notes", "images"))  # type: ignore[attr-defined]
        return QPointF(x, y)

    def edit_caption(self, image_id: str) -> None:
        item = self.scene.images.get(image_id)
        if item is None or self.store.read_only:
            return
        caption = self.ask_text(tr("Image caption"), tr("Caption under the photo:"), item.record.caption)
        if caption is not None and caption != item.record.caption:
            self.run(tr("Edit caption"), lambda: images.update_images(self.store, {image_id: {"caption": caption}}))
