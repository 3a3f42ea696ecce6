"""A small lab on a real workshop file: three organizations, two participants, one initiative."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reslab_desktop.services import people
from reslab_desktop.services.lab import initiatives


@dataclass
class Lab:
    store: object
    orgs: list[str]
    people: list[str]
    initiative: str


@pytest.fixture
def lab(store) -> Lab:
    orgs = [
        people.add_organization(store, "Consejo Cívico", "civil_society"),
        people.add_organization(store, "Red Niñez Oaxaca", "civil_society"),
        people.add_organization(store, "Universidad Regional", "academia"),
    ]
    ppl = [people.add_participant(store, "Ana", orgs[0]), people.add_participant(store, "Luis", orgs[1])]
    ini = initiatives.add_initiative(store, "ComuniPaz", "Red por la paz", orgs[0], [orgs[1]])
    return Lab(store, orgs, ppl, ini)
