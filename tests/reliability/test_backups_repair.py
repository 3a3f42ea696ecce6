"""Promise 3: rotating backups, restore, and ``reslab check --repair``."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from reslab_desktop.cli import main
from reslab_desktop.errors import ReslabError, WorkshopFileError
from reslab_desktop.services import boards, people
from reslab_desktop.storage import Store
from reslab_desktop.storage.backups import (
    BackupSchedule,
    backup_folder,
    backups_root,
    list_backups,
    make_backup,
    restore_backup,
)
from reslab_desktop.storage.integrity import check_file
from reslab_desktop.storage.repair import RESCUE_TITLE, repair
from tests.reliability.hostile import HOSTILE

T0 = datetime(2026, 11, 25, 9, 0, 0)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return [o.name for o in people.list_organizations(store)]


def test_backups_go_to_the_user_data_folder_by_default(store):
    made = make_backup(store)
    assert made.parent == backup_folder(store.path)
    assert made.parent.parent == backups_root() and made.parent.name.startswith("taller-")
    assert made.is_relative_to(os.environ["XDG_DATA_HOME"])  # platformdirs' user data folder
    assert check_file(made).ok


def test_schedule_takes_a_copy_at_start_then_only_when_due_and_changed(store, tmp_path):
    root = tmp_path / "backups"
    schedule = BackupSchedule(store, every=timedelta(minutes=10), keep=3, root=root)
    first = schedule.start(now=T0)
    assert first is not None and check_file(first).ok
    assert schedule.tick(now=T0 + timedelta(minutes=30)) is None  # nothing changed
    people.add_organization(store, "uno")
    assert schedule.tick(now=T0 + timedelta(minutes=5)) is None  # not due yet
    second = schedule.tick(now=T0 + timedelta(minutes=10))
    assert second is not None and _names(second) == ["uno"]
    assert schedule.tick(now=T0 + timedelta(minutes=40)) is None
    for minute in (50, 60, 70, 80):
        people.add_organization(store, f"org {minute}")
        assert schedule.tick(now=T0 + timedelta(minutes=minute)) is not None
    kept = list_backups(store.path, root)
    assert len(kept) == 3  # rotation keeps the newest K
    assert [b.created for b in kept] == [T0 + timedelta(minutes=m) for m in (80, 70, 60)]
    assert _names(kept[0].path) == ["uno", "org 50", "org 60", "org 70", "org 80"]
    schedule.stop()


def test_a_failing_backup_never_interrupts_the_session(store, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    schedule = BackupSchedule(store, root=blocker)
    assert schedule.start(now=T0) is None
    assert schedule.last_error and "backup folder" in schedule.last_error
    people.add_organization(store, "sigue")  # the workshop goes on


def test_detached_session_is_still_backed_up(store, tmp_path):
    root = tmp_path / "backups"
    people.add_organization(store, "antes")
    store.path.unlink()
    with pytest.raises(ReslabError):
        people.add_organization(store, "fallida")
    people.add_organization(store, "en memoria")
    made = make_backup(store, root=root, now=T0)
    assert _names(made) == ["antes", "en memoria"]


def test_restore_puts_a_backup_back_and_keeps_the_replaced_file(store, tmp_path):
    root = tmp_path / "backups"
    people.add_organization(store, "buena")
    good = make_backup(store, root=root, now=T0)
    people.add_organization(store, "error")
    path = store.path
    store.close()
    kept = restore_backup(good, path, root=root, now=T0 + timedelta(minutes=1))
    assert _names(path) == ["buena"]
    assert kept is not None and _names(kept) == ["buena", "error"]
    listed = list_backups(path, root)
    assert [b.before_restore for b in listed] == [True, False]
    # The restore is undone by restoring the kept copy.
    restore_backup(kept, path, root=root, now=T0 + timedelta(minutes=2))
    assert _names(path) == ["buena", "error"]


def test_restore_refuses_a_damaged_backup_and_leaves_the_file(store, tmp_path):
    path = store.path
    store.close()
    before = _digest(path)
    bad = HOSTILE["corrupted page"](tmp_path / "bad.reslab")
    with pytest.raises(WorkshopFileError):
        restore_backup(bad, path, root=tmp_path / "backups")
    assert _digest(path) == before


# -- repair --------------------------------------------------------------------------------
def test_repair_salvages_around_a_corrupted_page(tmp_path):
    damaged = HOSTILE["corrupted page"](tmp_path / "taller.reslab")
    before = _digest(damaged)
    report = repair(damaged)
    assert _digest(damaged) == before
    assert report.target == tmp_path / "taller.recovered.reslab"
    assert check_file(report.target).ok
    lost = report.lost["notes"]
    assert 0 < lost < 100 and report.recovered["notes"] == 300 - lost
    with Store.open(report.target, read_only=True) as store:
        content = boards.load_board(store, "b1")
        texts = [n.text for n in content.notes]
    assert len(texts) == 300 - lost and all(t.startswith("NOTE-") for t in texts)
    assert texts == sorted(texts)  # stacking order kept


@pytest.mark.parametrize("name,expect", [
    ("missing table", "table links was missing"),
    ("broken reference", f"on the board '{RESCUE_TITLE}'"),
    ("corrupted page size", "page size"),
    ("planted trigger", None),
])
def test_repair_of_other_damage(name, expect, tmp_path):
    damaged = HOSTILE[name](tmp_path / "taller.reslab")
    before = _digest(damaged)
    report = repair(damaged, tmp_path / "out.reslab")
    assert _digest(damaged) == before
    assert check_file(tmp_path / "out.reslab").ok
    assert report.recovered["notes"] == 300
    if expect:
        assert any(expect in note for note in report.notes), report.notes
    else:
        assert report.complete  # the trigger is simply not carried over


@pytest.mark.parametrize("name", ["random bytes", "another application's SQLite file", "zero-length",
                                  "newer schema version"])
def test_repair_refuses_what_is_not_ours(name, tmp_path):
    path = HOSTILE[name](tmp_path / "x.reslab")
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError):
        repair(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.reslab"]


def test_check_repair_on_the_command_line(tmp_path, capsys):
    damaged = HOSTILE["corrupted page"](tmp_path / "taller.reslab")
    before = _digest(damaged)
    out = tmp_path / "rescate.reslab"
    assert main(["check", str(damaged), "--repair", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert f"{out}: written with what could be recovered" in captured.out
    assert "lost:" in captured.err and "left unchanged" in captured.err
    assert _digest(damaged) == before and check_file(out).ok
    # Never over an existing file.
    assert main(["check", str(damaged), "--repair", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_check_repair_on_a_sound_file_writes_nothing(store, capsys):
    store.close()
    assert main(["check", str(store.path), "--repair"]) == 0
    assert "nothing to repair" in capsys.readouterr().out
    assert sorted(p.name for p in store.path.parent.iterdir()) == [store.path.name]


def test_same_named_workshops_do_not_share_backups(tmp_path):
    a, b = tmp_path / "a" / "taller.reslab", tmp_path / "b" / "taller.reslab"
    assert backup_folder(a, tmp_path) != backup_folder(b, tmp_path)
    assert backup_folder(a, tmp_path) == backup_folder(tmp_path / "a" / ".." / "a" / "taller.reslab", tmp_path)
