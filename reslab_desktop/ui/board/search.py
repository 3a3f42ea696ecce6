"""Find notes on the board (Ctrl+F): matches ignore case and accents; Enter jumps to the next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reslab_desktop.ui.board.controller_base import tr


class SearchBar(QWidget):
    """``find(text)`` asks the editor for matches; ``jump(note_id)`` shows one; Esc closes."""

    query_changed = Signal(str)
    jump = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[str] = []
        self.index = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(tr("Find notes…"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("↑")
        self.prev_button.setToolTip(tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(tr("Next match (Enter)"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for w in (self.field, self.count, self.prev_button, self.next_button, close):
            layout.addWidget(w)
        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        close.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_matches(self, matches: list[str]) -> None:
        self.matches = matches
        self.index = -1
        self._show_count()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.matches:
            return
        self.index = (self.index + delta) % len(self.matches)
        self._show_count()
        self.jump.emit(self.matches[self.index])

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("no notes"))
        else:
            self.count.setText(f"{max(self.index, 0) + 1 if self.index >= 0 else 0}/{len(self.matches)}")

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if obj is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
                return True
        return super().eventFilter(obj, event)
