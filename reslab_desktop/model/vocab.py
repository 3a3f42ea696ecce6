"""Closed vocabularies of the domain, with their names in the two workshop languages."""

from typing import Final

LANGUAGES: Final = ("es", "en")

SECTORS: Final = (
    "civil_society",
    "academia",
    "government",
    "private",
    "community",
    "funder",
    "other",
)

ROLES: Final = ("participant", "facilitator", "observer")

#: where a note came from, and how a participant was checked in (v4)
ORIGINS: Final = ("window", "phone", "import")
DEFAULT_ORIGIN: Final = "window"
PHONE_NOTE_STATUSES: Final = ("pending", "placed", "rejected")

PHASES: Final = (1, 2, 3, 4, 5, 6)

PHASE_NAMES: Final[dict[str, dict[int, str]]] = {
    "es": {
        1: "Empatía",
        2: "Retos",
        3: "Idear y recursos",
        4: "Prototipo",
        5: "Probar",
        6: "Evaluar",
    },
    "en": {
        1: "Empathy",
        2: "Challenges",
        3: "Ideate & resources",
        4: "Prototype",
        5: "Test",
        6: "Evaluate",
    },
}

SECTOR_NAMES: Final[dict[str, dict[str, str]]] = {
    "es": {
        "civil_society": "Sociedad civil",
        "academia": "Academia",
        "government": "Gobierno",
        "private": "Sector privado",
        "community": "Comunidad",
        "funder": "Financiador",
        "other": "Otro",
    },
    "en": {
        "civil_society": "Civil society",
        "academia": "Academia",
        "government": "Government",
        "private": "Private sector",
        "community": "Community",
        "funder": "Funder",
        "other": "Other",
    },
}

ROLE_NAMES: Final[dict[str, dict[str, str]]] = {
    "es": {"participant": "Participante", "facilitator": "Facilitador/a", "observer": "Observador/a"},
    "en": {"participant": "Participant", "facilitator": "Facilitator", "observer": "Observer"},
}


def phase_name(phase: int, language: str = "es") -> str:
    return PHASE_NAMES.get(language, PHASE_NAMES["es"])[phase]


def sector_name(sector: str, language: str = "es") -> str:
    """A sector's display name (an unknown key passes through)."""
    return SECTOR_NAMES.get(language, SECTOR_NAMES["es"]).get(sector, sector)


def role_name(role: str, language: str = "es") -> str:
    """A role's display name (an unknown key, or "", passes through)."""
    return ROLE_NAMES.get(language, ROLE_NAMES["es"]).get(role, role)
