"""A folder of generated workshops for the portfolio tests: communities built with the real
services on real files, the demo, a byte copy of one, a damaged file, a file from a newer
version and a file that is not a workshop at all."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from reslab_desktop.services import boards, notes, people, voting, workshop
from reslab_desktop.services.lab import decisions, initiatives, resources, sessions
from reslab_desktop.storage import Store

PLACES = [("Red PrevaleSER", "Oaxaca de Juárez, Oaxaca"), ("ComuniPaz", "Monterrey, Nuevo León"),
          ("Colectivo Península", "Mérida, Yucatán")]
DECIDERS = ("facilitators", "shared", "local")


def make_community(folder: Path, number: int, seed: int) -> Path:
    rng = random.Random(seed)
    community, place = PLACES[number % len(PLACES)]
    path = folder / f"comunidad-{number}.reslab"
    with Store.create(path, f"Laboratorio {number}") as store:
        workshop.update_workshop(store, learning_community=f"{community} {number}", place=place,
                                 starts_on=f"2026-0{number + 1}-10", ends_on=f"2026-1{number % 3}-20")
        orgs = [people.add_organization(store, f"Organización {number}-{i}", "civil_society")
                for i in range(rng.randint(2, 5))]
        orgs.append(people.add_organization(store, "Fondo Común", "funder"))  # in every community
        persons = [people.add_participant(store, f"Persona {number}-{i}", rng.choice(orgs))
                   for i in range(rng.randint(3, 7))]
        bid = boards.create_board(store, 2, "Retos")
        ids = [notes.add_note(store, bid, f"Reto {number}-{i}", i * 200.0, 0.0, author_id=rng.choice(persons))
               for i in range(rng.randint(4, 8))]
        boards.create_board(store, 1, "Empatía")
        for s in range(rng.randint(1, 3)):
            sessions.add_session(store, f"Sesión {s + 1}", f"2026-0{number + 1}-1{s}", place,
                                 attendance=rng.sample(persons, rng.randint(1, len(persons))))
        ini = initiatives.add_initiative(store, f"Iniciativa {number}", lead_organization_id=orgs[0], member_ids=orgs[:2])
        for org in orgs:
            resources.add_pledge(store, org, ini, "funding", rng.randrange(1000, 90000, 500), confirmed=rng.random() < .5)
            resources.add_pledge(store, org, ini, "expertise", rng.randint(5, 60))
        resources.add_pledge(store, orgs[0], ini, "time", rng.randint(1, 9), unit="days")
        resources.add_need(store, ini, "funding", 150000)
        resources.add_need(store, ini, "expertise", rng.randint(50, 200))
        for _ in range(rng.randint(3, 9)):
            decisions.add_decision(store, rng.randint(1, 6), "design_implement", "Una decisión", rng.choice(DECIDERS),
                                   date="2026-05-01")
        rid = voting.create_round(store, bid, "¿Qué retos primero?", dots_per_participant=2, max_per_note=1,
                                  hidden_until_reveal=False)
        voting.open_round(store, rid)
        for voter in voting.get_round(store, rid).voters:
            for note in rng.sample(ids, 2):
                voting.cast_dot(store, rid, voter.id, note)
        voting.close_round(store, rid)
        voting.create_round(store, bid, "Ronda abierta")  # a draft: counted as a round, not closed
    return path


@pytest.fixture(scope="session")
def portfolio_folder(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    folder = tmp_path_factory.mktemp("portafolio")
    for number in range(3):
        make_community(folder, number, seed=number)
    sub = folder / "Mérida"
    sub.mkdir()
    shutil.copy(demo_file, sub / "demo.reslab")
    shutil.copy(folder / "comunidad-1.reslab", sub / "comunidad-1 (copia).reslab")  # the same workshop
    damaged = (folder / "comunidad-2.reslab").read_bytes()
    (folder / "dañado.reslab").write_bytes(damaged[:len(damaged) // 3])
    shutil.copy(folder / "comunidad-0.reslab", folder / "nuevo.reslab")
    conn = sqlite3.connect(folder / "nuevo.reslab")
    conn.execute("PRAGMA user_version = 99")  # as a future version of the app would write it
    conn.close()
    (folder / "notas.reslab").write_text("esto no es un taller", encoding="utf-8")
    hidden = folder / ".respaldo"
    hidden.mkdir()
    shutil.copy(folder / "comunidad-0.reslab", hidden / "oculto.reslab")  # hidden folders are not searched
    return folder
