"""Write ``reslab_desktop/resources/demo/demo-workshop.json``, the demo Resiliency Lab (interchange format v1).

Run from the repository root:  .venv/bin/python -m tools.demo.make_demo

The JSON is generated, never edited by hand (a test regenerates it and compares the bytes).
The core (workshop, organizations, participants, boards) is built here from ``demo_people``
and ``demo_boards``; then every module in ``EXTENSIONS`` gets ``add_to(doc)`` in order to add
its own sections (votes, lab records…). Ids are readable and stable: other sections and
scripts refer to them.
"""

from __future__ import annotations

from typing import Any

from reslab_desktop.interchange.document import FORMAT, VERSION, dumps
from reslab_desktop.interchange.reader import json_number as num
from reslab_desktop.resources import resource
from reslab_desktop.rules.templates import get_template
from tools.demo import demo_boards, demo_lab, demo_people, demo_votes
from tools.demo.demo_layout import place_free, place_in_zone

OUTPUT = resource("demo", "demo-workshop.json")

# Modules with ``add_to(doc: dict) -> None``, applied in this order after the core is built.
EXTENSIONS: list[Any] = [demo_votes, demo_lab]  # votes first: the document's section order


def build_core() -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": demo_people.WORKSHOP,
        "organizations": [{"id": i, "name": n, "sector": s} for i, n, s, _ in demo_people.ORGANIZATIONS],
        "participants": [
            {"id": i, "name": n, "organization": o, "role": r} for i, n, o, r in demo_people.PARTICIPANTS
        ],
        "boards": [build_board(spec) for spec in demo_boards.BOARDS],
    }


def build_board(spec: demo_boards.BoardSpec) -> dict[str, Any]:
    slug = spec.id.removeprefix("b-")
    zones: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    authors = _cycle(spec.authors)
    if spec.template is None:
        for (x, y), card in zip(place_free(len(spec.free_notes), spec.columns), spec.free_notes, strict=True):
            notes.append(_note(card, f"n-{slug}-{len(notes) + 1}", x, y, None, card.author or next(authors), spec.color))
    else:
        template = get_template(spec.template)
        records = template.zone_records("es")
        zone_id = {z.key: f"z-{slug}-{z.key.replace('_', '-')}" for z in template.zones}
        for tz, rec in zip(template.zones, records, strict=True):
            zone = {"id": zone_id[tz.key], "title": spec.zone_titles.get(tz.key, rec.title),
                    "x": num(rec.x), "y": num(rec.y), "w": num(rec.w), "h": num(rec.h), "color": rec.color}
            if rec.shape != "rect":
                zone["shape"] = rec.shape
            zone["prompt"] = spec.zone_prompts.get(tz.key, rec.prompt)
            zones.append(zone)
        unknown = set(spec.notes) - set(zone_id)
        if unknown:
            raise SystemExit(f"{spec.id}: no zone {sorted(unknown)} in template {spec.template}")
        for tz in template.zones:
            cards = spec.notes.get(tz.key, ())
            sizes = [(c.w, c.h) for c in cards]
            for i, ((x, y), card) in enumerate(
                zip(place_in_zone(tz, template.zones, sizes, spec.id), cards, strict=True)
            ):
                nid = card.id or f"n-{slug}-{tz.key.replace('_', '-')}-{i + 1}"
                color = card.color or spec.zone_colors.get(tz.key, spec.color)
                notes.append(_note(card, nid, x, y, zone_id[tz.key], card.author or next(authors), color))
    known = {n["id"] for n in notes}
    links = []
    for src, dst, label in spec.links:
        if src not in known or dst not in known:
            raise SystemExit(f"{spec.id}: link {src} → {dst} names a note that is not on the board")
        links.append({"from": src, "to": dst, "label": label})
    return {"id": spec.id, "phase": spec.phase, "title": spec.title, "template": spec.template,
            "zones": zones, "notes": notes, "links": links}


def _note(card: demo_boards.Card, nid: str, x: float, y: float, zone: str | None,
          author: str | None, color: str) -> dict[str, Any]:
    return {"id": nid, "text": card.text, "color": card.color or color, "x": x, "y": y,
            "w": card.w, "h": card.h, "zone": zone, "author": author}


def _cycle(items: tuple[str, ...]):  # type: ignore[no-untyped-def]
    while True:
        yield from items or (None,)


def build() -> dict[str, Any]:
    doc = build_core()
    for extension in EXTENSIONS:
        extension.add_to(doc)
    return doc


def render() -> str:
    return dumps(build())


def main() -> int:
    doc = build()
    OUTPUT.write_text(dumps(doc), encoding="utf-8")
    boards = doc["boards"]
    print(f"wrote {OUTPUT.name}: {len(boards)} boards, {sum(len(b['notes']) for b in boards)} notes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
