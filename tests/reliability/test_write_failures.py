"""Promise 5: disk full, permission lost, file removed while open.

The failed action is rolled back, the user gets a one-line ``StorageError``, and the session
goes on in memory (``store.detached``) until ``save_copy`` puts it in a new file. Real
failures only: a file-size limit (what a full disk returns), a file removed or moved, a
folder made read-only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reslab_desktop.errors import ReslabError
from reslab_desktop.interchange import export_json
from reslab_desktop.services import boards, people
from reslab_desktop.storage import StorageError, Store

WORKER = Path(__file__).with_name("workers.py")


def _names(store: Store) -> list[str]:
    return [o.name for o in people.list_organizations(store)]


def _continues_in_memory_then_saves(store: Store, tmp_path: Path, lost_path: Path) -> None:
    events: list = []
    store.events.subscribe(events.append)
    with pytest.raises(StorageError) as info:
        people.add_organization(store, "fallida")
    message = str(info.value)
    assert "\n" not in message and "continues in memory" in message and "Save a copy" in message
    assert store.detached
    assert events == []  # nothing was announced for the failed action
    assert _names(store) == ["primera"]  # rolled back, earlier work kept
    people.add_organization(store, "en memoria")
    boards.create_board(store, 2, "Actores")
    assert _names(store) == ["primera", "en memoria"]
    assert '"en memoria"' in export_json(store)  # bulk readers see the memory copy too

    rescued = tmp_path / "rescate" / "taller.reslab"
    rescued.parent.mkdir()
    store.save_copy(rescued)
    assert not store.detached and store.path == rescued
    people.add_organization(store, "después")
    store.close()
    with Store.open(rescued, read_only=True) as again:
        assert _names(again) == ["primera", "en memoria", "después"]
        assert [b.title for b in boards.list_boards(again)] == ["Actores"]
    assert not lost_path.exists() or "en memoria" not in lost_path.read_bytes().decode("latin-1")


@pytest.fixture
def open_store(tmp_path: Path):
    path = tmp_path / "usb" / "taller.reslab"
    path.parent.mkdir()
    store = Store.create(path, "Taller")
    people.add_organization(store, "primera")
    yield store
    store.close()


def test_file_removed_while_open(open_store, tmp_path):
    path = open_store.path
    path.unlink()
    _continues_in_memory_then_saves(open_store, tmp_path, path)
    assert not path.exists()  # nothing recreated an empty file behind the user's back


def test_file_moved_while_open(open_store, tmp_path):
    path = open_store.path
    path.rename(path.with_name("renombrado.reslab"))
    _continues_in_memory_then_saves(open_store, tmp_path, path)
    with Store.open(path.with_name("renombrado.reslab"), read_only=True) as moved:
        assert _names(moved) == ["primera"]


def test_folder_removed_while_open(open_store, tmp_path):
    path = open_store.path
    path.unlink()
    path.parent.rmdir()
    _continues_in_memory_then_saves(open_store, tmp_path, path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_folder_made_read_only_while_open(open_store, tmp_path):
    folder = open_store.path.parent
    folder.chmod(0o555)
    try:
        _continues_in_memory_then_saves(open_store, tmp_path, open_store.path)
    finally:
        folder.chmod(0o755)


def test_save_copy_to_a_bad_place_keeps_the_session_in_memory(open_store, tmp_path):
    path = open_store.path
    path.unlink()
    with pytest.raises(StorageError):
        people.add_organization(open_store, "fallida")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ReslabError):
        open_store.save_copy(blocker / "taller.reslab")
    with pytest.raises(ReslabError, match="already exists"):
        open_store.save_copy(blocker)
    assert open_store.detached and _names(open_store) == ["primera"]
    open_store.save_copy(tmp_path / "ok.reslab")
    assert not open_store.detached


def test_disk_full(tmp_path):
    """A file-size limit makes the file's growth fail with EFBIG, as a full disk does."""
    path = tmp_path / "taller.reslab"
    Store.create(path, "Taller").close()
    result = subprocess.run([sys.executable, str(WORKER), "disk-full", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "disk is full" in report["error"] and "continues in memory" in report["error"]
    assert report["added_before_failure"] > 0
    assert report["detached"] and not report["failed_action_present"]
    added = report["added_before_failure"]
    expected = ["o-before"] + [f"o{i}" for i in range(added)] + ["o-after"]
    assert report["ids_in_memory"] == expected
    assert report["path_after_save"].endswith("rescued.reslab") and not report["detached_after_save"]
    # The full file holds everything committed before the failure, and is sound.
    with Store.open(path, read_only=True) as full:
        assert [o.id for o in people.list_organizations(full)] == expected[:-1]
    with Store.open(tmp_path / "rescued.reslab", read_only=True) as rescued:
        assert [o.id for o in people.list_organizations(rescued)] == expected + ["o-in-copy"]
