"""The written contracts (issues 3–6, 8, 9) checked from outside, on documents written by hand.

The fixtures in ``fixtures/`` were typed the way a person outside the project would write them
from the issue texts: contract keys only, integer and float coordinates, lowercase colors, ids
like ``"1"`` or ``"note-α"``, empty strings, null dates, omitted optional keys. Expected values
are derived from those files (never from what our exporter happens to print); the CLI is run
as a separate process, the way graders and scripts run it.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

FIXTURES = Path(__file__).parent / "fixtures"
SCRIPT = Path(sys.executable).parent / "reslab"  # the installed console script
ROUND_TRIP = ("core", "votes", "lab")  # every contract key written out: comes back as typed
ALL = (*ROUND_TRIP, "minimal", "sparse")
# Page sizes in points, portrait; a page may be turned (landscape sections).
PAGE_POINTS = {"letter": (612, 792), "a4": (595, 842), "legal": (612, 1008), "a3": (842, 1191),
               "tabloid": (792, 1224)}


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def reslab(*args: Any, module: bool = False, cwd: Path | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``reslab`` script (or ``python -m reslab_desktop``)."""
    cmd = [sys.executable, "-m", "reslab_desktop"] if module else [str(SCRIPT)]
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, env=env, timeout=120)


def in_process(*args: Any) -> subprocess.CompletedProcess[str]:
    """The same CLI entry point run inside the test process (cheap, for long case tables)."""
    from reslab_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse: --help, usage errors
            code = int(exc.code or 0)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def assert_user_error(proc: subprocess.CompletedProcess[str], *absent: Path, message: str = "") -> str:
    """Exit 2, one line on stderr, no traceback, nothing on stdout, no output file."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert message in lines[0], lines[0]
    for path in absent:
        assert not path.exists(), path
        assert not list(path.parent.glob(f".{path.name}.*")), "a temporary file was left behind"
    return lines[0]


def same_json(a: Any, b: Any, path: str = "") -> None:
    """Equal values, same key order, and numbers of the same kind (1 stays 1, 1.5 stays 1.5)."""
    assert type(a) is type(b), f"{path}: {a!r} vs {b!r}"
    if isinstance(a, dict):
        assert list(a) == list(b), f"{path}: keys {list(a)} vs {list(b)}"
        for k in a:
            same_json(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same_json(x, y, f"{path}[{i}]")
    else:
        assert a == b, f"{path}: {a!r} vs {b!r}"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("contract")


@pytest.fixture(scope="module")
def files(work: Path) -> dict[str, Path]:
    """Each hand-written document imported once with ``reslab import``."""
    out = {}
    for name in ALL:
        target = work / f"{name}.reslab"
        proc = reslab("import", FIXTURES / f"{name}.json", "-o", target)
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr
        out[name] = target
    return out


@pytest.fixture(scope="module")
def exported(files: dict[str, Path]) -> dict[str, str]:
    """``reslab export FILE`` (standard output) of each imported document."""
    out = {}
    for name, path in files.items():
        proc = reslab("export", path)
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr
        out[name] = proc.stdout
    return out


# -- issue 3: import / export ------------------------------------------------------------------
@pytest.mark.parametrize("name", ROUND_TRIP)
def test_outside_document_comes_back_as_typed(name: str, exported: dict[str, str]) -> None:
    same_json(json.loads(exported[name]), fixture(name))


def test_ballots_and_paper_counts_keep_the_documents_order(work: Path) -> None:
    doc = fixture("votes")
    doc["votes"][0]["ballots"].reverse()  # by note, last voter first: not the roster order
    doc["votes"][1]["paper_tally"].reverse()
    src, target = work / "reordered.json", work / "reordered.reslab"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert reslab("import", src, "-o", target).returncode == 0
    same_json(json.loads(reslab("export", target).stdout), doc)


def test_omitted_keys_come_back_with_their_defaults(exported: dict[str, str]) -> None:
    src, out = fixture("minimal"), json.loads(exported["minimal"])
    assert list(out)[:3] == ["format", "version", "workshop"]
    assert out["workshop"] == {"title": src["workshop"]["title"], "learning_community": "", "place": "",
                               "language": "es", "starts_on": None, "ends_on": None, "facilitators": []}
    assert out["organizations"] == out["participants"] == out["boards"] == []

    src, out = fixture("sparse"), json.loads(exported["sparse"])
    assert out["participants"] == [{"id": p["id"], "name": p["name"], "organization": None,
                                     "role": "participant"} for p in src["participants"]]
    board, typed = out["boards"][0], src["boards"][0]
    assert list(board) == ["id", "phase", "title", "template", "zones", "notes", "links"]
    assert board["template"] is None and board["zones"] == []
    for note, given in zip(board["notes"], typed["notes"], strict=True):
        assert list(note) == ["id", "text", "color", "x", "y", "w", "h", "zone", "author"]
        assert note == given | {"zone": None, "author": None}
    same_json(board["links"], typed["links"])


@pytest.mark.parametrize("name", ALL)
def test_export_import_export_is_byte_identical(name: str, exported: dict[str, str], work: Path) -> None:
    text = exported[name]
    assert "\\u" not in text and text.endswith("\n")
    first = work / f"{name}-first.json"
    assert reslab("export", work / f"{name}.reslab", "-o", first).returncode == 0
    assert first.read_bytes() == text.encode("utf-8")  # -o writes what stdout shows
    again = work / f"{name}-again.reslab"
    assert in_process("import", first, "-o", again).returncode == 0
    assert in_process("export", again).stdout == text


@pytest.mark.parametrize("name", ALL)
def test_fixtures_and_their_export_follow_the_shipped_schema(name: str, exported: dict[str, str]) -> None:
    import jsonschema

    from reslab_desktop.resources import resource

    schema = json.loads(resource("schema", "workshop-v1.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(fixture(name), schema)
    jsonschema.validate(json.loads(exported[name]), schema)


def test_text_is_utf8_without_ascii_escapes(exported: dict[str, str]) -> None:
    text = exported["core"]
    for s in ("«ñandú»", "note-α", "“comillas”", "🌱", "日本語", "<b>&amp;</b>"):
        assert s in text


def test_output_is_utf8_whatever_the_locale(exported: dict[str, str], files: dict[str, Path]) -> None:
    env = os.environ | {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C"}
    assert reslab("export", files["core"], env=env).stdout == exported["core"]
    proc = reslab("results", files["votes"], "--json", env=env)
    assert proc.returncode == 0 and "¿Qué retos primero?" in proc.stdout


def test_python_m_behaves_like_the_script(files: dict[str, Path]) -> None:
    for args in (("export", files["core"]), ("--help",)):
        script, module = reslab(*args), reslab(*args, module=True)
        assert script.returncode == module.returncode == 0
        assert script.stdout == module.stdout and script.stdout
    assert reslab("--version").stdout.startswith("reslab ")
    missing = reslab("export", "nowhere.reslab", module=True)
    assert_user_error(missing, message="nowhere.reslab")


# -- issue 3 / 9: import errors -------------------------------------------------------------------
def _core_with(change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    doc = fixture("core")
    change(doc)
    return doc


def _six_notes(doc: dict[str, Any]) -> None:
    """boards[2] with six notes, the sixth with a string x: the issue's own example path."""
    doc["boards"][2]["notes"] = [
        {"id": f"s{i}", "text": "", "color": "#ffffff", "x": i, "y": 0, "w": 10, "h": 10, "zone": None,
         "author": None} for i in range(6)]
    doc["boards"][2]["notes"][5]["x"] = "10"


BAD_DOCUMENTS = {
    "wrong type (issue example)": (_six_notes, "boards[2].notes[5].x: expected a number"),
    "bool is not a number": (lambda d: d["boards"][0]["zones"][1].update(w=True), "boards[0].zones[1].w: expected a number"),
    "phase as string": (lambda d: d["boards"][1].update(phase="1"), "boards[1].phase:"),
    "dangling zone": (lambda d: d["boards"][0]["notes"][1].update(zone="z9"), "boards[0].notes[1].zone:"),
    "zone of another board": (lambda d: d["boards"][0]["notes"][1].update(zone="zz"), "boards[0].notes[1].zone:"),
    "dangling author": (lambda d: d["boards"][0]["notes"][0].update(author="p9"), "boards[0].notes[0].author:"),
    "dangling organization": (lambda d: d["participants"][1].update(organization="o9"), "participants[1].organization:"),
    "dangling link": (lambda d: d["boards"][0]["links"][2].update(to="nope"), "boards[0].links[2].to:"),
    "duplicate note id": (lambda d: d["boards"][0]["notes"][4].update(id="2"), "boards[0].notes[4].id:"),
    "bad color": (lambda d: d["boards"][0]["notes"][0].update(color="red"), "boards[0].notes[0].color:"),
    "bad date": (lambda d: d["workshop"].update(starts_on="2026-02-30"), "workshop.starts_on:"),
    "missing title": (lambda d: d["workshop"].pop("title"), "workshop.title:"),
    "newer version": (lambda d: d.update(version=2), "version:"),
    "no version": (lambda d: d.pop("version"), "version: missing"),
    "not a workshop": (lambda d: d.update(format="something-else"), "format:"),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_bad_document_is_one_line_exit_2_no_file(case: str, work: Path) -> None:
    change, message = BAD_DOCUMENTS[case]
    src, target = work / "bad-doc.json", work / "bad-doc.reslab"
    src.write_text(json.dumps(_core_with(change), ensure_ascii=False), encoding="utf-8")
    line = assert_user_error(in_process("import", src, "-o", target), target, message=message)
    if case == "wrong type (issue example)":  # and from a real process, word for word
        assert line == "reslab: error: boards[2].notes[5].x: expected a number"
        assert assert_user_error(reslab("import", src, "-o", target), target) == line


def _bad_votes(change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    doc = fixture("votes")
    change(doc["votes"][0])
    return doc


@pytest.mark.parametrize(("change", "names"), [
    (lambda r: r["ballots"].append({"participant": "p3", "note": "v5", "dots": 1}), ("r-closed", "p3")),  # 4 > 3
    (lambda r: r["ballots"][0].update(dots=3), ("r-closed", "p1")),  # over the per-note maximum
    (lambda r: r["ballots"][0].update(participant="p9"), ("r-closed",)),  # unknown voter
    (lambda r: r["ballots"][0].update(note="x1"), ("r-closed",)),  # note of another board
], ids=["over budget", "over max per note", "unknown voter", "unknown note"])
def test_round_breaking_its_own_rules_is_refused(change, names: tuple[str, ...], work: Path) -> None:  # type: ignore[no-untyped-def]
    src, target = work / "bad-votes.json", work / "bad-votes.reslab"
    src.write_text(json.dumps(_bad_votes(change), ensure_ascii=False), encoding="utf-8")
    line = assert_user_error(in_process("import", src, "-o", target), target, message="votes[0]")
    for name in names:
        assert name in line


def test_unknown_top_level_keys_are_warned_and_ignored(work: Path) -> None:
    doc = fixture("core") | {"stickers": [{"id": 1}], "zzz_future": {"a": 1}}
    src, target = work / "unknown-keys.json", work / "unknown-keys.reslab"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    proc = reslab("import", src, "-o", target)
    assert proc.returncode == 0 and target.exists()
    warnings = proc.stderr.splitlines()
    assert len(warnings) == 2 and "stickers" in warnings[0] and "zzz_future" in warnings[1]
    assert all("warning" in w for w in warnings)
    same_json(json.loads(reslab("export", target).stdout), fixture("core"))


def test_file_errors_are_one_line_exit_2(work: Path, files: dict[str, Path]) -> None:
    (work / "plain.txt").write_text("hello", encoding="utf-8")
    (work / "broken.json").write_text('{"format": "reslab-workshop", "version": 1,', encoding="utf-8")
    (work / "a-folder").mkdir(exist_ok=True)
    out = work / "never.reslab"
    core_json = FIXTURES / "core.json"
    newer = work / "newer.reslab"
    newer.write_bytes(files["core"].read_bytes())
    with sqlite3.connect(newer) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.close()
    before = newer.read_bytes()
    cases = [
        (("import", work / "missing.json", "-o", out), out),
        (("import", work / "broken.json", "-o", out), out),  # bad JSON
        (("import", work / "plain.txt", "-o", out), out),  # not JSON
        (("import", files["core"], "-o", out), out),  # a .reslab given as the document
        (("import", core_json, "-o", work / "plain.txt" / "x.reslab"), None),  # unwritable output
        (("import", core_json, "-o", files["core"]), None),  # exists: never overwritten silently
        (("export", work / "missing.reslab"), None),
        (("export", core_json), None),  # not a workshop
        (("export", files["core"], "-o", work / "a-folder"), None),  # unwritable output
        (("export", files["core"], "-o", work / "plain.txt" / "x.json"), None),
        (("export", newer), None),  # newer .reslab
        (("check", newer), None),
        (("check", work / "missing.reslab"), None),
        (("check", core_json), None),
    ]
    for i, (args, target) in enumerate(cases):
        run = reslab if i % 2 == 0 else in_process  # half from a real process is enough
        assert_user_error(run(*args), *([target] if target else []))
    assert newer.read_bytes() == before  # a newer file is never modified
    assert (work / "plain.txt").read_text(encoding="utf-8") == "hello"


def test_debug_shows_the_traceback_that_is_otherwise_hidden(work: Path) -> None:
    proc = reslab("--debug", "export", work / "missing.reslab")
    assert proc.returncode != 0 and "Traceback" in proc.stderr


# -- check ---------------------------------------------------------------------------------------
def test_check_sound_damaged_and_repair(files: dict[str, Path], work: Path) -> None:
    sound = reslab("check", files["core"])
    assert sound.returncode == 0 and sound.stderr == "" and "ok" in sound.stdout

    damaged = work / "damaged.reslab"
    damaged.write_bytes(files["core"].read_bytes())
    conn = sqlite3.connect(damaged)
    conn.execute("UPDATE notes SET zone_id = 'gone' WHERE id = '2'")  # foreign keys are off here
    conn.commit()
    conn.close()
    before = damaged.read_bytes()
    proc = reslab("check", damaged)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "notes" in proc.stderr  # the reason

    repaired = work / "repaired.reslab"
    proc = reslab("check", "--repair", damaged, "-o", repaired)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    assert damaged.read_bytes() == before
    assert reslab("check", repaired).returncode == 0
    notes = {n["id"]: n for n in json.loads(reslab("export", repaired).stdout)["boards"][0]["notes"]}
    assert notes["2"]["zone"] is None and notes["note-α"]["zone"] == "z1"


# -- help, demo ----------------------------------------------------------------------------------
def test_help_on_every_command() -> None:
    from reslab_desktop.cli import build_parser

    _parser, commands = build_parser()
    assert {"demo", "import", "export", "check", "render", "results", "export-pdf"} <= commands
    top = reslab("--help")
    assert top.returncode == 0 and "usage: reslab" in top.stdout
    for command in sorted(commands):
        assert command in top.stdout
        proc = in_process(command, "--help")
        assert proc.returncode == 0 and proc.stdout.startswith(f"usage: reslab {command}"), command


def test_demo_no_gui_to_a_file_and_to_the_documents_folder(work: Path) -> None:
    target = work / "mi demo.reslab"
    proc = reslab("demo", target, "--no-gui")
    assert proc.returncode == 0 and target.exists(), proc.stderr
    assert reslab("check", target).returncode == 0
    assert_user_error(reslab("demo", target, "--no-gui"))  # never replaced without --overwrite

    home = work / "home"
    env = os.environ | {"HOME": str(home), "XDG_DOCUMENTS_DIR": str(home / "Docs")}
    proc = reslab("demo", "--no-gui", env=env)
    assert proc.returncode == 0, proc.stderr
    written = list(home.rglob("*.reslab"))
    assert len(written) == 1 and str(written[0]) in proc.stderr


# -- issue 4: render ---------------------------------------------------------------------------
def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_render_width_colors_and_errors(files: dict[str, Path], work: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    out = work / "b1.png"
    proc = reslab("render", files["core"], "--board", "b1", "-o", out, "--width", 640)
    assert proc.returncode == 0, proc.stderr
    assert _png_size(out)[0] == 640
    image = QImage(str(out))
    seen = {image.pixelColor(x, y).name() for x in range(0, 640, 2) for y in range(0, image.height(), 2)}
    # every note color typed in the document shows on the board (notes are opaque)
    for note in fixture("core")["boards"][0]["notes"]:
        assert QColor(note["color"]).name() in seen, note["color"]

    empty = work / "empty.png"
    assert reslab("render", files["core"], "--board", "b-empty", "-o", empty, "--width", 300).returncode == 0
    assert _png_size(empty)[0] == 300

    tiny = work / "tiny.png"  # notes of 3 × 4 units, smaller than their own padding
    # headless even where DISPLAY names no reachable display (ssh, CI): no Qt abort
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": ":99"}
    proc = reslab("render", files["sparse"], "--board", "only", "-o", tiny, env=env)
    assert proc.returncode == 0 and tiny.exists(), proc.stderr

    missing = work / "missing.png"
    assert_user_error(reslab("render", files["core"], "--board", "nope", "-o", missing), missing, message="nope")
    assert_user_error(reslab("render", files["minimal"], "--board", "b1", "-o", missing), missing)
    assert_user_error(reslab("render", files["core"], "--board", "b1", "-o", work / "a-folder.png" / "x.png"))


# -- issue 5: results ------------------------------------------------------------------------------
def expected_results(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The ranking worked out from the document by hand: competition ranking of the
    candidates (all notes of the board when absent), ballots + paper counts, ties kept in
    candidate order; hidden rounds that are still open show nothing."""
    board_notes = {b["id"]: b["notes"] for b in doc["boards"]}
    texts = {n["id"]: n["text"] for notes in board_notes.values() for n in notes}
    out = []
    for rnd in doc["votes"]:
        item: dict[str, Any] = {"round": rnd["id"], "question": rnd["question"], "status": rnd["status"]}
        if rnd["hidden_until_reveal"] and rnd["status"] == "open":
            item["ranking"] = []
            out.append(item)
            continue
        candidates = rnd.get("candidates", [n["id"] for n in board_notes[rnd["board"]]])
        dots: dict[str, int] = defaultdict(int)
        for row in rnd["ballots"] + rnd["paper_tally"]:
            dots[row["note"]] += row["dots"]
        order = sorted(candidates, key=lambda n: (-dots[n], candidates.index(n)))
        item["ranking"] = [
            {"note": n, "text": texts[n], "dots": dots[n],
             "rank": 1 + sum(1 for m in candidates if dots[m] > dots[n]),
             "tied": sum(1 for m in candidates if dots[m] == dots[n]) > 1}
            for n in order
        ]
        out.append(item)
    return out


def test_results_json_matches_the_hand_worked_ranking(files: dict[str, Path]) -> None:
    proc = reslab("results", files["votes"], "--json")
    assert proc.returncode == 0 and proc.stderr == ""
    got = json.loads(proc.stdout)
    want = expected_results(fixture("votes"))
    assert [r["round"] for r in got] == [r["round"] for r in want]
    for g, w in zip(got, want, strict=True):
        assert list(g)[:4] == ["round", "question", "status", "ranking"]
        assert {k: g[k] for k in w} == w, g["round"]
        for row in g["ranking"]:
            assert list(row) == ["note", "text", "dots", "rank", "tied"]
    hidden = next(g for g in got if g["round"] == "r-hidden-open")
    assert "dots" not in json.dumps(hidden)
    # the by-hand figures of the main round, spelled out
    closed = {r["note"]: (r["dots"], r["rank"], r["tied"]) for r in got[0]["ranking"]}
    assert closed == {"v1": (3, 1, True), "v2": (3, 1, True), "v3": (2, 3, False), "v4": (1, 4, False),
                      "v5": (0, 5, True), "v6": (0, 5, True)}

    one = json.loads(reslab("results", files["votes"], "--round", "r-paper", "--json").stdout)
    assert one == [w for w in want if w["round"] == "r-paper"]
    assert_user_error(reslab("results", files["votes"], "--round", "nope"), message="nope")
    empty = reslab("results", files["core"], "--json")
    assert empty.returncode == 0 and json.loads(empty.stdout) == []


def test_results_table_hides_counts_of_open_hidden_rounds(files: dict[str, Path]) -> None:
    proc = reslab("results", files["votes"], "--round", "r-hidden-open")
    assert proc.returncode == 0
    body = proc.stdout.split("\n", 1)[1]
    assert not any(ch.isdigit() for ch in body), proc.stdout


# -- issue 6: export-pdf -------------------------------------------------------------------------
def _pdf(file: Path, out: Path, *options: Any) -> subprocess.CompletedProcess[str]:
    return reslab("export-pdf", file, "-o", out, *options)


def _assert_pdf(path: Path, size: str) -> None:
    w, h = PAGE_POINTS[size]
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        got = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert got == sorted((w, h)), (size, got)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(r[-5] == "yes" for r in rows), fonts  # every font embedded


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


# The bundled fonts (DejaVu Sans, Symbola for emoji and symbols) have no CJK glyphs.
OUTSIDE_FONT = ("日本語",)


@pytest.mark.parametrize(("name", "size", "options"), [
    ("core", "letter", ("--kind", "report", "--lang", "es")),
    ("core", "a4", ("--kind", "worksheets", "--template", "empathy_map")),
    ("votes", "legal", ("--kind", "sign-in")),
    ("votes", "a3", ("--kind", "tally", "--round", "r-paper")),
    ("core", "tabloid", ("--kind", "poster", "--board", "b1", "--tiles", "3x3")),
    ("core", "a4", ("--kind", "poster", "--board", "b-empty", "--tiles", "2x2")),
    ("core", "letter", ("--kind", "poster", "--board", "b-zones")),
    ("minimal", "a4", ("--kind", "report", "--lang", "en")),
    ("lab", "a3", ("--kind", "report",)),
    ("minimal", "letter", ("--kind", "worksheets",)),
])
def test_export_pdf_kinds_and_page_sizes(name: str, size: str, options: tuple[str, ...],
                                         files: dict[str, Path], work: Path) -> None:
    out = work / f"{name}-{size}-{options[1]}.pdf"
    proc = in_process("export-pdf", files[name], "-o", out, "--page-size", size, *options)
    assert proc.returncode == 0, proc.stderr
    _assert_pdf(out, size)
    kind, text, doc = options[1], _text(out), fixture(name)
    if kind == "poster":
        tiles = int(options[options.index("--tiles") + 1][0]) if "--tiles" in options else 2
        assert len(PdfReader(str(out)).pages) == tiles * tiles
    elif kind == "tally":
        rnd = next(r for r in doc["votes"] if r["id"] == options[-1])
        notes = {n["id"]: n["text"] for n in doc["boards"][0]["notes"]}
        for nid, note in notes.items():
            assert (note.replace(" ", "") in text) == (nid in rnd["candidates"]), note
    elif kind == "sign-in":
        for person in doc["participants"]:
            assert person["name"] in text


def test_report_has_every_note_text_and_the_right_language(files: dict[str, Path], work: Path) -> None:
    es, en = work / "report-es.pdf", work / "report-en.pdf"
    assert _pdf(files["core"], es, "--lang", "es").returncode == 0
    assert _pdf(files["core"], en).returncode == 0  # the workshop's own language: en
    _assert_pdf(es, "letter")  # Letter is the default (Mexico)
    es_text, en_text = _text(es), _text(en)
    doc = fixture("core")
    for note in doc["boards"][0]["notes"]:
        text = note["text"]
        for glyphless in OUTSIDE_FONT:
            text = text.replace(glyphless, "")
        assert "".join(text.split()) in en_text, note["text"]
    for who in doc["workshop"]["facilitators"] + [p["name"] for p in doc["participants"]]:
        assert "".join(who.split()) in en_text
    assert "Página" in es_text and "Page" in en_text
    for board in doc["boards"]:
        assert "".join(board["title"].split()) in en_text  # even the board with no notes

    votes = work / "report-votes.pdf"
    assert _pdf(files["votes"], votes).returncode == 0
    text = _text(votes)
    for rnd in fixture("votes")["votes"]:
        if rnd["status"] != "draft":  # a draft has no results to report
            assert "".join(rnd["question"].split()) in text


def test_lab_sections_are_in_the_report(files: dict[str, Path], work: Path) -> None:
    out = work / "report-lab.pdf"
    assert _pdf(files["lab"], out, "--lang", "en").returncode == 0
    text = _text(out)
    doc = fixture("lab")
    for item in doc["initiatives"] + doc["action_plans"] + doc["decisions"]["log"]:
        label = item.get("title") or item["text"]
        assert "".join(label.split()) in text, label


def test_export_pdf_errors_leave_no_file(files: dict[str, Path], work: Path) -> None:
    out = work / "never.pdf"
    for args in (
        (files["core"], "--kind", "poster", "--board", "nope"),
        (files["core"], "--kind", "poster"),
        (files["votes"], "--kind", "tally", "--round", "nope"),
        (files["votes"], "--kind", "tally"),
        (files["core"], "--kind", "worksheets", "--template", "nope"),
        (work / "missing.reslab",),
        (FIXTURES / "core.json",),
    ):
        assert_user_error(in_process("export-pdf", args[0], "-o", out, *args[1:]), out)
    assert_user_error(reslab("export-pdf", files["core"], "-o", work / "a-folder.pdf" / "x.pdf"))
    assert_user_error(reslab("export-pdf", files["core"], "-o", out, "--kind", "poster", "--board", "nope"), out)
    # argparse refuses unknown choices with exit 2 too
    proc = reslab("export-pdf", files["core"], "-o", out, "--page-size", "b5")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and not out.exists()
