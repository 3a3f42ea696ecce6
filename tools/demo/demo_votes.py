"""The demo lab's dot-voting rounds (session 2, 2026-03-19, Oaxaca):

1. Closed, secret, the 11 participants of session 2 on the shared screen: "¿Qué retos atacamos juntas primero?" on the
   challenges parking lot (not the "Para después" zone). The top three — scattered methods,
   unclear protection routes, OSC–government coordination — are the three challenges of the
   phase-3 board "¿Cómo podríamos…?".
2. Closed, two criteria (impacto / factibilidad) on the prioritization board: the 2×2 matrix.
3. Open and hidden, session 3: "¿Qué idea prototipamos primero?" — 6 of 10 have voted, so the
   results stay hidden (the CLI and reports print no counts).

Ballots are drawn with a fixed seed from invented preferences, so the file never changes.
"""

from __future__ import annotations

import random
from typing import Any

# The participants who came to each session (demo_lab's attendance) are the voters.
SESSION_2 = ["p-maria", "p-lucia", "p-itzel", "p-sofia", "p-jorge", "p-ernesto", "p-karla", "p-guadalupe",
             "p-diana", "p-rafael", "p-elena"]
SESSION_3 = ["p-maria", "p-andres", "p-lucia", "p-sofia", "p-jorge", "p-alejandro", "p-karla", "p-mauricio",
             "p-diana", "p-elena"]

# note -> how much the room cares (relative weights)
PARKING_LOT = {
    "n-reto-herramientas-dispersas": 9, "n-reto-rutas-proteccion": 8, "n-reto-coordinacion": 7,
    "n-reto-fondos-cortos": 4, "n-reto-denuncia": 4, "n-reto-datos": 3, "n-reto-lenguas": 3,
    "n-reto-violencia-escolar": 2, "n-reto-medir-impacto": 2, "n-reto-crianza": 2, "n-reto-rotacion-personal": 1,
    "n-reto-desgaste": 1, "n-reto-adicciones": 1, "n-reto-competencia": 1, "n-reto-conectividad": 1,
}
# note -> (impact weight, feasibility weight), after the zones the group agreed on the board
MATRIX = {
    "n-matriz-herramientas-dispersas": (8, 8), "n-matriz-rutas-proteccion": (8, 6), "n-matriz-coordinacion": (7, 5),
    "n-matriz-lenguas": (5, 6), "n-matriz-denuncia": (6, 4), "n-matriz-datos": (6, 1), "n-matriz-fondos-cortos": (5, 1),
    "n-matriz-violencia-escolar": (5, 1), "n-matriz-adicciones": (4, 1), "n-matriz-medir-impacto": (1, 5),
    "n-matriz-desgaste": (1, 4), "n-matriz-crianza": (2, 5), "n-matriz-competencia": (1, 1),
    "n-matriz-conectividad": (1, 1), "n-matriz-rotacion-personal": (1, 1),
}
IDEAS = {
    "n-idea-caja-herramientas": 6, "n-idea-caja-con-rutas": 5, "n-idea-mapa-rutas": 4, "n-idea-mesa-trimestral": 3,
    "n-idea-sin-conexion": 3, "n-idea-fichas-lenguas": 2, "n-idea-directorio": 2, "n-idea-biblioteca": 1,
}


def _ballot(rng: random.Random, weights: dict[str, int], budget: int, max_per_note: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for _ in range(budget):
        open_notes = [n for n in weights if out.get(n, 0) < max_per_note]
        note = rng.choices(open_notes, [weights[n] ** 2 for n in open_notes])[0]
        out[note] = out.get(note, 0) + 1
    return out


def _ballots(rng: random.Random, voters: list[str], weights: dict[str, int], budget: int, max_per_note: int,
             criterion: int = 1) -> list[dict[str, Any]]:
    order = list(weights)
    rows = []
    for voter in voters:
        ballot = _ballot(rng, weights, budget, max_per_note)
        for note in sorted(ballot, key=order.index):
            row: dict[str, Any] = {"participant": voter, "note": note, "dots": ballot[note]}
            if criterion != 1:
                row["criterion"] = criterion
            rows.append(row)
    return rows


def _events(day: str, opened: str, closed: str | None) -> list[dict[str, str]]:
    events = [{"at": f"{day}T16:40:00+00:00", "action": "created"},
              {"at": f"{day}T{opened}:00+00:00", "action": "opened"}]
    if closed:
        events.append({"at": f"{day}T{closed}:00+00:00", "action": "closed"})
    return events


def _sorted_by_voter(rows: list[dict[str, Any]], voters: list[str], note_order: list[str]) -> list[dict[str, Any]]:
    """The order the export writes: voter, then the note's place on the board, then criterion."""
    return sorted(rows, key=lambda r: (voters.index(r["participant"]), note_order.index(r["note"]),
                                       r.get("criterion", 1)))


def rounds(board_notes: dict[str, list[str]]) -> list[dict[str, Any]]:
    rng = random.Random(20260319)
    parking = {
        "id": "vr-retos-prioridad", "board": "b-retos-estacionamiento",
        "question": "¿Qué retos atacamos juntas primero?", "dots_per_participant": 5, "max_per_note": 2,
        "hidden_until_reveal": True, "anonymous": False, "status": "closed",
        "candidates": [n for n in board_notes["b-retos-estacionamiento"] if n in PARKING_LOT],
        "ballots": _sorted_by_voter(_ballots(rng, SESSION_2, PARKING_LOT, 5, 2), SESSION_2,
                                    board_notes["b-retos-estacionamiento"]),
        "paper_tally": [], "voters": SESSION_2, "timer_seconds": 600,
        "events": _events("2026-03-19", "16:45", "16:58"),
    }
    impact = _ballots(rng, SESSION_2, {n: w[0] for n, w in MATRIX.items()}, 4, 2)
    feasible = _ballots(rng, SESSION_2, {n: w[1] for n, w in MATRIX.items()}, 4, 2, criterion=2)
    matrix = {
        "id": "vr-retos-matriz", "board": "b-retos-matriz",
        "question": "Impacto y factibilidad de cada reto", "dots_per_participant": 4, "max_per_note": 2,
        "hidden_until_reveal": True, "anonymous": False, "status": "closed",
        "ballots": _sorted_by_voter(impact + feasible, SESSION_2, board_notes["b-retos-matriz"]),
        "paper_tally": [], "criteria": ["impacto", "factibilidad"], "voters": SESSION_2,
        "events": _events("2026-03-19", "17:20", "17:34"),
    }
    ideas = {
        "id": "vr-ideas-prototipo", "board": "b-idear-como-podriamos",
        "question": "¿Qué idea prototipamos primero?", "dots_per_participant": 3, "max_per_note": 1,
        "hidden_until_reveal": True, "anonymous": False, "status": "open",
        "candidates": [n for n in board_notes["b-idear-como-podriamos"] if n in IDEAS],
        "ballots": _sorted_by_voter(_ballots(rng, SESSION_3[:6], IDEAS, 3, 1), SESSION_3,
                                    board_notes["b-idear-como-podriamos"]),
        "paper_tally": [], "voters": SESSION_3,
        "events": _events("2026-04-23", "12:10", None),
    }
    return [parking, matrix, ideas]


def add_to(doc: dict[str, Any]) -> None:
    board_notes = {b["id"]: [n["id"] for n in b["notes"]] for b in doc["boards"]}
    doc["votes"] = rounds(board_notes)
