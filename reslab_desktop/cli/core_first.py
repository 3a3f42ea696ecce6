"""Import the Qt-free core before PySide6 when the app starts.

Once PySide6 is imported, every later import goes through its ``__feature__`` hook, which reads
the module's whole source file (``inspect.getsource``) to look for ``from __feature__ import``.
SQLAlchemy alone is about 250 modules: imported after PySide6 it costs a cold start ~150 ms more
than imported before (measured on this project's 2-core machine). So the GUI start imports what
its first window reads with (SQLAlchemy, the model, the storage layer and the services of the
lab overview) first; ``tests/test_start_path.py`` fails when a start imports one of them later.
"""

from __future__ import annotations

import importlib

FIRST_WINDOW_CORE = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "reslab_desktop.storage",
    "reslab_desktop.storage.backups",
    "reslab_desktop.storage.operations",
    "reslab_desktop.storage.content",  # every row of an opened file is checked against the rules
    "reslab_desktop.model",
    "reslab_desktop.rules.palette",
    "reslab_desktop.services.workshop",
    "reslab_desktop.services.people",
    "reslab_desktop.services.boards",
    "reslab_desktop.services.lab.phases",
    "reslab_desktop.services.lab.resources",
    "reslab_desktop.services.lab.decisions",
    "reslab_desktop.services.lab.initiatives",
    "reslab_desktop.services.lab.carry",
    "reslab_desktop.services.history",
    "reslab_desktop.services.board_model",
    "reslab_desktop.display",  # asked before the QApplication is made
)


def import_core_first() -> None:
    for name in FIRST_WINDOW_CORE:
        importlib.import_module(name)
