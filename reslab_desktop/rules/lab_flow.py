"""Where the lab stands and what to do next (pure, Qt-free).

The *current* step is the first one the facilitator has not marked done. The suggestion
looks at that step's content in the order the method works through it (boards, notes, vote,
initiatives, pledges, gaps, prototype, action plan, learning, adaptations) and names the first
thing missing; when nothing is missing it suggests marking the step done.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reslab_desktop.model.vocab import PHASES

#: Count keys: boards, notes, votes, closed_votes, decisions (per phase) and, where they
#: belong, initiatives/pledges/gaps (3), prototypes (4), action_items (5), learning and
#: open_adaptations (6).


@dataclass(frozen=True)
class PhaseOverview:
    phase: int
    status: str
    boards: tuple[tuple[str, str], ...]  # (board id, title), in board order
    counts: dict[str, int] = field(default_factory=dict)
    localization: float | None = None

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)


@dataclass(frozen=True)
class Suggestion:
    phase: int
    action: str  # create_board, open_board, vote, decisions, initiatives, resources, carry,
    #              action_plan, learning, mark_done, iterate
    key: str  # the text's key in TEXTS
    board_id: str | None = None

    def text(self, language: str = "es") -> str:
        return TEXTS.get(language, TEXTS["es"])[self.key]


TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "create_board": "Crear un tablero para este paso",
        "add_notes": "Abrir el tablero y anotar las ideas del grupo",
        "vote": "Priorizar los retos con una votación de puntos",
        "record_decision": "Registrar quién decidió en este paso",
        "initiatives": "Nombrar las iniciativas que la comunidad llevará adelante",
        "pledges": "Registrar qué aporta cada organización (conocimiento, tiempo, fondos)",
        "gaps": "Cubrir las brechas entre necesidades y aportes",
        "carry": "Llevar las ideas elegidas a un lienzo de prototipo por iniciativa",
        "action_plan": "Acordar el plan de acción: cronograma, gobernanza, objetivos, comunicación",
        "learning": "Anotar en la bitácora qué se probó y qué se aprendió",
        "adaptations": "Adoptar las adaptaciones pendientes de la bitácora",
        "mark_done": "Marcar este paso como hecho cuando el grupo esté listo",
        "iterate": "Los seis pasos están hechos: iniciar una nueva iteración desde la evaluación",
    },
    "en": {
        "create_board": "Create a board for this step",
        "add_notes": "Open the board and capture the group's ideas",
        "vote": "Prioritize the challenges with a dot-vote",
        "record_decision": "Record who decided in this step",
        "initiatives": "Name the initiatives the community will pursue",
        "pledges": "Record what each organization offers (expertise, time, funding)",
        "gaps": "Close the gaps between needs and pledges",
        "carry": "Carry the chosen ideas to a prototype canvas per initiative",
        "action_plan": "Agree the action plan: timeline, governance, objectives, communication",
        "learning": "Log what was tried and what was learned",
        "adaptations": "Adopt the pending adaptations from the learning log",
        "mark_done": "Mark this step done when the group is ready",
        "iterate": "All six steps are done: start a new iteration from the evaluation",
    },
}


def current_phase(phases: list[PhaseOverview]) -> int | None:
    for p in phases:
        if p.status != "done":
            return p.phase
    return None


def suggest(phases: list[PhaseOverview]) -> Suggestion:
    """The next suggested action for the lab, from its per-phase overview."""
    current = current_phase(phases)
    if current is None:
        return Suggestion(PHASES[-1], "iterate", "iterate")
    p = next(x for x in phases if x.phase == current)
    first_board = p.boards[0][0] if p.boards else None
    if not p.boards and not (current == 4 and p.count("initiatives")):
        return Suggestion(current, "create_board", "create_board")
    checks: list[tuple[bool, str, str]] = [(p.count("notes") == 0 and bool(p.boards), "open_board", "add_notes")]
    if current == 2:
        checks.append((p.count("closed_votes") == 0, "vote", "vote"))
    if current == 3:
        checks += [
            (p.count("initiatives") == 0, "initiatives", "initiatives"),
            (p.count("pledges") == 0, "resources", "pledges"),
            (p.count("gaps") > 0, "resources", "gaps"),
        ]
    if current == 4:
        checks.append((p.count("prototypes") == 0, "carry", "carry"))
    if current == 5:
        checks.append((p.count("action_items") == 0, "action_plan", "action_plan"))
    if current == 6:
        checks += [
            (p.count("learning") == 0, "learning", "learning"),
            (p.count("open_adaptations") > 0, "learning", "adaptations"),
        ]
    checks.append((p.count("decisions") == 0, "decisions", "record_decision"))
    for missing, action, key in checks:
        if missing:
            return Suggestion(current, action, key, first_board if action == "open_board" else None)
    return Suggestion(current, "mark_done", "mark_done")
