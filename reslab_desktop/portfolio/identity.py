"""When two files hold the same workshop: THE rule the portfolio counts copies by.

A workshop file of format 3 has no id of its own (the ``workshop`` row is always ``id = 1``,
and the JSON interchange carries none), so a copy is recognised by its cover: the same title,
Learning Community, place and start date, compared without regard to case or spacing. A copy
on a USB stick, a file sent by WhatsApp and the original on the laptop, edited since or not,
all agree on it; the three communities of a program (different places) never do. If a file
format ever carries an id, this is the one function to change.
"""

from __future__ import annotations

import unicodedata

from reslab_desktop.services.records import WorkshopInfo

WorkshopKey = tuple[str, str, str, str]


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def workshop_key(info: WorkshopInfo) -> WorkshopKey:
    return (_norm(info.title), _norm(info.learning_community), _norm(info.place), info.starts_on or "")


def organization_key(name: str) -> str:
    """Organizations of different files are the same when their names are (case, spacing aside)."""
    return _norm(name)
