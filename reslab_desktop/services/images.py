"""Images on a board (photos of paper flip charts): downscaled once, stored in the file.

Downscaling uses Pillow (installed with ReportLab), so the core stays Qt-free.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert

from reslab_desktop.errors import ValidationError
from reslab_desktop.model import Board, Image
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services import checks
from reslab_desktop.services.board_rows import board_of, delete_on_one_board, next_board_seq, patch
from reslab_desktop.services.ids import new_id
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ADDED, Store

if TYPE_CHECKING:
    from PIL.Image import Image as PILImageType

MAX_PIXELS = 1600  # long side stored in the file
DISPLAY_SIDE = 480.0  # long side on the board when placed
MAX_INPUT_BYTES = 60 * 1024 * 1024
MIMES = ("image/png", "image/jpeg")
#: The most pixels an image given to the app is decoded at (about 200 MB as RGBA): a 30000²
#: PNG of a few kilobytes is refused in one line, never a decompression bomb.
INPUT_PIXELS = 50_000_000
#: The most pixels an image *stored in a file* is decoded at, to be drawn (the app stores at
#: most ``MAX_PIXELS`` on the long side: anything bigger came from elsewhere). Beyond it the
#: image is drawn as a placeholder; below it but bigger than the app stores, it is shrunk.
DRAW_PIXELS = 4096 * 4096

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
        img: PILImageType = PILImage.open(io.BytesIO(data))  # reads the header only
        if img.size[0] * img.size[1] > INPUT_PIXELS:
            raise ValidationError(
                f"the image has too many pixels ({img.size[0]:,} × {img.size[1]:,}; at most "
                f"{INPUT_PIXELS // 1_000_000} million); make it smaller first")
        img.load()
    except PILImage.DecompressionBombError:
        raise ValidationError(f"the image has too many pixels (at most {INPUT_PIXELS // 1_000_000} million); "
                              "make it smaller first") from None
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


def drawable(data: bytes) -> bytes | None:
    """Image bytes from a file made safe to decode: as they are when within what the app
    stores, shrunk to ``MAX_PIXELS`` when within ``DRAW_PIXELS``, else ``None`` (draw a
    placeholder). Never raises: a file from a stranger is untrusted input."""
    from PIL import Image as PILImage

    try:
        img = PILImage.open(io.BytesIO(data))  # the header only
        w, h = img.size
        if w * h > DRAW_PIXELS:
            return None
        if max(w, h) <= MAX_PIXELS:
            return bytes(data)
        img.thumbnail((MAX_PIXELS, MAX_PIXELS))
        out = io.BytesIO()
        alpha = img.mode in ("RGBA", "LA", "P") and _has_alpha(img)
        img.convert("RGBA" if alpha else "RGB").save(out, "PNG")
        return out.getvalue()
    except Exception:  # any decoder failure of a hostile image: a placeholder, not a crash
        return None


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
            insert(cast(Table, Image.__table__)),
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


def _has_alpha(img: PILImageType) -> bool:
    if img.mode == "P":
        return "transparency" in img.info
    low = img.getchannel("A").getextrema()[0]  # one band: (min, max)
    return isinstance(low, (int, float)) and low < 255


def _needs_rotation(img: PILImageType) -> bool:
    try:
        orientation: object = img.getexif().get(0x0112, 1)
        return orientation != 1
    except Exception:  # noqa: BLE001 - broken EXIF only means "don't trust it"
        return False
