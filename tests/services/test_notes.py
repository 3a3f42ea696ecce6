"""Notes on real SQLite files: add, paste lines, edit, move into zones, order, delete, undo data."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import NotFoundError, ValidationError
from reslab_desktop.rules.text import NOTE_TEXT_MAX
from reslab_desktop.services import boards, links, notes, people
from reslab_desktop.services.records import ZoneRecord
from reslab_desktop.storage import Store


def zone(title: str, x: float, y: float, w: float, h: float, shape: str = "rect") -> ZoneRecord:
    return ZoneRecord(id="", board_id="", seq=0, title=title, x=x, y=y, w=w, h=h, color="#8FD3F5", shape=shape)


@pytest.fixture
def board(store: Store) -> str:
    return boards.create_board(store, 1, "Mapa de empatía", zones=[zone("Dice", 0, 0, 500, 400), zone("Piensa", 600, 0, 500, 400)])


def zones_of(store: Store, board_id: str) -> dict[str, str]:
    return {z.title: z.id for z in boards.load_board(store, board_id).zones}


def note(store: Store, note_id: str):
    return next(n for n in boards.load_board(store, boards.list_boards(store)[0].id).notes if n.id == note_id)


def test_add_note_joins_the_zone_under_its_centre(store: Store, board: str) -> None:
    nid = notes.add_note(store, board, "Agua potable", 100, 100)
    assert note(store, nid).zone_id == zones_of(store, board)["Dice"]
    outside = notes.add_note(store, board, "Fuera", 2000, 2000)
    assert note(store, outside).zone_id is None


def test_multi_line_paste_makes_one_note_per_line_in_a_grid(store: Store, board: str) -> None:
    ids = notes.add_text_notes(store, board, "uno\n\n  dos  \ntres\ncuatro\n", 0, 0)
    content = boards.load_board(store, board)
    assert [n.text for n in content.notes] == ["uno", "dos", "tres", "cuatro"]
    assert [n.id for n in content.notes] == ids
    corners = {(n.x, n.y) for n in content.notes}
    assert len(corners) == 4  # no two notes on top of each other
    for a in content.notes:
        for b in content.notes:
            if a.id < b.id:
                assert a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y


def test_paste_of_nothing_is_a_one_line_error(store: Store, board: str) -> None:
    with pytest.raises(ValidationError, match="no lines"):
        notes.add_text_notes(store, board, " \n\n", 0, 0)


def test_move_decides_zone_membership_when_dropped_and_restore_undoes(store: Store, board: str) -> None:
    z = zones_of(store, board)
    a = notes.add_note(store, board, "a", 100, 100)
    b = notes.add_note(store, board, "b", 120, 120)
    before = notes.move_notes(store, {a: (700, 100), b: (3000, 3000)})
    assert note(store, a).zone_id == z["Piensa"]
    assert note(store, b).zone_id is None
    notes.restore_notes(store, before)
    assert (note(store, a).x, note(store, a).zone_id) == (100, z["Dice"])
    assert (note(store, b).y, note(store, b).zone_id) == (120, z["Dice"])


def test_membership_is_stored_not_recomputed(store: Store, board: str) -> None:
    z = zones_of(store, board)
    a = notes.add_note(store, board, "a", 100, 100)
    # The zone grows over the note's former neighbour; the stored membership stays until a drop.
    from reslab_desktop.services import zones

    zones.update_zones(store, {z["Piensa"]: {"x": 0, "w": 1100}})
    assert note(store, a).zone_id == z["Dice"]


def test_text_color_author_edits_return_what_undo_needs(store: Store, board: str) -> None:
    pid = people.add_participant(store, "Lupita")
    nid = notes.add_note(store, board, "antes", 10, 10)
    undo_text = notes.set_text(store, nid, "después\ncon dos líneas")
    undo_color = notes.set_color(store, [nid], "#8fd3f5")
    undo_author = notes.set_author(store, [nid], pid)
    n = note(store, nid)
    assert (n.text, n.color, n.author_id) == ("después\ncon dos líneas", "#8FD3F5", pid)
    for before in (undo_author, undo_color, undo_text):
        notes.restore_notes(store, before)
    n = note(store, nid)
    assert (n.text, n.color, n.author_id) == ("antes", "#FFE066", None)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, b, n: notes.set_color(s, [n], "red"), "color must look like"),
        (lambda s, b, n: notes.set_author(s, [n], "p-nobody"), "no participant"),
        (lambda s, b, n: notes.resize_note(s, n, 5, 100), "between 40 and 4000"),
        (lambda s, b, n: notes.move_notes(s, {n: (float("nan"), 0)}), "finite number"),
        (lambda s, b, n: notes.set_text(s, "n-missing", "x"), "no note with id"),
        (lambda s, b, n: notes.add_note(s, "b-missing", "x", 0, 0), "no board"),
        (lambda s, b, n: notes.set_text(s, n, "x" * (NOTE_TEXT_MAX + 1)), "too long"),
    ],
)
def test_bad_input_is_refused_in_one_line(store: Store, board: str, call, message: str) -> None:
    nid = notes.add_note(store, board, "ok", 10, 10)
    with pytest.raises((ValidationError, NotFoundError), match=message) as info:
        call(store, board, nid)
    assert "\n" not in str(info.value)
    assert note(store, nid).text == "ok"


def test_restack_brings_to_front_and_back(store: Store, board: str) -> None:
    a, b, c = notes.add_text_notes(store, board, "a\nb\nc", 0, 0)
    notes.restack(store, [a], to_front=True)
    assert [n.id for n in boards.load_board(store, board).notes] == [b, c, a]
    before = notes.restack(store, [c], to_front=False)
    assert [n.id for n in boards.load_board(store, board).notes] == [c, b, a]
    notes.restore_notes(store, before)
    assert [n.id for n in boards.load_board(store, board).notes] == [b, c, a]


def test_align_and_distribute(store: Store, board: str) -> None:
    a = notes.add_note(store, board, "a", 0, 0)
    b = notes.add_note(store, board, "b", 300, 50)
    c = notes.add_note(store, board, "c", 1000, 90)
    notes.align_notes(store, [a, b, c], "top")
    assert {note(store, i).y for i in (a, b, c)} == {0}
    notes.distribute_notes(store, [a, b, c], "horizontal")
    assert note(store, b).x == pytest.approx((0 + 1000) / 2)


def test_delete_takes_links_and_restore_brings_everything_back(store: Store, board: str) -> None:
    a, b = notes.add_text_notes(store, board, "a\nb", 0, 0)
    links.add_link(store, a, b, "causa")
    snap = notes.delete_notes(store, [a])
    content = boards.load_board(store, board)
    assert [n.id for n in content.notes] == [b] and content.links == ()
    notes.restore_deleted(store, snap, board)
    content = boards.load_board(store, board)
    assert {n.id for n in content.notes} == {a, b}
    assert [(link.from_note_id, link.label) for link in content.links] == [(a, "causa")]


def test_copy_drafts_recreate_notes_on_another_board(store: Store, board: str) -> None:
    ids = notes.add_text_notes(store, board, "a\nb", 0, 0)
    other = boards.create_board(store, 2, "Retos")
    drafts = notes.copy_drafts(store, ids, 10, 10)
    new = notes.add_notes(store, other, drafts)
    assert [n.text for n in boards.load_board(store, other).notes] == ["a", "b"]
    assert set(new).isdisjoint(ids)


def test_everything_is_in_the_file_after_reopening(store: Store, board: str) -> None:
    ids = notes.add_text_notes(store, board, "uno\ndos", 100, 100)
    notes.move_notes(store, {ids[1]: (700, 100)})
    path = store.path
    store.close()
    with Store.open(path) as again:
        content = boards.load_board(again, board)
        z = {zz.id: zz.title for zz in content.zones}
        assert [(n.text, z.get(n.zone_id or "")) for n in content.notes] == [("uno", "Dice"), ("dos", "Piensa")]


def test_bulk_add_and_move_of_thousands_is_one_transaction(store: Store, board: str) -> None:
    drafts = [notes.NoteDraft(text=f"n{i}", x=(i % 50) * 170, y=(i // 50) * 120) for i in range(3000)]
    batches: list = []
    store.events.subscribe(batches.append)
    ids = notes.add_notes(store, board, drafts)
    notes.move_notes(store, {i: (0, 0) for i in ids})
    assert len(batches) == 2
    assert len(batches[0][0].ids) == 3000
    assert all(n.zone_id is not None for n in boards.load_board(store, board).notes)

positions = st.lists(st.tuples(st.floats(-3000, 3000, allow_nan=False), st.floats(-3000, 3000, allow_nan=False)),
                     min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=positions)
def test_move_then_restore_is_the_identity_and_zones_follow_the_rule(store: Store, moves) -> None:
    from reslab_desktop.rules import geometry

    board = boards.create_board(store, 1, "Prueba", zones=[zone("Dice", 0, 0, 500, 400), zone("Piensa", 600, 0, 500, 400)])
    ids = notes.add_notes(store, board, [notes.NoteDraft(text=str(i), x=0, y=0) for i in range(len(moves))])
    start = boards.load_board(store, board)
    before = notes.move_notes(store, dict(zip(ids, moves, strict=True)))
    moved = boards.load_board(store, board)
    for n in moved.notes:
        assert n.zone_id == geometry.zone_at(moved.zones, n.x + n.w / 2, n.y + n.h / 2)
    notes.restore_notes(store, before)
    assert boards.load_board(store, board).notes == start.notes


def test_a_note_of_100000_characters_can_be_typed_and_saved(tmp_path):
    """Issue 9: long notes are stored exactly, also when edited in the app (not only imported)."""
    from reslab_desktop.storage import Store

    with Store.create(tmp_path / "t.reslab", "T") as store:
        board = boards.create_board(store, 1, "B")
        note = notes.add_note(store, board, "corta", 0, 0)
        long_text = "palabra " * 12_500
        notes.set_text(store, note, long_text)
        assert [n.text for n in boards.load_board(store, board).notes] == [long_text]
