"""The hand-written outside documents open in the app: every page and every board shows
without an error dialog (crash handler) or exception."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["core", "votes", "lab", "minimal", "sparse"])
def test_outside_document_opens_on_every_page(name: str, qapp, tmp_path: Path) -> None:
    from reslab_desktop.interchange import import_file
    from reslab_desktop.services.boards import list_boards
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.workspace import workspace

    prepare_application(qapp)
    path = tmp_path / f"{name}.reslab"
    import_file(FIXTURES / f"{name}.json", path)
    window = workspace().open_path(path)
    try:
        window.resize(1280, 800)
        window.show()
        for key in window.page_keys():
            window.show_page(key)
            qapp.processEvents()
        for board in list_boards(window.store):
            window.open_board(board.id)
            qapp.processEvents()
            window.grab()
    finally:
        window.close()
