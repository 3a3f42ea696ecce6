"""A row of controls that stacks them one under the other when the page is too narrow for them
side by side (the Spanish labels of the results' actions on a 1024×768 laptop)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class StackingRow(QWidget):
    """Side by side when they fit, else stacked; its minimum width is the stacked one's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def _widgets(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        return [w for w in (item.widget() for item in items if item is not None) if w is not None and not w.isHidden()]

    def _side_by_side_width(self) -> int:
        widgets = self._widgets()
        return sum(w.sizeHint().width() for w in widgets) + self.box.spacing() * max(0, len(widgets) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widgets = self._widgets()
        width = max((w.minimumSizeHint().width() for w in widgets), default=0)
        return QSize(width, self.box.minimumSize().height())  # the height of the current arrangement

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        wanted = (QBoxLayout.Direction.LeftToRight if width >= self._side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()  # stacked, it needs the height of both
