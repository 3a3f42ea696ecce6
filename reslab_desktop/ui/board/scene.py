"""The board scene: draws a board's records and reports gestures as signals.

It never writes and never pushes undo commands (the editor does). It is updated by id from
records: ``upsert`` / ``remove`` after each committed change, ``load`` for a whole board.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent
from shiboken6 import isValid

from reslab_desktop.rules import geometry
from reslab_desktop.services.records import (
    BoardContent,
    ImageRecord,
    LinkRecord,
    NoteRecord,
    ZoneRecord,
)
from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.interactions import (
    DragInteraction,
    DrawZoneInteraction,
    LinkInteraction,
    ResizeInteraction,
)
from reslab_desktop.ui.board.items import BoardItem, ImageItem, LinkItem, NoteItem, ZoneItem

MARGIN = 2000.0


def _shift_selects_like_ctrl(event: QGraphicsSceneMouseEvent) -> None:
    """Shift-click adds to the selection like Ctrl-click (Qt's items only know Ctrl)."""
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)


def _records_box(content: BoardContent) -> QRectF:
    """The content's bounds from its records (cheaper than asking 20,000 items)."""
    rects = [(r.x, r.y, r.w, r.h) for group in (content.zones, content.notes, content.images) for r in group]
    box = geometry.bounds(rects)
    return QRectF() if box is None else QRectF(*box)


class BoardScene(QGraphicsScene):
    #: {"notes"|"zones"|"images": {id: (x, y)}} after a mouse drag ends
    items_moved = Signal(object)
    #: kind, id, w, h after a resize handle drag ends
    item_resized = Signal(str, str, float, float)
    note_double_clicked = Signal(str)
    zone_double_clicked = Signal(str)
    link_double_clicked = Signal(str)
    image_double_clicked = Signal(str)
    background_double_clicked = Signal(QPointF)
    #: the rectangle dragged out with the zone tool
    zone_drawn = Signal(QRectF)
    #: from-note id, to-note id: dragged from a note's link dot onto another note
    link_requested = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.look().background)
        self.notes: dict[str, NoteItem] = {}
        self.zones: dict[str, ZoneItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.images: dict[str, ImageItem] = {}
        self.authors: dict[str, str] = {}
        self._links_of: dict[str, set[str]] = {}
        self.show_grid = False
        #: a read-only workshop: items can be selected (to copy, export, vote) but not moved
        self.read_only = False
        self.interaction: DragInteraction | ResizeInteraction | DrawZoneInteraction | LinkInteraction | None = None
        #: "" (select and move) or "zone" (the next drag on the board draws a zone)
        self.tool = ""
        self._order: list[str] = []
        #: the one selected note (it shows the link dot), or None
        self.lone_note: NoteItem | None = None
        self.selectionChanged.connect(self._track_selection_order)
        if isinstance(parent, QObject):
            # ~QGraphicsScene deletes the items one by one and emits selectionChanged for each
            # selected one, when the Python side of the scene and its items is already gone
            # (RuntimeError "NoteItem already deleted" in whatever code runs next): go quiet
            # as soon as the owner starts to be destroyed (its children go after this signal).
            parent.destroyed.connect(self._go_quiet)

    def _go_quiet(self) -> None:
        self.blockSignals(True)

    # -- building ------------------------------------------------------------------------
    def load(self, content: BoardContent, authors: Mapping[str, str] | None = None) -> None:
        """Replace everything with ``content`` (records already read and validated)."""
        self.clear_board()
        self.authors = dict(authors or {})
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # bulk add, index once
        for z in content.zones:
            self._add(self.zones, ZoneItem(z))
        for im in content.images:
            self._add(self.images, ImageItem(im))
        for n in content.notes:
            self._add(self.notes, NoteItem(n, self.authors.get(n.author_id or "", "")))
        for link in content.links:
            self._add_link(link)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.fit_scene_rect(_records_box(content))

    def clear_board(self) -> None:
        """No board: every item and every index of them gone."""
        self.lone_note = None
        with self.one_selection_change():
            self.clear()
        for table in (self.notes, self.zones, self.links, self.images, self._links_of):
            table.clear()

    def fit_scene_rect(self, box: QRectF | None = None) -> None:
        """Room around the content so that the board can be panned past its edges."""
        box = self.itemsBoundingRect() if box is None else box
        if box.isEmpty():
            box = QRectF(0, 0, 1600, 1000)
        self.setSceneRect(box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def content_rect(self) -> QRectF:
        return self.itemsBoundingRect()

    def upsert(self, kind: str, records: Iterable[Any]) -> None:
        box = QRectF()
        for rec in records:
            if kind != "links":  # links lie between notes
                box = box.united(QRectF(rec.x, rec.y, rec.w, rec.h))
            if kind == "notes":
                self._upsert_note(rec)
            elif kind == "zones":
                self._upsert_simple(self.zones, rec, ZoneItem)
            elif kind == "images":
                self._upsert_simple(self.images, rec, ImageItem)
            elif kind == "links":
                if rec.id in self.links:
                    self.links[rec.id].apply(rec)
                else:
                    self._add_link(rec)
        # Grow the scene around what changed (not all 20,000 items: this runs after every action).
        rect = self.sceneRect()
        box = box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if not box.isEmpty() and not rect.contains(box):
            self.setSceneRect(rect.united(box))

    def remove(self, kind: str, ids: Iterable[str]) -> None:
        with self.one_selection_change():
            self._remove(kind, ids)

    def _remove(self, kind: str, ids: Iterable[str]) -> None:
        table: dict[str, Any] = getattr(self, kind)
        for i in ids:
            item = table.pop(i, None)
            if item is None:
                continue
            if kind == "links":
                for end in (item.record.from_note_id, item.record.to_note_id):
                    self._links_of.get(end, set()).discard(i)
            elif kind == "notes":
                if item is self.lone_note:
                    self.lone_note = None
                for link_id in list(self._links_of.pop(i, ())):
                    self._remove("links", [link_id])
            self.removeItem(item)

    def apply_theme(self) -> None:
        """Repaint everything with the current theme (text layouts are re-fitted lazily)."""
        style.refresh()
        self.setBackgroundBrush(style.look().background)
        for item in self.notes.values():
            item.invalidate_text()
        self.update()

    def set_authors(self, authors: Mapping[str, str]) -> None:
        self.authors = dict(authors)
        for item in self.notes.values():
            item.apply(item.record, self.authors.get(item.record.author_id or "", ""))

    def _add(self, table: dict[str, Any], item: QGraphicsItem) -> None:
        if self.read_only:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        table[item.item_id] = item  # type: ignore[attr-defined]
        self.addItem(item)

    def _upsert_note(self, rec: NoteRecord) -> None:
        author = self.authors.get(rec.author_id or "", "")
        item = self.notes.get(rec.id)
        if item is None:
            self._add(self.notes, NoteItem(rec, author))
        else:
            item.apply(rec, author)
            self.follow_links([rec.id])

    def _upsert_simple(self, table: dict[str, Any], rec: ZoneRecord | ImageRecord, cls: type) -> None:
        item = table.get(rec.id)
        if item is None:
            self._add(table, cls(rec))
        else:
            item.apply(rec)

    def _add_link(self, rec: LinkRecord) -> None:
        src, dst = self.notes.get(rec.from_note_id), self.notes.get(rec.to_note_id)
        if src is None or dst is None:
            return
        self._add(self.links, LinkItem(rec, src, dst))
        self._links_of.setdefault(rec.from_note_id, set()).add(rec.id)
        self._links_of.setdefault(rec.to_note_id, set()).add(rec.id)

    def follow_links(self, note_ids: Iterable[str]) -> None:
        """Re-route the arrows touching ``note_ids`` (after their notes moved)."""
        for nid in note_ids:
            for link_id in self._links_of.get(nid, ()):
                self.links[link_id].adjust()

    # -- queries -------------------------------------------------------------------------
    def selected_ids(self, kind: str) -> list[str]:
        items = [i for i in self.selectedItems() if getattr(i, "kind", "") == kind]
        if kind == "notes":
            items.sort(key=lambda i: i.zValue())
        return [i.item_id for i in items]  # type: ignore[attr-defined]

    def selection_order(self, kind: str) -> list[str]:
        """Selected ids of ``kind`` in the order the user selected them."""
        wanted = set(self.selected_ids(kind))
        return [i for i in self._order if i in wanted]

    def _track_selection_order(self) -> None:
        if not isValid(self):  # a parentless scene being deleted (see _go_quiet)
            return
        now = [getattr(i, "item_id", "") for i in self.selectedItems()]
        now_set = set(now)
        kept = [i for i in self._order if i in now_set]
        kept_set = set(kept)
        self._order = kept + [i for i in now if i not in kept_set]
        lone = self.notes.get(now[0]) if len(now) == 1 else None
        if lone is not self.lone_note:
            for item in (self.lone_note, lone):
                if item is not None and item.scene() is self:
                    item.update()
            self.lone_note = lone

    def board_item_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            if getattr(item, "kind", ""):
                return item
        return None

    def select_ids(self, ids: Iterable[str], clear: bool = True) -> None:
        wanted = set(ids)
        with self.one_selection_change():
            if clear:
                self.clearSelection()
            for table in (self.notes, self.zones, self.links, self.images):
                for i in wanted & table.keys():
                    table[i].setSelected(True)

    @contextmanager
    def one_selection_change(self) -> Iterator[None]:
        """Select many items with one ``selectionChanged`` (Qt emits one per item otherwise)."""
        blocked = self.signalsBlocked()
        selected = set(self.selectedItems())
        self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
        if not blocked and set(self.selectedItems()) != selected:
            self.selectionChanged.emit()

    # -- drawing ---------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, style.look().background)
        if not self.show_grid:
            return
        scale = painter.worldTransform().m11()
        step = style.GRID_STEP
        while step * scale < 8:
            step *= 5
        painter.setPen(QPen(style.GRID_COLOR, 0))
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        x = left
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
        y = top
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step

    # -- gestures --------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.interaction = None
        _shift_selects_like_ctrl(event)
        if event.button() == Qt.MouseButton.LeftButton and self.tool == "zone":
            self.interaction = DrawZoneInteraction(self, event.scenePos())
            event.accept()
            return
        lone = self.lone_note
        if (event.button() == Qt.MouseButton.LeftButton and lone is not None and not self.read_only
                and lone.link_handle().contains(lone.mapFromScene(event.scenePos()))):
            self.interaction = LinkInteraction(self, lone, event.scenePos())
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.board_item_at(event.scenePos())
            if isinstance(item, BoardItem) and item.isSelected() and item.handle_rect().contains(
                item.mapFromScene(event.scenePos())
            ):
                self.interaction = ResizeInteraction(self, item, event.scenePos())
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.mouseGrabberItem() is not None:
            self.interaction = DragInteraction(self)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if isinstance(self.interaction, (ResizeInteraction, DrawZoneInteraction, LinkInteraction)):
            self.interaction.move(event.scenePos())
            return
        super().mouseMoveEvent(event)
        if isinstance(self.interaction, DragInteraction):
            self.interaction.move()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        _shift_selects_like_ctrl(event)
        interaction, self.interaction = self.interaction, None
        if isinstance(interaction, (ResizeInteraction, DrawZoneInteraction, LinkInteraction)):
            interaction.finish()
            return
        super().mouseReleaseEvent(event)
        if isinstance(interaction, DragInteraction):
            interaction.finish()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        item = self.board_item_at(event.scenePos())
        if isinstance(item, NoteItem):
            self.note_double_clicked.emit(item.item_id)
        elif isinstance(item, ZoneItem):
            self.zone_double_clicked.emit(item.item_id)
        elif isinstance(item, LinkItem):
            self.link_double_clicked.emit(item.item_id)
        elif isinstance(item, ImageItem):
            self.image_double_clicked.emit(item.item_id)
        elif item is None:
            self.background_double_clicked.emit(event.scenePos())
        event.accept()

    def preview_size(self, item: BoardItem, w: float, h: float) -> None:
        """Show a size while the handle is dragged (the service decides on release)."""
        item.apply(replace(item.record, w=w, h=h))  # type: ignore[attr-defined]
        if isinstance(item, NoteItem):
            self.follow_links([item.item_id])
