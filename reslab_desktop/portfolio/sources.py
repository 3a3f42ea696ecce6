"""Which files a portfolio reads: the files named, and every ``*.reslab`` under the folders named."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.storage import FILE_SUFFIX


def find_workshop_files(sources: Iterable[Path]) -> list[Path]:
    """Files in the order given (a folder's files sorted by path), each once.

    A folder is searched with its subfolders, skipping hidden ones (``.git``, the app's
    ``.name.part`` temporary files) and not following symbolic links to folders. A path that
    does not exist is a user error; a folder with no workshop file is not, unless no source
    gives any file at all."""
    found: dict[Path, None] = {}
    sources = [Path(s) for s in sources]
    if not sources:
        raise ReslabError("name at least one workshop file or folder")
    for source in sources:
        if source.is_dir():
            for path in _search(source):
                found.setdefault(path, None)
        elif source.exists():
            found.setdefault(source, None)
        else:
            raise ReslabError(f"{source}: no such file or folder")
    if not found:
        names = ", ".join(str(s) for s in sources)
        raise ReslabError(f"{names}: no workshop files (*{FILE_SUFFIX}) found")
    return list(found)


def _search(folder: Path) -> list[Path]:
    hits: list[Path] = []

    def refused(exc: OSError) -> None:
        if Path(exc.filename or "") == folder:
            raise ReslabError(f"{folder}: cannot be read ({exc.strerror})") from None

    for root, dirs, files in os.walk(folder, onerror=refused):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        hits += [Path(root) / f for f in sorted(files) if f.lower().endswith(FILE_SUFFIX) and not f.startswith(".")]
    return hits
