"""The command line as a user runs it: ``python -m reslab_desktop …`` in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reslab_desktop import __version__
from reslab_desktop.cli import build_parser
from reslab_desktop.resources import resource
from reslab_desktop.storage.migrations import LATEST_VERSION

REPO = Path(__file__).resolve().parents[2]
DOC = {
    "format": "reslab-workshop", "version": 1,
    "workshop": {"title": "Taller de Chiapas", "facilitators": ["Ana"]},
    "boards": [{"id": "b1", "phase": 1, "title": "Problemas",
                "notes": [{"id": "n1", "text": "agua <b>&amp;</b> 🌽", "color": "#FFD966",
                           "x": 1, "y": 2, "w": 100, "h": 60}]}],
}


def reslab(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "reslab_desktop", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd or REPO, env=env, timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reslab: error: ")
    return lines[0]


@pytest.fixture
def workshop_json(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def workshop(tmp_path: Path, workshop_json: Path) -> Path:
    out = tmp_path / "taller.reslab"
    assert reslab("import", workshop_json, "-o", out).returncode == 0
    return out


def test_version():
    result = reslab("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"reslab {__version__}"


def test_help_lists_every_command():
    result = reslab("--help")
    assert result.returncode == 0
    _, commands = build_parser()
    for command in commands:
        assert command in result.stdout


@pytest.mark.parametrize("command", sorted(build_parser()[1]))
def test_each_command_has_help(command):
    result = reslab(command, "--help")
    assert result.returncode == 0, result.stderr
    assert f"usage: reslab {command}" in result.stdout
    assert result.stderr == ""


def test_import_export_check(tmp_path, workshop):
    check = reslab("check", workshop)
    assert check.returncode == 0
    assert "ok (format" in check.stdout and "1 boards, 1 notes" in check.stdout
    exported = reslab("export", workshop, "-o", tmp_path / "out.json")
    assert exported.returncode == 0 and exported.stdout == ""
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["boards"][0]["notes"][0]["text"] == "agua <b>&amp;</b> 🌽"
    stdout = reslab("export", workshop)
    assert stdout.stdout == (tmp_path / "out.json").read_text(encoding="utf-8")


def test_import_refuses_to_overwrite_unless_asked(workshop_json, workshop):
    before = workshop.read_bytes()
    line = assert_one_line_error(reslab("import", workshop_json, "-o", workshop))
    assert "already exists" in line
    assert workshop.read_bytes() == before
    assert reslab("import", workshop_json, "-o", workshop, "--overwrite").returncode == 0


def test_import_fills_an_existing_empty_file(workshop_json, tmp_path):
    """A path made by ``tempfile``/``touch`` holds no work: import writes the workshop there."""
    target = tmp_path / "made-by-tempfile.reslab"
    target.touch()
    assert reslab("import", workshop_json, "-o", target).returncode == 0
    assert reslab("check", target).returncode == 0


@pytest.mark.parametrize("command", ["export", "check"])
def test_missing_file(command, tmp_path):
    line = assert_one_line_error(reslab(command, tmp_path / "nada.reslab"))
    assert "no such file" in line


def test_import_missing_file(tmp_path):
    line = assert_one_line_error(reslab("import", tmp_path / "nada.json", "-o", tmp_path / "o.reslab"))
    assert "no such file" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["export", "check"])
def test_not_a_workshop(command, workshop_json):
    line = assert_one_line_error(reslab(command, workshop_json))
    assert "not a workshop file" in line


def test_import_of_a_workshop_file_instead_of_json(tmp_path, workshop):
    line = assert_one_line_error(reslab("import", workshop, "-o", tmp_path / "o.reslab"))
    assert "not a JSON document" in line
    assert not (tmp_path / "o.reslab").exists()


def test_bad_json(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "reslab-workshop", "version": 1,', encoding="utf-8")
    line = assert_one_line_error(reslab("import", bad, "-o", tmp_path / "o.reslab"))
    assert "bad.json: not valid JSON" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_newer_json_version(tmp_path):
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(dict(DOC, version=99)), encoding="utf-8")
    line = assert_one_line_error(reslab("import", newer, "-o", tmp_path / "o.reslab"))
    assert "version: format version 99 is newer" in line
    assert not (tmp_path / "o.reslab").exists()


@pytest.mark.parametrize("command", ["export", "check"])
def test_newer_workshop_file(command, workshop):
    conn = sqlite3.connect(workshop)
    conn.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    conn.close()
    before = workshop.read_bytes()
    line = assert_one_line_error(reslab(command, workshop))
    assert "newer version of Resiliency Lab" in line
    assert workshop.read_bytes() == before


def test_check_damaged_exits_1_with_the_reason(workshop):
    conn = sqlite3.connect(workshop)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM notes; END")
    conn.commit()
    conn.close()
    before = workshop.read_bytes()
    result = reslab("check", workshop)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "unexpected trigger 'evil'" in result.stderr
    assert workshop.read_bytes() == before
    assert_one_line_error(reslab("export", workshop))


def test_unwritable_output(tmp_path, workshop, workshop_json):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    line = assert_one_line_error(reslab("export", workshop, "-o", blocker / "out.json"))
    assert "does not exist" in line
    line = assert_one_line_error(reslab("import", workshop_json, "-o", blocker / "o.reslab"))
    assert "does not exist" in line


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_output_folder_without_permission(tmp_path, workshop):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        line = assert_one_line_error(reslab("export", workshop, "-o", locked / "out.json"))
        assert "cannot write here" in line
    finally:
        locked.chmod(0o755)


def test_unknown_option_is_a_one_line_usage_error(tmp_path, workshop):
    line = assert_one_line_error(reslab("export", workshop, "--frobnicate"))
    assert "--frobnicate" in line and "--help" in line


def test_missing_arguments_are_a_one_line_usage_error():
    line = assert_one_line_error(reslab("import"))
    assert "required" in line


def test_a_bad_choice_is_one_line_naming_the_choices(workshop, tmp_path):
    line = assert_one_line_error(reslab("export-pdf", workshop, "-o", tmp_path / "x.pdf", "--kind", "bogus"))
    assert "'bogus'" in line and "'report'" in line
    assert not (tmp_path / "x.pdf").exists()


def test_a_mistyped_command_is_not_opened_as_a_file(tmp_path):
    line = assert_one_line_error(reslab("exprot", "taller.reslab", cwd=tmp_path))
    assert "neither a command" in line and "export" in line


def test_opening_a_missing_workshop_says_so_before_any_window(tmp_path):
    line = assert_one_line_error(reslab(tmp_path / "nada.reslab"))
    assert "nada.reslab: no such file" in line


def test_debug_shows_the_traceback(tmp_path):
    result = reslab("--debug", "check", tmp_path / "nada.reslab")
    assert result.returncode != 0
    assert "Traceback" in result.stderr


@pytest.mark.skipif(not resource("demo", "demo-workshop.json").exists(), reason="demo not written yet")
def test_demo_no_gui(tmp_path):
    target = tmp_path / "demo.reslab"
    result = reslab("demo", "--no-gui", target)
    assert result.returncode == 0, result.stderr
    assert "demo workshop written" in result.stderr
    assert reslab("check", target).returncode == 0
    line = assert_one_line_error(reslab("demo", "--no-gui", target))
    assert "already exists" in line
    assert reslab("demo", "--no-gui", "--overwrite", target).returncode == 0
