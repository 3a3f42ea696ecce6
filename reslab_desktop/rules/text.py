"""Comparing names the way people type them: case, accents and spacing do not matter."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """"  Fundación  SOL " → "fundacion sol": for matching and filtering, never for display."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare).strip()

# The longest note text the file format and the app accept (issue 9: 100,000 characters
# must be stored exactly). One rule for typing, pasting and importing.
NOTE_TEXT_MAX = 200_000

# The longest one-line text: a name, title, place, label or caption (app and file format).
NAME_MAX = 300

SHOWN_MAX = 5_000  # the most of a note's text that is laid out on a board or a page

# The longest text of a Lab record (a decision, an initiative's description, an iteration's
# focus, an action plan item, a learning log answer), in the app and in the file format.
LAB_TEXT_MAX = 5_000
LAB_FIELD_MAX = 500  # an action plan item's indicator, audience or channel


def shortened(text: str, limit: int = SHOWN_MAX) -> str:
    """The part of a user's text worth laying out on a note or a page.

    The file format allows notes of 200,000 characters, and wrapping one long word costs
    time that grows with the square of its length (100,000 characters: 20 s on a board,
    500 s in a PDF). The stored text is never changed; only what is drawn is cut, with "…".
    """
    return text if len(text) <= limit else text[:limit] + "…"


# Invisible characters that steer the direction of the text around them (overrides, embeddings,
# isolates, marks): a note holding "abc\u202egnp.exe" would read "abcexe.png". Phone text is
# cleaned of them on arrival (``rules.phone_text``); nothing draws them (``drawn``).
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(DIRECTION_CONTROLS)) + "]")


def drawn(text: str) -> str:
    """What a board, a picture or a page draws of a user's text: the text without control
    characters (a line break and a tab excepted) and direction controls. The stored text is
    never changed."""
    return _HIDDEN.sub("", text)
