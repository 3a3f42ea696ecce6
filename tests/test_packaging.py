"""The PyInstaller bundle finds its resources: build it and run the built ``reslab``."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    work = tmp_path_factory.mktemp("pyi")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(REPO / "build.spec")],
        cwd=REPO, check=True, capture_output=True, timeout=900,
    )
    exe = work / "dist" / "reslab" / "reslab"
    assert exe.exists()
    return exe


def test_bundle_reports_its_version(bundle: Path):
    from reslab_desktop import __version__

    out = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"reslab {__version__}"


def test_bundle_writes_the_demo_from_its_own_resources(bundle: Path, tmp_path: Path):
    target = tmp_path / "demo.reslab"
    out = subprocess.run([str(bundle), "demo", str(target), "--no-gui"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    check = subprocess.run([str(bundle), "check", str(target)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr
    assert "ok" in check.stdout
    shutil.rmtree(bundle.parent.parent.parent / "build", ignore_errors=True)
