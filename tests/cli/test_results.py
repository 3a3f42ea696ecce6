"""``reslab results``: a table per round, JSON in the documented shape, hidden rounds without counts."""

from __future__ import annotations

import json

from reslab_desktop.cli import main
from reslab_desktop.services import voting as v
from tests.services.test_voting import _board, _people


def _workshop(store):
    bid, notes = _board(store, 4)
    _people(store, 3)
    rid = v.create_round(store, bid, "¿Qué reto primero?", dots_per_participant=2, max_per_note=2)
    v.open_round(store, rid)
    voters = [x.id for x in v.get_round(store, rid).voters]
    v.set_ballot(store, rid, voters[0], {(notes[2], 0): 2})
    v.set_ballot(store, rid, voters[1], {(notes[0], 0): 1, (notes[1], 0): 1})
    v.close_round(store, rid)
    hidden = v.create_round(store, bid, "Secreta", dots_per_participant=1)
    v.open_round(store, hidden)
    v.cast_dot(store, hidden, v.get_round(store, hidden).voters[0].id, notes[3])
    return rid, hidden, notes


def test_json_shape(store, capsys):
    rid, hidden, notes = _workshop(store)
    assert main(["results", str(store.path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0] == {
        "round": rid, "question": "¿Qué reto primero?", "status": "closed",
        "ranking": [
            {"note": notes[2], "text": "Reto 2", "dots": 2, "rank": 1, "tied": False},
            {"note": notes[0], "text": "Reto 0", "dots": 1, "rank": 2, "tied": True},
            {"note": notes[1], "text": "Reto 1", "dots": 1, "rank": 2, "tied": True},
            {"note": notes[3], "text": "Reto 3", "dots": 0, "rank": 4, "tied": False},
        ],
    }
    assert out[1] == {"round": hidden, "question": "Secreta", "status": "open", "ranking": [], "hidden": True}


def test_table_and_round_filter(store, capsys):
    rid, hidden, notes = _workshop(store)
    assert main(["results", str(store.path)]) == 0
    text = capsys.readouterr().out
    assert "¿Qué reto primero?" in text and "2=" in text and "Reto 2" in text
    assert "hidden until the round is closed" in text
    assert main(["results", str(store.path), "--round", rid, "--json"]) == 0
    assert [r["round"] for r in json.loads(capsys.readouterr().out)] == [rid]


def test_unknown_round_is_one_line_exit_2(store, capsys):
    _workshop(store)
    assert main(["results", str(store.path), "--round", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope" in err
