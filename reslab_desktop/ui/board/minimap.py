"""A small overview of the whole board in a corner of the view; click or drag to move there.

It paints a cached picture of the board (re-rendered shortly after the board changes) plus
the rectangle the view shows, so it costs nothing while panning a 5,000-note board.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.view import BoardView

SIZE = (220, 150)


class Minimap(QWidget):
    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.view = view
        self.setFixedSize(*SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._image: QImage | None = None
        self._source = QRectF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        view.scene().changed.connect(lambda *_: self._timer.start() if self.isVisible() else None)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.zoom_changed.connect(self.update)
        view.viewport().installEventFilter(self)  # stay in the corner when the viewport resizes

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        vp = self.view.viewport().geometry()
        self.move(vp.right() - self.width() - 12, vp.bottom() - self.height() - 12)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.place()
        self.refresh()

    def refresh(self) -> None:
        from reslab_desktop.ui.board.render import render_scene

        scene = self.view.scene()
        box = scene.itemsBoundingRect()  # type: ignore[union-attr]
        if box.isEmpty():
            box = QRectF(0, 0, 1600, 1000)
        pad = max(box.width(), box.height()) * 0.05
        self._source = box.adjusted(-pad, -pad, pad, pad)
        self._image = render_scene(scene, self._source, self.width() * 2, hide_selection=False)
        self.update()

    def _mapping(self) -> tuple[float, QPointF]:
        src = self._source
        scale = min(self.width() / src.width(), self.height() / src.height())
        offset = QPointF((self.width() - src.width() * scale) / 2, (self.height() - src.height() * scale) / 2)
        return scale, offset

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.look().background)
        if self._image is None or self._source.isEmpty():
            return
        scale, offset = self._mapping()
        target = QRectF(offset.x(), offset.y(), self._source.width() * scale, self._source.height() * scale)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, self._image)
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        shown = QRectF(
            offset.x() + (visible.x() - self._source.x()) * scale,
            offset.y() + (visible.y() - self._source.y()) * scale,
            visible.width() * scale, visible.height() * scale,
        ).intersected(QRectF(self.rect()))
        painter.setPen(QPen(style.look().selection, 2))
        fill = QColor(style.look().selection)
        fill.setAlpha(30)
        painter.setBrush(fill)
        painter.drawRect(shown)
        painter.setPen(QPen(QColor("#9A9A9A"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._center_on(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._center_on(event.position())

    def _center_on(self, pos: QPointF) -> None:
        if self._source.isEmpty():
            return
        scale, offset = self._mapping()
        self.view.centerOn(
            QPointF(self._source.x() + (pos.x() - offset.x()) / scale, self._source.y() + (pos.y() - offset.y()) / scale)
        )
