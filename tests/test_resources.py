"""The declared resources: every one is there, undeclared names are refused, and a missing file
is reported as an incomplete installation (CLI exit 3, GUI dialog in the UI language)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reslab_desktop import resources
from reslab_desktop.errors import InstallationError

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("entry", resources.RESOURCES, ids=lambda e: e.name)
def test_every_declared_resource_is_in_the_checkout(entry: resources.Resource) -> None:
    if entry.name == "phone/" and not (REPO / "reslab_desktop/resources/phone").exists():
        pytest.skip("the phone pages are not in this checkout yet")
    path = resources.resource(*entry.name.rstrip("/").split("/"))
    assert path.is_dir() if entry.is_folder else path.is_file()
    if entry.is_folder:
        assert resources.folder_files(*entry.name.rstrip("/").split("/")), f"{entry.name} is empty"


def test_undeclared_names_are_refused() -> None:
    with pytest.raises(LookupError, match="not declared"):
        resources.resource("icons", "other.png")
    with pytest.raises(LookupError, match="not declared"):
        resources.read_bytes("README.md")


def test_data_is_read_through_importlib_resources() -> None:
    assert resources.read_bytes("demo", "demo-workshop.json").startswith(b"{")
    assert [f.name for f in resources.folder_files("templates")][0].endswith(".json")


def _broken_installation(tmp_path: Path, missing: str) -> dict[str, str]:
    """A copy of the package with one bundled file deleted, first on the path (a real broken
    installation, not a patched function)."""
    shutil.copytree(REPO / "reslab_desktop", tmp_path / "site" / "reslab_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "site" / "reslab_desktop" / "resources" / missing).unlink()
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "site"), QT_QPA_PLATFORM="offscreen")
    return env


def _reslab(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reslab_desktop", *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=env["PYTHONPATH"])


def test_a_missing_font_is_an_incomplete_installation_not_a_ttf_error(tmp_path: Path) -> None:
    env = _broken_installation(tmp_path, "fonts/DejaVuSans-Bold.ttf")
    demo = tmp_path / "demo.reslab"
    assert _reslab(env, "demo", str(demo), "--no-gui").returncode == 0
    out = _reslab(env, "export-pdf", str(demo), "-o", str(tmp_path / "r.pdf"))
    assert out.returncode == 3, out.stderr
    assert out.stderr.strip().splitlines() == [
        "reslab: error: the installation is incomplete: fonts/DejaVuSans-Bold.ttf is missing from the "
        "app's files (reslab_desktop/resources); reinstall Resiliency Lab"]
    assert "TTFError" not in out.stderr and not (tmp_path / "r.pdf").exists()


def test_a_missing_demo_is_an_incomplete_installation(tmp_path: Path) -> None:
    env = _broken_installation(tmp_path, "demo/demo-workshop.json")
    out = _reslab(env, "demo", str(tmp_path / "demo.reslab"), "--no-gui")
    assert out.returncode == 3
    assert "installation is incomplete: demo/demo-workshop.json is missing" in out.stderr


def test_the_gui_says_so_in_the_ui_language(qapp) -> None:
    from reslab_desktop.ui import i18n
    from reslab_desktop.ui.dialogs import show_error

    error = InstallationError("translations/reslab_es.qm")
    try:
        for language, words in (("es", "La instalación de Resiliency Lab está incompleta"),
                                ("en", "The installation of Resiliency Lab is incomplete")):
            i18n.set_language(language)
            box = show_error(None, error)
            assert box.text().startswith(words) and "translations/reslab_es.qm" in box.text()
            assert not box.detailedText()  # not presented as a bug with a traceback
            box.close()
    finally:
        i18n.set_language("en")


def test_every_resource_the_code_names_is_declared() -> None:
    """Calls like ``resource("fonts", "DejaVuSans.ttf")`` in the package name declared resources
    (the run-time check would only catch them when that code runs)."""
    import ast

    readers = {"resource", "read_bytes", "folder_files"}
    named = []
    for module in sorted((REPO / "reslab_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in readers
                    and node.args and all(isinstance(a, ast.Constant) for a in node.args)):
                named.append(("/".join(a.value for a in node.args), module.name))
    assert named, "no resource calls found"
    for name, module in named:
        assert resources.declared(name), (name, module)
