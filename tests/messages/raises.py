"""Every English one-liner the services can raise at a user, read from the source (AST).

A message is the literal (or f-string) given to ``raise SomeError(...)`` for the user-facing
error classes, the room's refusals and ``{"error"}`` answers (phones read them in their
language), the refusals of the round lifecycle and the sign-up list's row errors. Each
comes back as a sample text with the f-string's values replaced by ``X1``, ``X2``…
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import reslab_desktop

ROOT = Path(reslab_desktop.__file__).parent
#: Error classes whose message reaches a user (dialog, phone page).
USER_ERRORS = frozenset({
    "ReslabError", "ValidationError", "NotFoundError", "WorkshopFileError", "DamagedFileError",
    "NewerFileError", "ReadOnlyError", "InterchangeError", "TemplateFileError", "BallotError",
    "TransitionError", "Refused", "HiddenResultsError",
})
#: The CLI stays English (display.py speaks on stderr before any window can exist); the UI's own
#: strings go through Qt's catalogues.
SKIPPED = ("cli", "ui", "display.py")


def _samples(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out, n = "", 0
        for part in node.values:
            if isinstance(part, ast.Constant):
                out += str(part.value)
            else:
                n += 1
                out += f"X{n}"
        return [out]
    if isinstance(node, ast.IfExp):
        return _samples(node.body) + _samples(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # f"…" + _crit(…)
        return _samples(node.left)
    return []  # str(exc), a variable: its own raise is walked where it is written


def _files() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*.py")):
        if path.relative_to(ROOT).parts[0] not in SKIPPED:
            yield path


def user_messages() -> Iterator[tuple[str, str]]:
    """``(where, sample)`` for every user-facing message in the Qt-free core."""
    for path in _files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if name in USER_ERRORS:
                    arg = node.exc.args[-1] if name in ("InterchangeError", "Refused") else node.exc.args[0]
                    for sample in _samples(arg):
                        yield where, sample
            elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("error", "Refused")
                  and len(node.args) >= 2 and path.relative_to(ROOT).parts[0] == "room"):
                # the room's {"error": "…"} answers, and refusals handed over without a raise
                for sample in _samples(node.args[1]):
                    yield where, sample
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Transition":
                yield where, node.args[4].value.replace("{status}", "X1")  # type: ignore[attr-defined]
            elif isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("error", "DOTS_CAST"):
                for sample in _samples(node.value):
                    if sample:
                        yield where, sample
