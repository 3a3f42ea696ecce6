"""Every bad document is refused with one line naming the JSON path; nothing is written."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from reslab_desktop.cli import main
from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import import_json
from reslab_desktop.interchange.document import parse


def base() -> dict:
    note = {"color": "#FFD966", "x": 0, "y": 0, "w": 100, "h": 60}
    return {
        "format": "reslab-workshop",
        "version": 1,
        "workshop": {"title": "Taller", "facilitators": ["Ana"]},
        "organizations": [{"id": "o1", "name": "Red", "sector": "community"}],
        "participants": [{"id": "p1", "name": "Luz", "organization": "o1"}],
        "boards": [
            {"id": f"b{b}", "phase": 1, "title": f"Tablero {b}",
             "zones": [{"id": f"z{b}", "title": "", "x": 0, "y": 0, "w": 10, "h": 10, "color": "#DDDDDD"}],
             "notes": [dict(note, id=f"n{b}-{i}", text=f"nota {i}") for i in range(6)],
             "links": [{"from": f"n{b}-0", "to": f"n{b}-1"}]}
            for b in range(3)
        ],
    }


def edit(fn) -> dict:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(base())
    fn(doc)
    return doc


def _set(path: list, value) -> dict:  # type: ignore[no-untyped-def]
    def apply(doc: dict) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit(apply)


CASES = [
    (_set(["boards", 2, "notes", 5, "x"], "12"), "boards[2].notes[5].x: expected a number"),
    (_set(["boards", 2, "notes", 5, "x"], True), "boards[2].notes[5].x: expected a number"),
    (_set(["boards", 2, "notes", 5, "x"], 1e300), "boards[2].notes[5].x: out of range"),
    (_set(["boards", 2, "notes", 5, "y"], 10**400), "boards[2].notes[5].y: out of range"),
    (_set(["boards", 1, "notes", 0, "w"], 0), "boards[1].notes[0].w: must be greater than 0"),
    (_set(["boards", 0, "phase"], 7), "boards[0].phase: must be between 1 and 6"),
    (_set(["boards", 0, "phase"], 1.0), "boards[0].phase: expected a whole number"),
    (_set(["boards", 0, "notes", 2, "color"], "red"), "boards[0].notes[2].color: expected a color"),
    (_set(["boards", 0, "notes", 2, "text"], None), "boards[0].notes[2].text: expected a string"),
    (_set(["boards", 0, "notes", 2, "zone"], "z1"), "boards[0].notes[2].zone: refers to unknown zone"),
    (_set(["boards", 0, "notes", 2, "author"], "p9"), "boards[0].notes[2].author: refers to unknown participant"),
    (_set(["boards", 1, "links", 0, "to"], "n0-1"), "boards[1].links[0].to: refers to unknown note"),
    (_set(["participants", 0, "organization"], "o2"), "participants[0].organization: refers to unknown organization"),
    (_set(["boards", 2, "notes", 3, "id"], "n2-1"), "boards[2].notes[3].id: duplicate note id 'n2-1'"),
    (_set(["boards", 2, "notes", 3, "id"], "n0-1"), "boards[2].notes[3].id: duplicate note id 'n0-1'"),
    (_set(["boards", 1, "id"], "b0"), "boards[1].id: duplicate board id 'b0'"),
    (_set(["boards", 1, "notes", 1, "id"], ""), "boards[1].notes[1].id: cannot be empty"),
    (_set(["boards", 1, "notes", 1, "text"], "x" * 10_000_000), "boards[1].notes[1].text: too long"),
    (_set(["workshop", "title"], "x" * 10_000_000), "workshop.title: too long"),
    (_set(["workshop", "title"], "   "), "workshop.title: cannot be empty"),
    (_set(["organizations", 0, "name"], "\x00"), "organizations[0].name: contains a NUL character"),
    (_set(["workshop", "ends_on"], "2026-02-30"), "workshop.ends_on: not a real date"),
    (_set(["workshop", "facilitators"], "Ana"), "workshop.facilitators: expected a list"),
    (_set(["workshop", "facilitators", 0], 3), "workshop.facilitators[0]: expected a name"),
    (_set(["workshop", "language"], "fr"), "workshop.language: expected one of es, en"),
    (_set(["organizations", 0, "sector"], ["community"]), "organizations[0].sector: expected one of"),
    (_set(["organizations"], {"o1": {}}), "organizations: expected a list"),
    (_set(["boards", 0, "notes"], [[]]), "boards[0].notes[0]: expected an object"),
    (_set(["boards", 0, "notes", 0, "text"], "\ud800 lone"), "boards[0].notes[0].text: contains an invalid character"),
    (_set(["workshop", "facilitators", 0], "\udfff"), "workshop.facilitators[0]: contains an invalid character"),
    (_set(["boards", 0, "zones", 0, "h"], -1), "boards[0].zones[0].h: must be greater than 0"),
    (edit(lambda d: d["boards"][0]["notes"][4].pop("y")), "boards[0].notes[4].y: missing"),
    (edit(lambda d: d.pop("workshop")), "workshop: missing"),
    (_set(["version"], 2), "version: format version 2 is newer than this app reads"),
    (_set(["version"], "1"), "version: expected a whole number"),
    (_set(["version"], 0), "version: must be 1 or more"),
    (_set(["format"], "trello"), 'format: expected "reslab-workshop"'),
    ([base()], "expected a JSON object at the top level"),
    ("workshop", "expected a JSON object at the top level"),
    (None, "expected a JSON object at the top level"),
]


@pytest.mark.parametrize("doc,message", CASES, ids=[m.split(":")[0][:40] for _, m in CASES])
def test_bad_document_names_the_path_and_writes_nothing(doc, message, tmp_path):
    target = tmp_path / "out.reslab"
    with pytest.raises(InterchangeError) as info:
        import_json(doc, target)
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


TEXT_CASES = [
    ('{"format": "reslab-workshop", "version": 1, "workshop": {"title": NaN}}', "NaN is not a valid JSON number"),
    ('{"x": Infinity}', "Infinity is not a valid JSON number"),
    ('{"x": -Infinity}', "-Infinity is not a valid JSON number"),
    ('{"x": ' + "9" * 5000 + "}", "not valid JSON (a number with thousands of digits)"),
    ("[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
    ('{"a": ' * 50_000 + "1" + "}" * 50_000, "not valid JSON (nested too deeply)"),
    ('{"format": "reslab-workshop",', "not valid JSON (Expecting property name enclosed in double quotes"),
    ("", "not valid JSON (Expecting value at line 1, column 1)"),
]


@pytest.mark.parametrize("text,message", TEXT_CASES, ids=[m[:30] for _, m in TEXT_CASES])
def test_bad_json_text_is_one_line(text, message):
    with pytest.raises(InterchangeError) as info:
        parse(text)
    assert str(info.value).startswith(message)


def test_not_utf8_is_refused():
    with pytest.raises(InterchangeError, match="not UTF-8 text"):
        parse(b'{"a": "\xff"}')


def test_deep_nesting_inside_a_valid_document_is_refused(tmp_path):
    doc = base()
    deep: list = []
    for _ in range(200):
        deep = [deep]
    doc["boards"][0]["notes"][0]["text"] = deep
    with pytest.raises(InterchangeError, match=r"^boards\[0\].notes\[0\].text: expected a string"):
        import_json(doc, tmp_path / "x.reslab")


def test_unknown_top_level_keys_are_warned_and_ignored(tmp_path):
    doc = base()
    doc["stickers"] = [{"id": "s"}]
    warnings = import_json(doc, tmp_path / "x.reslab")
    assert warnings == ["ignored unknown section 'stickers' (from a newer app?)"]
    assert (tmp_path / "x.reslab").exists()


def test_unknown_key_warning_on_the_command_line(tmp_path, capsys):
    doc = base()
    doc["stickers"] = 1
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "out.reslab")]) == 0
    assert "warning: ignored unknown section 'stickers'" in capsys.readouterr().err


@pytest.mark.parametrize("doc,message", CASES[:: 4], ids=[m.split(":")[0][:40] for _, m in CASES[::4]])
def test_cli_exits_2_with_the_path_and_no_output_file(doc, message, tmp_path: Path, capsys):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out.reslab"
    assert main(["import", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"reslab: error: {err.split('reslab: error: ', 1)[1]}"
    assert err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]
