"""The demo lab's method records: initiatives, pledges and needs, action plans, decisions,
learning log, sessions with attendance, and the status of each step.

The decisions tell the localization story: in steps 1–2 the facilitating team decides most
things, in step 3 decisions are shared, and from step 4 on the organizations decide —
the pathway chart rises from about 0.1 to 1.0. All names are invented.
"""

from __future__ import annotations

from typing import Any

from tools.demo.demo_people import ORGANIZATIONS

_ORG_ORDER = [o[0] for o in ORGANIZATIONS]

TOOLKIT, COMUNIPAZ, PREVALESER = "ini-caja-herramientas", "ini-comunipaz", "ini-prevaleser"
FAC, SHARED, LOCAL = "facilitators", "shared", "local"

INITIATIVES = [
    {"id": TOOLKIT, "title": "Caja de herramientas en línea para OSC",
     "description": "Plataforma con metodologías, rutas de protección por municipio y fichas en lenguas "
                    "originarias, que funciona sin conexión.",
     "lead": "org-ninez-primero",
     "members": ["org-ninez-primero", "org-casa-colibri", "org-semillas-de-paz", "org-observatorio-infancias",
                 "org-proteccion-oaxaca", "org-codigo-sureste", "org-radio-sierra"],
     "iterations": [
         {"id": "it-caja-1", "number": 1, "started_on": "2026-05-28", "focus": "Piloto en tres ciudades",
          "boards": ["b-prototipo-lienzo", "b-prototipo-guion", "b-probar-plan", "b-probar-retro",
                     "b-evaluar-tablero"],
          "carried": [
              {"note": "n-prototipo-lienzo-solution-1", "source": "n-idea-caja-herramientas"},
              {"note": "n-prototipo-lienzo-solution-2", "source": "n-idea-mapa-rutas"},
              {"note": "n-prototipo-lienzo-solution-3", "source": "n-idea-sin-conexion"},
              {"note": "n-prototipo-lienzo-solution-4", "source": "n-idea-fichas-lenguas"},
              {"note": "n-probar-plan-what-1", "source": "n-prototipo-lienzo-solution-2"},
              {"note": "n-probar-plan-what-3", "source": "n-prototipo-lienzo-solution-3"},
              {"note": "n-probar-plan-measure-1", "source": "n-prototipo-lienzo-success-2"},
              {"note": "n-evaluar-tablero-results-3", "source": "n-probar-plan-result-1"},
          ]},
         {"id": "it-caja-2", "number": 2, "started_on": "2026-11-19",
          "focus": "Versión en audio, menú para celular y comité editorial de las tres ciudades"},
     ]},
    {"id": COMUNIPAZ, "title": "Red ComuniPaz Monterrey",
     "description": "Red de organizaciones, academia y gobierno municipal para acciones coordinadas de "
                    "prevención de la violencia y cultura de paz.",
     "lead": "org-semillas-de-paz",
     "members": ["org-semillas-de-paz", "org-estudios-paz", "org-prevencion-mty", "org-comite-independencia",
                 "org-fondo-noreste"],
     "iterations": [{"id": "it-comunipaz-1", "number": 1, "started_on": "2026-04-23",
                     "focus": "Círculos de paz en dos colonias"}]},
    {"id": PREVALESER, "title": "Red PrevaleSER Oaxaca",
     "description": "Organizaciones de Oaxaca que alinean sus rutas de protección y materiales en mixteco "
                    "y zapoteco.",
     "lead": "org-casa-colibri",
     "members": ["org-casa-colibri", "org-proteccion-oaxaca", "org-colectiva-mixteca", "org-radio-sierra"],
     "iterations": [{"id": "it-prevaleser-1", "number": 1, "started_on": "2026-06-15"}]},
]


def _pledge(pid, org, ini, kind, description, quantity, unit=None, confirmed=True):  # type: ignore[no-untyped-def]
    item: dict[str, Any] = {"id": pid, "organization": org, "initiative": ini, "kind": kind,
                            "description": description}
    if kind == "funding":
        item["amount"] = quantity
        if unit and unit != "MXN":
            item["currency"] = unit
    else:
        item[unit or "hours"] = quantity
    if confirmed:
        item["confirmed"] = True
    return item


PLEDGES = [
    _pledge("pl-01", "org-fondo-noreste", TOOLKIT, "funding", "Capital semilla para la plataforma", 350_000),
    _pledge("pl-02", "org-codigo-sureste", TOOLKIT, "funding", "Hospedaje web por dos años (en especie)", 48_000),
    _pledge("pl-03", "org-ninez-primero", TOOLKIT, "funding", "Impresión de 500 fichas", 15_000),
    _pledge("pl-04", "org-casa-colibri", TOOLKIT, "funding", "Espacio y alimentos para 3 talleres", 18_000,
            confirmed=False),
    _pledge("pl-05", "org-codigo-sureste", TOOLKIT, "expertise", "Desarrollo web accesible", 200),
    _pledge("pl-06", "org-observatorio-infancias", TOOLKIT, "expertise", "Diseño de indicadores y evaluación", 60),
    _pledge("pl-07", "org-ninez-primero", TOOLKIT, "expertise", "Talleres de derechos de la infancia", 40),
    _pledge("pl-08", "org-semillas-de-paz", TOOLKIT, "time", "Una persona, 4 h por semana en el comité", 96),
    _pledge("pl-09", "org-observatorio-infancias", TOOLKIT, "time", "Dos estudiantes de servicio social", 40,
            "days"),
    _pledge("pl-10", "org-radio-sierra", TOOLKIT, "time", "Una cápsula semanal al aire", 24, confirmed=False),
    _pledge("pl-11", "org-fondo-noreste", COMUNIPAZ, "funding", "Círculos de paz en dos colonias", 120_000),
    _pledge("pl-12", "org-estudios-paz", COMUNIPAZ, "expertise", "Formación de facilitadores de paz", 40),
    _pledge("pl-13", "org-prevencion-mty", COMUNIPAZ, "time", "Enlace municipal", 10, "days"),
    _pledge("pl-14", "org-comite-independencia", COMUNIPAZ, "time", "Sede y convocatoria vecinal", 20,
            confirmed=False),
    _pledge("pl-15", "org-colectiva-mixteca", PREVALESER, "expertise", "Traducción al mixteco", 60),
    _pledge("pl-16", "org-radio-sierra", PREVALESER, "time", "Difusión en la Sierra Sur", 30),
    _pledge("pl-17", "org-proteccion-oaxaca", PREVALESER, "time", "Revisión de rutas por municipio", 15, "days"),
]

NEEDS = [
    {"id": "nd-01", "initiative": TOOLKIT, "kind": "funding", "description": "Primer año completo",
     "amount": 500_000},
    {"id": "nd-02", "initiative": TOOLKIT, "kind": "expertise", "description": "Diseño, traducción, desarrollo",
     "hours": 400},
    {"id": "nd-03", "initiative": TOOLKIT, "kind": "time", "description": "Comité editorial y validación",
     "days": 30},
    {"id": "nd-04", "initiative": COMUNIPAZ, "kind": "funding", "description": "Dos colonias, un año",
     "amount": 200_000},
    {"id": "nd-05", "initiative": COMUNIPAZ, "kind": "time", "description": "Coordinación de la red", "days": 10},
    {"id": "nd-06", "initiative": PREVALESER, "kind": "expertise", "description": "Traducción mixteco y zapoteco",
     "hours": 120},
    {"id": "nd-07", "initiative": PREVALESER, "kind": "funding", "description": "Materiales impresos y audio",
     "amount": 90_000},
]


_ITEM_KEYS = ("date", "responsible", "indicator", "audience", "channel", "done")


def _item(aid, ini, kind, text, **extra):  # type: ignore[no-untyped-def]
    """An action plan item with its keys in the order the export writes them."""
    return {"id": aid, "initiative": ini, "kind": kind, "text": text,
            **{k: extra[k] for k in _ITEM_KEYS if k in extra}}


ACTION_PLANS = [
    _item("ap-01", TOOLKIT, "timeline", "Arranca el piloto en Mérida, Oaxaca y Monterrey", date="2026-06-01",
          responsible="org-ninez-primero", done=True),
    _item("ap-02", TOOLKIT, "timeline", "Cierre del piloto y entrevistas", date="2026-08-31",
          responsible="org-observatorio-infancias", done=True),
    _item("ap-03", TOOLKIT, "timeline", "Lanzamiento público de la plataforma", date="2026-10-15",
          responsible="org-codigo-sureste", done=True),
    _item("ap-04", TOOLKIT, "timeline", "Segundo ciclo: versión en audio y menú para celular", date="2027-01-20",
          responsible="org-radio-sierra"),
    _item("ap-05", TOOLKIT, "governance", "Comité editorial rotativo: tres OSC, una por ciudad, cada 6 meses",
          responsible="org-ninez-primero"),
    _item("ap-06", TOOLKIT, "governance", "Decisiones por consenso; si no lo hay, mayoría de dos tercios del comité"),
    _item("ap-07", TOOLKIT, "objectives", "Que las OSC usen la caja de herramientas en su trabajo diario",
          indicator="20 OSC usan al menos 3 fichas al trimestre"),
    _item("ap-08", TOOLKIT, "objectives", "Canalizar más rápido los casos de riesgo",
          indicator="Menos de 5 días entre detección y canalización"),
    _item("ap-09", TOOLKIT, "communication", "Cápsulas semanales sobre derechos y rutas de protección",
          audience="Familias de la Sierra Sur", channel="Radio comunitaria", responsible="org-radio-sierra"),
    _item("ap-10", TOOLKIT, "communication", "Boletín mensual con metodologías nuevas",
          audience="Equipos de OSC", channel="Correo y WhatsApp", responsible="org-casa-colibri"),
    _item("ap-11", COMUNIPAZ, "timeline", "Primer círculo de paz en la colonia Independencia", date="2026-07-04",
          responsible="org-comite-independencia", done=True),
    _item("ap-12", COMUNIPAZ, "governance", "Coordinación rotativa entre Semillas de Paz y el Centro de Estudios",
          responsible="org-semillas-de-paz"),
    _item("ap-13", COMUNIPAZ, "objectives", "Jóvenes que median conflictos en su colonia",
          indicator="30 jóvenes formados como mediadores"),
    _item("ap-14", COMUNIPAZ, "communication", "Mural y jornada vecinal de cultura de paz",
          audience="Vecinas y vecinos", channel="Asambleas y redes del comité"),
    _item("ap-15", PREVALESER, "timeline", "Rutas de protección de 12 municipios revisadas", date="2026-09-30",
          responsible="org-proteccion-oaxaca"),
    _item("ap-16", PREVALESER, "objectives", "Materiales en lengua originaria en cada municipio de la red",
          indicator="12 municipios con fichas en mixteco o zapoteco"),
]


def _d(did, phase, kind, text, date, by, orgs=(), ini=None, source=None):  # type: ignore[no-untyped-def]
    item: dict[str, Any] = {"id": did, "phase": phase, "kind": kind, "text": text, "date": date, "decided_by": by}
    if orgs:
        item["organizations"] = sorted(orgs, key=_ORG_ORDER.index)  # the export lists them in roster order
    if ini:
        item["initiative"] = ini
    if source:
        item["source"] = {"kind": source[0], "id": source[1]}
    return item


DECISIONS = [
    _d("dec-01", 1, "design_implement", "Calendario de seis sesiones presenciales y tres virtuales", "2026-02-12", FAC),
    _d("dec-02", 1, "design_implement", "Usar el mapa de empatía con una persona adolescente como centro",
       "2026-02-12", FAC),
    _d("dec-03", 1, "set_priorities", "Enfocar el laboratorio en la protección de la niñez", "2026-02-12", FAC),
    _d("dec-04", 1, "design_implement", "Presentaciones «¿Quiénes somos?» preparadas por cada organización",
       "2026-02-13", SHARED, ["org-ninez-primero", "org-casa-colibri"]),
    _d("dec-05", 2, "design_implement", "Priorizar retos con votación de puntos e impacto × factibilidad",
       "2026-03-19", FAC),
    _d("dec-06", 2, "set_priorities",
       "Tres retos priorizados: metodologías dispersas, rutas de protección y coordinación con gobierno",
       "2026-03-19", SHARED, ["org-ninez-primero", "org-casa-colibri", "org-semillas-de-paz"]),
    _d("dec-07", 2, "set_priorities", "Dejar para después la reforma a la ley estatal", "2026-03-19", FAC),
    _d("dec-08", 2, "set_priorities", "Incluir materiales en lenguas originarias dentro del reto 2", "2026-03-20",
       SHARED, ["org-colectiva-mixteca", "org-radio-sierra"]),
    _d("dec-09", 3, "design_implement", "Formar tres iniciativas: caja de herramientas, ComuniPaz y PrevaleSER",
       "2026-04-23", SHARED, ["org-ninez-primero", "org-semillas-de-paz", "org-casa-colibri"]),
    _d("dec-10", 3, "allocate_resources", "El Fondo del Noreste destina $350,000 a la caja de herramientas",
       "2026-04-23", LOCAL, ["org-fondo-noreste"], TOOLKIT, ("pledges", TOOLKIT)),
    _d("dec-11", 3, "allocate_resources", "Cada OSC del comité aporta 4 horas por semana", "2026-04-24", LOCAL,
       ["org-semillas-de-paz", "org-ninez-primero"], TOOLKIT),
    _d("dec-12", 3, "allocate_resources", "Reservar fondos del laboratorio para traducciones", "2026-04-24", FAC),
    _d("dec-13", 3, "design_implement", "Fundar la red ComuniPaz en Monterrey", "2026-04-24", SHARED,
       ["org-semillas-de-paz", "org-prevencion-mty"], COMUNIPAZ),
    _d("dec-14", 4, "design_implement", "El prototipo funciona sin conexión desde la primera versión",
       "2026-05-28", LOCAL, ["org-codigo-sureste", "org-radio-sierra"], TOOLKIT, ("promotion", "b-prototipo-lienzo")),
    _d("dec-15", 4, "design_implement", "Rutas de protección organizadas por municipio", "2026-05-28", LOCAL,
       ["org-proteccion-oaxaca"], TOOLKIT),
    _d("dec-16", 4, "design_implement", "Guion con una promotora comunitaria como usuaria principal",
       "2026-05-29", SHARED, ["org-colectiva-mixteca"], TOOLKIT),
    _d("dec-17", 4, "set_priorities", "Círculos de paz antes que el mural en ComuniPaz", "2026-05-29", LOCAL,
       ["org-comite-independencia"], COMUNIPAZ),
    _d("dec-18", 5, "timeline", "Piloto de junio a agosto en las tres ciudades", "2026-06-01", LOCAL,
       ["org-ninez-primero", "org-observatorio-infancias"], TOOLKIT),
    _d("dec-19", 5, "governance", "Comité editorial rotativo con una OSC por ciudad", "2026-06-01", LOCAL,
       ["org-ninez-primero", "org-casa-colibri", "org-semillas-de-paz"], TOOLKIT),
    _d("dec-20", 5, "objectives", "Meta: 20 OSC usan al menos 3 fichas", "2026-06-02", LOCAL,
       ["org-observatorio-infancias"], TOOLKIT),
    _d("dec-21", 5, "communication", "Difundir por radio comunitaria y WhatsApp", "2026-06-02", LOCAL,
       ["org-radio-sierra", "org-casa-colibri"], TOOLKIT),
    _d("dec-22", 5, "governance", "Facilitación del laboratorio solo como apoyo técnico del piloto", "2026-06-02",
       SHARED, ["org-ninez-primero"]),
    _d("dec-23", 6, "adapt_learning", "Comité editorial con OSC de las tres ciudades", "2026-11-19", LOCAL,
       ["org-ninez-primero", "org-casa-colibri", "org-semillas-de-paz"], TOOLKIT, ("adaptation", "le-01")),
    _d("dec-24", 6, "adapt_learning", "Versión en audio para la radio", "2026-11-19", LOCAL,
       ["org-radio-sierra"], TOOLKIT, ("adaptation", "le-02")),
    _d("dec-25", 6, "adapt_learning", "Menú simplificado para celular", "2026-11-19", LOCAL,
       ["org-codigo-sureste"], TOOLKIT, ("adaptation", "le-03")),
]

LEARNING = [
    {"id": "le-01", "date": "2026-09-10", "initiative": TOOLKIT, "iteration": "it-caja-1",
     "tried": "Un comité editorial solo con OSC de Mérida",
     "happened": "Los materiales de Oaxaca y Monterrey tardaban semanas en publicarse",
     "learned": "Las OSC locales deciden mejor qué publicar en su ciudad",
     "adapt": "Comité editorial con OSC de las tres ciudades", "decision": "dec-23"},
    {"id": "le-02", "date": "2026-09-10", "initiative": TOOLKIT, "iteration": "it-caja-1",
     "tried": "Fichas escritas en mixteco", "happened": "Fueron las más compartidas, pero muchas familias no leen",
     "learned": "Sin audio no llega a toda la comunidad", "adapt": "Versión en audio para la radio",
     "decision": "dec-24"},
    {"id": "le-03", "date": "2026-09-11", "initiative": TOOLKIT, "iteration": "it-caja-1",
     "tried": "Buscador por municipio", "happened": "En celular el menú confundía a docentes y promotoras",
     "learned": "La mayoría entra desde el celular", "adapt": "Menú simplificado para celular",
     "decision": "dec-25"},
    {"id": "le-04", "date": "2026-11-19", "initiative": TOOLKIT, "iteration": "it-caja-1",
     "tried": "Directorio de servicios actualizado una vez",
     "happened": "A los tres meses, 1 de cada 5 teléfonos ya no servía",
     "learned": "Un directorio vivo necesita dueños", "adapt": "Actualización trimestral del directorio"},
    {"id": "le-05", "date": "2026-08-20", "initiative": COMUNIPAZ, "iteration": "it-comunipaz-1",
     "tried": "Círculos de paz con jóvenes los sábados", "happened": "Llegaron 34 jóvenes en dos colonias",
     "learned": "La convocatoria del comité vecinal genera confianza"},
]

SESSIONS = [
    {"id": "s-01", "title": "Sesión 1 · Empatía: quiénes somos y a quién servimos", "date": "2026-02-12",
     "place": "Mérida, Yucatán",
     "agenda": [{"phase": 1, "board": "b-empatia-quienes-somos", "title": "Presentaciones"},
                {"phase": 1, "board": "b-empatia-mapa", "title": "Mapa de empatía"},
                {"phase": 1, "board": "b-empatia-actores", "title": "Mapa de actores"}],
     "attendance": ["p-maria", "p-andres", "p-lucia", "p-itzel", "p-sofia", "p-jorge", "p-alejandro",
                    "p-ernesto", "p-mauricio", "p-guadalupe", "p-rafael", "p-ana", "p-tomas", "p-beatriz"],
     "decisions": ["dec-01", "dec-02", "dec-03", "dec-04"]},
    {"id": "s-02", "title": "Sesión 2 · Retos del sistema local", "date": "2026-03-19",
     "place": "Oaxaca de Juárez, Oaxaca",
     "agenda": [{"phase": 2, "board": "b-retos-estacionamiento", "title": "Retos que compartimos"},
                {"phase": 2, "board": "b-retos-arbol", "title": "Árbol de problemas"},
                {"phase": 2, "board": "b-retos-matriz", "title": "Votación y priorización"}],
     "attendance": ["p-maria", "p-lucia", "p-itzel", "p-sofia", "p-jorge", "p-ernesto", "p-karla",
                    "p-guadalupe", "p-diana", "p-rafael", "p-elena", "p-ana", "p-beatriz"],
     "decisions": ["dec-05", "dec-06", "dec-07", "dec-08"]},
    {"id": "s-03", "title": "Sesión 3 · Idear la colaboración y poner recursos en común", "date": "2026-04-23",
     "place": "Monterrey, Nuevo León",
     "agenda": [{"phase": 3, "board": "b-idear-como-podriamos", "title": "¿Cómo podríamos…?"},
                {"phase": 3, "board": "b-idear-colaboracion", "title": "Mapa de colaboración"},
                {"phase": 3, "board": "b-idear-recursos", "title": "Compromisos de recursos"}],
     "attendance": ["p-maria", "p-andres", "p-lucia", "p-sofia", "p-jorge", "p-alejandro", "p-karla",
                    "p-mauricio", "p-diana", "p-elena", "p-roberto", "p-ana", "p-tomas"],
     "decisions": ["dec-09", "dec-10", "dec-11", "dec-12", "dec-13"]},
    {"id": "s-04", "title": "Sesión 4 · Prototipo de la caja de herramientas", "date": "2026-05-28",
     "place": "Mérida, Yucatán",
     "agenda": [{"phase": 4, "board": "b-prototipo-lienzo", "title": "Lienzo del prototipo"},
                {"phase": 4, "board": "b-prototipo-guion", "title": "Guion gráfico"},
                {"phase": 5, "board": "b-probar-plan", "title": "Plan de prueba"}],
     "attendance": ["p-maria", "p-andres", "p-lucia", "p-itzel", "p-sofia", "p-jorge", "p-ernesto",
                    "p-mauricio", "p-guadalupe", "p-rafael", "p-tomas"],
     "decisions": ["dec-14", "dec-15", "dec-16", "dec-17", "dec-18", "dec-19", "dec-20", "dec-21", "dec-22"]},
    {"id": "s-05", "title": "Sesión 5 · Resultados del piloto", "date": "2026-09-10",
     "place": "Oaxaca de Juárez, Oaxaca",
     "agenda": [{"phase": 5, "board": "b-probar-retro", "title": "Retroalimentación del piloto"},
                {"phase": 6, "title": "Bitácora de aprendizaje"}],
     "attendance": ["p-maria", "p-lucia", "p-itzel", "p-sofia", "p-jorge", "p-ernesto", "p-mauricio",
                    "p-guadalupe", "p-rafael", "p-beatriz"]},
    {"id": "s-06", "title": "Sesión 6 · Evaluación y siguiente ciclo", "date": "2026-11-19",
     "place": "Mérida, Yucatán",
     "agenda": [{"phase": 6, "board": "b-evaluar-tablero", "title": "Evaluación del primer ciclo"},
                {"phase": 4, "title": "Arranque de la iteración 2"}],
     "attendance": ["p-maria", "p-andres", "p-lucia", "p-itzel", "p-sofia", "p-jorge", "p-alejandro",
                    "p-ernesto", "p-karla", "p-mauricio", "p-guadalupe", "p-diana", "p-rafael", "p-elena",
                    "p-ana"],
     "decisions": ["dec-23", "dec-24", "dec-25"]},
]

PHASES = [{"phase": p, "status": "done"} for p in (1, 2, 3, 4, 5)] + [{"phase": 6, "status": "in_progress"}]


def add_to(doc: dict[str, Any]) -> None:
    """Add the Lab sections to the demo document (after the core and the votes)."""
    closed = [r for r in doc.get("votes", []) if r.get("status") == "closed"]
    decisions = [dict(d) for d in DECISIONS]
    if closed:  # the prioritizing decision was recorded when the vote round closed
        decisions[5]["source"] = {"kind": "vote_round", "id": closed[0]["id"]}
    doc["initiatives"] = INITIATIVES
    doc["resources"] = {"pledges": PLEDGES, "needs": NEEDS}
    doc["action_plans"] = ACTION_PLANS
    doc["decisions"] = {"phases": PHASES, "log": decisions}
    doc["learning_log"] = LEARNING
    doc["sessions"] = SESSIONS
