"""A grid whose column count follows its width: the voting screen's names and cards fit a
1024×768 or 1280×720 projector with 40 voters and 20 candidates (the scroll area around it
takes what does not fit in height)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


def columns_for(width: int, cell: int, spacing: int, most: int) -> int:
    """How many cells of at least ``cell`` px fit ``width`` (1…``most``)."""
    return max(1, min(most, (width + spacing) // (cell + spacing)))


class FlowGrid(QWidget):
    """Cells of at least ``cell_width`` px, as many columns as fit (at most ``most``)."""

    def __init__(self, cell_width: int, most: int = 6, spacing: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell_width = cell_width
        self.most = most
        self.grid = QGridLayout(self)
        self.grid.setSpacing(spacing)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cells: list[QWidget] = []
        self.columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the screen's dark background

    def set_cells(self, cells: Sequence[QWidget]) -> None:
        for old in self.cells:
            if old not in cells:
                self.grid.removeWidget(old)
                old.setParent(None)
                old.deleteLater()
        self.cells = list(cells)
        self.columns = 0
        self._lay_out(self.width() or self.cell_width)

    def column_count(self) -> int:
        return max(1, self.columns)

    def _lay_out(self, width: int) -> None:
        columns = columns_for(width, self.cell_width, self.grid.spacing(), self.most)
        if columns == self.columns:
            return
        self.columns = columns
        for w in self.cells:
            self.grid.removeWidget(w)
        for i, w in enumerate(self.cells):
            self.grid.addWidget(w, i // columns, i % columns)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(self.cell_width, 320), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._lay_out(event.size().width())
