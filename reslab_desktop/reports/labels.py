"""Every heading and label printed in the PDFs, in the two workshop languages (Qt-free).

One catalog for all report modules: add your keys here (both languages) rather than
writing literal strings in a section. ``label(key, lang, **fmt)`` formats with ``str.format``.
"""

from __future__ import annotations

from typing import Final

LABELS: Final[dict[str, tuple[str, str]]] = {
    # key: (es, en)
    # -- document -------------------------------------------------------------------------
    "report_title": ("Informe del laboratorio", "Lab report"),
    "page_x_of_y": ("Página {page} de {total}", "Page {page} of {total}"),
    "generated_with": ("Generado con Resiliency Lab Desktop el {date}", "Made with Resiliency Lab Desktop on {date}"),
    "contents": ("Contenido", "Contents"),
    "cover": ("Portada", "Cover"),
    "boards_by_phase": ("Tableros de cada paso", "Boards of each step"),
    "none": ("—", "—"),
    # -- cover ----------------------------------------------------------------------------
    "learning_community": ("Comunidad de aprendizaje", "Learning Community"),
    "place": ("Lugar", "Place"),
    "dates": ("Fechas", "Dates"),
    "facilitators": ("Equipo facilitador", "Facilitating team"),
    "organizations": ("Organizaciones", "Organizations"),
    "date_range": ("del {start} al {end}", "{start} to {end}"),
    "at_a_glance": ("En resumen", "At a glance"),
    "count_organizations": ("organizaciones", "organizations"),
    "count_participants": ("participantes", "participants"),
    "count_boards": ("tableros", "boards"),
    "count_notes": ("notas", "notes"),
    "count_sessions": ("sesiones", "sessions"),
    # -- people ---------------------------------------------------------------------------
    "participants_and_orgs": ("Participantes y organizaciones", "Participants and organizations"),
    "orgs_by_sector": ("Organizaciones por sector", "Organizations by sector"),
    "sector": ("Sector", "Sector"),
    "organization": ("Organización", "Organization"),
    "participant": ("Participante", "Participant"),
    "participants": ("Participantes", "Participants"),
    "name": ("Nombre", "Name"),
    "role": ("Rol", "Role"),
    "count": ("Número", "Count"),
    "no_organization": ("Sin organización", "No organization"),
    "sessions": ("Sesiones", "Sessions"),
    "session_date": ("Fecha", "Date"),
    "attendance": ("Asistencia", "Attendance"),
    "nobody_yet": ("Aún no hay participantes registrados.", "No participants registered yet."),
    # -- phases and boards ----------------------------------------------------------------
    "phase_n": ("Paso {n}: {name}", "Step {n}: {name}"),
    # one line under each phase heading: what the step is for (the method's six steps)
    "phase_intro_1": ("Generar empatía: comprensión mutua entre organizaciones y con las personas a las que sirven.",
                      "Generate empathy: mutual understanding among organizations and with the people they serve."),
    "phase_intro_2": ("Definir los retos del sistema local y priorizar los más urgentes para atenderlos juntos.",
                      "Define the challenges of the local system and prioritize the most pressing ones to tackle together."),
    "phase_intro_3": ("Idear la colaboración y definir los recursos: experiencia, tiempo y financiamiento.",
                      "Ideate collaboration and define resources: expertise, time and funding."),
    "phase_intro_4": ("Prototipar una iniciativa colaborativa con las nuevas herramientas.",
                      "Prototype a collaborative initiative with the new tools."),
    "phase_intro_5": ("Probar las iniciativas: las organizaciones locales deciden calendario, gobernanza, objetivos y comunicación.",
                      "Test the initiatives: local organizations decide timeline, governance, objectives and communication."),
    "phase_intro_6": ("Evaluar: los aprendizajes y resultados guían la adaptación de la siguiente vuelta.",
                      "Evaluate: lessons and results guide the adaptation of the next iteration."),
    "phase_summary": ("{boards} tableros · {notes} notas", "{boards} boards · {notes} notes"),
    "board_notes": ("Notas del tablero", "Notes on the board"),
    "outside_zones": ("Fuera de las zonas", "Outside the zones"),
    "empty_board": ("Este tablero aún no tiene notas.", "This board has no notes yet."),
    "note_count": ("{n} notas", "{n} notes"),
    "links": ("Conexiones", "Links"),
    "author": ("Autor/a", "Author"),
    "image": ("Imagen", "Image"),
    # -- worksheets -----------------------------------------------------------------------
    "worksheets_title": ("Hojas de trabajo", "Worksheets"),
    "worksheet_footer": ("Hoja de trabajo · {template}", "Worksheet · {template}"),
    "team_line": ("Equipo / organización: ______________________", "Team / organization: ______________________"),
    "no_templates": ("No hay plantillas disponibles.", "No templates are available."),
    # -- tally ----------------------------------------------------------------------------
    "tally_title": ("Hoja de conteo de votos", "Vote tally sheet"),
    "tally_instructions": (
        "Marque un punto por cada voto en la casilla del candidato. Escriba el total al final.",
        "Mark one dot per vote in the candidate's boxes. Write the total at the end.",
    ),
    "question": ("Pregunta", "Question"),
    "candidate": ("Candidato", "Candidate"),
    "criterion": ("Criterio", "Criterion"),
    "votes": ("Votos", "Votes"),
    "total": ("Total", "Total"),
    "round_n": ("Ronda", "Round"),
    "counted_by": ("Contó: ____________________   Revisó: ____________________",
                   "Counted by: ____________________   Checked by: ____________________"),
    # -- sign-in --------------------------------------------------------------------------
    "signin_title": ("Lista de asistencia", "Sign-in sheet"),
    "signature": ("Firma", "Signature"),
    "number": ("N.º", "No."),
    # -- poster ---------------------------------------------------------------------------
    "poster_tile": ("{board} · hoja {n} de {total} (fila {row}, columna {col})",
                    "{board} · sheet {n} of {total} (row {row}, column {col})"),
    "poster_glue": ("pegar aquí", "glue here"),
    "poster_cut": ("cortar", "cut"),
}


def label(key: str, lang: str = "es", **fmt: object) -> str:
    es, en = LABELS[key]
    text = en if lang == "en" else es
    return text.format(**fmt) if fmt else text
