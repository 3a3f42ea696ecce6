"""Notes from phones on real SQLite files: received once, placed without overlap, moderated."""

from __future__ import annotations

import pytest

from reslab_desktop.errors import ValidationError
from reslab_desktop.rules import phone_layout
from reslab_desktop.rules.phone_text import PHONE_NOTE_MAX, clean_phone_text
from reslab_desktop.services import boards, notes, people
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.storage import Store


@pytest.fixture
def empathy(store: Store) -> tuple[str, dict[str, str], list[str]]:
    bid = boards.create_board_from_template(store, 1, "Mapa de empatía", "empathy_map", "es")
    zones = {z.title: z.id for z in boards.load_board(store, bid).zones}
    pids = [people.add_participant(store, name) for name in ("Ana", "Beto", "Carmen")]
    return bid, zones, pids


def send(store: Store, intake: pn.Intake, pid: str, client: str, text: str, zone: str | None = None):
    content = boards.load_board(store, intake.board_id)
    sub = pn.submission(intake, pid, client, text, zone, [z.id for z in content.zones])
    return pn.receive(store, {intake.board_id: intake}, [sub])[0]


def board_notes(store: Store, bid: str):
    return boards.load_board(store, bid).notes


def overlapping(rects) -> list:
    return [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if phone_layout.overlaps(a, b)]


def test_a_retry_of_the_same_note_finds_it_again(store, empathy) -> None:
    bid, zones, pids = empathy
    intake = pn.Intake(bid, moderate=True)
    first = send(store, intake, pids[0], "c-1", "Dice que no tiene tiempo", zones["Dice"])
    again = send(store, intake, pids[0], "c-1", "Dice que no tiene tiempo", zones["Dice"])
    assert first.created and not again.created and first.id == again.id
    assert first.status == again.status == "pending"
    # the same client id from another participant is another note
    other = send(store, intake, pids[1], "c-1", "Otra", zones["Dice"])
    assert other.id != first.id
    # within one batch too
    subs = [pn.submission(intake, pids[2], "c-9", "Una vez", None, zones.values())] * 3
    got = pn.receive(store, {bid: intake}, subs)
    assert len({r.id for r in got}) == 1 and [r.created for r in got] == [True, False, False]
    assert len(pn.list_phone_notes(store, bid)) == 3
    assert board_notes(store, bid) == ()  # moderated: nothing on the board yet


def test_not_moderated_notes_land_in_their_zone_without_overlap(store, empathy) -> None:
    bid, zones, pids = empathy
    intake = pn.Intake(bid)
    for i in range(25):  # far more than "Dice" holds: the grid grows below the zones
        got = send(store, intake, pids[i % 3], f"c-{i}", f"Idea {i}", zones["Dice"])
        assert got.status == "placed"
    content = boards.load_board(store, bid)
    placed = content.notes
    assert len(placed) == 25 and {n.origin for n in placed} == {"phone"}
    assert {n.zone_id for n in placed} == {zones["Dice"]}
    rects = [(n.x, n.y, n.w, n.h) for n in placed]
    assert overlapping(rects) == []
    dice = next(z for z in content.zones if z.title == "Dice")
    inside = [n for n in placed if dice.x <= n.x and n.x + n.w <= dice.x + dice.w and dice.y <= n.y
              and n.y + n.h <= dice.y + dice.h]
    assert len(inside) >= 3 and placed[:len(inside)] == tuple(inside)  # the zone fills first
    outside = placed[len(inside):]  # then the grid grows out of the board's left edge, level with "Dice"
    assert all(n.x + n.w < dice.x and dice.y <= n.y < dice.y + dice.h for n in outside)
    for z in content.zones:  # and never over another zone's area
        if z.id != dice.id:
            assert not any(phone_layout.overlaps((n.x, n.y, n.w, n.h), (z.x, z.y, z.w, z.h)) for n in placed)
    by_id = {r.id: r for r in pn.list_phone_notes(store, bid)}
    assert {r.public for r in by_id.values()} == {"placed"}


def test_names_colors_and_anonymous_mode(store, empathy) -> None:
    bid, zones, pids = empathy
    named = pn.Intake(bid, colors="person")
    a = send(store, named, pids[0], "a", "Con nombre", zones["Piensa"])
    hidden = pn.Intake(bid, show_names=False)
    b = send(store, hidden, pids[1], "b", "Sin nombre en la nota", zones["Piensa"])
    anon = pn.Intake(bid, anonymous=True, colors="one", color="#C7B3EA")
    c = send(store, anon, pids[2], "c", "Anónima", zones["Piensa"])
    rows = {r.id: r for r in pn.list_phone_notes(store, bid)}
    by_note = {n.id: n for n in board_notes(store, bid)}
    assert by_note[rows[a.id].note_id].author_id == pids[0]
    assert by_note[rows[b.id].note_id].author_id is None and rows[b.id].author_id == pids[1]
    assert rows[c.id].author_id is None and by_note[rows[c.id].note_id].author_id is None
    assert by_note[rows[c.id].note_id].color == "#C7B3EA"
    assert by_note[rows[a.id].note_id].color == pn.TURN_COLORS[0]


def test_accept_edit_merge_reject_and_their_inverses(store, empathy) -> None:
    bid, zones, pids = empathy
    intake = pn.Intake(bid, moderate=True)
    ids = [send(store, intake, pids[i % 3], f"k{i}", f"Texto {i}", zones["Siente"]).id for i in range(5)]
    accepted = pn.accept(store, ids[:2], intake, texts={ids[1]: "Texto 1, corregido"})
    statuses = {r.id: r.public for r in pn.list_phone_notes(store, bid)}
    assert statuses[ids[0]] == "placed" and statuses[ids[1]] == "edited"
    assert [n.text for n in board_notes(store, bid)] == ["Texto 0", "Texto 1, corregido"]

    merged = pn.accept(store, ids[2:4], intake, merge_text="Texto 2\nTexto 3")
    assert len(set(merged.note_of.values())) == 1
    statuses = {r.id: r.public for r in pn.list_phone_notes(store, bid)}
    assert statuses[ids[2]] == statuses[ids[3]] == "edited"
    assert pn.reject(store, [ids[4]]) == (ids[4],)
    assert {r.id: r.public for r in pn.list_phone_notes(store, bid)}[ids[4]] == "rejected"
    with pytest.raises(ValidationError):
        pn.accept(store, [ids[4]], intake)  # decided already

    pn.unreject(store, [ids[4]])
    pn.return_to_queue(store, merged)
    pn.return_to_queue(store, accepted)
    assert board_notes(store, bid) == ()
    assert {r.public for r in pn.list_phone_notes(store, bid)} == {"pending"}
    again = pn.accept(store, ids[:2], intake, again=accepted)  # redo: the very same notes
    assert [n.id for n in board_notes(store, bid)] == [d.id for d in accepted.drafts] == [d.id for d in again.drafts]


def test_a_placed_note_deleted_from_the_board_is_not_used(store, empathy) -> None:
    bid, zones, pids = empathy
    got = send(store, pn.Intake(bid), pids[0], "x", "Se borrará", zones["Hace"])
    (note,) = board_notes(store, bid)
    snap = notes.delete_notes(store, [note.id])
    assert pn.list_phone_notes(store, bid)[0].public == "rejected"
    notes.restore_deleted(store, snap, bid)
    assert pn.list_phone_notes(store, bid)[0].public == "placed"
    notes.set_text(store, note.id, "Corregida en la pizarra")
    assert pn.phone_notes_by_key(store, [pn.client_key(bid, pids[0], "x")])[0].public == "edited"
    assert pn.phone_notes_by_key(store, [], pids[0], [bid])[0].id == got.id


def test_the_zone_rules_of_a_board(store, empathy) -> None:
    bid, zones, pids = empathy
    fixed = pn.Intake(bid, zone_id=zones["Dice"])
    sub = pn.submission(fixed, pids[0], "a", "x", None, zones.values())
    assert sub.zone_id == zones["Dice"]
    with pytest.raises(ValidationError):
        pn.submission(fixed, pids[0], "a", "x", zones["Piensa"], zones.values())
    with pytest.raises(ValidationError):
        pn.submission(pn.Intake(bid), pids[0], "a", "x", "z-elsewhere", zones.values())
    for text in ("", "   \n\t ", "\x00\x01", "a" * (PHONE_NOTE_MAX + 1)):
        with pytest.raises(ValidationError):
            pn.submission(pn.Intake(bid), pids[0], "a", text, None, zones.values())
    loose = send(store, pn.Intake(bid), pids[0], "free", "Sin zona")
    content = boards.load_board(store, bid)
    (n,) = content.notes
    assert n.zone_id is None and loose.status == "placed"
    assert n.x > max(z.x + z.w for z in content.zones)  # beside the board, over nothing


def test_phone_text_is_cleaned_not_interpreted() -> None:
    assert clean_phone_text("  <b>hola</b> & adiós  ") == "<b>hola</b> & adiós"
    assert clean_phone_text("a\r\nb\rc\td") == "a\nb\nc d"
    assert clean_phone_text("abc\u202edcba\u2066x\u2069") == "abcdcbax"  # no direction overrides
    assert clean_phone_text("bell\x07 nul\x00 esc\x1b[31m") == "bell nul esc[31m"
    assert clean_phone_text("👩🏽‍🌾 ¡sí!") == "👩🏽‍🌾 ¡sí!"  # emoji sequences keep their joiners
    assert clean_phone_text("e\u0301") == "é"  # NFC: the phone's counter and the limit agree
    assert clean_phone_text("a\n\n\n\n\nb") == "a\n\n\nb"
    assert clean_phone_text("مرحبا") == "مرحبا"
