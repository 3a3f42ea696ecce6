"""The package's layers, read with ast (no import runs): the Qt-free core never imports PySide6,
the UI never imports the command line, and features keep no state on the window by setattr."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reslab_desktop"


def _modules(under: str = "") -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted((PACKAGE / under).rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _imports(tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def test_ui_never_imports_the_command_line() -> None:
    wrong = [f"{_relative(path)}: {name}" for path, tree in _modules("ui") for name in _imports(tree)
             if name == "reslab_desktop.cli" or name.startswith("reslab_desktop.cli.")]
    assert wrong == []


def test_the_core_never_imports_qt() -> None:
    # cli/ starts the GUI (and `reslab render` draws with Qt) behind lazy imports in two modules
    allowed = {"reslab_desktop/cli/__init__.py", "reslab_desktop/cli/core_first.py"}
    wrong = [f"{_relative(path)}: {name}" for path, tree in _modules()
             if "/ui/" not in _relative(path) and _relative(path) not in allowed
             for name in _imports(tree) if name.split(".")[0] == "PySide6"]
    assert wrong == []


def _is_window(node: ast.expr) -> bool:
    """``window``, ``host``, ``self.host``, ``….window()``: the main window as features hold it."""
    if isinstance(node, ast.Name):
        return node.id in ("window", "host")
    if isinstance(node, ast.Attribute):
        return node.attr == "host"
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "window" and not node.args)


def test_no_feature_state_set_on_a_window() -> None:
    """Per-window state lives in ``window.features`` under a typed key (ui/features.py), never in
    attributes set with ``setattr`` nor under ``"_reslab_…"`` names; nobody reads the window's
    private ``_pages`` but the window, and no feature assigns attributes to it."""
    wrong: list[str] = []
    for path, tree in _modules("ui"):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("setattr", "getattr", "hasattr") and node.args
                    and _is_window(node.args[0])):
                wrong.append(f"{_relative(path)}:{node.lineno}: {node.func.id}({ast.unparse(node.args[0])}, …)")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("_reslab_"):
                wrong.append(f"{_relative(path)}:{node.lineno}: {node.value!r}")
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                wrong += [f"{_relative(path)}:{node.lineno}: {t.value.id}.{t.attr} = …"  # type: ignore[attr-defined]
                          for target in targets for t in ast.walk(target)
                          if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                          and t.value.id in ("window", "host")]
            if (isinstance(node, ast.Attribute) and node.attr == "_pages"
                    and not (isinstance(node.value, ast.Name) and node.value.id == "self"
                             and path.name == "main_window.py")):
                wrong.append(f"{_relative(path)}:{node.lineno}: ._pages")
    assert wrong == []
