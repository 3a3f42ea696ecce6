"""Driving the real board view with mouse events (QTest's mouseMove carries no buttons)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from reslab_desktop.storage import Store
from reslab_desktop.ui.board.editor import BoardEditor
from reslab_desktop.ui.board.view import BoardView


def shown_editor(qtbot, store: Store, board_id: str, size: tuple[int, int] = (1000, 700),  # type: ignore[no-untyped-def]
                 fit: bool = True) -> BoardEditor:
    """A board editor on ``board_id``, shown (exposed) at ``size`` and closed with the test."""
    ed = BoardEditor(store, QUndoStack())
    qtbot.addWidget(ed)
    ed.resize(*size)
    ed.show()
    qtbot.waitExposed(ed)
    ed.show_board(board_id, fit=fit)
    return ed


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
