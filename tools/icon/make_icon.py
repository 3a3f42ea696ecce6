"""Draw the app icon: ``python -m tools.icon.make_icon`` (outputs are committed).

Three sticky notes on a board, one with a voting dot — what the app is for, readable at 16 px.
Drawn with QPainter so no image editor or extra package is needed. The PNG is the window icon
(``reslab_desktop/resources/icons``) and the macOS ``.app``'s (PyInstaller turns it into an
``.icns`` with Pillow, which ReportLab already brings); Qt's ico plugin writes the Windows
``.ico`` (``reslab.exe``, the installer, the ``.reslab`` file icon).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

ROOT = Path(__file__).resolve().parents[2]
PNG = ROOT / "reslab_desktop" / "resources" / "icons" / "reslab.png"
ICO = ROOT / "packaging" / "windows" / "reslab.ico"

BOARD = QColor("#1F6F78")  # deep teal
NOTES = (("#FFD45C", 0.17, 0.20, -6.0), ("#FF8FA3", 0.52, 0.16, 5.0), ("#9BE38B", 0.33, 0.52, -2.0))
DOT = QColor("#D7263D")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    board = QPainterPath()
    board.addRoundedRect(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s), 0.18 * s, 0.18 * s)
    p.fillPath(board, BOARD)
    note = 0.32 * s
    for color, x, y, angle in NOTES:
        p.save()
        p.translate(x * s + note / 2, y * s + note / 2)
        p.rotate(angle)
        p.fillRect(QRectF(-note / 2 + 0.015 * s, -note / 2 + 0.02 * s, note, note), QColor(0, 0, 0, 60))
        p.fillRect(QRectF(-note / 2, -note / 2, note, note), QColor(color))
        if size >= 48:  # two lines of "writing"
            p.setPen(Qt.PenStyle.NoPen)
            for i in range(2):
                p.fillRect(QRectF(-note * 0.32, -note * 0.16 + i * note * 0.2, note * (0.64 - 0.2 * i), note * 0.07),
                           QColor(0, 0, 0, 70))
        p.restore()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(DOT)
    r = 0.085 * s
    p.drawEllipse(QRectF(0.33 * s + note * 0.62 - r, 0.52 * s + note * 0.62 - r, 2 * r, 2 * r))
    p.end()
    return image


def main() -> None:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    for path in (PNG, ICO):
        path.parent.mkdir(parents=True, exist_ok=True)
    assert draw(256).save(str(PNG)), PNG
    assert draw(256).save(str(ICO)), ICO  # 256 px: the largest size Windows shows
    for path in (PNG, ICO):
        print(path.relative_to(ROOT), path.stat().st_size)


if __name__ == "__main__":
    main()
