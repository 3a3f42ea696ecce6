"""A group made inside a zone leaves the zone's title and prompt visible (on the board and in the PDF)."""

from __future__ import annotations

from reslab_desktop.rules import geometry
from reslab_desktop.services import boards, notes, zones
from reslab_desktop.services.zones import ZoneDraft


def test_grouping_notes_under_a_zone_title_keeps_the_title_uncovered(store) -> None:
    board = boards.create_board(store, 1, "Mapa")
    siente = zones.add_zone(store, board, ZoneDraft(0, 0, 600, 400, title="Siente", prompt="¿Qué emociones vive?"))
    ids = notes.add_text_notes(store, board, "miedo\nsoledad", 40, 100)
    group = zones.group_notes(store, ids, "Emociones")
    content = boards.load_board(store, board)
    parent = next(z for z in content.zones if z.id == siente)
    made = next(z for z in content.zones if z.id == group)
    header = geometry.zone_header(parent, parent.prompt)
    assert not geometry.overlaps((made.x, made.y, made.w, made.h), header)
    box = geometry.bounds((n.x, n.y, n.w, n.h) for n in content.notes)
    assert made.y + made.h >= box[1] + box[3]  # the notes are still inside the group
    assert {n.zone_id for n in content.notes} == {group}
