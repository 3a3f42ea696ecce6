"""Editing a note's text in place: an editor overlay shown only while editing.

The editor lies exactly over the note and writes as the note draws: the same font at the
size the note fits its text to (refitted as the text grows), centred, wrapped at the same
width and centred vertically, so the text does not move when editing starts or ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit
from shiboken6 import isValid

from reslab_desktop.ui.board import style
from reslab_desktop.ui.board.items import NoteItem
from reslab_desktop.ui.board.textfit import fit
from reslab_desktop.ui.board.view import BoardView

#: typing pauses this long (ms) before what is typed so far is saved
SAVE_AFTER_MS = 600


class InlineNoteEditor(QPlainTextEdit):
    """Placed over the note in the viewport; Esc or Ctrl+Enter (or clicking away) ends it.

    ``on_typed(note_id, text)`` is called when typing pauses (:data:`SAVE_AFTER_MS`), so the
    text is in the file even if the app is killed mid-edit; ``on_done(note_id, text)`` is
    called once, with the final text. The caller makes all of it one undo step. With ``on_next`` (a note just made), Enter ends the edit
    and calls ``on_next(note_id)`` to type the next note; Shift+Enter is a new line.
    """

    def __init__(self, view: BoardView, item: NoteItem, on_done: Callable[[str, str], None],
                 on_next: Callable[[str], object] | None = None,
                 on_typed: Callable[[str, str], None] | None = None) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.note_id = item.item_id
        self._on_done = on_done
        self._on_next = on_next
        self._on_typed = on_typed
        self._finished = False
        self._pixel_size = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SAVE_AFTER_MS)
        self._pause.timeout.connect(self.save_typed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # as textfit wraps
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(0)
        self.setPlainText(item.record.text)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(item.record.color))
        palette.setColor(QPalette.ColorRole.Text, style.look().text)
        self.setPalette(palette)
        self.setStyleSheet("QPlainTextEdit { border: none; }")  # the focus ring would shift the text
        self.item = item
        self.place()
        self.textChanged.connect(self.place)
        self.textChanged.connect(self._pause.start)
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.zoom_changed.connect(self.place)
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.installEventFilter(self)

    def text_pixel_size(self) -> float:
        """The editor's font size in screen pixels (the note's fitted size times the zoom)."""
        return self.font().pixelSize()

    def place(self) -> None:
        """Over the note, at its text's size, following pans, zooms and the text typed."""
        # the note went away while editing (undone elsewhere, or the window is closing)
        if not isValid(self.item) or self.item.scene() is None:
            return
        box = self.item.text_box()
        fitted = fit(self.toPlainText() or " ", box.width(), box.height())
        zoom = self.view.zoom()
        if fitted.pixel_size != self._pixel_size or self.font().pixelSize() != max(1, round(fitted.pixel_size * zoom)):
            self._pixel_size = fitted.pixel_size
            self.setFont(style.font(fitted.pixel_size * zoom))
        note = self.item.mapRectToScene(self.item.shape().boundingRect())
        self.setGeometry(self.view.mapFromScene(note).boundingRect())
        # the text box inside the note, the text centred in it vertically as the note draws it
        pad_x = box.left() * zoom
        height = fitted.height * zoom
        top = box.top() * zoom + max(0.0, (box.height() * zoom - height) / 2)
        bottom = (self.item.size()[1] - box.bottom()) * zoom
        self.setViewportMargins(round(pad_x), round(top), round(pad_x), round(bottom))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers()
            ctrl = mods & Qt.KeyboardModifier.ControlModifier
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() == Qt.Key.Key_Escape or (ctrl and enter):
                self.finish()
                return True
            if enter and self._on_next is not None and not mods & Qt.KeyboardModifier.ShiftModifier:
                on_next, note_id = self._on_next, self.note_id
                self.finish()
                on_next(note_id)
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
