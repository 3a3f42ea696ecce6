"""Closed vocabularies of the Lab method (phase status, resources, action plans, decisions),
with their names in the two workshop languages. The SQL CHECKs of schema v3 list the same values.
"""

import re
from typing import Final

PHASE_STATUSES: Final = ("not_started", "in_progress", "done")
RESOURCE_KINDS: Final = ("expertise", "time", "funding")
TIME_UNITS: Final = ("hours", "days")
DEFAULT_CURRENCY: Final = "MXN"
CURRENCY_RE: Final = re.compile(r"^[A-Z]{3}\Z")  # ISO 4217 letters, e.g. MXN, USD
MAX_QUANTITY: Final = 1e12
ACTION_KINDS: Final = ("timeline", "governance", "objectives", "communication")
DECISION_KINDS: Final = (
    "set_priorities",
    "design_implement",
    "allocate_resources",
    "adapt_learning",
    "timeline",
    "governance",
    "objectives",
    "communication",
)
DECIDERS: Final = ("facilitators", "shared", "local")
DECISION_SOURCES: Final = ("vote_round", "promotion", "pledges", "adaptation")

NAMES: Final[dict[str, dict[str, str]]] = {
    "es": {
        "not_started": "Sin empezar",
        "in_progress": "En curso",
        "done": "Hecho",
        "expertise": "Conocimiento experto",
        "time": "Tiempo",
        "funding": "Fondos",
        "hours": "horas",
        "days": "días-persona",
        "timeline": "Cronograma",
        "governance": "Gobernanza",
        "objectives": "Objetivos",
        "communication": "Comunicación",
        "set_priorities": "Fijar prioridades",
        "design_implement": "Diseñar e implementar",
        "allocate_resources": "Asignar recursos",
        "adapt_learning": "Adaptar según lo aprendido",
        "facilitators": "Equipo facilitador",
        "shared": "Compartida",
        "local": "Organizaciones locales",
    },
    "en": {
        "not_started": "Not started",
        "in_progress": "In progress",
        "done": "Done",
        "expertise": "Expertise",
        "time": "Time",
        "funding": "Funding",
        "hours": "hours",
        "days": "person-days",
        "timeline": "Timeline",
        "governance": "Governance",
        "objectives": "Objectives",
        "communication": "Communication",
        "set_priorities": "Set priorities",
        "design_implement": "Design and implement",
        "allocate_resources": "Allocate resources",
        "adapt_learning": "Adapt based on learning",
        "facilitators": "Facilitating team",
        "shared": "Shared",
        "local": "Local organizations",
    },
}


def name(key: str, language: str = "es") -> str:
    """The display name of a vocabulary value (currency codes and unknown keys pass through)."""
    return NAMES.get(language, NAMES["es"]).get(key, key)


def blank(value: str) -> bool:
    """True when a text counts as empty for the schema's ``length(trim(x)) > 0`` checks.

    Stricter than SQLite on whitespace (any whitespace is blank) and aware that SQLite's
    ``length()`` stops at a NUL character, so "\\x00text" is blank too.
    """
    return not value.strip() or not value.split("\x00", 1)[0].strip(" ")
