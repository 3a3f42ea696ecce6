"""The built wheel carries every file the app opens at run time (``resources.RESOURCES``).

Builds the sdist and the wheel from it, as ``.ci/package.sh`` and the release do, then lists the
wheel: each declared file, each file of each declared folder (as the checkout has it) and each
catalog the build compiles must be there.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reslab_desktop.resources import RESOURCES

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "reslab_desktop" / "resources"
PREFIX = "reslab_desktop/resources/"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def expected_files() -> list[str]:
    """What the declarations say must ship, as names inside the package data."""
    names = []
    for entry in RESOURCES:
        if not entry.is_folder:
            names.append(entry.name)
            continue
        folder = DATA / entry.name
        names += [f.relative_to(DATA).as_posix() for f in sorted(folder.rglob("*"))
                  if f.is_file() and f.suffix not in (".qm", ".pyc") and "__pycache__" not in f.parts]
    return names


def test_every_file_the_app_opens_is_in_the_wheel(wheel_files: set[str]) -> None:
    expected = expected_files()
    assert any(name.endswith(".qm") for name in expected)  # the built catalogs are among them
    missing = [name for name in expected if PREFIX + name not in wheel_files]
    assert not missing, f"declared in reslab_desktop.resources.RESOURCES but not in the wheel: {missing}"


def test_every_declared_folder_ships_files(wheel_files: set[str]) -> None:
    for entry in RESOURCES:
        if entry.is_folder and (DATA / entry.name).is_dir():
            assert any(n.startswith(PREFIX + entry.name) for n in wheel_files), entry.name


def test_the_wheel_carries_no_build_tooling_nor_tests(wheel_files: set[str]) -> None:
    assert not [n for n in wheel_files if n.startswith(("tools/", "tests/", "benchmarks/"))]
    assert not [n for n in wheel_files if "__pycache__" in n]
