"""The board scene: draws a board's records and reports gestures as signals.

It never writes and never pushes undo commands (the editor does). It shows a
``BoardModel`` (``bind``) and follows the model's deltas (``apply_delta``: the records each
change set brought, never read again); ``load`` for a board without a model (rendering).

New notes arriving from phones (deltas applied with ``queue_arrivals`` set) wait in a queue
and are inserted together, at most once a frame and at most ``ARRIVALS_PER_FRAME`` at a
time: a burst of 2,000 notes in a few hundred change sets costs a few insertions, not one
per change set, and the board keeps painting. Any other delta inserts the queue first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)
from shiboken6 import isValid

from reslab_desktop.rules import geometry
from reslab_desktop.services.board_model import KINDS, BoardDelta, BoardModel, kind_of
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
BOARD_KINDS = tuple(kind_of(model) for model, _ in KINDS)  # parents before children
#: More dirty rectangles than this in one change are drawn again as their bounding rectangle.
DIRTY_RECTS = 16
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_BACKGROUND = QGraphicsScene.SceneLayer.BackgroundLayer
ARRIVAL_MS = 16  # queued notes from phones are inserted at most once a frame
ARRIVALS_PER_FRAME = 150  # and at most this many at a time (the rest wait for the next frame)


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
    """The items of one board.

    **Overview mode** (``set_overview``; the view turns it on while it shows the board below
    the level of detail of text): the board items keep their place, selection and hit tests
    but have ``ItemHasNoContents``; ``drawBackground`` paints them instead, in stacking order,
    and the view caches that background. Repainting a zoomed-out 5,000-note board is then one
    pixmap (Qt painting every item called Python ~5,000 times per frame, ~50 ms). Whatever
    changes how an item looks calls ``dirty`` with the area it covered and covers.
    """

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
        self.model: BoardModel | None = None
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
        #: board items drawn by drawBackground (see the class docstring)
        self.overview = False
        self._pixel = 1.0  # scene units per screen pixel in the view (see follow_zoom)
        self._dirty_rects: list[QRectF] | None = None
        self._selected: set[QGraphicsItem] = set()
        self._loading = False
        #: set while a delta written by phones is applied: its new notes are queued
        self.queue_arrivals = False
        self._arrivals: dict[str, NoteRecord] = {}
        self.arrival_insertions = 0  # how many times queued notes were inserted (benchmarks)
        self._arrival_timer = QTimer(self)
        self._arrival_timer.setSingleShot(True)
        self._arrival_timer.setInterval(ARRIVAL_MS)
        self._arrival_timer.timeout.connect(self._insert_arrivals)
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
        self._loading = True  # one dirty_all at the end, not one per item
        try:
            for z in content.zones:
                self._add(self.zones, ZoneItem(z))
            for im in content.images:
                self._add(self.images, ImageItem(im))
            for n in content.notes:
                self._add(self.notes, NoteItem(n, self.authors.get(n.author_id or "", "")))
            for link in content.links:
                self._add_link(link)
        finally:
            self._loading = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        for link_item in self.links.values():  # routed once every note is in place
            link_item.adjust()
        self.fit_scene_rect(_records_box(content))
        self.dirty_all()

    def bind(self, model: BoardModel, content: BoardContent, authors: Mapping[str, str] | None = None) -> None:
        """Show ``model``'s board (read as ``content``) and follow its changes from now on."""
        if self.model is not None:
            self.model.unsubscribe(self.apply_delta)
        self.load(content, authors)
        self.model = model
        model.subscribe(self.apply_delta)

    def apply_delta(self, delta: BoardDelta) -> None:
        """What the model says changed: removals children first, then records parents first."""
        if self.queue_arrivals and self._only_new_notes(delta):
            for rec in delta.upserted["notes"]:
                self._arrivals[rec.id] = rec  # a later version of a queued note replaces it
            if not self._arrival_timer.isActive():
                self._arrival_timer.start()
            return
        self.insert_arrivals()  # what came before this delta is in the scene before it
        with self.dirty_batch():
            for kind in reversed(BOARD_KINDS):
                if kind in delta.removed:
                    self.remove(kind, delta.removed[kind])
            for kind in BOARD_KINDS:
                if kind in delta.upserted:
                    self.upsert(kind, delta.upserted[kind])

    def clear_board(self) -> None:
        """No board: every item and every index of them gone."""
        self._arrivals.clear()
        self._arrival_timer.stop()
        if self.model is not None:
            self.model.unsubscribe(self.apply_delta)
            self.model = None
        self.lone_note = None
        self._selected = set()
        with self.one_selection_change():
            self.clear()
        for table in (self.notes, self.zones, self.links, self.images, self._links_of):
            table.clear()
        self.dirty_all()

    def _only_new_notes(self, delta: BoardDelta) -> bool:
        return (not delta.removed and not delta.board_removed and list(delta.upserted) == ["notes"]
                and not any(rec.id in self.notes for rec in delta.upserted["notes"]))

    def insert_arrivals(self, limit: int | None = None) -> None:
        """Insert the queued notes from phones (``limit``: at most that many), in one go."""
        if not self._arrivals:
            return
        ids = list(self._arrivals)[:limit]
        records = [self._arrivals.pop(i) for i in ids]
        self.arrival_insertions += 1
        self.upsert("notes", records)

    def _insert_arrivals(self) -> None:
        self.insert_arrivals(ARRIVALS_PER_FRAME)
        if self._arrivals:  # more than a frame's worth: the rest go in the next frames
            self._arrival_timer.start()

    @property
    def queued_arrivals(self) -> int:
        return len(self._arrivals)

    def fit_scene_rect(self, box: QRectF | None = None) -> None:
        """Room around the content so that the board can be panned past its edges."""
        box = self.itemsBoundingRect() if box is None else box
        if box.isEmpty():
            box = QRectF(0, 0, 1600, 1000)
        self.setSceneRect(box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def content_rect(self) -> QRectF:
        return self.itemsBoundingRect()

    def upsert(self, kind: str, records: Iterable[Any]) -> None:
        with self.dirty_batch():
            self._upsert(kind, records)

    def _upsert(self, kind: str, records: Iterable[Any]) -> None:
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
        with self.dirty_batch(), self.one_selection_change():
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
            self.dirty(item.sceneBoundingRect())
            self._selected.discard(item)
            self.removeItem(item)

    def apply_theme(self) -> None:
        """Repaint everything with the current theme (text layouts are re-fitted lazily)."""
        style.refresh()
        self.setBackgroundBrush(style.look().background)
        for item in self.notes.values():
            item.invalidate_text()
        self.dirty_all()
        self.update()

    def set_authors(self, authors: Mapping[str, str]) -> None:
        self.authors = dict(authors)
        with self.dirty_batch():
            for item in self.notes.values():
                item.apply(item.record, self.authors.get(item.record.author_id or "", ""))

    def _add(self, table: dict[str, Any], item: QGraphicsItem) -> None:
        if self.read_only:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        if self.overview:
            item.setFlag(_NO_CONTENTS, True)
        table[item.item_id] = item  # type: ignore[attr-defined]
        self.addItem(item)
        if self.overview and not self._loading:
            self.dirty(item.sceneBoundingRect())

    def _upsert_note(self, rec: NoteRecord) -> None:
        author = self.authors.get(rec.author_id or "", "")
        item = self.notes.get(rec.id)
        if item is None:
            self._add(self.notes, NoteItem(rec, author))
        else:
            old = item.record
            crossing = [i for i in self.items(QRectF(old.x, old.y, old.w, old.h).adjusted(-20, -20, 20, 20),
                                              Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                        if type(i) is LinkItem] if self.links else []
            item.apply(rec, author)
            self.follow_links([rec.id])
            for link in crossing:  # the arrows it stood in the way of go straight again
                if link.scene() is self:
                    link.adjust()

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
        link = LinkItem(rec, src, dst)
        self._add(self.links, link)
        if not self._loading:
            link.adjust()  # around the notes in between, now that it is in the scene
        self._links_of.setdefault(rec.from_note_id, set()).add(rec.id)
        self._links_of.setdefault(rec.to_note_id, set()).add(rec.id)

    def follow_links(self, note_ids: Iterable[str]) -> None:
        """Re-route the arrows touching ``note_ids`` and those passing where they are now
        (after their notes moved: an arrow goes around the notes in its way)."""
        ids = list(note_ids)
        again = {link_id for nid in ids for link_id in self._links_of.get(nid, ())}
        if self.links:
            for nid in ids:
                item = self.notes.get(nid)
                if item is not None:
                    again.update(i.item_id for i in self.items(item.sceneBoundingRect(),
                                                               Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                                 if type(i) is LinkItem)
        for link_id in again:
            if link_id in self.links:
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
        selected = self.selectedItems()
        if self.overview or self._selected:
            now_items = set(selected)
            with self.dirty_batch():
                for item in now_items ^ self._selected:  # their selection outline comes or goes
                    if isValid(item) and item.scene() is self:
                        self.dirty(item.sceneBoundingRect())
            self._selected = now_items if self.overview else set()
        now = [getattr(i, "item_id", "") for i in selected]
        now_set = set(now)
        kept = [i for i in self._order if i in now_set]
        kept_set = set(kept)
        self._order = kept + [i for i in now if i not in kept_set]
        lone = self.notes.get(now[0]) if len(now) == 1 else None
        if lone is not self.lone_note:
            for note_item in (self.lone_note, lone):
                if note_item is not None and note_item.scene() is self:
                    note_item.show_whole(note_item is lone)  # a long note selected alone shows all its text
                    note_item.update()
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

    # -- overview mode ---------------------------------------------------------------------
    def follow_zoom(self, zoom: float) -> None:
        """The view paints at ``zoom``: overview mode below the level of detail of text."""
        self._pixel = 1 / max(zoom, 1e-6)
        self.set_overview(zoom < style.LOD_TEXT)

    def set_overview(self, on: bool) -> None:
        """Draw the board items in the background (on) or let each item paint itself (off)."""
        if on == self.overview:
            return
        for table in (self.zones, self.images, self.notes, self.links):
            for item in table.values():
                item.setFlag(_NO_CONTENTS, on)
        self._selected = set(self.selectedItems()) if on else set()
        self.overview = on
        self.invalidate(self.sceneRect(), _BACKGROUND)  # also repaints the items that paint again
        self.update()

    def dirty(self, rect: QRectF) -> None:
        """``rect`` (scene coordinates) looks different now: draw its background again."""
        if not self.overview or rect.isEmpty():
            return
        # Zoomed out, antialiased edges and selection rings reach a few screen pixels beyond
        # an item's bounding rectangle (Qt widens its own item repaints the same way).
        m = (style.look().selection_px / 2 + 2) * self._pixel
        rect = rect.adjusted(-m, -m, m, m)
        if self._dirty_rects is not None:
            self._dirty_rects.append(rect)
        else:
            self.invalidate(rect, _BACKGROUND)

    def dirty_all(self) -> None:
        if self.overview:
            self.invalidate(self.sceneRect(), _BACKGROUND)

    @contextmanager
    def dirty_batch(self) -> Iterator[None]:
        """Collect the ``dirty`` rectangles of many changes and invalidate them once."""
        if self._dirty_rects is not None:
            yield
            return
        self._dirty_rects = []
        try:
            yield
        finally:
            rects, self._dirty_rects = self._dirty_rects, None
            if len(rects) > DIRTY_RECTS:
                united = QRectF()
                for r in rects:
                    united = united.united(r)
                rects = [united]
            for r in rects:
                self.invalidate(r, _BACKGROUND)

    def _draw_board(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The board items inside ``rect``, bottom first, as Qt would paint them (notes drawn
        as blocks straight in scene coordinates: most of a zoomed-out board)."""
        option = QStyleOptionGraphicsItem()
        base = painter.worldTransform()
        lod = base.m11()
        blocks = lod < style.LOD_TEXT
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder):
            if blocks and type(item) is NoteItem:
                item.paint_block(painter, lod)
            elif isinstance(item, (BoardItem, LinkItem)):
                painter.save()
                painter.setWorldTransform(item.sceneTransform() * base)
                item.paint(painter, option, None)
                painter.restore()
        painter.restore()

    # -- drawing ---------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, style.look().background)
        if self.show_grid:
            self._draw_grid(painter, rect)
        if self.overview:
            self._draw_board(painter, rect)

    def _draw_grid(self, painter: QPainter, rect: QRectF | QRect) -> None:
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
