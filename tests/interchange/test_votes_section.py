"""The ``votes`` section: round trip byte-identical, and rounds that break their own rules refused."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import export_json, import_json
from reslab_desktop.services import voting as v
from reslab_desktop.storage import Store
from tests.services.test_voting import _board, _people


def _voted_workshop(store):
    bid, notes = _board(store, 6)
    pids = _people(store, 4)
    rid = v.create_round(store, bid, "¿Qué retos primero?", dots_per_participant=3, max_per_note=2)
    v.open_round(store, rid)
    voters = [x.id for x in v.get_round(store, rid).voters]
    v.set_ballot(store, rid, voters[0], {(notes[0], 0): 2, (notes[1], 0): 1})
    v.set_ballot(store, rid, voters[2], {(notes[1], 0): 2, (notes[2], 0): 1})
    v.close_round(store, rid)
    v.promote_top(store, rid, 1)
    two = v.create_round(store, bid, "Impacto × factibilidad", criteria=("impacto", "factibilidad"),
                         candidates=tuple(notes[:4]), voters=tuple(pids[:2]), timer_seconds=120)
    v.open_round(store, two)
    tv = [x.id for x in v.get_round(store, two).voters]
    v.set_ballot(store, two, tv[0], {(notes[0], 0): 1, (notes[3], 1): 1})
    paper = v.create_round(store, bid, "En papel", mode="paper", anonymous_voters=7, dots_per_participant=2)
    v.open_round(store, paper)
    v.enter_paper_tally(store, paper, {notes[4]: 6, notes[5]: 5})
    v.close_round(store, paper)
    return rid


def test_round_trip_is_byte_identical(store, tmp_path):
    _voted_workshop(store)
    first = export_json(store)
    doc = json.loads(first)
    assert [r["status"] for r in doc["votes"]] == ["closed", "open", "closed"]
    r0 = doc["votes"][0]
    assert set(r0) >= {"id", "board", "question", "dots_per_participant", "max_per_note",
                       "hidden_until_reveal", "anonymous", "status", "ballots", "paper_tally"}
    assert "candidates" not in r0 and "promoted" in r0
    assert doc["votes"][1]["criteria"] == ["impacto", "factibilidad"]
    assert doc["votes"][2]["anonymous_voters"] == 7 and doc["votes"][2]["mode"] == "paper"
    import_json(doc, tmp_path / "again.reslab")
    with Store.open(tmp_path / "again.reslab") as again:
        assert export_json(again) == first
        closed = v.list_rounds(again)[0]
        assert [r.dots for r in v.results(again, closed.id)][:3] == [3, 2, 1]


def _doc(store):
    _voted_workshop(store)
    return json.loads(export_json(store))


def test_import_rejects_over_budget_naming_round_and_voter(store, tmp_path):
    doc = _doc(store)
    bad = copy.deepcopy(doc)
    bad["votes"][0]["ballots"][0]["dots"] = 2
    bad["votes"][0]["ballots"].append({"participant": bad["votes"][0]["ballots"][0]["participant"],
                                        "note": bad["boards"][0]["notes"][3]["id"], "dots": 1})
    with pytest.raises(InterchangeError) as err:
        import_json(bad, tmp_path / "x.reslab")
    msg = str(err.value)
    assert bad["votes"][0]["id"] in msg and bad["votes"][0]["ballots"][0]["participant"] in msg
    assert "budget" in msg
    assert not (tmp_path / "x.reslab").exists()


@pytest.mark.parametrize("mutate,expect", [
    (lambda r, d: r["ballots"][0].update(dots=3), "at most 2"),
    (lambda r, d: r["ballots"][0].update(participant="nobody"), "unknown voter"),
    (lambda r, d: r["ballots"][0].update(note="n-nope"), "unknown candidate"),
    (lambda r, d: r.update(status="draft"), "no ballots"),
    (lambda r, d: r.update(max_per_note=5), "between 1 and 3"),
    (lambda r, d: r.update(paper_tally=[{"note": d["boards"][0]["notes"][5]["id"], "dots": 99}]), "allow at most 8"),
])
def test_import_rejects_broken_rounds(store, tmp_path, mutate, expect):
    doc = _doc(store)
    mutate(doc["votes"][0], doc)
    with pytest.raises(InterchangeError, match=expect):
        import_json(doc, tmp_path / "x.reslab")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_valid_ballots_round_trip(tmp_path_factory, data):
    notes = [f"n{i}" for i in range(5)]
    people = [f"p{i}" for i in range(4)]
    budget = data.draw(st.integers(1, 5))
    mx = data.draw(st.integers(1, budget))
    ballots = []
    for p in people:
        left = budget
        for n in notes:
            dots = data.draw(st.integers(0, min(mx, left)))
            left -= dots
            if dots:
                ballots.append({"participant": p, "note": n, "dots": dots})
    doc = {
        "format": "reslab-workshop", "version": 1,
        "workshop": {"title": "T", "learning_community": "", "place": "", "language": "es",
                     "starts_on": None, "ends_on": None, "facilitators": []},
        "organizations": [],
        "participants": [{"id": p, "name": p, "organization": None, "role": "participant"} for p in people],
        "boards": [{"id": "b", "phase": 2, "title": "B", "template": None, "zones": [], "links": [],
                    "notes": [{"id": n, "text": n, "color": "#FFE066", "x": 0, "y": 0, "w": 1, "h": 1,
                               "zone": None, "author": None} for n in notes]}],
        "votes": [{"id": "r", "board": "b", "question": "Q", "dots_per_participant": budget, "max_per_note": mx,
                   "hidden_until_reveal": True, "anonymous": False,
                   "status": data.draw(st.sampled_from(["open", "closed"])),
                   "ballots": ballots, "paper_tally": []}],
    }
    target = tmp_path_factory.mktemp("rt") / "w.reslab"
    import_json(doc, target)
    with Store.open(target) as s:
        text = export_json(s)
    assert json.loads(text)["votes"] == doc["votes"]
