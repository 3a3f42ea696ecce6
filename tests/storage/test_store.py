"""Creating and opening workshop files: identity, journal, pragmas, versions, read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reslab_desktop.errors import NewerFileError, ReadOnlyError, WorkshopFileError
from reslab_desktop.services import boards, people
from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.storage import Store
from reslab_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS
from reslab_desktop.storage.probe import APPLICATION_ID


def _side_files(path: Path) -> list[str]:
    """Anything SQLite may leave beside the database (journal, WAL, shared memory)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


def _header_int(path: Path, offset: int) -> int:
    return int.from_bytes(path.read_bytes()[offset : offset + 4], "big")


def _raw_file(path: Path, version: int, application_id: int = APPLICATION_ID) -> Path:
    """A file built with the frozen statements of migrations 1..version (as an older app did)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id={application_id}")
    for migration in MIGRATIONS:
        if migration.version > version:
            break
        for statement in migration.statements:
            conn.execute(statement)
    conn.execute("INSERT INTO workshop (id, title) VALUES (1, 'Taller antiguo')")
    conn.execute(f"PRAGMA user_version={version}")
    conn.close()
    return path


def test_create_writes_identity_and_title(tmp_path):
    path = tmp_path / "t.reslab"
    with Store.create(path, "Taller de Oaxaca", "es") as store:
        assert get_workshop(store).title == "Taller de Oaxaca"
    assert _header_int(path, 68) == APPLICATION_ID
    assert _header_int(path, 60) == LATEST_VERSION
    assert _side_files(path) == []


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "t.reslab"
    path.write_bytes(b"precious")
    with pytest.raises(WorkshopFileError, match="already exists"):
        Store.create(path, "x")
    assert path.read_bytes() == b"precious"


def test_journal_mode_delete_and_no_side_files_after_each_action(store):
    path = store.path
    conn = store.raw_connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    conn.close()
    bid = boards.create_board(store, 1, "Problemas")
    assert _side_files(path) == []
    oid = people.add_organization(store, "Colectivo")
    assert _side_files(path) == []
    people.add_participant(store, "Ana", oid)
    boards.rename_board(store, bid, "Problemas del barrio")
    assert _side_files(path) == []
    store.close()
    assert _side_files(path) == []
    # The file alone, copied while "open", holds everything committed.
    copy = path.parent / "copy.reslab"
    copy.write_bytes(path.read_bytes())
    with Store.open(copy, read_only=True) as again:
        assert [b.title for b in boards.list_boards(again)] == ["Problemas del barrio"]


def test_foreign_keys_are_enforced_in_orm_sessions(store):
    with store.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_open_reads_what_was_written(tmp_path):
    path = tmp_path / "t.reslab"
    with Store.create(path, "Taller") as store:
        people.add_organization(store, "Red de Mujeres", "community")
    with Store.open(path) as store:
        assert [o.name for o in people.list_organizations(store)] == ["Red de Mujeres"]


def test_newer_version_is_refused_and_bytes_unchanged(tmp_path):
    path = _raw_file(tmp_path / "new.reslab", LATEST_VERSION)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerFileError) as info:
        Store.open(path)
    message = str(info.value)
    assert "newer version" in message and "\n" not in message
    assert f"file format {LATEST_VERSION + 1}" in message
    assert path.read_bytes() == before
    assert _side_files(path) == []


def test_another_applications_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError, match="another application"):
        Store.open(path)
    assert path.read_bytes() == before


@pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a second migration to upgrade to")
def test_older_file_is_migrated_after_a_copy_is_kept(tmp_path):
    path = _raw_file(tmp_path / "old.reslab", 1)
    original = path.read_bytes()
    with Store.open(path) as store:
        assert get_workshop(store).title == "Taller antiguo"
    assert _header_int(path, 60) == LATEST_VERSION
    copies = [p for p in tmp_path.iterdir() if p.name.startswith(f"old.before-v{LATEST_VERSION}-")]
    assert len(copies) == 1
    assert copies[0].read_bytes() == original
    assert _side_files(path) == []


@pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a second migration to upgrade to")
def test_older_file_opened_read_only_is_not_migrated(tmp_path):
    path = _raw_file(tmp_path / "old.reslab", 1)
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError, match="upgrade"):
        Store.open(path, read_only=True)
    assert path.read_bytes() == before


def test_current_version_raw_file_opens_without_copy(tmp_path):
    path = _raw_file(tmp_path / "cur.reslab", LATEST_VERSION)
    with Store.open(path) as store:
        assert get_workshop(store).title == "Taller antiguo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cur.reslab"]


def test_read_only_open_refuses_writes_and_leaves_bytes(tmp_path):
    path = tmp_path / "t.reslab"
    Store.create(path, "Taller").close()
    before = path.read_bytes()
    with Store.open(path, read_only=True) as store:
        assert store.read_only
        with pytest.raises(ReadOnlyError, match="read-only"):
            boards.create_board(store, 1, "No")
        # Even a raw connection cannot write.
        conn = store.raw_connection()
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("INSERT INTO boards (id, seq, phase, title) VALUES ('b', 0, 1, 't')")
        conn.close()
        assert boards.list_boards(store) == []
    assert path.read_bytes() == before


def test_backup_to_writes_a_consistent_copy(store, tmp_path):
    boards.create_board(store, 2, "Actores")
    target = tmp_path / "copia.reslab"
    store.backup_to(target)
    with Store.open(target, read_only=True) as copy:
        assert [b.title for b in boards.list_boards(copy)] == ["Actores"]
    assert _header_int(target, 68) == APPLICATION_ID
