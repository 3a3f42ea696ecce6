"""Export the board or the selection as PNG or SVG, written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF

from reslab_desktop.ui.board.png_stream import write_png
from reslab_desktop.ui.board.render import (
    draw_band,
    image_size,
    scene_source,
    selection_hidden,
    write_svg,
)
from reslab_desktop.ui.board.scene import BoardScene

#: Exports are drawn at twice the board's units so that text stays crisp when printed or zoomed.
EXPORT_SCALE = 2.0


def export_png(scene: BoardScene, path: Path, ids: list[str] | None = None, width: int | None = None) -> QRectF:
    """The board (or the items ``ids``) as a PNG ``width`` px wide (default: 2 px per board unit),
    drawn and compressed in overlapping strips (``png_stream``)."""
    source = scene_source(scene, ids)
    size = image_size(source, width or round(source.width() * EXPORT_SCALE))
    with selection_hidden(scene):
        write_png(Path(path), size.width(), size.height(), scene.backgroundBrush().color(),
                  lambda painter, top, rows: draw_band(scene, painter, size, source, top, rows))
    return source


def export_svg(scene: BoardScene, path: Path, title: str = "", ids: list[str] | None = None) -> None:
    with selection_hidden(scene):
        write_svg(scene, scene_source(scene, ids), Path(path), title)
