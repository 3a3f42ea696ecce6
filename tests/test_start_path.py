"""What a GUI start imports, and in which order (see reslab_desktop/cli/core_first.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _imports_of_a_start(demo: Path, tmp_path: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RESLAB_EXIT_AFTER_FIRST_PAINT="1",
               PYTHONPATH=str(REPO), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "reslab_desktop", str(demo)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert "first-paint" in done.stderr, done.stderr[-2000:]
    return [line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
            if line.startswith("import time:") and "|" in line and "cumulative" not in line]


def _core(name: str) -> bool:
    return name.startswith("sqlalchemy") or (
        name.startswith("reslab_desktop.") and not name.startswith(("reslab_desktop.ui", "reslab_desktop.cli")))


def test_the_core_is_imported_before_pyside6_and_reportlab_not_at_all(demo_file, tmp_path):
    names = _imports_of_a_start(demo_file, tmp_path)
    first_qt = next(i for i, name in enumerate(names) if name.startswith(("PySide6", "shiboken6")))
    late = [name for name in names[first_qt:] if _core(name)]
    assert late == [], f"imported after PySide6 (add them to cli/core_first.py): {late}"
    assert any(name.startswith("sqlalchemy") for name in names[:first_qt])
    assert not any(name.startswith("reportlab") for name in names)
