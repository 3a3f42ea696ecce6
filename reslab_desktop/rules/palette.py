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


def color_name(hex_color: str, language: str = "es") -> str:
    for value, es, en in NOTE_COLORS:
        if value.upper() == hex_color.upper():
            return es if language == "es" else en
    return hex_color.upper()
