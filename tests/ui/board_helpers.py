"""Driving the real board view with mouse events (QTest's mouseMove carries no buttons)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from reslab_desktop.ui.board.view import BoardView


def at(view: BoardView, scene_pos: QPointF | tuple[float, float]) -> QPoint:
    if isinstance(scene_pos, tuple):
        scene_pos = QPointF(*scene_pos)
    return view.mapFromScene(scene_pos)


def _send(view: BoardView, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(view: BoardView, start: QPoint, end: QPoint, button: Qt.MouseButton = Qt.MouseButton.LeftButton,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, steps: int = 6) -> None:
    _send(view, QEvent.Type.MouseButtonPress, start, button, button, modifiers)
    for i in range(1, steps + 1):
        p = start + (end - start) * i / steps
        _send(view, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, button, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, end, button, Qt.MouseButton.NoButton, modifiers)
    QApplication.processEvents()


def click(view: BoardView, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton, modifiers)


def double_click(view: BoardView, pos: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    click(view, pos)
    _send(view, QEvent.Type.MouseButtonDblClick, pos, left, left)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def press(view: BoardView, pos: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, pos, left, left)


def move_held(view: BoardView, pos: QPoint) -> None:
    """A mouse move with the left button held (a drag under way)."""
    _send(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)


def release(view: BoardView, pos: QPoint) -> None:
    _send(view, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)
    QApplication.processEvents()
