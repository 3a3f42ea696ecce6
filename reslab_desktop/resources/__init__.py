"""The app's bundled data (fonts, templates, schema, translations, demo, icon, phone pages).

Why it is loaded this way:

* **One declared list.** :data:`RESOURCES` names every file and folder the app opens at run
  time. :func:`resource` and :func:`read_bytes` refuse a name that is not declared, so the list
  cannot fall behind the code; the slow test ``tests/test_wheel.py`` builds the wheel and fails
  when a declared file is missing from it (and ``.ci/run`` runs the installed wheel and bundle).
* **importlib.resources, not ``__file__``.** :func:`data_files` is
  ``importlib.resources.files(__name__)``: the same call finds the data in a wheel installed in
  ``site-packages``, in an editable checkout and in the PyInstaller bundle (whose importer
  serves the bundled ``reslab_desktop/resources`` folder). JSON (templates, demo) is read as
  bytes from there.
* **A real path only where a library needs one.** Qt (fonts, icon, translator) and ReportLab
  (``TTFont``) open files by name, so :func:`resource` gives a file system path through
  ``importlib.resources.as_file``; for every way the app is installed the data are files on
  disk and that is the file itself, never a copy.
* **A missing file is a broken installation**, not the user's mistake nor a bug deep in a
  library (a ``TTFError``): :class:`~reslab_desktop.errors.InstallationError` names the file;
  the CLI prints "the installation is incomplete" and exits 3, the GUI shows a dialog.
* **Nothing is written here at run time**: the installed package may be read-only. The ``.qm``
  catalogs are built with the wheel and the bundle (``built=True`` below; see
  ``tools/translations/build_qm.py``).
"""

from __future__ import annotations

import atexit
import contextlib
from dataclasses import dataclass
from functools import cache
from importlib import resources as _importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path

from reslab_desktop.errors import InstallationError
from reslab_desktop.rules.formatting import LANGUAGES

CATALOG = "reslab"  # translations/reslab_<language>.qm


@dataclass(frozen=True)
class Resource:
    """One file (``"fonts/DejaVuSans.ttf"``) or folder (``"templates/"``: every file in it)."""

    name: str
    why: str
    #: Made by the build from a source file (the ``.qm`` from the ``.ts``), not in git.
    built: bool = False

    @property
    def is_folder(self) -> bool:
        return self.name.endswith("/")

    def covers(self, name: str) -> bool:
        return name == self.name.rstrip("/") or (self.is_folder and name.startswith(self.name))


RESOURCES: tuple[Resource, ...] = (
    Resource("fonts/", "DejaVu Sans for the UI, the boards and every PDF (Qt, ReportLab); Symbola for emoji and symbols"),
    Resource("templates/", "board templates of the six phases (rules/templates.py)"),
    Resource("schema/", "JSON Schema of workshop and template files (published, tests)"),
    Resource("demo/demo-workshop.json", "the demo workshop (reslab demo, start screen)"),
    Resource("translations/", "the .ts catalogs: the translator's by-source fallback (ui/i18n.py)"),
    *(Resource(f"translations/{CATALOG}_{language}.qm", "compiled catalog (ui/i18n.py)", built=True)
      for language in LANGUAGES),
    Resource("icons/reslab.png", "the window icon (ui/app.py)"),
    Resource("phone/", "the pages phones open in the room (room server)"),
    Resource("guide/", "the facilitator's guide, es and en HTML (ui/guide.py)"),
)


def declared(name: str) -> Resource:
    """The declaration covering ``name`` (``"fonts/DejaVuSans.ttf"``); a programming error if none."""
    for entry in RESOURCES:
        if entry.covers(name):
            return entry
    raise LookupError(f"resource {name!r} is not declared in reslab_desktop.resources.RESOURCES")


def data_files() -> Traversable:
    """This package's data, wherever the app is installed."""
    return _importlib_resources.files(__name__)


def _traversable(parts: tuple[str, ...]) -> Traversable:
    name = "/".join(parts)
    declared(name)
    found = data_files().joinpath(*parts)
    if not (found.is_file() or found.is_dir()):
        raise InstallationError(name)
    return found


_real_paths = contextlib.ExitStack()
atexit.register(_real_paths.close)


@cache
def resource(*parts: str) -> Path:
    """A real path of a declared resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``.

    Raises :class:`InstallationError` when the file is not there.
    """
    return _real_paths.enter_context(_importlib_resources.as_file(_traversable(parts)))


def read_bytes(*parts: str) -> bytes:
    """The bytes of a declared resource file (no file system path needed)."""
    return _traversable(parts).read_bytes()


def folder_files(*parts: str) -> list[Traversable]:
    """The files of a declared folder, sorted by name."""
    return sorted((f for f in _traversable(parts).iterdir() if f.is_file()), key=lambda f: f.name)


def resources_dir() -> Path:
    """The real path of the data folder (for a server that serves a folder of it)."""
    return _real_paths.enter_context(_importlib_resources.as_file(data_files()))
