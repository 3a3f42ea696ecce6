"""The Lab sections of the JSON document: shapes, JSON-path errors, byte-identical round trip."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import export_json, import_json
from reslab_desktop.model.lab_vocab import blank
from reslab_desktop.services import notes
from reslab_desktop.services.boards import create_board
from reslab_desktop.services.lab import (
    carry,
    decisions,
    learning,
    phases,
    plans,
    resources,
    sessions,
)
from reslab_desktop.storage import Store

LAB_KEYS = ["initiatives", "resources", "action_plans", "decisions", "learning_log", "sessions"]


def _schema_errors(doc) -> list[str]:
    import jsonschema

    from reslab_desktop.resources import resource

    schema = json.loads(resource("schema", "workshop-v1.schema.json").read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(doc)]


def _round_trip(doc, tmp_path, name="a") -> str:
    target = tmp_path / f"{name}.reslab"
    import_json(doc, target)
    with Store.open(target) as s:
        return export_json(s)


def _fill(lab):
    s = lab.store
    ideas = create_board(s, 3, "Ideas")
    idea = notes.add_note(s, ideas, "Red de espacios seguros", 0, 0)
    carried = carry.ideas_to_prototype(s, lab.initiative, [idea])
    resources.add_pledge(s, lab.orgs[0], lab.initiative, "funding", 50_000.5, description="Fondos semilla")
    resources.add_pledge(s, lab.orgs[1], lab.initiative, "funding", 1_000, "USD", confirmed=True)
    resources.add_pledge(s, lab.orgs[2], lab.initiative, "expertise", 3, "days", "Evaluación")
    resources.add_need(s, lab.initiative, "time", 120)
    plans.add_action_item(s, lab.initiative, "timeline", "Lanzamiento", date="2026-03-01",
                          responsible_organization_id=lab.orgs[1])
    plans.add_action_item(s, lab.initiative, "communication", "Boletín", audience="Familias", channel="Radio",
                          done=True)
    d1 = decisions.add_decision(s, 2, "set_priorities", "Violencia juvenil primero", "facilitators",
                                date="2026-02-10", source=("vote_round", "vr-x"))
    decisions.add_decision(s, 5, "governance", "Comité rotativo", "local", lab.orgs[:2], "2026-04-01",
                           lab.initiative)
    entry = learning.add_learning(s, tried="Talleres", adapt="Sábados", iteration_id=carried.iteration_id)
    learning.adopt_adaptation(s, entry, date="2026-05-01")
    phases.set_phase_status(s, 1, "done")
    phases.set_phase_status(s, 2, "in_progress")
    sid = sessions.add_session(s, "Sesión 1", "2026-02-10", "Monterrey", [(3, ideas, "Idear"), (1, None, "")],
                               lab.people)
    decisions.update_decision(s, d1, session_id=sid)
    return carried


def test_export_shapes_and_byte_identical_round_trip(lab, tmp_path):
    carried = _fill(lab)
    first = export_json(lab.store)
    doc = json.loads(first)
    assert [k for k in doc if k in LAB_KEYS] == LAB_KEYS
    ini = doc["initiatives"][0]
    assert ini["lead"] == lab.orgs[0] and ini["members"] == lab.orgs[:2]
    it = ini["iterations"][0]
    assert it["number"] == 1 and it["boards"] == [carried.board_id]
    assert it["carried"] == [{"note": carried.note_ids[0], "source": it["carried"][0]["source"]}]
    pledges = doc["resources"]["pledges"]
    assert pledges[0]["amount"] == 50_000.5 and "currency" not in pledges[0]  # MXN is the default
    assert pledges[1]["currency"] == "USD" and pledges[1]["confirmed"] is True
    assert pledges[2]["days"] == 3
    assert doc["resources"]["needs"][0]["hours"] == 120
    assert doc["action_plans"][1]["done"] is True and doc["action_plans"][0]["responsible"] == lab.orgs[1]
    assert doc["decisions"]["phases"] == [{"phase": 1, "status": "done"}, {"phase": 2, "status": "in_progress"}]
    log = doc["decisions"]["log"]
    assert log[0]["source"] == {"kind": "vote_round", "id": "vr-x"} and log[1]["organizations"] == lab.orgs[:2]
    assert log[2]["kind"] == "adapt_learning" and doc["learning_log"][0]["decision"] == log[2]["id"]
    session = doc["sessions"][0]
    assert session["agenda"][1] == {"phase": 1} and session["decisions"] == [log[0]["id"]]
    assert session["attendance"] == lab.people

    assert _schema_errors(doc) == []  # the shipped JSON Schema describes the Lab sections too
    second = _round_trip(doc, tmp_path, "b")
    assert second == first
    assert _round_trip(json.loads(second), tmp_path, "c") == second


def test_an_empty_lab_adds_no_keys(store):
    doc = json.loads(export_json(store))
    assert not set(LAB_KEYS) & set(doc)


def _base():
    return {
        "format": "reslab-workshop", "version": 1, "workshop": {"title": "T"},
        "organizations": [{"id": "o1", "name": "Org", "sector": "civil_society"}],
        "participants": [{"id": "p1", "name": "Ana", "organization": "o1"}],
        "boards": [{"id": "b1", "phase": 1, "title": "Empatía", "notes": []}],
        "initiatives": [{"id": "i1", "title": "ComuniPaz", "lead": "o1", "members": ["o1"]}],
    }


@pytest.mark.parametrize(
    ("patch", "path", "problem"),
    [
        ({"resources": {"pledges": [{"id": "x", "organization": "o9", "initiative": "i1", "kind": "time",
                                     "hours": 2}]}}, "resources.pledges[0].organization", "unknown organization"),
        ({"resources": {"pledges": [{"id": "x", "organization": "o1", "initiative": "i1", "kind": "time"}]}},
         "resources.pledges[0]", "exactly one of"),
        ({"resources": {"needs": [{"id": "x", "initiative": "i1", "kind": "funding", "amount": 5,
                                   "currency": "pesos"}]}}, "resources.needs[0].currency", "three-letter"),
        ({"decisions": {"log": [{"id": "d", "phase": 9, "kind": "timeline", "text": "t", "date": None,
                                 "decided_by": "local"}]}}, "decisions.log[0].phase", "between 1 and 6"),
        ({"decisions": {"log": [{"id": "d", "phase": 2, "kind": "timeline", "text": "t", "date": None,
                                 "decided_by": "everyone"}]}}, "decisions.log[0].decided_by", "expected one of"),
        ({"action_plans": [{"id": "a", "initiative": "i1", "kind": "budget", "text": "t"}]},
         "action_plans[0].kind", "expected one of"),
        ({"learning_log": [{"id": "l"}]}, "learning_log[0]", "at least one"),
        ({"sessions": [{"id": "s", "title": "", "date": None, "place": "", "attendance": ["p1", "p1"]}]},
         "sessions[0].attendance[1]", "twice"),
        ({"sessions": [{"id": "s", "title": "", "date": None, "place": "", "agenda": [{"phase": 2, "board": "b1"}]}]},
         "sessions[0].agenda[0].board", "phase 1, not 2"),
    ],
)
def test_errors_name_the_json_path(tmp_path, patch, path, problem):
    doc = _base() | patch
    with pytest.raises(InterchangeError) as err:
        import_json(doc, tmp_path / "x.reslab")
    assert err.value.path == path and problem in err.value.problem
    assert not (tmp_path / "x.reslab").exists()


def test_a_nul_character_does_not_make_a_blank_text_pass(tmp_path):
    doc = _base() | {"action_plans": [{"id": "a", "initiative": "i1", "kind": "timeline", "text": "\x00Hito"}]}
    with pytest.raises(InterchangeError, match=r"action_plans\[0\]\.text: cannot be empty"):
        import_json(doc, tmp_path / "x.reslab")


def test_an_initiative_without_iterations_gets_the_first(tmp_path):
    doc = json.loads(_round_trip(_base(), tmp_path))
    assert doc["initiatives"][0]["iterations"] == [{"id": "i1/1", "number": 1}]


# -- hypothesis: any valid lab document survives export → import → export unchanged ----------------
ORGS = ["o1", "o2", "o3"]
texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
nonempty = texts.filter(lambda t: not blank(t))
amounts = st.one_of(st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False, allow_infinity=False))


@st.composite
def lab_documents(draw):
    doc = {"format": "reslab-workshop", "version": 1, "workshop": {"title": "T"},
           "organizations": [{"id": o, "name": o.upper(), "sector": "civil_society"} for o in ORGS],
           "participants": [{"id": "p1", "name": "Ana"}, {"id": "p2", "name": "Luis"}]}
    n_ini = draw(st.integers(1, 3))
    doc["initiatives"] = [
        {"id": f"i{i}", "title": draw(nonempty), "description": draw(texts),
         "lead": draw(st.sampled_from([None, *ORGS])), "members": draw(st.lists(st.sampled_from(ORGS), unique=True))}
        for i in range(n_ini)
    ]
    inis = [i["id"] for i in doc["initiatives"]]

    def quantity(kind):
        if kind == "funding":
            q = {"amount": draw(amounts)}
            if draw(st.booleans()):
                q["currency"] = draw(st.sampled_from(["MXN", "USD", "EUR"]))
            return q
        return {draw(st.sampled_from(["hours", "days"])): draw(amounts)}

    kinds = st.sampled_from(["expertise", "time", "funding"])
    pledges = []
    for j in range(draw(st.integers(0, 4))):
        kind = draw(kinds)
        pledges.append({"id": f"pl{j}", "organization": draw(st.sampled_from(ORGS)),
                        "initiative": draw(st.sampled_from(inis)), "kind": kind, "description": draw(texts),
                        **quantity(kind), "confirmed": draw(st.booleans())})
    needs = []
    for j in range(draw(st.integers(0, 3))):
        kind = draw(kinds)
        needs.append({"id": f"nd{j}", "initiative": draw(st.sampled_from(inis)), "kind": kind, **quantity(kind)})
    doc["resources"] = {"pledges": pledges, "needs": needs}
    doc["decisions"] = {"log": [
        {"id": f"d{j}", "phase": draw(st.integers(1, 6)),
         "kind": draw(st.sampled_from(["set_priorities", "timeline", "adapt_learning"])), "text": draw(nonempty),
         "date": draw(st.sampled_from([None, "2026-01-31"])),
         "decided_by": draw(st.sampled_from(["facilitators", "shared", "local"])),
         "organizations": draw(st.lists(st.sampled_from(ORGS), unique=True)),
         "initiative": draw(st.sampled_from([None, *inis]))}
        for j in range(draw(st.integers(0, 5)))
    ]}
    decision_ids = [d["id"] for d in doc["decisions"]["log"]]
    doc["learning_log"] = [
        {"id": f"l{j}", "learned": draw(nonempty), "adapt": draw(texts),
         "decision": draw(st.sampled_from([None, *decision_ids]))}
        for j in range(draw(st.integers(0, 3)))
    ]
    doc["sessions"] = [{"id": "s1", "title": draw(texts), "date": None, "place": draw(texts),
                        "agenda": [{"phase": draw(st.integers(1, 6)), "title": draw(texts)}],
                        "attendance": draw(st.lists(st.sampled_from(["p1", "p2"]), unique=True)),
                        "decisions": decision_ids[:1]}]
    return doc


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lab_documents())
def test_any_lab_document_round_trips(tmp_path_factory, doc):
    tmp = tmp_path_factory.mktemp("rt")
    first = _round_trip(doc, tmp, "a")
    assert _round_trip(json.loads(first), tmp, "b") == first
    assert _schema_errors(json.loads(first)) == []
