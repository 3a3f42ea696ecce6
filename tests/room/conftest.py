from __future__ import annotations

import pytest

from reslab_desktop.room import RoomServer
from reslab_desktop.storage import Store
from tests.room.helpers import Workshop, make_workshop, split_url


@pytest.fixture
def workshop(tmp_path) -> Workshop:
    return make_workshop(tmp_path / "taller.reslab")


@pytest.fixture
def room(workshop):
    """A real server on 127.0.0.1, an ephemeral port; yields (server, base URL, code)."""
    store = Store.open(workshop.path)
    server = RoomServer(store, host="127.0.0.1", port=0)
    url = server.start()
    base, code = split_url(url)
    try:
        yield server, base, code
    finally:
        server.stop()
        store.close()


# -- notes: a main window of the app (tests of notes landing in its scene)
from tests.room.notes_app import app_window  # noqa: E402, F401
