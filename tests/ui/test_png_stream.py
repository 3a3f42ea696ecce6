"""Board PNGs drawn and compressed in strips: a standard PNG, the same picture as one pass."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

from reslab_desktop.services import boards, notes
from reslab_desktop.ui.board import png_stream
from reslab_desktop.ui.board.export import export_png
from reslab_desktop.ui.board.render import build_scene, render_scene, scene_source

COLORS = [QColor(c) for c in ("#FFD966", "#F4A6B7", "#8FD3F4", "#6ED3B1", "#C8B6EE")]


def _blocks(painter: QPainter, top: int, rows: int) -> None:
    """Integer-aligned blocks over the whole image: a drawing that strips cannot change."""
    for i in range(60):
        painter.fillRect(QRect(i * 7 - 3, i * 5 - top, 23, 31), COLORS[i % len(COLORS)])


def _one_pass(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#FAFAF7"))
    painter = QPainter(image)
    _blocks(painter, 0, height)
    painter.end()
    return image


@pytest.mark.parametrize(("width", "height"), [(13, 7), (401, 450), (64, png_stream.STRIP_ROWS)])
def test_strips_make_the_same_pixels_as_one_pass(qapp, tmp_path: Path, width: int, height: int) -> None:
    out = tmp_path / "b.png"
    png_stream.write_png(out, width, height, QColor("#FAFAF7"), _blocks)  # odd widths: padded rows
    read = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    assert read.size() == _one_pass(width, height).size()
    assert read == _one_pass(width, height)


def test_the_file_is_a_standard_png_with_valid_chunks(qapp, tmp_path: Path) -> None:
    out = tmp_path / "b.png"
    png_stream.write_png(out, 300, 500, QColor("#FFFFFF"), _blocks)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, kinds, idat = 8, [], b""
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        assert int.from_bytes(data[pos + 8 + length:pos + 12 + length], "big") == zlib.crc32(kind + body)
        kinds.append(kind)
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and set(kinds[1:-1]) == {b"IDAT"}
    assert len(zlib.decompress(idat)) == 500 * (1 + 300 * 3)  # a filter byte + RGB per row


def test_a_failed_drawing_leaves_no_file(qapp, tmp_path: Path) -> None:
    def broken(painter: QPainter, top: int, rows: int) -> None:
        if top > 0:
            raise RuntimeError("the drawing broke")

    out = tmp_path / "b.png"
    with pytest.raises(RuntimeError, match="broke"):
        png_stream.write_png(out, 100, 3 * png_stream.STRIP_ROWS, QColor("#FFFFFF"), broken)
    assert list(tmp_path.iterdir()) == []


def test_a_board_export_is_the_picture_the_one_pass_render_draws(qapp, store, tmp_path: Path) -> None:
    board = boards.create_board(store, 2, "Retos")
    for i in range(40):
        notes.add_note(store, board, f"Reto número {i}: agua, salud y escuelas", (i % 8) * 190, (i // 8) * 130,
                       color=COLORS[i % len(COLORS)].name())
    scene = build_scene(store, board)
    out = tmp_path / "retos.png"
    export_png(scene, out, width=1200)
    strips = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    whole = render_scene(scene, scene_source(scene), 1200)
    assert strips.size() == whole.size() and strips.height() > png_stream.STRIP_ROWS
    same = differ_a_lot = 0
    for y in range(0, whole.height(), 3):
        for x in range(0, whole.width(), 3):
            a, b = strips.pixelColor(x, y), whole.pixelColor(x, y)
            same += a == b
            differ_a_lot += max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 64
    total = len(range(0, whole.height(), 3)) * len(range(0, whole.width(), 3))
    # The strips place everything where one pass does; only antialiased edges may round apart.
    assert same / total > 0.95 and differ_a_lot / total < 0.001
