"""The baseline board: raw ``sqlite3`` rows drawn by the simplest custom-painted scene.

A note is a ``QGraphicsItem`` painting a filled rectangle and its text with one word-wrapped
``drawText`` (no layout cache, no shrink-to-fit, no shadow, outline, author tag or selection
handle); zones are ``QGraphicsRectItem``, links ``QGraphicsLineItem``. It gets the same level of
detail as the app (text skipped below the same zoom), so a ratio measures the app's overhead,
not a design choice. Imports only PySide6 and sqlite3 (the probes time it in a fresh process).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QImageWriter, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

#: Qt's compression scale for zlib level 1, the app's level (``ui/board/png_stream.ZLIB_LEVEL``;
#: not imported: the baseline loads nothing of the app); tests/test_benchmarks.py checks both
#: files come out of zlib at the same level.
PNG_COMPRESSION = 20

LOD_TEXT = 0.28  # the app's threshold (reslab_desktop/ui/board/style.py)
WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class PlainNote(QGraphicsItem):
    def __init__(self, text: str, color: str, x: float, y: float, w: float, h: float, z: float) -> None:
        super().__init__()
        self.text = text
        self.color = QColor(color)
        self.rect = QRectF(0, 0, w, h)
        self.setFlags(FLAGS)
        self.setPos(x, y)
        self.setZValue(z)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        painter.fillRect(self.rect, self.color)
        if painter.worldTransform().m11() >= LOD_TEXT:
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(self.rect.adjusted(8, 8, -8, -8), WRAP, self.text)


def read_board(path: Path, board_id: str) -> tuple[list, list, list]:
    """(zones, notes, links) rows of one board, read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        zones = conn.execute("SELECT x, y, w, h, color FROM zones WHERE board_id = ? ORDER BY seq",
                             (board_id,)).fetchall()
        notes = conn.execute("SELECT id, text, color, x, y, w, h, seq FROM notes WHERE board_id = ? ORDER BY seq",
                             (board_id,)).fetchall()
        links = conn.execute("SELECT from_note_id, to_note_id FROM links WHERE board_id = ? ORDER BY seq",
                             (board_id,)).fetchall()
    finally:
        conn.close()
    return zones, notes, links


def build_scene(path: Path, board_id: str, scene: QGraphicsScene | None = None) -> QGraphicsScene:
    zones, notes, links = read_board(path, board_id)
    scene = scene or QGraphicsScene()
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    for x, y, w, h, color in zones:
        item = QGraphicsRectItem(0, 0, w, h)
        item.setPos(x, y)
        item.setBrush(QBrush(QColor(color)))
        item.setZValue(-1e6)
        scene.addItem(item)
    items = {}
    for nid, text, color, x, y, w, h, seq in notes:
        item = PlainNote(text, color, x, y, w, h, seq)
        items[nid] = item
        scene.addItem(item)
    pen = QPen(QColor("#555555"), 2.5)
    for a, b in links:
        line = QGraphicsLineItem(QLineF(items[a].sceneBoundingRect().center(), items[b].sceneBoundingRect().center()))
        line.setPen(pen)
        line.setZValue(1e6)
        scene.addItem(line)
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
    return scene


def make_view() -> QGraphicsView:
    view = QGraphicsView()
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return view


def open_board(view: QGraphicsView, path: Path, board_id: str) -> QGraphicsScene:
    """Read, build, fit all in ``view`` and paint the first frame."""
    scene = build_scene(path, board_id)
    view.setScene(scene)
    view.fitInView(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    return scene


def render_png(path: Path, board_id: str, out: Path, width: int | None = None, max_side: int = 8000) -> None:
    """The whole board to a PNG, sized like ``reslab render`` (``width`` px wide, else 2 px per
    board unit, at most ``max_side``)."""
    scene = build_scene(path, board_id)
    source = scene.itemsBoundingRect().adjusted(-40, -40, 40, 40)
    scale = 2.0 if width is None else width / source.width()
    scale = min(scale, max_side / source.width(), max_side / source.height())
    image = QImage(QSize(round(source.width() * scale), round(source.height() * scale)),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    writer = QImageWriter(str(out), b"png")
    writer.setCompression(PNG_COMPRESSION)  # the app's setting: both sides encode the same way
    writer.write(image)
