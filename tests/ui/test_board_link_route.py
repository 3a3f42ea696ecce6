"""Connectors go around the notes between them, on the board and in the PDF alike."""

from __future__ import annotations

from board_helpers import shown_editor

from reslab_desktop.reports.board_drawing import link_points
from reslab_desktop.rules import geometry
from reslab_desktop.services import boards, links, notes
from reslab_desktop.storage import Store


def test_an_arrow_goes_around_a_note_in_its_way_and_follows_when_it_moves(qtbot, store: Store) -> None:
    board = boards.create_board(store, 1, "Tablero")
    a = notes.add_note(store, board, "causa", 0, 0)
    b = notes.add_note(store, board, "efecto", 600, 0)
    middle = notes.add_note(store, board, "en medio", 300, 0)
    lid = links.add_link(store, a, b)
    ed = shown_editor(qtbot, store, board)
    link = ed.scene.links[lid]
    points = [(p.x(), p.y()) for p in link.points()]
    blocker = (300.0, 0.0, 160.0, 110.0)
    assert len(points) > 2
    assert not any(geometry._crosses(p, q, blocker) for p, q in zip(points, points[1:], strict=False))
    content = boards.load_board(store, board)
    by_id = {n.id: n for n in content.notes}
    assert link_points(by_id[a], by_id[b], content.notes) == points  # the PDF draws the same route
    notes.move_notes(store, {middle: (300.0, 400.0)})  # out of the way: straight again
    qtbot.waitUntil(lambda: len(ed.scene.links[lid].points()) == 2)
    notes.move_notes(store, {middle: (300.0, 0.0)})  # back in the way: around again
    qtbot.waitUntil(lambda: len(ed.scene.links[lid].points()) > 2)
