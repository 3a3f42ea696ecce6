"""Issue 17 (5, 6, 7): a closed round keeps what was voted on; promoting twice does not
duplicate and a promoted board is an ideation board named after its challenge; paper counts
over the dots handed out can be recorded with the warning kept; a sealed ballot reopened by
the facilitator is logged. Real workshop files throughout."""

from __future__ import annotations

import json
import sqlite3

import pytest

from reslab_desktop.errors import ValidationError
from reslab_desktop.interchange import export_json, import_json
from reslab_desktop.services import notes
from reslab_desktop.services import voting as v
from reslab_desktop.storage import Store
from tests.services.test_voting import _board, _people


def _closed(store, **settings):
    bid, ids = _board(store, 4)
    _people(store, 3)
    rid = v.create_round(store, bid, "¿Qué retos?", dots_per_participant=3, max_per_note=3, **settings)
    v.open_round(store, rid)
    voters = [x.id for x in v.get_round(store, rid).voters]
    v.set_ballot(store, rid, voters[0], {(ids[0], 0): 3})
    v.set_ballot(store, rid, voters[1], {(ids[0], 0): 1, (ids[1], 0): 2})
    v.close_round(store, rid)
    return bid, ids, rid


def _points(store, rid):
    return {r.note_id: (r.text, r.dots, r.now_text) for r in v.results(store, rid)}


def test_editing_or_deleting_a_voted_note_leaves_the_closed_results_as_they_were(store):
    bid, ids, rid = _closed(store)
    before = _points(store, rid)
    assert before[ids[0]] == ("Reto 0", 4, None)
    notes.set_text(store, ids[0], "Reto cero, reescrito")
    notes.delete_notes(store, [ids[1]])
    after = _points(store, rid)
    assert sum(d for _, d, _ in after.values()) == 6  # 60 does not become 56
    assert after[ids[0]] == ("Reto 0", 4, "Reto cero, reescrito")  # the text voted on, and today's
    assert after[ids[1]] == ("Reto 1", 2, "")  # deleted since: kept, marked
    # reopening lets people vote on the notes as they are; closing again keeps those
    v.reopen_round(store, rid, "una persona llegó tarde")
    v.close_round(store, rid)
    again = _points(store, rid)
    assert ids[1] not in again and again[ids[0]] == ("Reto cero, reescrito", 4, None)


def test_a_file_upgraded_to_version_5_keeps_its_closed_rounds(store, tmp_path):
    bid, ids, rid = _closed(store)
    path = store.path
    store.close()
    conn = sqlite3.connect(path)  # back to what a version-4 file holds
    conn.execute("DELETE FROM vote_closed_candidates")
    conn.commit()
    conn.close()
    from reslab_desktop.storage import schema_v5_closed_rounds as v5

    conn = sqlite3.connect(path)
    conn.execute(v5.STATEMENTS[2])  # the upgrade's own backfill
    conn.commit()
    conn.close()
    with Store.open(path) as again:
        assert _points(again, rid)[ids[0]] == ("Reto 0", 4, None)


def test_the_kept_record_survives_export_and_import_byte_identical(store, tmp_path):
    bid, ids, rid = _closed(store)
    notes.set_text(store, ids[0], "Otro texto")
    notes.delete_notes(store, [ids[1]])
    first = export_json(store)
    kept = json.loads(first)["votes"][0]["closed_candidates"]
    assert {"note": ids[1], "text": "Reto 1", "dots": [2]} in kept
    import_json(json.loads(first), tmp_path / "again.reslab")
    with Store.open(tmp_path / "again.reslab") as again:
        assert export_json(again) == first
        assert _points(again, rid)[ids[0]] == ("Reto 0", 4, "Otro texto")


def test_promoting_twice_to_the_same_board_does_not_duplicate(store):
    bid, ids, rid = _closed(store)
    first = v.promote_top(store, rid, 1)
    with store.read() as s:
        from reslab_desktop.model import Board, Note, Zone

        row = s.get(Board, first.board_id)
        assert row.template == "how_might_we" and row.phase == 3
        assert row.title == "Reto 0"  # the challenge's name, not the question's
        zones = {z.id for z in s.query(Zone).filter(Zone.board_id == first.board_id)}
        copy = s.get(Note, first.note_ids[0])
        assert len(zones) == 4 and copy.zone_id in zones
    with pytest.raises(ValidationError, match="already"):
        v.promote_top(store, rid, 1, first.board_id)
    second = v.promote_top(store, rid, 2, first.board_id)  # only the one not there yet
    assert second.source_ids == (ids[1],)


def test_a_board_for_several_challenges_is_named_after_them(store):
    bid, ids, rid = _closed(store)
    promo = v.promote_top(store, rid, 2)
    with store.read() as s:
        from reslab_desktop.model import Board

        title = s.get(Board, promo.board_id).title
    assert title.startswith("¿Cómo podríamos…?") and "Reto 0" in title and "Reto 1" in title


def test_paper_counts_over_the_dots_handed_out_can_be_recorded_with_the_warning(store):
    bid, ids = _board(store, 3)
    rid = v.create_round(store, bid, "Papel", mode="paper", anonymous_voters=2, dots_per_participant=2,
                         max_per_note=2)
    v.open_round(store, rid)
    with pytest.raises(ValidationError, match="handed out"):
        v.enter_paper_tally(store, rid, {ids[0]: 3, ids[1]: 3})
    v.enter_paper_tally(store, rid, {ids[0]: 3, ids[1]: 3}, over_ok=True)
    last = v.round_events(store, rid)[-1]
    assert last.action == "paper_tally" and "⚠" in last.detail and "handed out" in last.detail
    v.close_round(store, rid)
    assert [r.dots for r in v.results(store, rid)][:2] == [3, 3]


def test_reopening_a_sealed_ballot_is_logged(store):
    bid, ids = _board(store, 3)
    _people(store, 2)
    rid = v.create_round(store, bid, "¿Qué?")
    v.open_round(store, rid)
    voter = v.get_round(store, rid).voters[0]
    v.reopen_ballot(store, rid, voter.id)
    last = v.round_events(store, rid)[-1]
    assert (last.action, last.detail) == ("ballot_reopened", voter.label)
