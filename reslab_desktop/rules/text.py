"""Comparing names the way people type them: case, accents and spacing do not matter."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """"  Fundación  SOL " → "fundacion sol": for matching and filtering, never for display."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare).strip()
