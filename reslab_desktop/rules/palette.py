"""Sticky-note colors: eight pastel tones after the Okabe–Ito palette, chosen so that they
stay distinguishable for the common color-vision deficiencies and on a washed-out projector
(neighbours differ in lightness as well as hue). Names are shown in the color picker.
"""

from typing import Final

NOTE_COLORS: Final[tuple[tuple[str, str, str], ...]] = (
    # (hex, Spanish name, English name)
    ("#FFE066", "Amarillo", "Yellow"),
    ("#FFB86B", "Naranja", "Orange"),
    ("#8FD3F5", "Celeste", "Sky blue"),
    ("#6FD1B0", "Verde azulado", "Bluish green"),
    ("#F4A6B7", "Rosa", "Pink"),
    ("#C7B3EA", "Lila", "Lilac"),
    ("#FFFFFF", "Blanco", "White"),
    ("#CFD4DA", "Gris", "Grey"),
)

DEFAULT_NOTE_COLOR: Final = NOTE_COLORS[0][0]


# The localization pathway (Lab overview chart and PDF report): violet for decisions of the
# facilitating team (index 0) blending to green for decisions of local organizations (index 1).
PATHWAY_FACILITATED: Final = "#7B61A8"
PATHWAY_LOCAL: Final = "#2E9E6A"


def pathway_rgb(index: float) -> tuple[float, float, float]:
    """The pathway color of a localization index (0…1), as RGB fractions."""
    low, high = _rgb(PATHWAY_FACILITATED), _rgb(PATHWAY_LOCAL)
    r, g, b = (a + (z - a) * index for a, z in zip(low, high, strict=True))
    return r, g, b


def _rgb(hex_color: str) -> tuple[float, float, float]:
    return tuple(int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def color_name(hex_color: str, language: str = "es") -> str:
    for value, es, en in NOTE_COLORS:
        if value.upper() == hex_color.upper():
            return es if language == "es" else en
    return hex_color.upper()
