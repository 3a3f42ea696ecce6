"""The note color menu: the eight palette colors as swatches with their names."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu

from reslab_desktop.rules.palette import NOTE_COLORS
from reslab_desktop.ui.i18n import current_language


def swatch(hex_color: str, size: int = 16) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(hex_color))
    painter = QPainter(pix)
    painter.setPen(QColor(hex_color).darker(160))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pix)


def fill_colors(menu: QMenu, controller: Any) -> None:
    menu.clear()
    lang = current_language()
    for i, (hex_color, es, en) in enumerate(NOTE_COLORS):
        action = menu.addAction(swatch(hex_color), f"&{i + 1}  {es if lang == 'es' else en}")
        action.setCheckable(True)
        action.setChecked(hex_color == controller.current_color)
        action.triggered.connect(lambda *_, c=hex_color: controller.set_color(c))
