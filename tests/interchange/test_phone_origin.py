"""The JSON interchange carries a note's origin, what phones sent and how people checked in."""

from __future__ import annotations

import json

import jsonschema
import pytest

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange.api import export_json, import_json
from reslab_desktop.resources import resource
from reslab_desktop.services import boards, notes, people
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store


def _workshop(store: Store) -> dict:
    bid = boards.create_board_from_template(store, 1, "Mapa de empatía", "empathy_map", "es")
    zones = {z.title: z.id for z in boards.load_board(store, bid).zones}
    ana, beto, carmen = (people.add_participant(store, n) for n in ("Ana", "Beto", "Carmen"))
    notes.add_note(store, bid, "Escrita en la laptop", 2000, 0)
    moderated = pn.Intake(bid, moderate=True)
    subs = [pn.submission(moderated, ana, f"c{i}", f"Nota {i} <b>&</b>", zones["Dice"], zones.values())
            for i in range(3)]
    got = pn.receive(store, {bid: moderated}, subs)
    pn.accept(store, [got[0].id], moderated)
    pn.reject(store, [got[1].id])
    anon = pn.Intake(bid, anonymous=True)
    pn.receive(store, {bid: anon}, [pn.submission(anon, beto, "z", "Sin nombre", None, zones.values())])
    sid = sessions.add_session(store, "Sesión 1", "2026-03-02", attendance=[carmen])
    sessions.check_in(store, sid, [ana], source="phone")
    return {"board": bid, "session": sid, "ana": ana, "beto": beto, "carmen": carmen}


def test_round_trip_is_byte_identical_and_valid(store: Store, tmp_path) -> None:
    ids = _workshop(store)
    text = export_json(store)
    doc = json.loads(text)
    jsonschema.validate(doc, json.loads(resource("schema", "workshop-v1.schema.json").read_text(encoding="utf-8")))
    (board,) = doc["boards"]
    origins = [n.get("origin") for n in board["notes"]]
    assert origins.count("phone") == 2 and origins.count(None) == 1  # "window" is the default, left out
    sent = doc["phone_notes"]
    assert [p["status"] for p in sent] == ["placed", "rejected", "pending", "placed"]
    assert sent[0]["author"] == ids["ana"] and "author" not in sent[3]  # anonymous: no author at all
    assert ids["beto"] not in json.dumps(sent[3]) and ids["beto"] not in json.dumps(board["notes"])
    (session,) = doc["sessions"]
    assert session["attendance"] == [ids["ana"], ids["carmen"]]
    (check_in,) = [c for c in session["check_ins"] if c["participant"] == ids["ana"]]
    assert check_in["source"] == "phone" and check_in["at"]

    target = tmp_path / "copia.reslab"
    import_json(doc, target)
    with Store.open(target) as copy:
        assert export_json(copy) == text
        back = {c.participant_id: c.source for c in sessions.check_ins(copy, ids["session"])}
        assert back == {ids["ana"]: "phone", ids["carmen"]: "window"}


@pytest.mark.parametrize("change, message", [
    (lambda d: d["boards"][0]["notes"][0].__setitem__("origin", "fax"), "origin: expected one of"),
    (lambda d: d["phone_notes"][0].__setitem__("status", "maybe"), "status: expected one of"),
    (lambda d: d["phone_notes"][1].__setitem__("note", d["boards"][0]["notes"][1]["id"]), "has no board note"),
    (lambda d: d["phone_notes"][1].__setitem__("client_key", d["phone_notes"][0]["client_key"]), "another phone note"),
    (lambda d: d["phone_notes"][0].__setitem__("text", "x" * 501), "too long"),
    (lambda d: d["sessions"][0]["check_ins"].append({"participant": d["participants"][1]["id"]}),
     "participant in this session's attendance"),
])
def test_bad_documents_name_the_place(store: Store, tmp_path, change, message) -> None:
    _workshop(store)
    doc = json.loads(export_json(store))
    change(doc)
    with pytest.raises(InterchangeError, match=message):
        import_json(doc, tmp_path / "mala.reslab")
    assert not (tmp_path / "mala.reslab").exists()


def test_data_export_names_each_notes_origin(store: Store, tmp_path) -> None:
    import csv

    from reslab_desktop.exports.api import export_data

    _workshop(store)
    export_data(store, csv_dir=tmp_path / "csv")
    with (tmp_path / "csv" / "notes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    origin = rows[0].index("Origen")
    assert sorted(r[origin] for r in rows[1:]) == ["teléfono", "teléfono", "ventana de la app"]
