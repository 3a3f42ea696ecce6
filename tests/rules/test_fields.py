"""One declaration per rule (issue 13, item 5): the services, the JSON reader, the file's
checks and the published JSON Schema agree on every stored field, because each derives
from ``rules/fields.py``; and the app's own export always re-imports."""

from __future__ import annotations

import json
import math
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import ReslabError
from reslab_desktop.interchange import export_json, import_json
from reslab_desktop.interchange.document import parse
from reslab_desktop.resources import resource
from reslab_desktop.rules import fields
from reslab_desktop.services import boards, notes
from reslab_desktop.storage import Store
from reslab_desktop.storage.content import rule_violations
from reslab_desktop.storage.migrations import LATEST_VERSION

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(resource("schema", "workshop-v1.schema.json").read_text(encoding="utf-8"))

NASTY = st.one_of(
    st.none(), st.booleans(), st.integers(-10**7, 10**7), st.integers(),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(-2e6, 2e6),
    st.sampled_from([0, 0.0, -0.0, 1e-300, 1_000_000, 1_000_000.5, 10, 40, 4000, 99, 6, 7]),
    st.text(max_size=12), st.sampled_from(["#ffe066", "#FFE066", "#ffe066\n", " #ffe066", "#ffe06", "#GGGGGG",
                                           "es", "en", "fr", "rect", "ellipse", "community", "mafia",
                                           "2026-11-25", "2026-02-30", "[]", '["Ana"]', '{"a": 1', "", " ",
                                           "window", "phone", "image/png", "x\x00y", "abc"]),
    st.binary(max_size=8),
)
STORABLE = [f for f in fields.FIELDS if f.kind != "blob"]


def _json_able(value: object) -> bool:
    return not isinstance(value, bytes) and not (isinstance(value, float) and not math.isfinite(value))


def _db_accepts(conn: sqlite3.Connection, f: fields.Field, value: object) -> bool:
    """The file side: SQLite's CHECKs, then the content check the opener runs."""
    conn.execute("SAVEPOINT s")
    try:
        conn.execute(f'UPDATE "{f.table}" SET "{f.column}" = ?', (value,))
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO s")
        conn.execute("RELEASE s")
        return None  # the CHECK refused it: the rule must refuse it too
    try:
        # what the file now holds (a column's affinity may have turned 0 into '0')
        stored = conn.execute(f'SELECT "{f.column}" FROM "{f.table}" LIMIT 1').fetchone()[0]
        accepted = not rule_violations(conn, LATEST_VERSION)
        return accepted == (f.problem(stored) is None)
    finally:
        conn.execute("ROLLBACK TO s")
        conn.execute("RELEASE s")


@pytest.fixture(scope="module")
def file_conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("fields") / "w.reslab"
    import_json({"format": "reslab-workshop", "version": 1, "workshop": {"title": "T"},
                 "organizations": [{"id": "o1", "name": "Red", "sector": "community"}],
                 "participants": [{"id": "p1", "name": "Luz", "organization": "o1"}],
                 "sessions": [{"id": "s1", "title": "Día 1"}],
                 "boards": [{"id": "b1", "phase": 1, "title": "B",
                             "zones": [{"id": "z1", "x": 0, "y": 0, "w": 10, "h": 10, "color": "#FFFFFF"}],
                             "notes": [{"id": "n1", "text": "t", "color": "#FFD966", "x": 0, "y": 0, "w": 10, "h": 10},
                                       {"id": "n2", "text": "u", "color": "#FFD966", "x": 0, "y": 0, "w": 10, "h": 10}],
                             "links": [{"from": "n1", "to": "n2"}]}]}, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO images (id, board_id, seq, x, y, w, h, mime, data) "
                 "VALUES ('i1', 'b1', 0, 0, 0, 10, 10, 'image/png', x'89')")
    for f in STORABLE:  # every field's table has a row to change
        assert conn.execute(f'SELECT count(*) FROM "{f.table}"').fetchone()[0] > 0, f.table
    yield conn
    conn.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=NASTY, index=st.integers(0, len(STORABLE) - 1))
def test_the_rule_the_file_and_the_schema_agree_on_every_field(file_conn, value, index):
    f = STORABLE[index]
    allowed = f.problem(value) is None
    if not (isinstance(value, int) and abs(value) > 2**63 - 1):
        # NaN is stored as NULL by SQLite: a missing value, refused for a required field
        stored = None if isinstance(value, float) and math.isnan(value) else value
        agrees = _db_accepts(file_conn, f, stored)
        if agrees is None:
            assert not allowed or isinstance(value, bool), (f, value)  # the database refused it
        else:
            assert agrees, (f, value)
    if _json_able(value) and (f.table, f.column) != ("workshop", "facilitators"):
        ok = jsonschema.Draft202012Validator(f.json_schema()).is_valid(value)
        if f.kind not in ("text",) or not isinstance(value, str) or "\x00" not in value:
            # (JSON Schema cannot say "no NUL"; the reader and the services do)
            assert ok == allowed or (ok and not allowed and f.kind == "text" and f.nonblank), (f, value)


def _note_doc(**note: object) -> dict:
    base = {"id": "n1", "text": "t", "color": "#FFD966", "x": 0, "y": 0, "w": 100, "h": 60}
    base.update(note)
    return {"format": "reslab-workshop", "version": 1, "workshop": {"title": "T"},
            "boards": [{"id": "b1", "phase": 1, "title": "B", "notes": [base]}]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=NASTY, column=st.sampled_from(["color", "x", "y", "w", "h", "text"]))
def test_services_and_importer_refuse_the_same_note_values(tmp_path_factory, value, column):
    f = fields.field("notes", column)
    allowed = f.problem(value) is None
    folder = tmp_path_factory.mktemp("n")
    try:
        import_json(_note_doc(**{column: value}), folder / "i.reslab")
        imported = True
    except ReslabError:
        imported = False
    with Store.create(folder / "s.reslab", "T") as store:
        board = boards.create_board(store, 1, "B")
        kw = {"text": "t", "x": 0.0, "y": 0.0}
        kw[column] = value
        try:
            notes.add_note(store, board, **kw)
            added = True
        except (ReslabError, TypeError):
            added = False
    if _json_able(value):
        assert imported == allowed, (column, value)
    assert added == allowed or (column == "text" and value is None), (column, value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(color=st.sampled_from(["#ffe066", "#A0B1C2"]), w=st.floats(0.01, 1_000_000), h=st.integers(1, 1_000_000),
       x=st.floats(-1_000_000, 1_000_000), text=st.text(max_size=40))
def test_the_apps_own_export_always_reimports(tmp_path_factory, color, w, h, x, text):
    folder = tmp_path_factory.mktemp("r")
    with Store.create(folder / "w.reslab", "T") as store:
        board = boards.create_board(store, 1, "B")
        notes.add_note(store, board, text=text, x=x, y=0.0, color=color, w=w, h=float(h))
        notes.add_note(store, board, text="small", x=0.0, y=0.0, w=10.0, h=10.0)
        exported = export_json(store)
    import_json(parse(exported), folder / "again.reslab")
    with Store.open(folder / "again.reslab", read_only=True) as again:
        assert export_json(again) == exported


def test_a_color_with_a_newline_is_refused_by_the_services_too(tmp_path):
    with Store.create(tmp_path / "w.reslab", "T") as store:
        board = boards.create_board(store, 1, "B")
        with pytest.raises(ReslabError):  # on main: stored, exported, then refused by import
            notes.add_note(store, board, text="t", x=0.0, y=0.0, color="#ffe066\n")


def test_the_published_schema_is_generated_from_the_rules():
    result = subprocess.run([sys.executable, "-m", "tools.schema", "--check"], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert SCHEMA["$defs"]["size"] == fields.NOTE_W.json_schema()
