"""Tables whose rows carry their record's id (column 0, ``ID`` role): which rows are picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

ID = Qt.ItemDataRole.UserRole


def selected_ids(table: QTableWidget) -> list[str]:
    """The ids of the selected rows, top to bottom."""
    rows = sorted({i.row() for i in table.selectedItems()})
    items = (table.item(r, 0) for r in rows)
    return [item.data(ID) for item in items if item is not None]


def current_id(table: QTableWidget) -> str | None:
    """The id of the current row (None without one)."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return item.data(ID) if item is not None else None


def row_id(table: QTableWidget, row: int) -> str | None:
    """The id of ``row`` (None for a row not filled yet)."""
    item = table.item(row, 0)
    return item.data(ID) if item is not None else None


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
