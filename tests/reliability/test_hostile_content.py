"""Issue 19, cases 1-4 and 7: valid SQLite with hostile content never erases, rigs or freezes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reslab_desktop.errors import DamagedFileError, WorkshopFileError
from reslab_desktop.interchange import export_json
from reslab_desktop.storage import Store
from reslab_desktop.storage.integrity import check_file
from reslab_desktop.storage.repair import repair
from tests.reliability.hostile import (
    HOSTILE_CONTENT,
    foreign_wal,
    planted_generated_column,
    sound_workshop,
)

REPO = Path(__file__).resolve().parents[2]
RULE_BREAKERS = ["note text stored as a BLOB", "phase 99", "facilitators not a JSON list", "w = 'abc'",
                 "x = +Inf", "color with a newline", "unknown sector"]


def reslab(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "reslab_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, env=env, timeout=timeout)


def _folder(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("name", sorted(HOSTILE_CONTENT))
def test_check_reports_and_open_refuses_and_nothing_changes(name, tmp_path):
    path = HOSTILE_CONTENT[name](tmp_path / "w.reslab")
    before = _folder(tmp_path)
    report = check_file(path)
    assert not report.ok, name
    assert all("\n" not in p for p in report.problems)
    with pytest.raises(WorkshopFileError) as info:
        Store.open(path, read_only=True)
    assert "\n" not in str(info.value)
    assert _folder(tmp_path) == before  # no -wal, -shm or journal left, nothing rewritten


@pytest.mark.parametrize("name", RULE_BREAKERS)
def test_check_names_the_row_and_repair_mends_or_drops_it(name, tmp_path):
    path = HOSTILE_CONTENT[name](tmp_path / "w.reslab")
    result = reslab("check", path)
    assert result.returncode == 1 and "breaks a rule" in result.stderr and "row" in result.stderr, result.stderr
    fixed = tmp_path / "fixed.reslab"
    result = reslab("check", path, "--repair", "-o", fixed)
    assert "Traceback" not in result.stderr
    assert check_file(fixed).ok, check_file(fixed).problems
    with Store.open(fixed, read_only=True) as store:
        text = export_json(store)
    assert "Infinity" not in text and "NaN" not in text
    assert reslab("import", tmp_path / "x.json", "-o", tmp_path / "y.reslab").returncode == 2  # (no file)
    (tmp_path / "x.json").write_text(text, "utf-8")
    assert reslab("import", tmp_path / "x.json", "-o", tmp_path / "y.reslab").returncode == 0


def test_the_trigger_named_sqlitex_never_erases_notes(tmp_path):
    path = HOSTILE_CONTENT["trigger named sqlitex_"](tmp_path / "w.reslab")
    result = reslab("check", path)
    assert result.returncode == 1 and "unexpected trigger 'sqlitex_wipe'" in result.stderr
    with pytest.raises(DamagedFileError):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 300
    conn.close()


def test_a_foreign_wal_is_never_applied(tmp_path):
    path = foreign_wal(tmp_path / "w.reslab")
    result = reslab("check", path)
    assert result.returncode == 1 and "w.reslab-wal" in result.stderr, result.stderr
    fixed = tmp_path / "fixed.reslab"
    result = reslab("check", path, "--repair", "-o", fixed)
    assert "-wal beside the file was ignored" in result.stderr, result.stderr
    with Store.open(fixed, read_only=True) as store:
        assert "INJECTED" not in export_json(store)


def test_a_foreign_journal_is_named_and_repair_recovers_every_note(tmp_path):
    path = sound_workshop(tmp_path / "w.reslab", notes=264)
    other = sound_workshop(tmp_path / "other.reslab", notes=50)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE notes SET text = 'x'")
    conn.execute("PRAGMA cache_size=1")
    conn.execute("DELETE FROM notes")
    # Keep the other file's hot journal, as a crash mid-commit would leave it.
    shutil.copyfile(tmp_path / "other.reslab-journal", tmp_path / "w.reslab-journal")
    conn.execute("ROLLBACK")
    conn.close()
    result = reslab("check", path)
    assert result.returncode == 1 and "w.reslab-journal beside it does not belong" in result.stderr, result.stderr
    fixed = tmp_path / "fixed.reslab"
    result = reslab("check", path, "--repair", "-o", fixed)
    assert "264 notes" in result.stdout, (result.stdout, result.stderr)
    assert "journal beside the file does not belong" in result.stderr


def test_a_slow_generated_column_is_refused_before_it_is_evaluated(tmp_path):
    path = planted_generated_column(tmp_path / "w.reslab")
    for command in (("check", path), ("export", path), ("check", path, "--repair", "-o", tmp_path / "f.reslab")):
        result = reslab(*command, timeout=60)  # on main: > 120 s at 99 % CPU
        assert "Traceback" not in result.stderr and result.returncode in (0, 1, 2), result.stderr
    assert "unexpected" in reslab("check", path, timeout=60).stderr or "altered" in reslab("check", path).stderr


def test_a_fifo_as_input_is_refused_in_one_line(tmp_path):
    fifo = tmp_path / "w.reslab"
    os.mkfifo(fifo)
    for command in ("check", "export"):
        result = reslab(command, fifo, timeout=60)  # on main: blocks for ever
        assert result.returncode == 2 and result.stderr.count("\n") == 1 and "pipe (FIFO)" in result.stderr


def test_read_only_commands_leave_no_side_files(tmp_path):
    path = HOSTILE_CONTENT["header in WAL mode"](tmp_path / "w.reslab")
    reslab("export", path)
    reslab("check", path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.reslab"]


def test_repair_counts_lost_rows_not_rowid_slots(tmp_path):
    path = sound_workshop(tmp_path / "w.reslab", notes=264)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:  # the notes table's root (an interior page) is destroyed
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    result = repair(path, tmp_path / "fixed.reslab")
    assert result.lost.get("notes", 0) <= 264
