"""Export the board or the selection as PNG or SVG, written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF

from reslab_desktop.errors import ReslabError
from reslab_desktop.storage.atomic import atomic_path
from reslab_desktop.ui.board.render import render_scene, scene_source, write_svg
from reslab_desktop.ui.board.scene import BoardScene

#: Exports are drawn at twice the board's units so that text stays crisp when printed or zoomed.
EXPORT_SCALE = 2.0


def export_png(scene: BoardScene, path: Path, ids: list[str] | None = None, width: int | None = None) -> QRectF:
    source = scene_source(scene, ids)
    image = render_scene(scene, source, width or round(source.width() * EXPORT_SCALE))
    with atomic_path(Path(path)) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise ReslabError(f"{Path(path).name}: could not write the image")
    return source


def export_svg(scene: BoardScene, path: Path, title: str = "", ids: list[str] | None = None) -> None:
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    try:
        write_svg(scene, scene_source(scene, ids), Path(path), title)
    finally:
        for item in selected:
            item.setSelected(True)
