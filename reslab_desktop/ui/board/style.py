"""Looks of the board shared by the app and headless rendering: fonts, colors, sizes.

Colors and widths come from the ONE theme module (``ui/theme.py``): the projector theme gets
black outlines, thick selection rings and bigger text. :func:`look` is the current snapshot;
:func:`refresh` drops it when the theme changes (the editor listens for that).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from reslab_desktop.resources import resource
from reslab_desktop.ui import theme

FAMILY_FALLBACK = "DejaVu Sans"
GRID_COLOR = QColor("#E2DDD2")
LINK_COLOR = QColor("#3A3F47")


@dataclass(frozen=True)
class Look:
    background: QColor
    selection: QColor
    selection_px: float  # on screen, whatever the zoom
    outline: float  # note outline in board units
    outline_color: QColor | None  # None: a darker shade of the note's own color
    text: QColor
    muted: QColor
    font_scale: float
    #: note shadows: black at 16 % over the background, as an opaque color (a translucent fill
    #: costs a blend per scanline, and 5,000 shadows are many scanlines)
    shadow: QColor


_look: list[Look] = []


def look() -> Look:
    if not _look:
        t = theme.current()
        high_contrast = t.name == theme.PROJECTOR
        _look.append(Look(
            background=t.color("board_background"),
            selection=t.color("accent"),
            selection_px=t.selection_width + 1,
            outline=t.outline_width,
            outline_color=t.color("note_outline") if high_contrast else None,
            text=t.color("text"),
            muted=t.color("muted_text"),
            font_scale=t.font_scale,
            shadow=_shaded(t.color("board_background"), 0.84),
        ))
    return _look[0]


def _shaded(color: QColor, factor: float) -> QColor:
    return QColor(round(color.red() * factor), round(color.green() * factor), round(color.blue() * factor))


def refresh() -> None:
    """Forget the snapshot (after ``theme_notifier().changed``)."""
    _look.clear()


def scaled_font(pixel_size: float, bold: bool = False) -> QFont:
    """A board font grown by the theme's text size (titles, tags, labels)."""
    return font(pixel_size * look().font_scale, bold)
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


@cache
def symbols_family() -> str | None:
    """The bundled Symbola (emoji and symbols DejaVu lacks), registered once; None if absent.
    Board fonts list it after DejaVu, so Qt draws those characters with it instead of a box
    (the PDF's rule is ``reports.fonts.font_runs``: the same two fonts)."""
    path = resource("fonts", "Symbola.ttf")
    if not path.exists():
        return None
    fid = QFontDatabase.addApplicationFont(str(path))
    found = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    return found[0] if found else None


_fonts: dict[tuple[int, bool], QFont] = {}


def font(pixel_size: float, bold: bool = False) -> QFont:
    """The board font at ``pixel_size`` (a copy: callers may change it). Made once per size:
    painting asks for one per note, and a QFont resolved from scratch each time costs."""
    key = (max(1, round(pixel_size)), bold)
    f = _fonts.get(key)
    if f is None:
        symbols = symbols_family()
        f = _fonts[key] = QFont([family(), symbols] if symbols else [family()])
        f.setPixelSize(key[0])
        f.setBold(bold)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # scales evenly when zoomed
    return QFont(f)


def darker(hex_color: str, factor: int = 135) -> QColor:
    return QColor(hex_color).darker(factor)


def zone_fill(hex_color: str) -> QColor:
    """The zone's color at 27 % over the board background, as an opaque color: a translucent
    fill blends every pixel of a board-sized zone on every repaint (where zones overlap, the
    upper one now covers the lower one instead of mixing with it)."""
    c, bg, a = QColor(hex_color), look().background, 70 / 255
    return QColor(*(round(bg_v * (1 - a) + c_v * a) for bg_v, c_v in (
        (bg.red(), c.red()), (bg.green(), c.green()), (bg.blue(), c.blue()))))
