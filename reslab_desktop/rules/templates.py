"""Board templates of the six phases, read from ``reslab_desktop/resources/templates/<key>.json``.

Each file lays out titled zones (with a guiding prompt, in Spanish and English) on a board of
a given size; ``reslab_desktop/resources/schema/template-v1.schema.json`` documents the format. The files are
checked here as they are read, so a broken file is reported by name instead of producing a
half-drawn board.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from reslab_desktop.errors import NotFoundError, ReslabError
from reslab_desktop.model.vocab import LANGUAGES, PHASES
from reslab_desktop.resources import folder_files, resource
from reslab_desktop.services.records import ZoneRecord

SHAPES = ("rect", "ellipse")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOR_RE = re.compile(r"^#[0-9A-F]{6}$")
_TOP_KEYS = frozenset({"key", "phase", "title", "description", "size", "zones"})
_ZONE_KEYS = frozenset({"key", "title", "prompt", "x", "y", "w", "h", "color", "shape"})
_SIZE_KEYS = frozenset({"w", "h"})
_TEXT_KEYS = frozenset(LANGUAGES)


class TemplateFileError(ReslabError):
    """A bundled template file is missing, not JSON, or does not follow the template format."""


@dataclass(frozen=True)
class Texts:
    """One text in the two workshop languages (hashable, read like a dict)."""

    es: str
    en: str

    def __getitem__(self, lang: str) -> str:
        if lang == "es":
            return self.es
        if lang == "en":
            return self.en
        raise KeyError(lang)

    def get(self, lang: str, default: str | None = None) -> str | None:
        return self[lang] if lang in LANGUAGES else default


@dataclass(frozen=True)
class TemplateZone:
    key: str
    title: Texts
    prompt: Texts
    x: float
    y: float
    w: float
    h: float
    color: str
    shape: str = "rect"


@dataclass(frozen=True)
class Template:
    key: str
    phase: int
    title: Texts
    description: Texts
    width: float
    height: float
    zones: tuple[TemplateZone, ...]

    def title_in(self, lang: str) -> str:
        return _in(self.title, lang)

    def description_in(self, lang: str) -> str:
        return _in(self.description, lang)

    def zone(self, key: str) -> TemplateZone:
        for z in self.zones:
            if z.key == key:
                return z
        raise NotFoundError(f"template {self.key!r} has no zone {key!r}")

    def zone_records(self, lang: str) -> list[ZoneRecord]:
        """Zones ready for ``create_board``: empty ids so the board gets new ones."""
        return [
            ZoneRecord(
                id="", board_id="", seq=i, title=_in(z.title, lang), x=z.x, y=z.y, w=z.w, h=z.h,
                color=z.color, shape=z.shape, prompt=_in(z.prompt, lang),
            )
            for i, z in enumerate(self.zones)
        ]


def _in(text: Texts, lang: str) -> str:
    """The text in ``lang``; Spanish, the method's working language, for any other."""
    return text.get(lang) or text.es


def templates_dir() -> Path:
    return resource("templates")


@cache
def load_templates() -> tuple[Template, ...]:
    """The bundled templates, ordered by phase and then as listed in ``ORDER`` (else by key)."""
    return _load(folder_files("templates"), "templates")


def load_folder(folder: Path) -> tuple[Template, ...]:
    """The templates of a folder on disk (a template author's drafts, tests)."""
    return _load(sorted(Path(folder).glob("*.json")), str(folder))


def _load(files: list[Path] | list[Traversable], where: str) -> tuple[Template, ...]:
    found = [read_template(f) for f in files if f.name.endswith(".json")]
    if not found:
        raise TemplateFileError(f"{where}: no board templates found")
    return tuple(sorted(found, key=lambda t: (t.phase, _order(t.key), t.key)))


# The order a facilitator meets the templates of a phase in the "new board" list.
ORDER = (
    "empathy_map", "stakeholder_map",
    "challenge_parking_lot", "problem_tree", "impact_feasibility",
    "how_might_we", "collaboration_map", "resources_board",
    "prototype_canvas", "storyboard",
    "test_plan", "feedback_grid",
    "evaluation_board",
)


def _order(key: str) -> int:
    return ORDER.index(key) if key in ORDER else len(ORDER)


def templates_for_phase(phase: int) -> list[Template]:
    return [t for t in load_templates() if t.phase == phase]


def get_template(key: str) -> Template:
    for t in load_templates():
        if t.key == key:
            return t
    raise NotFoundError(f"no board template {key!r}")


def read_template(path: Path | Traversable) -> Template:
    """Read and check one template file; every problem names the file and the field."""
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateFileError(f"template {name}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateFileError(f"template {name}: not valid JSON ({exc})") from None
    try:
        return _parse(data, name.removesuffix(".json"))
    except _Bad as bad:
        raise TemplateFileError(f"template {name}: {bad}") from None


class _Bad(Exception):
    pass


def _parse(d: Any, stem: str) -> Template:
    d = _obj(d, "top level", _TOP_KEYS)
    key = _key(d, "key", "")
    if key != stem:
        raise _Bad(f"key {key!r} differs from the file name {stem!r}")
    phase = d.get("phase")
    if phase.__class__ is not int or phase not in PHASES:
        raise _Bad("phase: expected a whole number from 1 to 6")
    size = _obj(d.get("size"), "size", _SIZE_KEYS)
    width, height = _num(size, "w", "size", positive=True), _num(size, "h", "size", positive=True)
    zones_raw = d.get("zones")
    if not isinstance(zones_raw, list) or not zones_raw:
        raise _Bad("zones: expected a non-empty list")
    zones: list[TemplateZone] = []
    for i, z in enumerate(zones_raw):
        path = f"zones[{i}]"
        z = _obj(z, path, _ZONE_KEYS)
        zone = TemplateZone(
            key=_key(z, "key", path),
            title=_text(z, "title", path),
            prompt=_text(z, "prompt", path),
            x=_num(z, "x", path), y=_num(z, "y", path),
            w=_num(z, "w", path, positive=True), h=_num(z, "h", path, positive=True),
            color=_color(z, path),
            shape=_shape(z, path),
        )
        if zone.x < 0 or zone.y < 0 or zone.x + zone.w > width or zone.y + zone.h > height:
            raise _Bad(f"{path}: zone {zone.key!r} does not fit on the {width:g}×{height:g} board")
        if any(other.key == zone.key for other in zones):
            raise _Bad(f"{path}.key: duplicate zone key {zone.key!r}")
        zones.append(zone)
    return Template(
        key=key, phase=phase, title=_text(d, "title", ""), description=_text(d, "description", ""),
        width=width, height=height, zones=tuple(zones),
    )


def _where(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _obj(value: Any, path: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{path}: expected an object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise _Bad(f"{path}: unknown key {unknown[0]!r}")
    return value


def _key(d: dict[str, Any], key: str, path: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not _KEY_RE.match(value):
        raise _Bad(f"{_where(path, key)}: expected a key like \"empathy_map\"")
    return value


def _text(d: dict[str, Any], key: str, path: str) -> Texts:
    value = _obj(d.get(key), _where(path, key), _TEXT_KEYS)
    if any(
        not isinstance(value.get(lang), str) or not value[lang].strip() for lang in LANGUAGES
    ):
        raise _Bad(f"{_where(path, key)}: expected texts for {' and '.join(LANGUAGES)}")
    return Texts(es=value["es"], en=value["en"])


def _num(d: dict[str, Any], key: str, path: str, *, positive: bool = False) -> float:
    value = d.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (positive and value <= 0):
        raise _Bad(f"{_where(path, key)}: expected a {'positive ' if positive else ''}number")
    return float(value)


def _color(d: dict[str, Any], path: str) -> str:
    value = d.get("color")
    if not isinstance(value, str) or not _COLOR_RE.match(value):
        raise _Bad(f"{path}.color: expected a color like \"#E3F1FA\"")
    return value


def _shape(d: dict[str, Any], path: str) -> str:
    value = d.get("shape", "rect")
    if value not in SHAPES:
        raise _Bad(f"{path}.shape: expected one of {', '.join(SHAPES)}")
    return str(value)
