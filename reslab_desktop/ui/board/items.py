"""Custom-painted board items: one QGraphicsItem per note, zone, link and image.

Each item draws its record in ``paint()``; text layout is computed on first paint and kept
until the text or size changes. No child text items, no effects: 20,000 notes stay cheap.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from reslab_desktop.rules import geometry
from reslab_desktop.services.records import ImageRecord, LinkRecord, NoteRecord, ZoneRecord
from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.textfit import FittedText, fit, full

PAD = 8.0
TAG_H = 14.0
LINK_HANDLE = 8.0
Z_ZONE = -1_000_000.0
Z_IMAGE = -500_000.0
Z_LINK = 1_000_000.0
Z_FOCUS = Z_LINK - 1  # a selected long note shown whole, over its neighbours
#: Board units: author tags and zone prompts (times the text size); zone titles shrink from
#: the largest size to the smallest before they are cut.
AUTHOR_PX = 12.0
PROMPT_PX = 16.0
TITLE_PX = (22.0, 20.0, 18.0, 16.0)
TITLE_ROOM = 32.0  # the largest title the title band holds (rules.geometry.ZONE_TITLE_H)
PROMPT_ROOM = 20.0  # the largest prompt that stays above a template's first notes


def _tag_h() -> float:
    """The author tag's line at the current text size (the note's text stays above it)."""
    return max(TAG_H, AUTHOR_PX * style.look().font_scale + 3)


def _zone_px(px: float, room: float) -> float:
    """A zone's text size grown by the text size, but only as far as the zone's header has
    room for (a template's notes start right under its prompt)."""
    return min(px * style.look().font_scale, room)


def _lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def _draw_selection(painter: QPainter, rect: QRectF, lod: float, path: QPainterPath | None = None) -> None:
    """A selection outline about 3 screen pixels wide, drawn inside ``rect`` (no repaint trails)."""
    width = min(style.look().selection_px / max(lod, 0.01), min(rect.width(), rect.height()) / 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if path is None:
        painter.setPen(QPen(style.look().selection, width))
        painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
    else:  # the inner half of a stroke twice as wide: the ring stays inside the shape too
        painter.save()
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        painter.setPen(QPen(style.look().selection, 2 * width))
        painter.drawPath(path)
        painter.restore()


def _dirty(item: QGraphicsItem) -> None:
    """The area ``item`` covers must be drawn again (a scene in overview mode draws the items
    in its cached background: call it before a change and after)."""
    scene = item.scene()
    if scene is not None and getattr(scene, "overview", False):
        scene.dirty(item.sceneBoundingRect())  # type: ignore[attr-defined]


class BoardItem(QGraphicsItem):
    """Common base: ``kind`` names the table, ``item_id`` the row."""

    kind = ""

    def __init__(self, item_id: str) -> None:
        super().__init__()
        self.item_id = item_id
        self._w = 1.0
        self._h = 1.0

    def size(self) -> tuple[float, float]:
        return self._w, self._h

    def handle_rect(self) -> QRectF:
        return QRectF(self._w - style.HANDLE, self._h - style.HANDLE, style.HANDLE * 1.5, style.HANDLE * 1.5)

    def _draw_handle(self, painter: QPainter) -> None:
        painter.setPen(QPen(style.look().selection, 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(QRectF(self._w - style.HANDLE / 2, self._h - style.HANDLE / 2, style.HANDLE, style.HANDLE))


_MOVABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class NoteItem(BoardItem):
    """A sticky note. Built lean (20,000 of them load in a fraction of a second); the text
    layout is made on first paint at readable zoom and kept until text or size change."""

    kind = "notes"
    # Made on first paint, not while 20,000 items are built (class defaults until then):
    # a QColor and a QRectF per note were half of the build time.
    _fitted: FittedText | None = None
    _color: QColor | None = None
    _bounds: QRectF | None = None
    _rect: QRectF | None = None
    _detail: tuple | None = None  # type: ignore[type-arg]  # see _make_detail
    _whole: FittedText | None = None  # all of a long note's text while it is shown whole
    author = ""

    def __init__(self, record: NoteRecord, author: str = "") -> None:
        QGraphicsItem.__init__(self)
        self.item_id = record.id
        self.record = record
        if author:
            self.author = author
        self._w = record.w
        self._h = record.h
        self.setFlags(_MOVABLE)
        self.setPos(record.x, record.y)
        self.setZValue(record.seq)

    def apply(self, record: NoteRecord, author: str | None = None) -> None:
        whole = self._whole is not None
        self.show_whole(False)
        _dirty(self)
        old = self.record
        if (record.w, record.h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = record.w, record.h
            self._bounds = self._rect = None
            self._fitted = self._detail = None
        if old.text != record.text or (author is not None and author != self.author):
            self._fitted = self._detail = None
        if old.color != record.color:
            self._color = self._detail = None
        self.record = record
        if author is not None:
            self.author = author
        self.setPos(record.x, record.y)
        self.setZValue(record.seq)
        self.update()
        _dirty(self)
        if whole:
            self.show_whole(True)

    def show_whole(self, on: bool) -> None:
        """Grow over the notes below to show all of a text cut with "…" (the one selected
        note: the room reads a long note by clicking it), or shrink back."""
        if on == (self._whole is not None):
            return
        whole = None
        if on:
            box = self.text_box()
            if self._fitted is None:
                self._fitted = fit(self.record.text, box.width(), box.height()) if self.record.text else None
            if self._fitted is None or not self._fitted.elided:
                return
            whole = full(self.record.text, box.width())
        _dirty(self)
        self.prepareGeometryChange()
        self._whole = whole
        self._bounds = self._rect = None
        self._detail = None
        self.setZValue(Z_FOCUS if whole is not None else self.record.seq)
        self.update()
        _dirty(self)

    def _shown_h(self) -> float:
        whole = self._whole
        if whole is None:
            return self._h
        return max(self._h, whole.height + 2 * PAD + (_tag_h() if self.author else 0.0))

    def boundingRect(self) -> QRectF:
        # Asked ~4 times per painted note per frame: made once, dropped when the size changes.
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = QRectF(-4, -4, self._w + LINK_HANDLE * 2 + 12, self._shown_h() + 10)
        return bounds

    def link_handle(self) -> QRectF:
        """The dot on the right edge of a lone selected note: drag it onto another note to link."""
        return QRectF(self._w + 4, self._h / 2 - LINK_HANDLE, LINK_HANDLE * 2, LINK_HANDLE * 2)

    def invalidate_text(self) -> None:
        """Lay the text out again (and remake what depends on the theme) on the next paint."""
        self._fitted = self._detail = None

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._w, self._shown_h()))
        return path

    def text_box(self) -> QRectF:
        bottom = _tag_h() if self.author else 0.0
        return QRectF(PAD, PAD, self._w - 2 * PAD, self._h - 2 * PAD - bottom)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect
        if rect is None:
            rect = self._rect = QRectF(0, 0, self._w, self._shown_h())
        color = self._color
        if color is None:
            color = self._color = QColor(self.record.color)
        lod = painter.worldTransform().m11()  # boards are never rotated: the scale is the LOD
        if lod < style.LOD_TEXT:
            painter.fillRect(rect, color)  # zoomed out: just the colored block
            if self.isSelected():
                _draw_selection(painter, rect, lod)
            return
        look = style.look()
        detail = self._detail
        if detail is None:
            detail = self._detail = self._make_detail(rect, color, look)
        shadow_right, shadow_bottom, outline, box, tag = detail
        # A flat "lifted paper" shadow, opaque (see style.Look.shadow), only where it shows.
        painter.fillRect(shadow_right, look.shadow)
        painter.fillRect(shadow_bottom, look.shadow)
        painter.fillRect(rect, color)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # an upright rectangle: an
        painter.drawRect(rect)  # antialiased outline is stroked as a path (3x the cost)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.record.text:
            painter.setPen(look.text)
            if self._whole is not None:
                self._whole.draw(painter, QRectF(box.left(), box.top(), box.width(), self._whole.height))
            else:
                if self._fitted is None:
                    self._fitted = fit(self.record.text, box.width(), box.height())
                self._fitted.draw(painter, box)
        if tag is not None:
            tag_font, tag_rect, elided = tag
            painter.setFont(tag_font)
            painter.setPen(look.muted)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        if self.isSelected():
            _draw_selection(painter, rect, lod)
            self._draw_handle(painter)
            scene = self.scene()
            if getattr(scene, "lone_note", None) is self and not getattr(scene, "read_only", False):
                painter.setPen(QPen(style.look().selection, 1.5))
                painter.setBrush(QColor("#FFFFFF"))
                painter.drawEllipse(self.link_handle())
                painter.drawLine(QPointF(self._w + 7, self._h / 2), QPointF(self._w + 4 + LINK_HANDLE * 2 - 3, self._h / 2))

    def paint_block(self, painter: QPainter, lod: float) -> None:
        """The zoomed-out note (``paint`` below the text level of detail), drawn by a painter
        in scene coordinates: the scene paints a whole board of them in one pass."""
        color = self._color
        if color is None:
            color = self._color = QColor(self.record.color)
        pos = self.pos()
        rect = QRectF(pos.x(), pos.y(), self._w, self._h)
        painter.fillRect(rect, color)
        if self.isSelected():
            _draw_selection(painter, rect, lod)

    def _make_detail(self, rect: QRectF, color: QColor, look: style.Look) -> tuple:  # type: ignore[type-arg]
        """What a readable note draws besides its text, made on its first paint at readable
        zoom and kept until its size, color, author or the theme change: shadows, outline pen,
        text box and the elided author tag (eliding measured the name on every paint)."""
        tag = None
        if self.author:
            tag_font = style.scaled_font(AUTHOR_PX)
            tag_rect = QRectF(PAD, rect.height() - PAD - _tag_h() + 2, self._w - 2 * PAD, _tag_h())
            elided = QFontMetrics(tag_font).elidedText(self.author, Qt.TextElideMode.ElideRight, int(tag_rect.width()))
            tag = (tag_font, tag_rect, elided)
        return (QRectF(rect.right(), 3, 2, rect.height()), QRectF(2, rect.bottom(), rect.width() - 2, 3),
                QPen(look.outline_color or color.darker(125), look.outline), self.text_box(), tag)


class ZoneItem(BoardItem):
    """A titled region. Grabbed by its title bar (the body lets clicks through to the board)."""

    kind = "zones"

    def __init__(self, record: ZoneRecord) -> None:
        super().__init__(record.id)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.record = record
        self.apply(record)

    def apply(self, record: ZoneRecord) -> None:
        _dirty(self)
        if (record.w, record.h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = record.w, record.h
        self.record = record
        self.setPos(record.x, record.y)
        self.setZValue(Z_ZONE + record.seq)
        self.update()
        _dirty(self)

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, self._w + 12, self._h + 12)

    def title_rect(self) -> QRectF:
        return QRectF(*geometry.zone_title_band(self.record.shape, self._w))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.title_rect())
        if self.isSelected():
            path.addRect(self.handle_rect())
        return path

    def outline(self) -> QPainterPath:
        path = QPainterPath()
        rect = QRectF(0, 0, self._w, self._h)
        if self.record.shape == "ellipse":
            path.addEllipse(rect)
        else:
            path.addRoundedRect(rect, 10, 10)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = _lod(painter)
        outline = self.outline()
        # Fill without antialiasing (its edge lies under the antialiased border): an antialiased
        # fill of a board-sized shape costs milliseconds per repaint.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(style.zone_fill(self.record.color)))
        painter.drawPath(outline)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.darker(self.record.color, 115), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
        if lod >= style.LOD_TEXT * 0.5 and (self.record.title or self.record.prompt):
            title = self.title_rect().adjusted(14 if self.record.shape != "ellipse" else 2, 4, -14, 0)
            painter.setPen(style.look().text)
            for px in TITLE_PX:  # shrink a long title before cutting it ("Pers…")
                painter.setFont(style.font(_zone_px(px, TITLE_ROOM), bold=True))
                fm = painter.fontMetrics()
                if fm.horizontalAdvance(self.record.title) <= title.width():
                    break
            align = Qt.AlignmentFlag.AlignHCenter if self.record.shape == "ellipse" else Qt.AlignmentFlag.AlignLeft
            painter.drawText(title, align | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(self.record.title, Qt.TextElideMode.ElideRight, int(title.width())))
            if self.record.prompt and lod >= style.LOD_TEXT:
                painter.setFont(style.font(_zone_px(PROMPT_PX, PROMPT_ROOM)))
                painter.setPen(style.look().muted)
                prompt = QRectF(title.left(), title.bottom(), title.width(), 40)
                painter.drawText(prompt, align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                                 self.record.prompt)
        if self.isSelected():
            _draw_selection(painter, QRectF(0, 0, self._w, self._h), lod, self.outline())
            self._draw_handle(painter)


class ImageItem(BoardItem):
    kind = "images"

    def __init__(self, record: ImageRecord) -> None:
        super().__init__(record.id)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self._image: QImage | None = None
        self.record = record
        self.apply(record)

    def apply(self, record: ImageRecord) -> None:
        _dirty(self)
        if (record.w, record.h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = record.w, record.h
        if getattr(self, "record", None) is None or self.record.data is not record.data:
            self._image = None
        self.record = record
        self.setPos(record.x, record.y)
        self.setZValue(Z_IMAGE + record.seq)
        self.update()
        _dirty(self)

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, self._w + 12, self._h + 30)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._w, self._h))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = _lod(painter)
        rect = QRectF(0, 0, self._w, self._h)
        if self._image is None:
            from reslab_desktop.services.images import drawable

            # within the pixel budget, or a placeholder (a stranger's 8000² PNG never costs GBs)
            self._image = QImage.fromData(drawable(self.record.data) or b"")
        if self._image.isNull():
            painter.fillRect(rect, QColor("#DDDDDD"))
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(rect, self._image)
        if self.record.caption and lod >= style.LOD_TEXT:
            painter.setFont(style.scaled_font(13))
            painter.setPen(style.look().muted)
            painter.drawText(QRectF(0, self._h + 2, self._w, 22), Qt.AlignmentFlag.AlignHCenter, self.record.caption)
        if self.isSelected():
            _draw_selection(painter, rect, lod)
            self._draw_handle(painter)


class LinkItem(QGraphicsItem):
    """An arrow from one note's edge to another's, with an optional label; follows the notes."""

    kind = "links"
    ARROW = 14.0

    def __init__(self, record: LinkRecord, source: NoteItem, target: NoteItem) -> None:
        super().__init__()
        self.item_id = record.id
        self.record = record
        self.source = source
        self.target = target
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_LINK)
        self._line = QLineF()
        self._points: list[QPointF] = []
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._arrow = QPolygonF()
        self.adjust()

    def apply(self, record: LinkRecord) -> None:
        _dirty(self)
        self.record = record
        self.prepareGeometryChange()
        self._bounds = self._bounding_rect()
        self.update()
        _dirty(self)

    def adjust(self) -> None:
        """Route the arrow between its notes' edges around the notes in between
        (``geometry.route``: the shortest path among the other notes, grown a little)."""
        a, b = _note_rect(self.source), _note_rect(self.target)
        scene = self.scene()
        obstacles: list[geometry.Rect] = []
        if scene is not None:
            near = QRectF(*a).united(QRectF(*b)).adjusted(-200, -200, 200, 200)
            obstacles = [_note_rect(i) for i in scene.items(near, Qt.ItemSelectionMode.IntersectsItemShape)
                         if type(i) is NoteItem and i is not self.source and i is not self.target]
        points = [QPointF(x, y) for x, y in geometry.route(a, b, obstacles)]
        if points != self._points:
            _dirty(self)
            self.prepareGeometryChange()
            self._points = points
            self._line = QLineF(points[0], points[-1])
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            self._path = path
            self._bounds = self._bounding_rect()
            self._arrow = _arrow_head(QLineF(points[-2], points[-1]), self.ARROW)
            _dirty(self)

    def line(self) -> QLineF:
        """From where the arrow leaves its first note to where it reaches the second."""
        return self._line

    def points(self) -> list[QPointF]:
        return list(self._points)

    def boundingRect(self) -> QRectF:
        return self._bounds  # kept by adjust()/apply(): asked for twice per repaint

    def _bounding_rect(self) -> QRectF:
        extra = self.ARROW + 4
        label = 80.0 if self.record.label else 0.0
        return self._path.boundingRect().adjusted(-extra - label, -extra - label / 2, extra + label, extra + label / 2)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._line.length() < 1:
            return
        lod = _lod(painter)
        color = style.look().selection if self.isSelected() else style.LINK_COLOR
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Flat caps: a round-capped wide line is stroked as a path (up to 13 ms for a long link).
        painter.setPen(QPen(color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        if len(self._points) == 2:
            painter.drawLine(self._line)
        else:  # around the notes in between
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setBrush(color)
        painter.drawPolygon(self._arrow)
        if self.record.label and lod >= style.LOD_TEXT:
            painter.setFont(style.scaled_font(13))
            mid = self._path.pointAtPercent(0.5)
            fm = painter.fontMetrics()
            box = QRectF(fm.boundingRect(self.record.label)).adjusted(-6, -3, 6, 3)
            box.moveCenter(mid)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.record.label)


def _arrow_head(line: QLineF, wing: float) -> QPolygonF:
    angle = math.atan2(-line.dy(), line.dx())
    tip = line.p2()
    left = tip - QPointF(math.sin(angle + math.pi / 3) * wing, math.cos(angle + math.pi / 3) * wing)
    right = tip - QPointF(math.sin(angle + math.pi - math.pi / 3) * wing, math.cos(angle + math.pi - math.pi / 3) * wing)
    return QPolygonF([tip, left, right])


def _note_rect(item: NoteItem) -> geometry.Rect:
    """Where the note is drawn now (while dragged, ahead of its record)."""
    pos = item.pos()
    return (pos.x(), pos.y(), item._w, item._h)


def _edge_point(rect: QRectF, line: QLineF) -> QPointF:
    """Where ``line`` (starting at the rect's centre) leaves ``rect``."""
    dx, dy = line.dx(), line.dy()
    if dx == 0 and dy == 0:
        return line.p1()
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return QPointF(line.p1().x() + dx * s, line.p1().y() + dy * s)
