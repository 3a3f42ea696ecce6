"""export → import → export is byte-identical, and import keeps what the document says."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.interchange import export_json, import_json
from reslab_desktop.interchange.reader import json_number
from reslab_desktop.model.vocab import LANGUAGES, ROLES, SECTORS
from reslab_desktop.storage import Store

REPO = Path(__file__).resolve().parents[2]

NASTY = [
    "", "Año de la niña — café", "👩🏽‍🌾🌽🔥", "<b>&amp;</b> & < > \" '", "שלום عليكم", "a\u200bb\u200d",
    "tab\tnew\nline\r\n", "\x01\x7f control", "x" * 3000, "\\u0000 \\n literal", "\u202eRTL override",
]
plain = st.text(max_size=40)
texts = st.one_of(plain, st.sampled_from(NASTY))
names = st.one_of(st.text(min_size=1, max_size=60), st.sampled_from(NASTY[1:8])).filter(
    lambda s: s.strip() and "\x00" not in s)
colors = st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")
coords = st.floats(-1e6, 1e6, allow_nan=False).map(json_number)
sizes = st.floats(0.5, 1e6).map(json_number)
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def _ids(draw, n: int, prefix: str) -> list[str]:
    """Unique ids that also differ from every other kind's (the format's ids are per kind)."""
    raw = draw(st.lists(st.text(min_size=1, max_size=12).filter(lambda s: s.strip() and "\x00" not in s),
                        min_size=n,
                        max_size=n, unique=True))
    return [f"{prefix}{r}" for r in raw]


@st.composite
def documents(draw) -> dict:
    starts, ends = sorted(draw(st.lists(st.dates(), min_size=2, max_size=2)))
    with_dates = draw(st.booleans())
    workshop = {
        "title": draw(names),
        "learning_community": draw(st.one_of(plain, st.sampled_from(NASTY[:8]))),
        "place": draw(plain),
        "language": draw(st.sampled_from(LANGUAGES)),
        "starts_on": starts.isoformat() if with_dates else None,
        "ends_on": ends.isoformat() if with_dates else None,
        "facilitators": draw(st.lists(names, max_size=3)),
    }
    orgs = [
        {"id": oid, "name": draw(names), "sector": draw(st.sampled_from(SECTORS))}
        for oid in _ids(draw, draw(st.integers(0, 3)), "o")
    ]
    people = [
        {"id": pid, "name": draw(names),
         "organization": draw(st.sampled_from([None] + [o["id"] for o in orgs])),
         "role": draw(st.sampled_from(ROLES))}
        for pid in _ids(draw, draw(st.integers(0, 4)), "p")
    ]
    board_ids = _ids(draw, draw(st.integers(0, 3)), "b")
    zone_ids = iter(_ids(draw, 3 * len(board_ids), "z"))
    note_ids = iter(_ids(draw, 5 * len(board_ids), "n"))
    boards = []
    for bid in board_ids:
        zones = []
        for _ in range(draw(st.integers(0, 3))):
            zone = {"id": next(zone_ids), "title": draw(plain), "x": draw(coords), "y": draw(coords),
                    "w": draw(sizes), "h": draw(sizes), "color": draw(colors)}
            if draw(st.booleans()):
                zone["shape"] = "ellipse"
            prompt = draw(plain)
            if prompt:
                zone["prompt"] = prompt
            zones.append(zone)
        notes = [
            {"id": next(note_ids), "text": draw(texts), "color": draw(colors), "x": draw(coords),
             "y": draw(coords), "w": draw(sizes), "h": draw(sizes),
             "zone": draw(st.sampled_from([None] + [z["id"] for z in zones])),
             "author": draw(st.sampled_from([None] + [p["id"] for p in people]))}
            for _ in range(draw(st.integers(0, 5)))
        ]
        links = []
        if notes:
            for _ in range(draw(st.integers(0, 3))):
                links.append({"from": draw(st.sampled_from(notes))["id"],
                              "to": draw(st.sampled_from(notes))["id"], "label": draw(plain)})
        boards.append({"id": bid, "phase": draw(st.integers(1, 6)), "title": draw(names),
                       "template": draw(st.sampled_from([None, "problem-tree"])),
                       "zones": zones, "notes": notes, "links": links})
    return {"format": "reslab-workshop", "version": 1, "workshop": workshop,
            "organizations": orgs, "participants": people, "boards": boards}


def _import_export(doc: dict, folder: Path) -> str:
    target = folder / f"{uuid.uuid4().hex}.reslab"
    assert import_json(doc, target) == []
    with Store.open(target, read_only=True) as store:
        return export_json(store)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(doc=documents())
def test_export_import_export_is_byte_identical(doc, tmp_path):
    first = _import_export(doc, tmp_path)
    second = _import_export(json.loads(first), tmp_path)
    assert second == first
    # Import kept every id, value and order the document gave.
    exported = json.loads(first)
    for key in ("workshop", "organizations", "participants", "boards"):
        assert exported[key] == doc[key], key


def test_longest_texts_round_trip(tmp_path):
    long_text = ("Ñandú 🦤 <i>&lt;</i> " * 10_000)[:200_000]
    doc = {"format": "reslab-workshop", "version": 1, "workshop": {"title": "x" * 300},
           "boards": [{"id": "b", "phase": 1, "title": "t", "notes": [
               {"id": "n", "text": long_text, "color": "#FFD966", "x": 0, "y": 0, "w": 1, "h": 1}]}]}
    first = _import_export(doc, tmp_path)
    assert json.loads(first)["boards"][0]["notes"][0]["text"] == long_text
    assert _import_export(json.loads(first), tmp_path) == first


def test_export_without_output_writes_stdout(tmp_path):
    doc = {"format": "reslab-workshop", "version": 1, "workshop": {"title": "Taller <b>&amp;</b> ñ 🌽"}}
    target = tmp_path / "t.reslab"
    import_json(doc, target)
    with Store.open(target, read_only=True) as store:
        expected = export_json(store)
    result = subprocess.run([sys.executable, "-m", "reslab_desktop", "export", str(target)],
                            capture_output=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.reslab"]
