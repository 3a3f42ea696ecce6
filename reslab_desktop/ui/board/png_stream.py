"""A large PNG drawn and compressed in horizontal strips, the two overlapping.

Drawing a board runs Python ``paint()`` code and holds the interpreter lock; zlib releases it
while it compresses. So while the GUI thread draws strip *k*, a worker thread compresses strip
*k − 1*: on a machine with two cores the image costs about its drawing time instead of drawing
plus encoding (``reslab render`` of 5,000 notes: the encoding alone was a third of the run).
The file is a plain 8-bit RGB PNG (no alpha: boards are opaque), one zlib stream, written
atomically.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from queue import Queue

from PySide6.QtGui import QColor, QImage, QPainter

from reslab_desktop.storage.atomic import atomic_path

#: rows per strip: big enough that each strip's drawing pass stays cheap, small enough that
#: the last strip (compressed alone, after drawing ends) is short
STRIP_ROWS = 192
#: zlib level 1: a board image (flat colours, lines of text) is about as small as at level 6,
#: in two thirds of the time
ZLIB_LEVEL = 1
HINTS = (QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
         | QPainter.RenderHint.SmoothPixmapTransform)

#: draws rows ``top`` … ``top + rows`` of the whole image, on a painter whose origin is ``top``
DrawStrip = Callable[[QPainter, int, int], None]


def write_png(path: Path, width: int, height: int, background: QColor, draw: DrawStrip) -> None:
    """Draw an image of ``width`` × ``height`` strip by strip with ``draw`` and write it as PNG."""
    compressed: list[bytes] = []
    strips: Queue[bytes | None] = Queue(maxsize=2)  # at most two strips waiting: bounded memory
    failure: list[BaseException] = []
    worker = threading.Thread(target=_compress, args=(strips, compressed, failure), daemon=True,
                              name="png-compress")
    worker.start()
    try:
        for top in range(0, height, STRIP_ROWS):
            rows = min(STRIP_ROWS, height - top)
            strips.put(_draw_strip(width, rows, top, background, draw))
            if failure:
                break
    finally:
        strips.put(None)
        worker.join()
    if failure:
        raise failure[0]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    with atomic_path(Path(path)) as tmp, tmp.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        _chunk(out, b"IHDR", header)
        for piece in filter(None, compressed):  # consecutive IDAT chunks form one zlib stream
            _chunk(out, b"IDAT", piece)
        _chunk(out, b"IEND", b"")


def _draw_strip(width: int, rows: int, top: int, background: QColor, draw: DrawStrip) -> bytes:
    """The strip's scanlines as PNG wants them: a filter byte (0, none) before each RGB row."""
    image = QImage(width, rows, QImage.Format.Format_RGB32)  # the raster engine's fast format
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHints(HINTS)
    draw(painter, top, rows)
    painter.end()
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data, stride, used = bytes(rgb.constBits()), rgb.bytesPerLine(), width * 3
    return b"".join(b"\0" + data[i:i + used] for i in range(0, stride * rows, stride))


def _compress(strips: Queue[bytes | None], out: list[bytes], failure: list[BaseException]) -> None:
    deflate = zlib.compressobj(ZLIB_LEVEL)
    try:
        while (strip := strips.get()) is not None:
            if not failure:
                out.append(deflate.compress(strip))
        out.append(deflate.flush())
    except BaseException as exc:  # reported by write_png on the calling thread
        failure.append(exc)
        while strips.get() is not None:  # let the drawing side finish its puts
            pass


def _chunk(out, kind: bytes, data: bytes) -> None:  # type: ignore[no-untyped-def]
    out.write(struct.pack(">I", len(data)))
    out.write(kind)
    out.write(data)
    out.write(struct.pack(">I", zlib.crc32(data, zlib.crc32(kind))))
