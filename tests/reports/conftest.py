"""Workshops for the PDF tests, built with the real services on real files."""

from __future__ import annotations

import pytest
from pdftools import TRICKY

from reslab_desktop.services import boards, notes, people, workshop
from reslab_desktop.storage import Store


@pytest.fixture
def rich_store(store: Store) -> Store:
    """A small workshop with markup characters, accents, a huge word and an empty board."""
    workshop.update_workshop(
        store, learning_community="Red PrevaleSER", place="Oaxaca de Juárez",
        starts_on="2026-03-10", ends_on="2026-03-12", facilitators=("Ana López",),
    )
    org = people.add_organization(store, TRICKY, "civil_society")
    person = people.add_participant(store, "María Ñúñez", org)
    people.add_participant(store, "José “Pepe” García", None, role="observer")
    b = boards.create_board_from_template(store, 1, "Mapa <de> empatía", "empathy_map", "es")
    zone = boards.load_board(store, b).zones[0]
    notes.add_note(store, b, TRICKY, zone.x + 10, zone.y + 40, author_id=person)
    notes.add_note(store, b, "palabra" * 120, zone.x + 200, zone.y + 200)  # one huge word
    notes.add_note(store, b, "fuera de zonas", -900, -900)
    boards.create_board(store, 2, "Tablero vacío")
    return store
