"""Board clipboard: notes travel as JSON (within and across boards and workshops), with plain
text alongside so that pasting into a text editor gives the notes' texts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, replace

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

from reslab_desktop.services.notes import NoteDraft

MIME = "application/x-reslab-notes+json"


def notes_to_mime(drafts: Sequence[NoteDraft]) -> QMimeData:
    """Positions are stored relative to the top-left of the copied group."""
    x0 = min(d.x for d in drafts)
    y0 = min(d.y for d in drafts)
    payload = [asdict(replace(d, x=d.x - x0, y=d.y - y0, id=None)) for d in drafts]
    mime = QMimeData()
    mime.setData(MIME, json.dumps({"notes": payload}, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(d.text.replace("\n", " ") for d in drafts))
    return mime


def notes_from_mime(mime: QMimeData, x: float, y: float) -> list[NoteDraft] | None:
    """Drafts placed with their group's top-left at (x, y); None when there are no board notes."""
    if not mime.hasFormat(MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
        return [
            NoteDraft(
                text=str(n["text"]), x=x + float(n["x"]), y=y + float(n["y"]), color=str(n["color"]),
                w=float(n["w"]), h=float(n["h"]), author_id=n.get("author_id"),
            )
            for n in data["notes"]
        ]
    except (ValueError, KeyError, TypeError):
        return None


def image_bytes(mime: QMimeData) -> bytes | None:
    """PNG bytes of an image on the clipboard, if any."""
    if not mime.hasImage():
        return None
    image = mime.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return None
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # QIODevice overload missing from the stubs
    return bytes(buffer.data().data())
