"""Every character the app writes itself is in the bundled font: a missing glyph is an empty box
on a machine without fonts (and in every PDF), with no error anywhere."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from reslab_desktop.resources import resource

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def covered() -> set[int]:
    chars: set[int] | None = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font = set(TTFont(name, str(resource("fonts", name))).face.charToGlyph)
        chars = font if chars is None else chars & font
    return chars or set()


def _string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _missing(texts: set[str], covered: set[int]) -> set[str]:
    return {c for text in texts for c in text if ord(c) > 0x7E and ord(c) not in covered and c.isprintable()}


def test_the_apps_own_strings_use_only_glyphs_of_the_bundled_font(covered):
    missing = {}
    for path in sorted((REPO / "reslab_desktop").rglob("*.py")):
        if chars := _missing(_string_literals(path), covered):
            missing[str(path.relative_to(REPO))] = sorted(chars)
    assert missing == {}


def test_translations_and_templates_use_only_glyphs_of_the_bundled_font(covered):
    texts = {p.read_text(encoding="utf-8") for p in resource("translations").glob("*.ts")}
    texts |= {json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False)
              for p in resource("templates").glob("*.json")}
    assert _missing(texts, covered) == set()
