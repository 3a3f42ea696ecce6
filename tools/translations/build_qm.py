"""Compile the ``.ts`` catalogs into the ``.qm`` files the app loads, with PySide6's ``lrelease``.

The ``.qm`` files are build products, never committed: eight people add strings to the ``.ts`` at
once, and a committed binary beside each would conflict on every merge and go stale. They are
built where the app is built:

* the wheel: ``setup.py`` (its ``build_py`` step compiles into the built package; PySide6 is a
  build requirement in ``pyproject.toml``, so ``pip wheel``/``python -m build`` bring lrelease);
* the PyInstaller bundle: ``build.spec`` compiles into its work folder and bundles the result;
* a checkout: an editable install, ``apply_es``, ``.ci/setup.sh`` and the test session compile
  next to the ``.ts`` (ignored by git) — ``python -m tools.translations.build_qm`` does it by hand.

The app itself never compiles nor writes a catalog (``reslab_desktop/ui/i18n.py``). This module
imports nothing of ``reslab_desktop``: the wheel build runs it before the package's dependencies
exist.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "reslab_desktop" / "resources" / "translations"


def lrelease_program() -> Path:
    """The ``lrelease`` that PySide6 ships (``PySide6/lrelease``)."""
    import PySide6

    program = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not program.exists():
        raise FileNotFoundError(f"{program}: PySide6's lrelease is missing (pip install PySide6-Essentials)")
    return program


def build_catalogs(source: Path = SOURCE, target: Path | None = None, *, only_stale: bool = True) -> list[Path]:
    """Compile every ``source/*.ts`` into ``target/<same name>.qm``; returns the ``.qm`` paths."""
    target = source if target is None else target
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        if not (only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
            subprocess.run([str(lrelease_program()), "-silent", str(ts), "-qm", str(qm)],
                           check=True, capture_output=True)
        built.append(qm)
    if not built:
        raise FileNotFoundError(f"{source}: no .ts catalogs")
    return built


if __name__ == "__main__":
    for path in build_catalogs():
        print(path)
