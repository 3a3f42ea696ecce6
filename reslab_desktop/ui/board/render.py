"""Draw a board to an image or SVG headless, with the very items the app uses."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from reslab_desktop.services import boards, people
from reslab_desktop.storage import Store

MARGIN = 40.0
MAX_SIDE = 8000
MIN_WIDTH = 16


def ensure_app() -> None:
    """A QApplication for headless use: on Linux always the offscreen platform (no window is
    shown, and a stale ``DISPLAY`` over ssh or in CI would abort Qt before any error message)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([sys.argv[0] if sys.argv else "reslab"])


def build_scene(store: Store, board_id: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGraphicsScene

    from reslab_desktop.ui.board.scene import BoardScene

    ensure_app()
    scene = BoardScene()
    scene.load(boards.load_board(store, board_id), {p.id: p.name for p in people.list_participants(store)})
    # Drawn once and thrown away: one pass over the items is cheaper than building a BSP tree
    # of them (an index pays off only for the hit tests and partial repaints of the app).
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    return scene


def scene_source(scene, ids: list[str] | None = None) -> QRectF:  # type: ignore[no-untyped-def]
    """The content rectangle to draw: every item, or only items ``ids`` (a selection)."""
    if ids:
        rect = QRectF()
        for table in (scene.notes, scene.zones, scene.images, scene.links):
            for i in ids:
                if i in table:
                    rect = rect.united(table[i].sceneBoundingRect())
    else:
        rect = scene.content_rect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 800, 500)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def image_size(source: QRectF, width: int | None = None) -> QSize:
    """The pixel size of ``source`` drawn ``width`` px wide (None: one pixel per board unit),
    at most ``MAX_SIDE`` on the long side."""
    scale = 1.0 if width is None else width / source.width()
    scale = min(scale, MAX_SIDE / source.width(), MAX_SIDE / source.height())
    return QSize(max(MIN_WIDTH, round(source.width() * scale)), max(MIN_WIDTH, round(source.height() * scale)))


@contextmanager
def selection_hidden(scene, hide: bool = True) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """An export shows the board, not the selection outline."""
    selected = scene.selectedItems() if hide else []
    for item in selected:
        item.setSelected(False)
    try:
        yield
    finally:
        for item in selected:
            item.setSelected(True)


def render_scene(scene, source: QRectF, width: int | None = None, hide_selection: bool = True) -> QImage:  # type: ignore[no-untyped-def]
    size = image_size(source, width)
    # Opaque (the board background is filled): the PNG has no alpha channel to write.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(scene.backgroundBrush().color())
    with selection_hidden(scene, hide_selection):
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    return image


def draw_band(scene, painter: QPainter, size: QSize, source: QRectF, top: int, rows: int) -> None:  # type: ignore[no-untyped-def]
    """Rows ``top`` … ``top + rows`` of ``render_scene(scene, source)`` at ``size``, drawn at the
    painter's origin: the same scale and place, but only the items of that band are painted."""
    ratio = min(size.width() / source.width(), size.height() / source.height())  # KeepAspectRatio
    band = QRectF(source.left(), source.top() + top / ratio, size.width() / ratio, rows / ratio)
    scene.render(painter, QRectF(0, 0, size.width(), rows), band, Qt.AspectRatioMode.IgnoreAspectRatio)


def render_board_image(store: Store, board_id: str, width: int | None = None) -> QImage:
    """The whole board as the app draws it; ``width`` in pixels (None: one pixel per board unit,
    at most ``MAX_SIDE`` on the long side)."""
    scene = build_scene(store, board_id)
    return render_scene(scene, scene_source(scene), width)


def write_svg(scene, source: QRectF, path: Path, title: str = "") -> None:  # type: ignore[no-untyped-def]
    """The board as SVG (vector notes and text), written atomically."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtSvg import QSvgGenerator

    from reslab_desktop.reports.xml_text import clean_xml_bytes, xml_safe
    from reslab_desktop.storage.atomic import atomic_path

    # Drawn into memory, then written with Python: a full disk is an error (QSvgGenerator
    # would stop silently and leave a truncated file), and characters XML cannot carry
    # (a U+0008 pasted from a PDF) are dropped so every browser opens the result.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(round(source.width()), round(source.height())))
    gen.setViewBox(QRectF(0, 0, source.width(), source.height()))
    gen.setTitle(xml_safe(title))
    painter = QPainter(gen)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    with atomic_path(path) as tmp:
        tmp.write_bytes(clean_xml_bytes(bytes(data.data())))
