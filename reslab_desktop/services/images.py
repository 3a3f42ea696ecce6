"""Images on a board (photos of paper flip charts): downscaled once, stored in the file.

Downscaling uses Pillow (installed with ReportLab), so the core stays Qt-free.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Board, Image
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import board_of, delete_on_one_board, next_board_seq, patch
from reslab_desktop.services.ids import new_id
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store

MAX_PIXELS = 1600  # long side stored in the file
DISPLAY_SIDE = 480.0  # long side on the board when placed
MAX_INPUT_BYTES = 60 * 1024 * 1024
MIMES = ("image/png", "image/jpeg")

Before = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int


def prepare_image(data: bytes, max_side: int = MAX_PIXELS) -> PreparedImage:
    """Decode any common image, shrink it to ``max_side`` and re-encode it as PNG or JPEG.

    Photos (no transparency) become JPEG at quality 85; images with transparency stay PNG.
    Small PNG/JPEG files are kept byte for byte.
    """
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    if not isinstance(data, (bytes, bytearray)) or not data:
        raise ValidationError("the image is empty")
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(f"the image is too large ({len(data) / 1e6:.0f} MB; at most {MAX_INPUT_BYTES // 1_000_000} MB)")
    try:
        img = PILImage.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError(f"not an image that can be read ({exc.__class__.__name__})") from None
    fmt = (img.format or "").upper()
    if fmt in ("PNG", "JPEG") and max(img.size) <= max_side and not _needs_rotation(img):
        return PreparedImage(bytes(data), f"image/{fmt.lower()}", *img.size)
    img = ImageOps.exif_transpose(img)
    img.thumbnail((max_side, max_side), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    if img.mode in ("RGBA", "LA", "P") and _has_alpha(img):
        img.convert("RGBA").save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        img.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
        mime = "image/jpeg"
    return PreparedImage(out.getvalue(), mime, *img.size)


def add_image(
    store: Store, board_id: str, data: bytes, x: float, y: float, caption: str = "",
    image_id: str | None = None,
) -> str:
    """Place an image with its top-left at (x, y), shown at most ``DISPLAY_SIDE`` long."""
    prepared = prepare_image(data)
    caption = checks.text(caption, "image caption", max_len=NAME_MAX).strip()
    scale = min(1.0, DISPLAY_SIDE / max(prepared.width, prepared.height))
    with store.write() as tx:
        checks.found(tx.session.get(Board, board_id), "board", board_id)
        iid = image_id or new_id("img")
        tx.session.connection().execute(
            insert(Image.__table__),
            [{
                "id": iid, "board_id": board_id, "seq": next_board_seq(tx, "images", board_id),
                "x": checks.coordinate(x, "x"), "y": checks.coordinate(y, "y"),
                "w": prepared.width * scale, "h": prepared.height * scale,
                "mime": prepared.mime, "data": prepared.data, "caption": caption,
            }],
        )
        tx.changed("images", ADDED, (iid,), board_id)
    return iid


def update_images(store: Store, patches: Mapping[str, Mapping[str, Any]]) -> Before:
    """Move, resize or re-caption images; returns the previous values (undo: call it with them)."""
    clean: dict[str, dict[str, Any]] = {}
    for iid, fields in patches.items():
        clean[iid] = {}
        for key, value in fields.items():
            if key in ("x", "y"):
                clean[iid][key] = checks.coordinate(value, key)
            elif key in ("w", "h"):
                clean[iid][key] = checks.size(value, "image size")
            elif key == "caption":
                clean[iid][key] = checks.text(value, "image caption", max_len=NAME_MAX).strip()
            else:
                raise ValidationError(f"an image has no field {key!r}")
    if not clean:
        return {}
    with store.write() as tx:
        return patch(tx, "images", clean, board_of(tx, "images", list(clean)))


def move_images(store: Store, positions: Mapping[str, tuple[float, float]]) -> Before:
    return update_images(store, {i: {"x": x, "y": y} for i, (x, y) in positions.items()})


def delete_images(store: Store, image_ids: Sequence[str]) -> Snapshot:
    return delete_on_one_board(store, "images", image_ids)


def _has_alpha(img: Any) -> bool:
    if img.mode == "P":
        return "transparency" in img.info
    return img.getchannel("A").getextrema()[0] < 255


def _needs_rotation(img: Any) -> bool:
    try:
        return img.getexif().get(0x0112, 1) != 1
    except Exception:  # noqa: BLE001 - broken EXIF only means "don't trust it"
        return False
