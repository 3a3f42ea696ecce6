"""Promise 3 in the app: a backup when a workshop opens, and File ▸ Restore from Backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslab_desktop.services import people
from reslab_desktop.storage import Store
from reslab_desktop.storage.backups import list_backups
from reslab_desktop.ui.backups_ui import BACKUPS


@pytest.fixture
def workspace_app(qapp):
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.workspace import workspace

    prepare_application(qapp)
    yield workspace()
    for window in list(workspace().windows):
        window.close()


def test_open_takes_a_backup_and_restore_puts_it_back(workspace_app, tmp_path: Path, qtbot):
    from reslab_desktop.ui.backups_ui import restore_into

    path = tmp_path / "respaldo.reslab"
    with Store.create(path, "Taller") as store:
        people.add_organization(store, "antes de abrir")
    window = workspace_app.open_path(path)
    assert "file.restore_backup" in window.actions_by_id
    schedule = window.features.require(BACKUPS)
    qtbot.waitUntil(lambda: schedule.last_backup is not None or schedule.last_error is not None)
    assert schedule.last_error is None
    assert len(list_backups(path)) == 1
    first = list_backups(path)[0]

    people.add_organization(window.store, "un error")
    reopened = restore_into(window, first.path)
    assert reopened is not None and reopened is not window
    assert [o.name for o in people.list_organizations(reopened.store)] == ["antes de abrir"]
    kept = [b for b in list_backups(path) if b.before_restore]
    assert len(kept) == 1
    with Store.open(kept[0].path, read_only=True) as before:
        assert [o.name for o in people.list_organizations(before)] == ["antes de abrir", "un error"]
