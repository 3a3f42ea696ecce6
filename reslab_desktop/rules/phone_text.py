"""The text of a note written on a phone: what is kept, and its limit (a sticky note's worth).

What a person types is kept as typed (accents, emoji, Arabic or Hebrew words, ``<`` and ``&``:
every view shows it as text). What no keyboard types is dropped: control characters (a tab
becomes a space, line ends become ``\\n``) and the invisible direction overrides and isolates
(U+202A–U+202E, U+2066–U+2069) that can make a note read differently from what it holds.
The text is NFC-normalized and trimmed; the limit counts characters (code points) of the
result, as the phone's counter does.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from reslab_desktop.rules.text import DIRECTION_CONTROLS

PHONE_NOTE_MAX: Final = 500

_LINE_ENDS = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
_MAX_BLANK_LINES = 2


def clean_phone_text(text: str) -> str:
    """The text as it is stored and shown (see the module doc); may be empty."""
    text = _LINE_ENDS.sub("\n", text).replace("\t", " ")
    kept = []
    for ch in text:
        if ch == "\n":
            kept.append(ch)
        elif ch in DIRECTION_CONTROLS:
            continue
        elif unicodedata.category(ch) in ("Cc", "Cs"):
            continue  # control characters, lone surrogates
        else:
            kept.append(ch)
    text = unicodedata.normalize("NFC", "".join(kept))
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    blanks = 0
    for line in lines:
        blanks = blanks + 1 if not line.strip() else 0
        if blanks <= _MAX_BLANK_LINES:
            out.append(line)
    return "\n".join(out).strip()


def phone_text_problem(text: str) -> str | None:
    """Why ``text`` (already cleaned) cannot be a phone note, in one line; None when it can."""
    if not text:
        return "write something first"
    if len(text) > PHONE_NOTE_MAX:
        return f"a note holds at most {PHONE_NOTE_MAX} characters (this one has {len(text)})"
    return None
