"""Seeded workloads: interchange documents of any size, written to real workshop files."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reslab_desktop.rules.palette import NOTE_COLORS

WORDS = (
    "niñez derechos prevención violencia red comunidad escuela familia salud datos recursos "
    "jóvenes paz territorio confianza aprendizaje financiamiento voluntariado alianza mapa "
    "capacitación gobierno universidad barrio oaxaca mérida monterrey kit herramientas"
).split()


def note_text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14))).capitalize()


def board(rng: random.Random, board_id: str, phase: int, notes: int, zones: int = 6, links: int | None = None) -> dict[str, Any]:
    cols = max(1, int((notes * 16 / 9) ** 0.5))
    zone_cols = 3
    zone_list = []
    rows_of_zones = max(1, (zones + zone_cols - 1) // zone_cols)
    width, height = cols * 180 + 40, ((notes + cols - 1) // cols) * 120 + 40
    for z in range(zones):
        zx, zy = z % zone_cols, z // zone_cols
        zone_list.append({
            "id": f"{board_id}-z{z}", "title": f"Zona {z + 1}",
            "x": zx * width / zone_cols, "y": zy * height / rows_of_zones,
            "w": width / zone_cols - 10, "h": height / rows_of_zones - 10, "color": "#F2F4F7",
        })
    note_list = []
    for i in range(notes):
        x, y = 20 + (i % cols) * 180, 20 + (i // cols) * 120
        zone = next((z["id"] for z in zone_list if z["x"] <= x < z["x"] + z["w"] and z["y"] <= y < z["y"] + z["h"]), None)
        note_list.append({
            "id": f"{board_id}-n{i}", "text": note_text(rng), "color": rng.choice(NOTE_COLORS)[0],
            "x": x, "y": y, "w": 160, "h": 100, "zone": zone, "author": None,
        })
    n_links = notes // 20 if links is None else links
    link_list = []
    for _ in range(n_links):
        a, b = rng.sample(range(notes), 2)
        link_list.append({"from": note_list[a]["id"], "to": note_list[b]["id"], "label": ""})
    return {"id": board_id, "phase": phase, "title": f"Tablero {board_id}", "template": None,
            "zones": zone_list, "notes": note_list, "links": link_list}


def document(boards: list[tuple[int, int]], voters: int = 30, seed: int = 7) -> dict[str, Any]:
    """``boards`` is a list of (phase, note count)."""
    rng = random.Random(seed)
    orgs = [{"id": f"org{i}", "name": f"Organización {i}", "sector": "civil_society"} for i in range(8)]
    people = [
        {"id": f"p{i}", "name": f"Participante {i}", "organization": f"org{i % 8}", "role": "participant"}
        for i in range(voters)
    ]
    return {
        "format": "reslab-workshop", "version": 1,
        "workshop": {"title": "Benchmark", "learning_community": "", "place": "", "language": "es",
                     "starts_on": None, "ends_on": None, "facilitators": []},
        "organizations": orgs, "participants": people,
        "boards": [board(rng, f"b{i}", phase, n) for i, (phase, n) in enumerate(boards)],
    }


def single_board(notes: int) -> dict[str, Any]:
    return document([(2, notes)])


def lab(boards: int = 12, notes: int = 3000) -> dict[str, Any]:
    per = notes // boards
    return document([((i % 6) + 1, per) for i in range(boards)])


def workshop_file(doc: dict[str, Any], path: Path) -> Path:
    from reslab_desktop.interchange import import_json

    if not path.exists():
        import_json(doc, path)
    return path
