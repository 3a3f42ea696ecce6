"""Zones (draw, group, move with notes, delete), links and images on real SQLite files."""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage

from reslab_desktop.errors import ValidationError
from reslab_desktop.services import boards, images, links, notes, zones
from reslab_desktop.storage import Store


@pytest.fixture
def board(store: Store) -> str:
    return boards.create_board(store, 2, "Retos")


def by_id(records):
    return {r.id: r for r in records}


def test_group_notes_makes_a_titled_zone_around_them(store: Store, board: str) -> None:
    a, b, c = notes.add_text_notes(store, board, "a\nb\nc", 0, 0)
    zid = zones.group_notes(store, [a, b], "Falta de agua")
    content = boards.load_board(store, board)
    z = by_id(content.zones)[zid]
    n = by_id(content.notes)
    assert z.title == "Falta de agua"
    assert n[a].zone_id == n[b].zone_id == zid and n[c].zone_id is None
    for i in (a, b):
        assert z.x <= n[i].x and n[i].x + n[i].w <= z.x + z.w and z.y <= n[i].y and n[i].y + n[i].h <= z.y + z.h


def test_group_needs_a_title_and_notes(store: Store, board: str) -> None:
    a = notes.add_note(store, board, "a", 0, 0)
    with pytest.raises(ValidationError, match="cannot be empty"):
        zones.group_notes(store, [a], "  ")
    with pytest.raises(ValidationError, match="select the notes"):
        zones.group_notes(store, [], "x")


def test_drawn_zone_claims_the_notes_under_it_and_deleting_it_frees_them(store: Store, board: str) -> None:
    a = notes.add_note(store, board, "a", 100, 100)
    zid = zones.add_zone(store, board, zones.ZoneDraft(0, 0, 600, 400, title="Causas"))
    assert by_id(boards.load_board(store, board).notes)[a].zone_id == zid
    snap = zones.delete_zones(store, [zid])
    content = boards.load_board(store, board)
    assert content.zones == () and content.notes[0].zone_id is None
    from reslab_desktop.services.deletion import restore_rows

    restore_rows(store, snap, board)
    assert by_id(boards.load_board(store, board).notes)[a].zone_id == zid


def test_moving_a_zone_moves_its_notes_and_restore_undoes(store: Store, board: str) -> None:
    zid = zones.add_zone(store, board, zones.ZoneDraft(0, 0, 600, 400, title="Efectos"))
    a = notes.add_note(store, board, "a", 100, 100)
    outside = notes.add_note(store, board, "b", 900, 100)
    before = zones.move_zones(store, {zid: (50, -20)})
    n = by_id(boards.load_board(store, board).notes)
    assert (n[a].x, n[a].y) == (150, 80) and (n[outside].x, n[outside].y) == (900, 100)
    zones.restore_zones(store, before)
    content = boards.load_board(store, board)
    assert (content.zones[0].x, by_id(content.notes)[a].x) == (0, 100)


def test_zone_fields_are_validated(store: Store, board: str) -> None:
    zid = zones.add_zone(store, board, zones.ZoneDraft(0, 0, 600, 400))
    with pytest.raises(ValidationError, match="zone shape"):
        zones.update_zones(store, {zid: {"shape": "hexagon"}})
    with pytest.raises(ValidationError, match="at least 60"):
        zones.update_zones(store, {zid: {"w": 10}})
    before = zones.rename_zone(store, zid, " Raíces ")
    assert boards.load_board(store, board).zones[0].title == "Raíces"
    zones.restore_zones(store, before)
    assert boards.load_board(store, board).zones[0].title == ""


def test_links_between_notes_of_one_board(store: Store, board: str) -> None:
    a, b = notes.add_text_notes(store, board, "causa\nefecto", 0, 0)
    lid = links.add_link(store, a, b, "provoca")
    with pytest.raises(ValidationError, match="already linked"):
        links.add_link(store, a, b)
    with pytest.raises(ValidationError, match="two different notes"):
        links.add_link(store, a, a)
    other = boards.create_board(store, 2, "Otro")
    c = notes.add_note(store, other, "c", 0, 0)
    with pytest.raises(ValidationError, match="one board"):
        links.add_link(store, a, c)
    before = links.set_label(store, lid, "genera")
    assert boards.load_board(store, board).links[0].label == "genera"
    links.restore_links(store, before)
    assert boards.load_board(store, board).links[0].label == "provoca"
    snap = links.delete_links(store, [lid])
    assert boards.load_board(store, board).links == ()
    notes.restore_deleted(store, snap, board)
    assert len(boards.load_board(store, board).links) == 1


def _photo(w: int, h: int, fmt: str = "JPEG") -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (w, h), (200, 80, 40)).save(buf, fmt)
    return buf.getvalue()


def test_large_photo_is_downscaled_and_stored_in_the_file(store: Store, board: str) -> None:
    iid = images.add_image(store, board, _photo(4000, 3000), 10, 20, caption="Rotafolio")
    rec = boards.load_board(store, board).images[0]
    assert rec.id == iid and rec.mime == "image/jpeg" and rec.caption == "Rotafolio"
    stored = PILImage.open(io.BytesIO(rec.data))
    assert max(stored.size) == images.MAX_PIXELS
    assert max(rec.w, rec.h) == pytest.approx(images.DISPLAY_SIDE)


def test_small_png_is_kept_byte_for_byte_and_bmp_is_converted(store: Store, board: str) -> None:
    png = _photo(100, 50, "PNG")
    images.add_image(store, board, png, 0, 0)
    images.add_image(store, board, _photo(100, 50, "BMP"), 0, 0)
    recs = boards.load_board(store, board).images
    assert recs[0].data == png and recs[0].mime == "image/png"
    assert recs[1].mime == "image/jpeg"


def test_not_an_image_is_a_one_line_error(store: Store, board: str) -> None:
    with pytest.raises(ValidationError, match="not an image"):
        images.add_image(store, board, b"hello", 0, 0)


def test_image_move_and_undo(store: Store, board: str) -> None:
    iid = images.add_image(store, board, _photo(100, 50, "PNG"), 0, 0)
    before = images.move_images(store, {iid: (300, 400)})
    assert (boards.load_board(store, board).images[0].x, boards.load_board(store, board).images[0].y) == (300, 400)
    images.update_images(store, before)
    assert boards.load_board(store, board).images[0].x == 0


def test_empty_changes_are_no_ops(store: Store, board: str) -> None:
    batches: list = []
    store.events.subscribe(batches.append)
    assert links.restore_links(store, {}) == {}
    assert images.update_images(store, {}) == {}
    assert zones.update_zones(store, {}) == {"zones": {}}
    assert zones.move_zones(store, {}) == {"zones": {}, "notes": {}}
    assert notes.move_notes(store, {}) == {}
    assert batches == []
