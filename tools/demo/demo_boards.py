"""What the Learning Community wrote on its boards, phase by phase (all text invented).

Each board names its template and, per template zone, the cards on it; ``make_demo`` lays
them out. Authors come from the board's ``authors`` in turn unless a card names one.
Challenge notes carry explicit ids (``n-reto-…`` on the parking lot, ``n-matriz-…`` on the
matrix): voting rounds and lab records refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reslab_desktop.rules.palette import NOTE_COLORS

YELLOW, ORANGE, SKY, GREEN, PINK, LILAC, WHITE, GREY = (c[0] for c in NOTE_COLORS)


@dataclass(frozen=True)
class Card:
    text: str
    author: str | None = None
    id: str | None = None
    color: str | None = None
    w: float = 160
    h: float = 100


@dataclass(frozen=True)
class BoardSpec:
    id: str
    phase: int
    title: str
    template: str | None
    notes: dict[str, tuple[Card, ...]] = field(default_factory=dict)
    authors: tuple[str, ...] = ()
    color: str = YELLOW
    zone_colors: dict[str, str] = field(default_factory=dict)
    zone_titles: dict[str, str] = field(default_factory=dict)
    zone_prompts: dict[str, str] = field(default_factory=dict)
    links: tuple[tuple[str, str, str], ...] = ()
    free_notes: tuple[Card, ...] = ()
    columns: int = 5


def cards(*texts: str) -> tuple[Card, ...]:
    return tuple(Card(t) for t in texts)


def challenges(prefix: str, *items: tuple[str, str]) -> tuple[Card, ...]:
    """Challenge cards with stable ids ``{prefix}-{slug}``."""
    return tuple(Card(text, id=f"{prefix}-{slug}") for slug, text in items)


# --- Phase 1: empathy ------------------------------------------------------------------------

EMPATHY_MAP = BoardSpec(
    "b-empatia-mapa", 1, "Mapa de empatía: Dani, 13 años", "empathy_map",
    authors=("p-maria", "p-lucia", "p-sofia", "p-andres", "p-itzel", "p-diana", "p-guadalupe", "p-karla"),
    zone_colors={"says": SKY, "thinks": LILAC, "does": GREEN, "feels": PINK, "person": WHITE,
                 "pains": ORANGE, "gains": GREEN},
    notes={
        "says": cards(
            "«En la escuela nadie me pregunta cómo estoy»",
            "«Prefiero estar en la calle que en mi casa»",
            "«Los adultos no escuchan»",
            "«En el celular sí tengo amigos»",
            "«¿Para qué digo algo, si no pasa nada?»",
        ),
        "thinks": cards(
            "Que nadie le va a creer",
            "Que pedir ayuda le meterá en problemas",
            "Que su futuro está lejos de la colonia",
            "Que los gritos en casa son normales",
            "Que debe ser fuerte por sus hermanos",
        ),
        "does": cards(
            "Cuida a sus hermanos por las tardes",
            "Falta a clases cuando hay pleito en casa",
            "Pasa horas en redes sociales",
            "Juega fútbol en la cancha del parque",
            "Ayuda a vender en el tianguis",
        ),
        "feels": cards(
            "Miedo cuando su padrastro bebe",
            "Vergüenza de pedir ayuda",
            "Orgullo cuando gana un partido",
            "Soledad, aunque esté con gente",
            "Enojo con adultos que no cumplen",
        ),
        "person": (
            Card("Dani, 13 años, segundo de secundaria", "p-ana", "n-empatia-dani"),
            Card("Vive con su mamá, su padrastro y 2 hermanos", "p-maria"),
            Card("Colonia del sur de Mérida, a 1 h del centro", "p-andres"),
        ),
        "pains": cards(
            "Violencia en casa sin testigos",
            "Servicios de protección lejanos y lentos",
            "Escuela sin orientación psicológica",
            "Acoso y amenazas en redes",
        ),
        "gains": cards(
            "Un adulto de confianza fuera de casa",
            "Espacios seguros para jugar y aprender",
            "Que su opinión cuente",
            "Saber sus derechos y a quién acudir",
        ),
    },
)

STAKEHOLDERS = BoardSpec(
    "b-empatia-actores", 1, "Mapa de actores: protección de la niñez", "stakeholder_map",
    authors=("p-jorge", "p-ernesto", "p-alejandro", "p-guadalupe", "p-karla", "p-rafael"),
    zone_colors={"core": PINK, "direct": YELLOW, "indirect": SKY},
    notes={
        "indirect": cards(
            "Congreso del estado",
            "Medios de comunicación locales",
            "Empresas de la zona",
            "Fundaciones y fondos",
            "Policía municipal",
            "Plataformas de redes sociales",
            "Gobierno federal",
            "Iglesias y grupos de fe",
        ),
        "direct": cards(
            "Escuelas y docentes",
            "OSC de infancia y juventud",
            "Procuraduría y DIF",
            "Centros de salud",
            "Comités vecinales",
            "Promotoras comunitarias",
        ),
        "core": cards("Niñas, niños y adolescentes", "Familias y personas cuidadoras"),
    },
)

WHO_WE_ARE = BoardSpec(
    "b-empatia-quienes-somos", 1, "¿Quiénes somos?", None,
    color=YELLOW, columns=5,
    free_notes=(
        Card("Niñez Primero: 12 años en escuelas del sur de Mérida", "p-maria"),
        Card("Casa Colibrí: acogida y acompañamiento psicosocial", "p-lucia", color=PINK),
        Card("Semillas de Paz: círculos de paz con jóvenes", "p-sofia", color=GREEN),
        Card("Observatorio de Infancias: datos e indicadores", "p-jorge", color=SKY),
        Card("Estudios para la Paz: investigación sobre violencia", "p-alejandro", color=SKY),
        Card("Protección Oaxaca: atiende casos de toda la entidad", "p-ernesto", color=LILAC),
        Card("Prevención Monterrey: programas en 20 colonias", "p-karla", color=LILAC),
        Card("Código Sureste: software para proyectos sociales", "p-mauricio", color=ORANGE),
        Card("Colectiva Mixteca: mujeres promotoras en 9 comunidades", "p-guadalupe", color=GREEN),
        Card("Comité Independencia: vecinas y vecinos organizados", "p-diana", color=GREEN),
        Card("Voz de la Sierra: radio en mixteco y español", "p-rafael", color=GREEN),
        Card("Fondo del Noreste: financia redes locales", "p-elena", color=ORANGE),
    ),
)

# --- Phase 2: challenges -----------------------------------------------------------------

# The shared challenges, by slug: the parking lot and the matrix both use them.
CHALLENGES = {
    "rotacion-personal": "Alta rotación de personal y voluntariado",
    "fondos-cortos": "Fondos de corto plazo, proyecto por proyecto",
    "medir-impacto": "No sabemos medir ni mostrar nuestro impacto",
    "herramientas-dispersas": "Metodologías dispersas: cada OSC empieza de cero",
    "desgaste": "Desgaste emocional de los equipos",
    "denuncia": "Niñas y niños no saben dónde pedir ayuda",
    "violencia-escolar": "Violencia y acoso en secundarias",
    "adicciones": "Consumo de sustancias desde los 12 años",
    "crianza": "Familias sin herramientas de crianza sin violencia",
    "lenguas": "Pocos materiales en lenguas originarias",
    "rutas-proteccion": "Rutas de atención y canalización poco claras",
    "coordinacion": "Poca coordinación entre OSC y gobierno",
    "competencia": "Competimos por los mismos fondos",
    "datos": "Sin datos locales compartidos sobre violencia",
    "conectividad": "Comunidades sin internet estable",
}


def _challenge_cards(prefix: str, *slugs: str) -> tuple[Card, ...]:
    return challenges(prefix, *((s, CHALLENGES[s]) for s in slugs))


PARKING_LOT = BoardSpec(
    "b-retos-estacionamiento", 2, "Retos que compartimos", "challenge_parking_lot",
    authors=("p-maria", "p-sofia", "p-lucia", "p-jorge", "p-ernesto", "p-karla", "p-guadalupe",
             "p-diana", "p-rafael", "p-mauricio", "p-itzel", "p-alejandro", "p-andres", "p-elena"),
    zone_colors={"internal": SKY, "people": PINK, "system": GREEN, "later": GREY},
    notes={
        "internal": _challenge_cards(
            "n-reto", "rotacion-personal", "fondos-cortos", "medir-impacto", "herramientas-dispersas", "desgaste"
        ),
        "people": _challenge_cards("n-reto", "denuncia", "violencia-escolar", "adicciones", "crianza", "lenguas"),
        "system": _challenge_cards("n-reto", "rutas-proteccion", "coordinacion", "competencia", "datos", "conectividad"),
        "later": challenges(
            "n-pendiente",
            ("cambio-gobierno", "Cambio de gobiernos municipales en 2027"),
            ("reforma-ley", "Reforma a la ley estatal de protección"),
            ("seguridad-digital", "Seguridad digital de las OSC"),
            ("voz-jovenes", "Jóvenes en la toma de decisiones"),
        ),
    },
)

PROBLEM_TREE = BoardSpec(
    "b-retos-arbol", 2, "Árbol de problemas: la protección llega tarde", "problem_tree",
    authors=("p-ernesto", "p-lucia", "p-jorge", "p-itzel", "p-karla", "p-alejandro", "p-guadalupe"),
    zone_colors={"effects": SKY, "problem": PINK, "causes": ORANGE},
    notes={
        "effects": challenges(
            "n-arbol-efecto",
            ("violencia-grave", "Casos que escalan a violencia grave"),
            ("desercion", "Abandono escolar"),
            ("reclutamiento", "Adolescentes reclutados por grupos delictivos"),
            ("embarazo", "Embarazo adolescente"),
            ("desconfianza", "Familias que ya no confían en las instituciones"),
            ("saturacion", "OSC saturadas atendiendo crisis"),
        ),
        "problem": (
            Card("Niñas, niños y adolescentes en riesgo no reciben protección a tiempo",
                 "p-ana", "n-arbol-problema", w=340),
        ),
        "causes": challenges(
            "n-arbol-causa",
            ("rutas", "Rutas de canalización distintas en cada municipio"),
            ("docentes", "Docentes sin formación para detectar violencia"),
            ("aislamiento", "OSC que trabajan aisladas"),
            ("miedo", "Miedo a denunciar y desconfianza"),
            ("personal", "Poco personal en las procuradurías"),
            ("idioma", "Información solo en español y en línea"),
            ("castigo", "Castigo físico visto como normal"),
            ("fondos", "Fondos cortos que cortan procesos"),
        ),
    },
    links=tuple(
        (f"n-arbol-causa-{c}", "n-arbol-problema", "")
        for c in ("rutas", "docentes", "aislamiento", "miedo", "personal", "idioma", "castigo", "fondos")
    )
    + tuple(
        ("n-arbol-problema", f"n-arbol-efecto-{e}", "")
        for e in ("violencia-grave", "desercion", "reclutamiento", "embarazo", "desconfianza", "saturacion")
    ),
)

MATRIX = BoardSpec(
    "b-retos-matriz", 2, "Priorización: impacto × factibilidad", "impact_feasibility",
    authors=("p-sofia", "p-maria", "p-ernesto", "p-karla", "p-jorge", "p-guadalupe"),
    zone_colors={"high_high": GREEN, "high_low": SKY, "low_high": YELLOW, "low_low": GREY},
    notes={
        "high_low": _challenge_cards("n-matriz", "datos", "fondos-cortos", "violencia-escolar", "adicciones"),
        "high_high": _challenge_cards(
            "n-matriz", "herramientas-dispersas", "rutas-proteccion", "coordinacion", "lenguas", "denuncia"
        ),
        "low_low": _challenge_cards("n-matriz", "competencia", "conectividad", "rotacion-personal"),
        "low_high": _challenge_cards("n-matriz", "medir-impacto", "desgaste", "crianza"),
    },
)

# --- Phase 3: ideate and resources -----------------------------------------------------------

HOW_MIGHT_WE = BoardSpec(
    "b-idear-como-podriamos", 3, "¿Cómo podríamos…? Los tres retos priorizados", "how_might_we",
    authors=("p-mauricio", "p-maria", "p-lucia", "p-sofia", "p-jorge", "p-rafael", "p-karla", "p-ernesto",
             "p-guadalupe", "p-diana"),
    zone_titles={
        "challenge_1": "Reto 1: metodologías dispersas",
        "challenge_2": "Reto 2: rutas de protección",
        "challenge_3": "Reto 3: coordinación con gobierno",
    },
    zone_prompts={
        "challenge_1": "¿Cómo podríamos compartir lo que ya sabemos hacer entre OSC?",
        "challenge_2": "¿Cómo podríamos hacer claras las rutas de protección?",
        "challenge_3": "¿Cómo podríamos coordinarnos mejor con gobierno?",
    },
    zone_colors={"challenge_1": YELLOW, "challenge_2": PINK, "challenge_3": SKY, "combined": GREEN},
    notes={
        "challenge_1": challenges(
            "n-idea",
            ("caja-herramientas", "Caja de herramientas en línea con fichas descargables"),
            ("biblioteca", "Biblioteca de metodologías probadas, con autoría"),
            ("intercambios", "Intercambio mensual entre pares"),
            ("mentorias", "Mentorías entre OSC grandes y pequeñas"),
            ("sin-conexion", "Versión sin conexión para la Sierra"),
            ("plantillas", "Plantillas de proyecto y evaluación"),
        ),
        "challenge_2": challenges(
            "n-idea",
            ("mapa-rutas", "Mapa de rutas por municipio en una página"),
            ("directorio", "Directorio vivo de servicios de protección"),
            ("fichas-lenguas", "Fichas en maya, mixteco y zapoteco"),
            ("formacion-docentes", "Formación a docentes para detectar y canalizar"),
            ("whatsapp", "Línea de WhatsApp para orientar a familias"),
        ),
        "challenge_3": challenges(
            "n-idea",
            ("mesa-trimestral", "Mesa trimestral OSC–gobierno en cada ciudad"),
            ("convenios", "Convenios de colaboración con la Procuraduría"),
            ("enlace", "Una persona enlace en cada dependencia"),
            ("tablero-compromisos", "Tablero público de compromisos"),
        ),
        "combined": challenges(
            "n-idea",
            ("caja-con-rutas", "Caja de herramientas que incluya las rutas de protección"),
            ("red-regional", "Red regional con comité rotativo"),
            ("foro-anual", "Foro anual de la Comunidad de Aprendizaje"),
        ),
    },
)

COLLABORATION = BoardSpec(
    "b-idear-colaboracion", 3, "Mapa de colaboración: caja de herramientas", "collaboration_map",
    authors=("p-tomas",),
    zone_colors={"civil_society": YELLOW, "academia": LILAC, "government": SKY, "community": GREEN,
                 "initiative": WHITE, "private": ORANGE, "funders": ORANGE, "media": GREEN, "missing": GREY},
    notes={
        "civil_society": challenges(
            "n-colab",
            ("ninez-primero", "Niñez Primero Yucatán"),
            ("casa-colibri", "Casa Colibrí"),
            ("semillas-de-paz", "Semillas de Paz"),
        ),
        "academia": challenges(
            "n-colab",
            ("observatorio", "Observatorio de Infancias (U. Peninsular)"),
            ("estudios-paz", "Centro de Estudios para la Paz"),
        ),
        "government": challenges(
            "n-colab",
            ("proteccion-oaxaca", "Protección a la Infancia, Oaxaca"),
            ("prevencion-mty", "Prevención y Convivencia, Monterrey"),
        ),
        "community": challenges(
            "n-colab",
            ("comite-independencia", "Comité Vecinal Independencia"),
            ("colectiva-mixteca", "Colectiva de Mujeres de la Mixteca"),
        ),
        "initiative": (Card("Caja de herramientas en línea para OSC", "p-ana", "n-colab-caja"),),
        "private": challenges("n-colab", ("codigo-sureste", "Código Sureste")),
        "funders": challenges("n-colab", ("fondo-noreste", "Fondo Comunitario del Noreste")),
        "media": challenges("n-colab", ("radio-sierra", "Radio Voz de la Sierra")),
        "missing": challenges(
            "n-colab",
            ("sep", "Secretaría de Educación estatal"),
            ("madres-padres", "Asociaciones de madres y padres"),
            ("jovenes", "Jóvenes de las colonias"),
        ),
    },
    links=(
        ("n-colab-ninez-primero", "n-colab-caja", "contenidos"),
        ("n-colab-casa-colibri", "n-colab-caja", "contenidos"),
        ("n-colab-semillas-de-paz", "n-colab-caja", "círculos de paz"),
        ("n-colab-observatorio", "n-colab-caja", "indicadores"),
        ("n-colab-codigo-sureste", "n-colab-caja", "plataforma"),
        ("n-colab-fondo-noreste", "n-colab-caja", "financia"),
        ("n-colab-radio-sierra", "n-colab-caja", "difunde"),
        ("n-colab-proteccion-oaxaca", "n-colab-caja", "rutas"),
        ("n-colab-prevencion-mty", "n-colab-caja", "rutas"),
        ("n-colab-colectiva-mixteca", "n-colab-caja", "traduce"),
        ("n-colab-comite-independencia", "n-colab-semillas-de-paz", ""),
        ("n-colab-estudios-paz", "n-colab-caja", "evalúa"),
    ),
)

RESOURCES = BoardSpec(
    "b-idear-recursos", 3, "Recursos que ponemos en común", "resources_board",
    zone_colors={"expertise": SKY, "time": GREEN, "funding": YELLOW, "gaps": GREY},
    notes={
        "expertise": (
            Card("Niñez Primero: talleres de derechos de la niñez", "p-maria"),
            Card("Semillas de Paz: metodología de círculos de paz", "p-sofia"),
            Card("Observatorio: diseño de indicadores", "p-jorge"),
            Card("Código Sureste: desarrollo web accesible", "p-mauricio"),
            Card("Colectiva Mixteca: traducción al mixteco", "p-guadalupe"),
            Card("Casa Colibrí: atención psicosocial", "p-lucia"),
        ),
        "time": (
            Card("Semillas de Paz: 1 persona, 4 h por semana", "p-sofia"),
            Card("Observatorio: 2 estudiantes de servicio social", "p-jorge"),
            Card("Voz de la Sierra: una cápsula semanal al aire", "p-rafael"),
            Card("Comité Independencia: sede para sesiones", "p-diana"),
            Card("Prevención Monterrey: enlace 1 día al mes", "p-karla"),
            Card("Colectiva Mixteca: 3 promotoras para el piloto", "p-guadalupe"),
        ),
        "funding": (
            Card("Fondo del Noreste: $350,000 de capital semilla", "p-elena"),
            Card("Código Sureste: hospedaje web por 2 años", "p-mauricio"),
            Card("Niñez Primero: impresión de 500 fichas", "p-andres"),
            Card("Casa Colibrí: espacio y alimentos para 3 sesiones", "p-itzel"),
            Card("Prevención Monterrey: transporte a sesiones", "p-karla"),
            Card("Observatorio: licencias de encuestas", "p-jorge"),
        ),
        "gaps": (
            Card("Diseño gráfico accesible", "p-tomas"),
            Card("Traducción al maya y al zapoteco", "p-guadalupe"),
            Card("Moderación de la plataforma", "p-mauricio"),
            Card("Fondos para el segundo año", "p-elena"),
            Card("Seguridad digital para los datos", "p-ernesto"),
            Card("Formación en accesibilidad", "p-tomas"),
        ),
    },
)

# --- Phase 4: prototype ---------------------------------------------------------------------

CANVAS = BoardSpec(
    "b-prototipo-lienzo", 4, "Lienzo: caja de herramientas en línea para OSC", "prototype_canvas",
    authors=("p-mauricio", "p-maria", "p-lucia", "p-sofia", "p-jorge", "p-guadalupe", "p-rafael", "p-ernesto",
             "p-karla", "p-elena", "p-diana"),
    zone_colors={"problem": ORANGE, "solution": YELLOW, "people": PINK, "partners": LILAC,
                 "activities": SKY, "resources": GREEN, "risks": GREY, "success": GREEN},
    notes={
        "problem": cards(
            "Cada OSC reinventa sus metodologías",
            "Rutas de protección confusas",
            "El saber se va cuando alguien se va",
            "Familias que no saben a dónde acudir",
        ),
        "solution": cards(
            "Plataforma con fichas, guías y videos cortos",
            "Rutas de protección por municipio",
            "Descarga para usar sin internet",
            "Fichas en lenguas originarias",
        ),
        "people": cards(
            "Equipos de OSC pequeñas", "Docentes y orientadores", "Promotoras comunitarias",
            "Familias con hijas e hijos adolescentes",
        ),
        "partners": cards(
            "Código Sureste: plataforma",
            "Observatorio: evaluación",
            "Voz de la Sierra: difusión",
            "Protección Oaxaca: rutas",
        ),
        "activities": cards(
            "Reunir y editar 30 metodologías",
            "Validar contenidos con OSC usuarias",
            "Talleres de uso en las tres ciudades",
            "Comité editorial rotativo",
        ),
        "resources": cards(
            "$350,000 del Fondo del Noreste",
            "4 h semanales de cada OSC del comité",
            "Traducción y diseño accesible",
            "Directorios de las 3 procuradurías",
        ),
        "risks": cards(
            "Que nadie la actualice después del piloto",
            "Exponer datos personales de casos",
            "Poca conectividad en la Sierra",
            "Que compita con lo que ya existe",
        ),
        "success": cards(
            "20 OSC usan al menos 3 fichas",
            "Casos canalizados en menos días",
            "OSC suben sus propios materiales",
            "Familias que llegan por la radio",
        ),
    },
)

STORYBOARD = BoardSpec(
    "b-prototipo-guion", 4, "Guion gráfico: Rosa, promotora en la Mixteca", "storyboard",
    authors=("p-guadalupe", "p-rafael", "p-lucia", "p-ernesto"),
    zone_colors={f"frame_{i}": c for i, c in enumerate((SKY, PINK, YELLOW, GREEN, LILAC, ORANGE), start=1)},
    notes={
        "frame_1": cards("Rosa es promotora comunitaria en Tlaxiaco", "Acompaña a 15 familias"),
        "frame_2": cards("Una niña le cuenta que la golpean en casa", "Rosa no sabe a quién llamar"),
        "frame_3": cards("Una compañera le comparte la caja de herramientas", "La abre en su celular, sin datos"),
        "frame_4": cards("Encuentra la ruta de protección de su municipio", "Usa la ficha en mixteco con la familia"),
        "frame_5": cards("El caso llega a Protección en dos días", "La niña recibe acompañamiento"),
        "frame_6": cards("Rosa comparte su experiencia en la plataforma", "Otra promotora la usa en la Sierra Sur"),
    },
)

# --- Phase 5: test -----------------------------------------------------------------------

TEST_PLAN = BoardSpec(
    "b-probar-plan", 5, "Plan de prueba: piloto de junio a agosto", "test_plan",
    authors=("p-jorge", "p-mauricio", "p-maria", "p-guadalupe", "p-karla", "p-alejandro"),
    zone_colors={"hypothesis": YELLOW, "what": SKY, "who": PINK, "measure": LILAC, "result": GREEN},
    notes={
        "hypothesis": (
            Card("Si las rutas están en un solo lugar, canalizar tomará menos días", "p-jorge", w=340),
            Card("Con fichas en lenguas originarias, más familias las usarán", "p-guadalupe", w=340),
        ),
        "what": cards("Fichas de rutas de protección", "Buscador por municipio", "Modo sin conexión"),
        "who": cards("8 OSC de las tres ciudades", "12 docentes de secundaria", "6 promotoras de la Mixteca"),
        "measure": cards(
            "Días entre detección y canalización",
            "Fichas descargadas por semana",
            "Entrevistas breves al cierre",
        ),
        "result": cards(
            "Canalización: de 9 a 4 días en promedio",
            "El buscador confunde en celular",
            "Las fichas en mixteco, las más compartidas",
        ),
    },
)

FEEDBACK = BoardSpec(
    "b-probar-retro", 5, "Retroalimentación del piloto", "feedback_grid",
    authors=("p-diana", "p-itzel", "p-andres", "p-rafael", "p-karla", "p-lucia", "p-guadalupe", "p-sofia"),
    zone_colors={"worked": GREEN, "change": ORANGE, "questions": SKY, "ideas": YELLOW},
    notes={
        "worked": cards(
            "Las fichas imprimibles",
            "Poder usarla sin internet",
            "Rutas con teléfonos actualizados",
            "Videos de dos minutos",
        ),
        "change": cards(
            "Menú más simple en el celular",
            "Letra más grande",
            "Menos lenguaje jurídico",
            "Actualizar el directorio cada 3 meses",
        ),
        "questions": cards(
            "¿Quién valida los contenidos?",
            "¿Cómo cuidamos los datos de los casos?",
            "¿Habrá versión en maya?",
            "¿Quién paga el hospedaje en 2028?",
        ),
        "ideas": cards(
            "Audios para la radio comunitaria",
            "Foro de preguntas entre OSC",
            "Reconocer a las OSC que comparten",
            "Guía para jóvenes, hecha por jóvenes",
        ),
    },
)

# --- Phase 6: evaluate ---------------------------------------------------------------------

EVALUATION = BoardSpec(
    "b-evaluar-tablero", 6, "Evaluación del primer ciclo", "evaluation_board",
    authors=("p-jorge", "p-maria", "p-sofia", "p-ernesto", "p-guadalupe", "p-elena", "p-mauricio", "p-karla"),
    zone_colors={"results": GREEN, "lessons": YELLOW, "adapt": SKY, "next": LILAC},
    notes={
        "results": cards(
            "42 OSC registradas en la plataforma",
            "31 metodologías publicadas",
            "Canalización 55% más rápida en el piloto",
            "Nueva red regional con comité rotativo",
            "Rutas de protección de 26 municipios",
            "3 mesas OSC–gobierno instaladas",
        ),
        "lessons": cards(
            "La confianza se construye en persona",
            "Las OSC locales deciden mejor qué publicar",
            "Sin traducción no llega a las comunidades",
            "Con rotación, los materiales deben explicarse solos",
            "Decidir juntos toma tiempo y vale la pena",
            "Los datos compartidos generan confianza",
        ),
        "adapt": cards(
            "Comité editorial con OSC de las tres ciudades",
            "Versión en audio para la radio",
            "Menú simplificado para celular",
            "Actualización trimestral del directorio",
            "Fichas más cortas y con dibujos",
            "Coordinación rotativa cada 6 meses",
        ),
        "next": cards(
            "Segundo ciclo en la península: enero 2027",
            "Plan de sostenibilidad financiera",
            "Sumar a la Secretaría de Educación",
            "Evaluación externa con el Observatorio",
            "Traducción al maya con aliados de Mérida",
            "Presentar resultados a financiadores",
        ),
    },
)

BOARDS = (
    EMPATHY_MAP, STAKEHOLDERS, WHO_WE_ARE,
    PARKING_LOT, PROBLEM_TREE, MATRIX,
    HOW_MIGHT_WE, COLLABORATION, RESOURCES,
    CANVAS, STORYBOARD,
    TEST_PLAN, FEEDBACK,
    EVALUATION,
)
