"""Looks of the board shared by the app and headless rendering: fonts, colors, sizes."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from reslab_desktop.resources import resource

FAMILY_FALLBACK = "DejaVu Sans"
BACKGROUND = QColor("#F4F1EA")  # a warm wall, calmer than white on a projector
GRID_COLOR = QColor("#E2DDD2")
SELECTION = QColor("#1F6FEB")
TEXT_COLOR = QColor("#1D1D1F")
AUTHOR_COLOR = QColor("#3C3C43")
LINK_COLOR = QColor("#3A3F47")
#: Below this scale notes are drawn as colored blocks without text (level of detail).
LOD_TEXT = 0.28
GRID_STEP = 20.0
HANDLE = 12.0


@cache
def family() -> str:
    """The bundled font family, registered once (Qt draws empty boxes when no font exists)."""
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = resource("fonts", name)
        if path.exists():
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(fid))
    return families[0] if families else FAMILY_FALLBACK


def font(pixel_size: float, bold: bool = False) -> QFont:
    f = QFont(family())
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # scales evenly when zoomed
    return f


def darker(hex_color: str, factor: int = 135) -> QColor:
    return QColor(hex_color).darker(factor)


def zone_fill(hex_color: str) -> QColor:
    c = QColor(hex_color)
    c.setAlpha(70)
    return c
