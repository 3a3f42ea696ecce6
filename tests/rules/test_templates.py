"""The bundled board templates: format, layout on the wall, loader errors, boards made from them."""

from __future__ import annotations

import copy
import json
from itertools import combinations
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import NotFoundError
from reslab_desktop.model.vocab import PHASES
from reslab_desktop.resources import resource
from reslab_desktop.rules.templates import (
    TemplateFileError,
    get_template,
    load_folder,
    load_templates,
    read_template,
    templates_for_phase,
)
from reslab_desktop.services.boards import create_board_from_template, list_boards, load_board

TEMPLATE_FILES = sorted(resource("templates").glob("*.json"))
SCHEMA = json.loads(resource("schema", "template-v1.schema.json").read_text(encoding="utf-8"))
NOTE_W, NOTE_H, HEADER = 160, 100, 70

EXPECTED = {
    1: {"empathy_map", "stakeholder_map"},
    2: {"challenge_parking_lot", "problem_tree", "impact_feasibility"},
    3: {"how_might_we", "collaboration_map", "resources_board"},
    4: {"prototype_canvas", "storyboard"},
    5: {"test_plan", "feedback_grid"},
    6: {"evaluation_board"},
}
# Zones that overlap others on purpose: the person in the centre of the empathy map and the
# concentric circles of the stakeholder map. Any other overlap is a layout mistake.
NESTED = {"empathy_map": {"person"}, "stakeholder_map": {"direct", "core"}}


def _rect(z):
    return z.x, z.y, z.x + z.w, z.y + z.h


def _overlap(a, b) -> bool:
    ax0, ay0, ax1, ay1 = _rect(a)
    bx0, by0, bx1, by1 = _rect(b)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_file_follows_schema(path: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), SCHEMA)


def test_every_phase_has_the_expected_templates() -> None:
    for phase in PHASES:
        assert {t.key for t in templates_for_phase(phase)} == EXPECTED[phase]
    assert len(load_templates()) == len(TEMPLATE_FILES) == 13
    assert [t.key for t in templates_for_phase(1)] == ["empathy_map", "stakeholder_map"]


@pytest.mark.parametrize("template", load_templates(), ids=lambda t: t.key)
def test_layout_is_a_tidy_wall(template) -> None:
    assert 1.6 <= template.width / template.height <= 1.9
    assert 1400 <= template.width <= 2000
    for lang in ("es", "en"):
        assert template.title_in(lang).strip() and template.description_in(lang).strip()
        assert all(z.title[lang].strip() and z.prompt[lang].strip() for z in template.zones)
    assert template.title_in("es") != template.title_in("en")
    for z in template.zones:
        assert z.x >= 0 and z.y >= 0 and z.x + z.w <= template.width and z.y + z.h <= template.height
        # A soft base hue: the board and the PDF draw it lightened (see schema), never dark.
        rgb = [int(z.color[i : i + 2], 16) for i in (1, 3, 5)]
        luma = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255
        assert luma >= 0.6, f"{z.key}: {z.color} is too dark"
        if z.shape == "rect":
            # Below the title and prompt, room for at least two rows or two columns of notes.
            cols = (z.w - 20) // (NOTE_W + 10)
            rows = (z.h - HEADER) // (NOTE_H + 10)
            assert cols >= 1 and rows >= 1 and cols * rows >= 2, z.key
    nested = NESTED.get(template.key, set())
    for a, b in combinations(template.zones, 2):
        if _overlap(a, b):
            assert a.key in nested or b.key in nested, f"{a.key} overlaps {b.key}"


def test_concentric_circles_nest() -> None:
    import math

    t = get_template("stakeholder_map")
    outer, middle, inner = (t.zone(k) for k in ("indirect", "direct", "core"))
    for big, small in ((outer, middle), (middle, inner)):
        assert small.shape == big.shape == "ellipse"
        assert (small.x + small.w / 2, small.y + small.h / 2) == (big.x + big.w / 2, big.y + big.h / 2)
        for k in range(36):  # points on the small ellipse lie inside the big one
            a = 2 * math.pi * k / 36
            px = small.x + small.w / 2 * (1 + math.cos(a))
            py = small.y + small.h / 2 * (1 + math.sin(a))
            dx = (px - big.x - big.w / 2) / (big.w / 2)
            dy = (py - big.y - big.h / 2) / (big.h / 2)
            assert dx * dx + dy * dy < 1
    person = get_template("empathy_map").zone("person")
    assert person.shape == "ellipse"


def test_zone_records_in_each_language() -> None:
    t = get_template("feedback_grid")
    es, en = t.zone_records("es"), t.zone_records("en")
    assert [z.title for z in es] == ["Funcionó", "Cambiaría", "Preguntas", "Ideas nuevas"]
    assert [z.title for z in en] == ["Worked", "Change", "Questions", "New ideas"]
    assert [z.seq for z in es] == [0, 1, 2, 3]
    assert all(z.id == "" and z.board_id == "" and z.prompt for z in es)


def test_templates_are_immutable_values() -> None:
    t = get_template("feedback_grid")
    assert len(set(load_templates())) == len(load_templates()) and hash(t) == hash(get_template(t.key))
    assert t.zone("worked").title.get("en") == "Worked" and t.zone("worked").title.get("fr", "?") == "?"
    assert t.title_in("fr") == t.title_in("es")  # Spanish, the working language, for anything else
    with pytest.raises(NotFoundError, match="has no zone 'nope'"):
        t.zone("nope")


def test_unknown_template_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="no board template 'kanban'"):
        get_template("kanban")


def test_board_from_template_and_blank(store) -> None:
    bid = create_board_from_template(store, 2, "Matriz de retos", "impact_feasibility", "en")
    content = load_board(store, bid)
    assert content.board.template == "impact_feasibility"
    assert [z.title for z in content.zones][:2] == ["High impact · Low feasibility", "High impact · High feasibility"]
    assert len({z.id for z in content.zones}) == 4 and all(z.id for z in content.zones)
    assert content.zones[0].prompt == "Strategic: which allies would we need?"
    second = create_board_from_template(store, 1, "Actores", "stakeholder_map", "es")
    assert [z.shape for z in load_board(store, second).zones] == ["ellipse"] * 3
    blank = create_board_from_template(store, 6, "Libre", None, "es")
    assert load_board(store, blank).zones == ()
    assert [b.id for b in list_boards(store)] == [second, bid, blank]
    with pytest.raises(NotFoundError):
        create_board_from_template(store, 1, "X", "nope", "es")
    assert len(list_boards(store)) == 3


# --- loader errors -----------------------------------------------------------------------

GOOD = json.loads(resource("templates", "feedback_grid.json").read_text(encoding="utf-8"))


def _write(folder: Path, doc, name: str = "feedback_grid.json") -> Path:
    path = folder / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def test_good_copy_loads(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    (t,) = load_folder(tmp_path)
    assert t == get_template("feedback_grid")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(phase=7), "phase: expected a whole number from 1 to 6"),
        (lambda d: d.update(key="other_key"), "differs from the file name"),
        (lambda d: d["title"].pop("en"), "title: expected texts for es and en"),
        (lambda d: d["zones"][1].update(color="red"), "zones[1].color"),
        (lambda d: d["zones"][0].update(shape="star"), "zones[0].shape"),
        (lambda d: d["zones"][2].update(w=-5), "zones[2].w: expected a positive number"),
        (lambda d: d["zones"][3].update(x=1500), "does not fit on the 1600×900 board"),
        (lambda d: d["zones"][3].update(key="worked"), "duplicate zone key"),
        (lambda d: d.update(zones=[]), "zones: expected a non-empty list"),
    ],
)
def test_bad_file_names_file_and_field(tmp_path: Path, change, message: str) -> None:
    doc = copy.deepcopy(GOOD)
    change(doc)
    with pytest.raises(TemplateFileError) as err:
        read_template(_write(tmp_path, doc))
    assert str(err.value).startswith("template feedback_grid.json: ")
    assert message in str(err.value)


def test_not_json_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateFileError, match=r"template feedback_grid.json: not valid JSON"):
        read_template(_write(tmp_path, "{ nope"))
    with pytest.raises(TemplateFileError, match="no board templates found"):
        load_folder(tmp_path / "missing")


_JUNK = st.one_of(st.none(), st.booleans(), st.integers(-10, 10), st.text(max_size=5), st.lists(st.integers(), max_size=2))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(["", "title", "size", "zones", "zones.0", "zones.0.title"]),
       field=st.sampled_from(["key", "phase", "title", "w", "x", "color", "es", "zones", "size"]),
       junk=_JUNK)
def test_any_corruption_is_a_clear_error_or_still_valid(tmp_path: Path, where: str, field: str, junk) -> None:
    doc = copy.deepcopy(GOOD)
    target = doc
    for part in filter(None, where.split(".")):
        target = target[int(part)] if isinstance(target, list) else target[part]
    if not isinstance(target, dict):
        return
    target[field] = junk
    path = _write(tmp_path, doc)
    try:
        read_template(path)
    except TemplateFileError as err:
        assert str(err).startswith("template feedback_grid.json: ") and "\n" not in str(err)
        return
    jsonschema.validate(doc, SCHEMA)  # accepted by the loader ⇒ accepted by the schema
