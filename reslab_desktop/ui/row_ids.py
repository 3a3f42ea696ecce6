"""Tables whose rows carry their record's id (column 0, ``ID`` role): which rows are picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

ID = Qt.ItemDataRole.UserRole


def selected_ids(table: QTableWidget) -> list[str]:
    """The ids of the selected rows, top to bottom."""
    rows = sorted({i.row() for i in table.selectedItems()})
    return [table.item(r, 0).data(ID) for r in rows if table.item(r, 0) is not None]


def current_id(table: QTableWidget) -> str | None:
    """The id of the current row (None without one)."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return item.data(ID) if item is not None else None
