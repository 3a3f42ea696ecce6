"""The demo's Learning Community: the workshop, its organizations and the people in the room.

All names are invented. The organizations work in Mérida, Oaxaca and Monterrey.
"""

from __future__ import annotations

FACILITATORS = ("Ana Laura Méndez", "Tomás Herrera Quiroz", "Beatriz Chan Uc")

WORKSHOP = {
    "title": "Laboratorio de Resiliencia 2026: niñez protegida y cultura de paz",
    "learning_community": "Comunidad de Aprendizaje Península–Oaxaca–Norte",
    "place": "Mérida, Yucatán (con sesiones en Oaxaca de Juárez y Monterrey)",
    "language": "es",
    "starts_on": "2026-02-12",
    "ends_on": "2026-11-19",
    "facilitators": list(FACILITATORS),
}

# (id, name, sector, city)
ORGANIZATIONS = (
    ("org-ninez-primero", "Niñez Primero Yucatán A.C.", "civil_society", "Mérida"),
    ("org-casa-colibri", "Casa Colibrí, Espacio para la Infancia", "civil_society", "Oaxaca"),
    ("org-semillas-de-paz", "Semillas de Paz A.C.", "civil_society", "Monterrey"),
    ("org-observatorio-infancias", "Observatorio de Infancias, Universidad Peninsular", "academia", "Mérida"),
    ("org-estudios-paz", "Centro Universitario de Estudios para la Paz", "academia", "Monterrey"),
    ("org-proteccion-oaxaca", "Oficina Estatal de Protección a la Infancia de Oaxaca", "government", "Oaxaca"),
    ("org-prevencion-mty", "Coordinación Municipal de Prevención y Convivencia", "government", "Monterrey"),
    ("org-codigo-sureste", "Código Sureste (empresa de software)", "private", "Mérida"),
    ("org-colectiva-mixteca", "Colectiva de Mujeres de la Mixteca", "community", "Oaxaca"),
    ("org-comite-independencia", "Comité Vecinal Colonia Independencia", "community", "Monterrey"),
    ("org-radio-sierra", "Radio Comunitaria Voz de la Sierra", "community", "Oaxaca"),
    ("org-fondo-noreste", "Fondo Comunitario del Noreste", "funder", "Monterrey"),
    ("org-equipo-facilitador", "Equipo facilitador del Laboratorio", "other", "Mérida"),
)

# (id, name, organization id, role)
PARTICIPANTS = (
    ("p-maria", "María Fernanda Cetina", "org-ninez-primero", "participant"),
    ("p-andres", "Andrés Pool Chi", "org-ninez-primero", "participant"),
    ("p-lucia", "Lucía Martínez Santiago", "org-casa-colibri", "participant"),
    ("p-itzel", "Itzel Ramírez López", "org-casa-colibri", "participant"),
    ("p-sofia", "Sofía Garza Treviño", "org-semillas-de-paz", "participant"),
    ("p-jorge", "Jorge Canul Pech", "org-observatorio-infancias", "participant"),
    ("p-alejandro", "Alejandro Villarreal Leal", "org-estudios-paz", "participant"),
    ("p-ernesto", "Ernesto López Ruiz", "org-proteccion-oaxaca", "participant"),
    ("p-karla", "Karla Cantú Salinas", "org-prevencion-mty", "participant"),
    ("p-mauricio", "Mauricio Tzec Balam", "org-codigo-sureste", "participant"),
    ("p-guadalupe", "Guadalupe Hernández Cruz", "org-colectiva-mixteca", "participant"),
    ("p-diana", "Diana Rodríguez Olvera", "org-comite-independencia", "participant"),
    ("p-rafael", "Rafael Bautista Sosa", "org-radio-sierra", "participant"),
    ("p-elena", "Elena Montemayor Garza", "org-fondo-noreste", "participant"),
    ("p-roberto", "Roberto Salinas Ibarra", "org-fondo-noreste", "observer"),
    ("p-ana", FACILITATORS[0], "org-equipo-facilitador", "facilitator"),
    ("p-tomas", FACILITATORS[1], "org-equipo-facilitador", "facilitator"),
    ("p-beatriz", FACILITATORS[2], "org-equipo-facilitador", "facilitator"),
)
