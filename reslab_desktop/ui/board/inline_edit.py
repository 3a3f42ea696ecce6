"""Editing a note's text in place: an editor overlay shown only while editing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QPlainTextEdit
from shiboken6 import isValid

from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.items import NoteItem
from reslab_desktop.ui.board.view import BoardView

#: typing pauses this long (ms) before what is typed so far is saved
SAVE_AFTER_MS = 600


class InlineNoteEditor(QPlainTextEdit):
    """Placed over the note in the viewport; Esc or Ctrl+Enter (or clicking away) ends it.

    ``on_typed(note_id, text)`` is called when typing pauses (:data:`SAVE_AFTER_MS`), so the
    text is in the file even if the app is killed mid-edit; ``on_done(note_id, text)`` is
    called once, with the final text. The caller makes all of it one undo step.
    """

    def __init__(self, view: BoardView, item: NoteItem, on_done: Callable[[str, str], None],
                 on_typed: Callable[[str, str], None] | None = None) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.note_id = item.item_id
        self._on_done = on_done
        self._on_typed = on_typed
        self._finished = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SAVE_AFTER_MS)
        self._pause.timeout.connect(self.save_typed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setPlainText(item.record.text)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(item.record.color))
        palette.setColor(QPalette.ColorRole.Text, style.look().text)
        self.setPalette(palette)
        zoom = max(0.3, view.zoom())
        self.setFont(style.font(max(9.0, 16 * zoom)))
        self.item = item
        self.place()
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.zoom_changed.connect(self.place)
        self.selectAll()
        self.textChanged.connect(self._pause.start)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.installEventFilter(self)

    def place(self) -> None:
        """Over the note, following pans and zooms while editing (at least 80 px high)."""
        # the note went away while editing (undone elsewhere, or the window is closing)
        if not isValid(self.item) or self.item.scene() is None:
            return
        rect = self.view.mapFromScene(self.item.sceneBoundingRect().adjusted(4, 4, -6, -6)).boundingRect()
        self.setGeometry(rect.adjusted(0, 0, 0, max(0, 80 - rect.height())))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_Escape or (
                ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                self.finish()
                return True
        if obj is self and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # typing keys go to the text, not to the board's shortcuts
            return True
        return super().eventFilter(obj, event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish()

    def save_typed(self) -> None:
        """Save what is typed so far (also called by the pause timer)."""
        self._pause.stop()
        if self._on_typed is not None and not self._finished:
            self._on_typed(self.note_id, self.toPlainText())

    def finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._pause.stop()
        for signal in (self.view.horizontalScrollBar().valueChanged, self.view.verticalScrollBar().valueChanged,
                       self.view.zoom_changed):
            signal.disconnect(self.place)
        text = self.toPlainText()
        self.hide()
        self.deleteLater()
        self.view.setFocus()
        self._on_done(self.note_id, text)
