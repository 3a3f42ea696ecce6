"""Mouse gestures on the board as small state objects (one per gesture, orange-canvas style)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from reslab_desktop.ui.board import style

if TYPE_CHECKING:
    from reslab_desktop.ui.board.items import BoardItem, NoteItem
    from reslab_desktop.ui.board.scene import BoardScene

MIN_SIDE = 40.0


class DragInteraction:
    """Qt moves the selected items; this remembers where they started, drags the notes of a
    moved zone along, and reports the final positions once."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self.start = {
            item: item.pos() for item in scene.selectedItems() if getattr(item, "kind", "") in ("notes", "zones", "images")
        }
        moving_zones = {item.item_id for item in self.start if item.kind == "zones"}  # type: ignore[attr-defined]
        self.followers = {
            note: (note.pos(), note.record.zone_id)
            for note in scene.notes.values()
            if note.record.zone_id in moving_zones and note not in self.start
        }
        #: where each moving item was last drawn (a zoomed-out scene draws it again there)
        self.drawn = {item: item.sceneBoundingRect() for item in [*self.start, *self.followers]}

    def move(self) -> None:
        zone_delta = {
            item.item_id: item.pos() - start  # type: ignore[attr-defined]
            for item, start in self.start.items()
            if item.kind == "zones"  # type: ignore[attr-defined]
        }
        with self.scene.dirty_batch():
            for note, (start, zone_id) in self.followers.items():
                note.setPos(start + zone_delta[zone_id])
            for item, was in self.drawn.items():  # Qt moved the selected items itself
                now = item.sceneBoundingRect()
                if now != was:
                    self.scene.dirty(was)
                    self.scene.dirty(now)
                    self.drawn[item] = now
            self.scene.follow_links(
                [i.item_id for i in list(self.start) + list(self.followers) if i.kind == "notes"]  # type: ignore[attr-defined]
            )

    def finish(self) -> None:
        moved: dict[str, dict[str, tuple[float, float]]] = {}
        for item, start in self.start.items():
            if item.pos() != start:
                moved.setdefault(item.kind, {})[item.item_id] = (item.pos().x(), item.pos().y())  # type: ignore[attr-defined]
        if moved:
            self.scene.items_moved.emit(moved)


class ResizeInteraction:
    """Dragging the bottom-right handle of a selected note, zone or image."""

    def __init__(self, scene: BoardScene, item: BoardItem, pos: QPointF) -> None:
        self.scene = scene
        self.item = item
        self.origin = pos
        self.start = item.size()
        self.size = self.start

    def move(self, pos: QPointF) -> None:
        delta = pos - self.origin
        w, h = max(MIN_SIDE, self.start[0] + delta.x()), max(MIN_SIDE, self.start[1] + delta.y())
        if self.item.kind == "images":  # photos keep their proportions
            ratio = self.start[1] / self.start[0]
            w = max(w, h / ratio)
            h = w * ratio
        self.size = (w, h)
        self.scene.preview_size(self.item, *self.size)

    def finish(self) -> None:
        if self.size != self.start:
            self.scene.item_resized.emit(self.item.kind, self.item.item_id, *self.size)


class DrawZoneInteraction:
    """Dragging out a new zone's rectangle (the "Add zone" tool); a click gives a default size."""

    DEFAULT = (600.0, 400.0)

    def __init__(self, scene: BoardScene, pos: QPointF) -> None:
        self.scene = scene
        self.origin = pos
        self.preview = QGraphicsRectItem(QRectF(pos, pos))
        self.preview.setPen(QPen(style.look().selection, 0, Qt.PenStyle.DashLine))
        self.preview.setZValue(2_000_000)
        scene.addItem(self.preview)

    def move(self, pos: QPointF) -> None:
        self.preview.setRect(QRectF(self.origin, pos).normalized())

    def finish(self) -> None:
        rect = self.preview.rect()
        self.scene.removeItem(self.preview)
        if rect.width() < MIN_SIDE or rect.height() < MIN_SIDE:
            rect = QRectF(self.origin.x(), self.origin.y(), *self.DEFAULT)
        self.scene.zone_drawn.emit(rect)


class LinkInteraction:
    """Dragging from a note's link dot onto another note draws an arrow between them."""

    def __init__(self, scene: BoardScene, source: NoteItem, pos: QPointF) -> None:
        self.scene = scene
        self.source = source
        self.preview = QGraphicsLineItem(QLineF(source.sceneBoundingRect().center(), pos))
        self.preview.setPen(QPen(style.look().selection, 2, Qt.PenStyle.DashLine))
        self.preview.setZValue(2_000_000)
        scene.addItem(self.preview)

    def move(self, pos: QPointF) -> None:
        self.preview.setLine(QLineF(self.preview.line().p1(), pos))

    def finish(self) -> None:
        end = self.preview.line().p2()
        self.scene.removeItem(self.preview)
        target = self.scene.board_item_at(end)
        if getattr(target, "kind", "") == "notes" and target is not self.source:
            self.scene.link_requested.emit(self.source.item_id, target.item_id)  # type: ignore[union-attr]
