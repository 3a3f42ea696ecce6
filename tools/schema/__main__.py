"""``python -m tools.schema [--check]``: the published JSON Schema's field rules, derived from
``reslab_desktop/rules/fields.py`` (the one declaration).

The structure of the document (sections, references, extensions) stays as written in
``reslab_desktop/resources/schema/workshop-v1.schema.json``; every property that is a stored
field listed below, and the shared definitions (``coord``, ``size``, ``color``, ``name``),
are rewritten from the field's rule, keeping their ``default`` and ``description``.
``--check`` exits 1 when the shipped file differs (the tests run it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from reslab_desktop.rules import fields

SCHEMA = Path(__file__).resolve().parents[2] / "reslab_desktop" / "resources" / "schema" / "workshop-v1.schema.json"

#: table → the JSON path (keys) of its objects' ``properties``; column → JSON key when it differs
LOCATIONS: dict[str, tuple[str, ...]] = {
    "workshop": ("properties", "workshop", "properties"),
    "organizations": ("properties", "organizations", "items", "properties"),
    "participants": ("properties", "participants", "items", "properties"),
    "sessions": ("properties", "sessions", "items", "properties"),
    "boards": ("properties", "boards", "items", "properties"),
    "zones": ("properties", "boards", "items", "properties", "zones", "items", "properties"),
    "notes": ("properties", "boards", "items", "properties", "notes", "items", "properties"),
    "links": ("properties", "boards", "items", "properties", "links", "items", "properties"),
    "images": ("properties", "boards", "items", "properties", "images", "items", "properties"),
}
#: fields whose JSON form is not the column's (a JSON list, base64 data): written by hand
NOT_DERIVED = {("workshop", "facilitators"), ("images", "data")}
#: shared definitions and the field each one states
DEFINITIONS = {"coord": ("notes", "x"), "size": ("notes", "w"), "color": ("notes", "color"),
               "name": ("organizations", "name")}
_KEPT = ("default", "description")


def derived(f: fields.Field, nullable_ok: bool = True) -> dict[str, Any]:
    schema = f.json_schema()
    if f.kind == "text" and f.nonblank:
        schema["minLength"] = 1
    return schema


def build(schema: dict[str, Any]) -> dict[str, Any]:
    out = json.loads(json.dumps(schema))
    for name, (table, column) in DEFINITIONS.items():
        out["$defs"][name] = derived(fields.field(table, column))
    for f in fields.FIELDS:
        if (f.table, f.column) in NOT_DERIVED:
            continue
        props = out
        for key in LOCATIONS[f.table]:
            props = props[key]
        old = props.get(f.column, {})
        new = _by_definition(f) or derived(f)
        new.update({k: old[k] for k in _KEPT if k in old})
        props[f.column] = new
    return out


def _by_definition(f: fields.Field) -> dict[str, Any] | None:
    """A ``$ref`` to the shared definition when the field states the same rule."""
    for name, (table, column) in DEFINITIONS.items():
        if fields.field(table, column).json_schema() == f.json_schema() and \
                fields.field(table, column).nonblank == f.nonblank:
            return {"$ref": f"#/$defs/{name}"}
    return None


def text_of(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    current = SCHEMA.read_text(encoding="utf-8")
    wanted = text_of(build(json.loads(current)))
    if "--check" in argv:
        if wanted != current:
            print(f"{SCHEMA.name} differs from rules/fields.py: run python -m tools.schema", file=sys.stderr)
            return 1
        return 0
    SCHEMA.write_text(wanted, encoding="utf-8")
    print(f"{SCHEMA} written from rules/fields.py", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
