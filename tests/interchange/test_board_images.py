"""Board images in the interchange document: written only when present, validated, byte-identical."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import jsonschema
import pytest
from PIL import Image as PILImage

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import export_json, import_json
from reslab_desktop.resources import resource
from reslab_desktop.services import boards, images
from reslab_desktop.storage import Store


def png(color=(20, 140, 90)) -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (40, 30), color).save(buf, "PNG")
    return buf.getvalue()


def test_images_round_trip_byte_identical_and_only_when_present(store: Store, tmp_path: Path) -> None:
    with_image = boards.create_board(store, 1, "Con foto")
    boards.create_board(store, 1, "Sin foto")
    images.add_image(store, with_image, png(), 10.5, -20, caption="Rotafolio de la mañana")
    images.add_image(store, with_image, png((200, 0, 0)), 300, 0)
    first = export_json(store)
    doc = json.loads(first)
    by_title = {b["title"]: b for b in doc["boards"]}
    assert "images" not in by_title["Sin foto"]
    img = by_title["Con foto"]["images"]
    assert [i.get("caption") for i in img] == ["Rotafolio de la mañana", None]
    assert base64.b64decode(img[0]["data"]) == png()
    jsonschema.validate(doc, json.loads(resource("schema", "workshop-v1.schema.json").read_text(encoding="utf-8")))
    import_json(doc, tmp_path / "again.reslab")
    with Store.open(tmp_path / "again.reslab") as again:
        assert export_json(again) == first
        [rec, _] = boards.load_board(again, with_image).images
        assert (rec.x, rec.y, rec.mime, rec.data) == (10.5, -20, "image/png", png())


def _doc(image: dict) -> dict:
    return {
        "format": "reslab-workshop", "version": 1,
        "workshop": {"title": "T"},
        "boards": [{"id": "b1", "phase": 1, "title": "B", "images": [image]}],
    }


GOOD = {"id": "i1", "x": 0, "y": 0, "w": 40, "h": 30, "mime": "image/png"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"data": "not base64!"}, "boards[0].images[0].data: expected base64 data"),
        ({"data": base64.b64encode(b"GIF89a....").decode()}, "boards[0].images[0].data: is not a PNG image"),
        ({"mime": "image/gif"}, "boards[0].images[0].mime: expected one of image/png, image/jpeg"),
        ({"w": 0}, "boards[0].images[0].w: must be greater than 0"),
        ({"id": ""}, "boards[0].images[0].id: cannot be empty"),
    ],
)
def test_bad_images_are_refused_naming_the_field(tmp_path: Path, change: dict, message: str) -> None:
    image = {**GOOD, "data": base64.b64encode(png()).decode(), **change}
    with pytest.raises(InterchangeError) as info:
        import_json(_doc(image), tmp_path / "x.reslab")
    assert message in str(info.value)
    assert not (tmp_path / "x.reslab").exists()
