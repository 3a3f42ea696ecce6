"""The board view: zoom (Ctrl+wheel, pinch, keys), pan (wheel, space+drag, middle-drag)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from reslab_desktop.ui.board.scene import BoardScene

MIN_ZOOM = 0.03
MAX_ZOOM = 6.0
STEP = 1.25


class PanInteraction:
    """Dragging the board with the middle button or with the space bar held."""

    def __init__(self, view: BoardView, pos: QPoint) -> None:
        self.view = view
        self.last = pos

    def move(self, pos: QPoint) -> None:
        delta = pos - self.last
        self.last = pos
        self.view.pan_by(-delta.x(), -delta.y())


ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
NUDGE = 10.0
BIG_NUDGE = 50.0


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    #: dx, dy in board units: arrow keys with something selected
    nudge_requested = Signal(float, float)
    #: a drop of files, text or an image: the QMimeData and the board position
    dropped = Signal(object, QPointF)
    #: Esc (False) or Enter (True) while a tool such as "draw a zone" is active
    tool_key = Signal(bool)
    #: Tab (True) / Shift+Tab (False): select the next / previous note in reading order
    cycle_requested = Signal(bool)
    #: right click / menu key: the board position and the global position for the menu
    context_menu_requested = Signal(QPointF, QPoint)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        # Zoomed out, the scene draws the whole board in its background (overview mode, see
        # BoardScene): cached, a repaint is one pixmap; panning draws only the uncovered strip.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # An infinite wall has no scroll bars: wheel, trackpad, drags, keys and the minimap pan it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)  # touch screens pinch
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.pan: PanInteraction | None = None
        self.space_held = False

    def paintEvent(self, event: QPaintEvent) -> None:
        # The mode follows the zoom being painted, whatever changed it (zoom_by, fitInView,
        # setTransform): below the level of detail of text the scene draws its items itself.
        scene = self.scene()
        if isinstance(scene, BoardScene):
            scene.follow_zoom(self.transform().m11())
        super().paintEvent(event)

    # -- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1) < 1e-6:
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def reset_zoom(self) -> None:
        self.zoom_by(1 / self.zoom())

    def show_rect(self, rect: QRectF, margin: float = 40.0) -> None:
        """Zoom and scroll so that ``rect`` fills the view (never past MAX_ZOOM)."""
        if rect.isEmpty():
            return
        rect = rect.adjusted(-margin, -margin, margin, margin)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        clamped = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom()))
        if clamped != self.zoom():
            self.setTransform(QTransform.fromScale(clamped, clamped))
            self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def fit_all(self) -> None:
        scene = self.scene()
        assert isinstance(scene, BoardScene)
        self.show_rect(scene.content_rect())

    def pan_by(self, dx: float, dy: float) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + int(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + int(dy))

    # -- events ----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120 or event.pixelDelta().y() / 60
            self.zoom_by(STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)  # plain wheel and two-finger trackpad scrolling pan

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                change = pinch.scaleFactor()
                if change > 0:
                    self.zoom_by(change, self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()).toPointF())
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1 + event.value(), event.position())
                return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self.space_held
        ):
            self.pan = PanInteraction(self, event.position().toPoint())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.pan is not None:
            self.pan.move(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.pan is not None:
            self.pan = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self.space_held else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # Gaining or losing the focus, QWidget repaints the whole widget, and with it the viewport:
    # every visible note, twice for each text edit (the editor takes the focus, then gives it
    # back), for a focus ring drawn in the frame. The scene still gets the event (its focus
    # item), as QGraphicsView passes it on; only the frame around the viewport is repainted.
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._focus_changed(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._focus_changed(event)

    def _focus_changed(self, event: QFocusEvent) -> None:
        scene = self.scene()
        if scene is not None:
            QCoreApplication.sendEvent(scene, event)
        self.update(QRegion(self.rect()).subtracted(QRegion(self.viewport().geometry())))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab walks through the notes like a text area walks through text (Ctrl+Tab leaves)."""
        scene = self.scene()
        if isinstance(scene, BoardScene) and scene.notes:
            self.cycle_requested.emit(next)
            return True
        return super().focusNextPrevChild(next)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu_requested.emit(self.mapToScene(event.pos()), event.globalPos())
        event.accept()

    # Drops are handled by the editor, not by items: a file or text becomes notes or an image.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.dropped.emit(event.mimeData(), self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+Tab leaves the board (Qt sends it here, not to focusNextPrevChild): no keyboard trap
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            super().focusNextPrevChild(forward)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        scene = self.scene()
        if getattr(scene, "tool", "") and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tool_key.emit(event.key() != Qt.Key.Key_Escape)
            event.accept()
            return
        direction = ARROWS.get(Qt.Key(event.key()))
        if direction is not None and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self.scene().selectedItems():
                step = BIG_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
                self.nudge_requested.emit(direction[0] * step, direction[1] * step)
            else:
                self.pan_by(direction[0] * 60, direction[1] * 60)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)
