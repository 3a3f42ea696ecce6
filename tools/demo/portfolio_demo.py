"""Three Learning Communities made from the demo, for the portfolio's screenshots and tests.

    .venv/bin/python -m tools.demo.portfolio_demo FOLDER    # writes FOLDER/oaxaca.reslab, …

Each file is the demo workshop imported anew and then edited through the services, the way
a facilitator would: its own title, community, place and dates; some decisions taken by
other people (so the three pathways differ); pledges of other sizes, one extra pledge and
one withdrawn. Run ``reslab portfolio FOLDER -o portafolio.pdf`` on the result.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Edit:
    file: str
    title: str
    community: str
    place: str
    starts_on: str
    ends_on: str
    decided_by: dict[str, str] = field(default_factory=dict)  # decision id -> new decided_by
    scale: float = 1.0  # every pledge's quantity × this
    extra: tuple[str, str, str, float, str] | None = None  # org, initiative, kind, quantity, description
    withdrawn: tuple[str, ...] = ()  # pledge ids removed


COMMUNITIES = (
    Edit("oaxaca.reslab", "Laboratorio de Resiliencia: PrevaleSER 2026", "Red PrevaleSER Oaxaca",
         "Oaxaca de Juárez, Oaxaca", "2026-01-20", "2026-10-30",
         decided_by={"dec-03": "shared", "dec-07": "shared", "dec-12": "local", "dec-16": "local", "dec-22": "local"},
         scale=0.6, extra=("org-colectiva-mixteca", "ini-prevaleser", "funding", 85000, "Fondo comunitario de la Mixteca"),
         withdrawn=("pl-11",)),
    Edit("merida.reslab", "Laboratorio de Resiliencia: niñez protegida 2026", "Comunidad de Aprendizaje Península",
         "Mérida, Yucatán", "2026-02-12", "2026-11-19"),
    Edit("monterrey.reslab", "Laboratorio de Resiliencia: cultura de paz 2026", "ComuniPaz Monterrey",
         "Monterrey, Nuevo León", "2026-03-05", "2026-12-10",
         decided_by={"dec-06": "facilitators", "dec-08": "facilitators", "dec-09": "facilitators",
                     "dec-13": "facilitators", "dec-17": "shared", "dec-19": "shared", "dec-24": "shared"},
         scale=1.4, extra=("org-prevencion-mty", "ini-comunipaz", "expertise", 120, "Mediación comunitaria"),
         withdrawn=("pl-03", "pl-10")),
)


def write_community(edit: Edit, folder: Path) -> Path:
    from reslab_desktop.demo import write_demo
    from reslab_desktop.services.lab import decisions, resources
    from reslab_desktop.services.workshop import update_workshop
    from reslab_desktop.storage import Store

    target = folder / edit.file
    write_demo(target, overwrite=True)
    with Store.open(target) as store:
        update_workshop(store, title=edit.title, learning_community=edit.community, place=edit.place,
                        starts_on=edit.starts_on, ends_on=edit.ends_on)
        for decision_id, who in edit.decided_by.items():
            decisions.set_decided_by(store, decision_id, who)
        if edit.scale != 1.0:
            for pledge in resources.list_pledges(store):
                resources.update_pledge(store, pledge.id, quantity=round(pledge.quantity * edit.scale))
        if edit.withdrawn:
            resources.remove_pledges(store, edit.withdrawn)
        if edit.extra:
            org, initiative, kind, quantity, description = edit.extra
            resources.add_pledge(store, org, initiative, kind, quantity, description=description, confirmed=True)
    return target


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_community(edit, folder) for edit in COMMUNITIES]


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "portafolio-demo")):
        print(path)
