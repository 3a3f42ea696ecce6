"""Every heading and label printed in the PDFs, in the two workshop languages (Qt-free).

One catalog for all report modules: add your keys here (both languages) rather than
writing literal strings in a section. ``label(key, lang, **fmt)`` formats with ``str.format``.
"""

from __future__ import annotations

import string
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
    "count_organizations": ("{n:organización|organizaciones}", "{n:organization|organizations}"),
    "count_participants": ("{n:participante|participantes}", "{n:participant|participants}"),
    "count_boards": ("{n:tablero|tableros}", "{n:board|boards}"),
    "count_notes": ("{n:nota|notas}", "{n:note|notes}"),
    "count_sessions": ("{n:sesión|sesiones}", "{n:session|sessions}"),
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
    "date": ("Fecha", "Date"),
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
    "phase_summary": ("{boards} {boards:tablero|tableros} · {notes} {notes:nota|notas}",
                      "{boards} {boards:board|boards} · {notes} {notes:note|notes}"),
    "board_notes": ("Notas del tablero", "Notes on the board"),
    "outside_zones": ("Fuera de las zonas", "Outside the zones"),
    "empty_board": ("Este tablero aún no tiene notas.", "This board has no notes yet."),
    "note_count": ("{n} {n:nota|notas}", "{n} {n:note|notes}"),
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
        "Marca un punto por cada voto en la casilla de la opción. Escribe el total al final.",
        "Mark one dot per vote in the option's boxes. Write the total at the end.",
    ),
    "question": ("Pregunta", "Question"),
    "candidate": ("Opción", "Option"),
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
    # -- voting results (sections_votes) ----------------------------------------------------
    "votes_title": ("Resultados de las votaciones", "Voting results"),
    "votes_rank": ("Lugar", "Rank"),
    "votes_note": ("Propuesta", "Note"),
    "votes_dots": ("Puntos", "Dots"),
    "votes_share": ("%", "Share"),
    "votes_summary": ("Tablero «{board}» · {status} · {dots} {dots:punto|puntos} por persona, máximo {max} en una nota · "
                      "votaron {voted} de {voters}",
                      "Board “{board}” · {status} · {dots} {dots:dot|dots} per person, at most {max} on one note · "
                      "{voted} of {voters} voted"),
    "votes_closed": ("cerrada", "closed"),
    "votes_open": ("abierta", "open"),
    "votes_hidden": ("Los resultados siguen ocultos: la votación no se ha cerrado.",
                     "The results stay hidden: the round is not closed yet."),
    "votes_ties": ("«=» marca un empate.", "“=” marks a tie."),
    "votes_runoff": ("Desempate de «{q}».", "Runoff of “{q}”."),
    # -- Lab method (sections_lab) ----------------------------------------------------------
    "lab_pathway": ("Ruta de localización", "Localization pathway"),
    "lab_pathway_intro": (
        "Quién toma las decisiones clave en cada paso: el índice es la parte de las decisiones tomadas por "
        "las organizaciones locales (una decisión compartida cuenta la mitad).",
        "Who makes the key decisions in each step: the index is the share of decisions made by local "
        "organizations (a shared decision counts half)."),
    "lab_pathway_until": ("Decisiones registradas hasta el {date}.", "Decisions logged up to {date}."),
    "lab_overall": ("Índice de localización de todo el laboratorio: {value}",
                    "Localization index of the whole lab: {value}"),
    "lab_locally_led": ("Liderado localmente", "Locally-led"),
    "lab_shared_mid": ("Compartido", "Shared"),
    "lab_facilitator_led": ("Liderado por el equipo facilitador", "Facilitator-led"),
    "lab_step": ("Paso", "Step"),
    "lab_status": ("Estado", "Status"),
    "lab_index": ("Índice", "Index"),
    "lab_decisions": ("Registro de decisiones", "Decision log"),
    "lab_decisions_session": ("Decisiones de la sesión: {title}", "Decisions of the session: {title}"),
    "lab_kind": ("Tipo", "Kind"),
    "lab_decision": ("Decisión", "Decision"),
    "lab_who": ("Quién decidió", "Who decided"),
    "lab_resources": ("Recursos", "Resources"),
    "lab_totals": ("Total comprometido por tipo", "Total pledged by kind"),
    "lab_balances": ("Necesidades, compromisos y brechas por iniciativa", "Needs, pledges and gaps per initiative"),
    "lab_pledges": ("Quién aporta qué", "Who gives what"),
    "lab_initiative": ("Iniciativa", "Initiative"),
    "lab_what": ("Qué", "What"),
    "lab_amount": ("Cantidad", "Amount"),
    "lab_confirmed": ("Confirmado", "Confirmed"),
    "lab_needed": ("Se necesita", "Needed"),
    "lab_pledged": ("Comprometido", "Pledged"),
    "lab_gap": ("Brecha", "Gap"),
    "lab_covered": ("cubierto", "covered"),
    "lab_yes": ("sí", "yes"),
    "lab_no": ("no", "no"),
    "lab_plans": ("Iniciativas y planes de acción", "Initiatives and action plans"),
    "lab_lead": ("Coordina: {org}", "Lead: {org}"),
    "lab_members": ("Organizaciones: {orgs}", "Organizations: {orgs}"),
    "lab_iterations": ("Iteraciones: {items}", "Iterations: {items}"),
    "lab_item": ("Acción", "Item"),
    "lab_responsible": ("Responsable", "Responsible"),
    "lab_detail": ("Detalle", "Detail"),
    "lab_done": ("hecho", "done"),
    "lab_learning": ("Bitácora de aprendizaje", "Learning log"),
    "lab_tried": ("Qué probamos", "What we tried"),
    "lab_happened": ("Qué pasó", "What happened"),
    "lab_learned": ("Qué aprendimos", "What we learned"),
    "lab_adapt": ("Qué adaptamos", "What we adapt"),
    "lab_adopted": ("adoptada", "adopted"),
    # -- notes from phones, check-in (notes engineer) ---------------------------------------
    "note_count_phones": ("{n} notas ({p} desde teléfonos)", "{n} notes ({p} from phones)"),
    "origin_phone": ("desde un teléfono", "from a phone"),
    "origin_import": ("importada", "imported"),
    "checked_in": ("Registro", "Checked in"),
    "check_in_phone": ("en su teléfono", "on their phone"),
    "check_in_window": ("en la laptop", "on the laptop"),
    "check_in_import": ("importado", "imported"),
    "attendance_count": ("{n} ({p} por teléfono)", "{n} ({p} by phone)"),
    "attendance_of": ("Asistencia: {session}", "Attendance: {session}"),
    "how": ("Cómo", "How"),
    "when": ("Hora", "Time"),
    # -- portfolio of Learning Communities (reports/portfolio.py) ------------------------------
    "pf_title": ("Portafolio de Comunidades de Aprendizaje", "Portfolio of Learning Communities"),
    "pf_header": ("Portafolio de Comunidades de Aprendizaje · {n} comunidades",
                  "Portfolio of Learning Communities · {n} communities"),
    "pf_subtitle_one": ("Una comunidad", "One community"),
    "pf_subtitle": ("{n} comunidades", "{n} communities"),
    "pf_span": ("del {start} al {end}", "{start} to {end}"),
    "pf_generated": ("Generado con Resiliency Lab Desktop el {date} a partir de {files} archivos de taller.",
                     "Made with Resiliency Lab Desktop on {date} from {files} workshop files."),
    "pf_tile_communities": ("{n:comunidad|comunidades}", "{n:community|communities}"),
    "pf_tile_organizations": ("{n:organización|organizaciones}", "{n:organization|organizations}"),
    "pf_tile_distinct": ("{n} distintas", "{n} distinct"),
    "pf_tile_participants": ("{n:participante|participantes}", "{n:participant|participants}"),
    "pf_tile_sessions": ("{n:sesión|sesiones}", "{n:session|sessions}"),
    "pf_tile_attendance": ("{n} {count:asistencia|asistencias}", "{n} {count:check-in|check-ins}"),
    "pf_tile_initiatives": ("{n:iniciativa|iniciativas}", "{n:initiative|initiatives}"),
    "pf_tile_decisions": ("{n:decisión registrada|decisiones registradas}", "{n:decision logged|decisions logged}"),
    "pf_tile_index": ("índice de localización", "localization index"),
    "pf_tile_expertise": ("de conocimiento experto", "of expertise"),
    "pf_tile_time": ("de tiempo", "of time"),
    "pf_tile_funding": ("en fondos", "in funding"),
    "pf_tile_gap": ("brecha: {gap}", "gap: {gap}"),
    "pf_how_to_read": (
        "Cada comunidad es un archivo de taller. El índice de localización mide quién toma las decisiones "
        "clave: 0 % si todas las tomó el equipo facilitador, 100 % si todas las tomaron las organizaciones "
        "locales (una decisión compartida cuenta la mitad). En un laboratorio que funciona como se espera, "
        "el índice sube de un paso al siguiente.",
        "Each community is one workshop file. The localization index measures who makes the key decisions: "
        "0% when the facilitating team made them all, 100% when local organizations made them all (a shared "
        "decision counts half). In a lab that works as intended, the index rises from one step to the next."),
    "pf_communities": ("Las comunidades", "The communities"),
    "pf_col_community": ("Comunidad", "Community"),
    "pf_col_orgs": ("Organi\xadzaciones", "Organi\xadzations"),
    "pf_col_people": ("Perso\xadnas", "People"),
    "pf_col_sessions": ("Sesiones (asis\xadtencias)", "Sessions (check-ins)"),
    "pf_col_boards": ("Table\xadros (notas)", "Boards (notes)"),
    "pf_col_rounds": ("Rondas (cerra\xaddas)", "Rounds (closed)"),
    "pf_col_initiatives": ("Inicia\xadtivas", "Initia\xadtives"),
    "pf_col_decisions": ("Deci\xadsiones", "Deci\xadsions"),
    "pf_col_index": ("Índice", "Index"),
    # (\xad: a soft hyphen, where a narrow column header may break a word)
    "pf_col_expertise": ("Conoci\xadmiento experto (horas)", "Expertise (hours)"),
    "pf_col_time": ("Tiempo (horas)", "Time (hours)"),
    "pf_col_funding": ("Fondos (MXN)", "Funding (MXN)"),
    "pf_col_status": ("En el portafolio", "In the portfolio"),
    "pf_status_counted": ("Contado: comunidad {n}", "Counted: community {n}"),
    "pf_status_copy": ("Copia de {kept}: no se cuenta", "Copy of {kept}: not counted"),
    "pf_status_unread": ("No se pudo leer: {reason}", "Could not be read: {reason}"),
    "pf_total": ("Total", "Total"),
    "pf_pathway": ("Ruta de localización", "Localization pathway"),
    "pf_pathway_intro": (
        "Una línea por comunidad a lo largo de los seis pasos; la línea gruesa es la ruta combinada (todas "
        "las decisiones de todas las comunidades en cada paso). Un paso sin decisiones registradas no tiene punto.",
        "One line per community across the six steps; the thick line is the combined pathway (every "
        "community's decisions of each step together). A step without logged decisions has no point."),
    "pf_combined": ("Ruta combinada", "Combined pathway"),
    "pf_overall": ("Todos los pasos", "All steps"),
    "pf_challenges": ("Retos priorizados", "Prioritized challenges"),
    "pf_challenges_intro": (
        "Lo más votado en cada ronda de votación cerrada de cada comunidad (hasta el tercer lugar; «=» marca un empate).",
        "What came out on top of each closed vote round of each community (down to third place; “=” marks a tie)."),
    "pf_no_rounds": ("Aún no hay rondas de votación cerradas.", "No closed vote rounds yet."),
    "pf_more_rounds": ("… y {n} {n:ronda|rondas} más.", "… and {n} more {n:round|rounds}."),
    "pf_dots": ("{n} {n:punto|puntos}", "{n} {n:dot|dots}"),
    "pf_resources": ("Recursos movilizados", "Resources mobilized"),
    "pf_resources_intro": (
        "Lo que las organizaciones comprometieron (conocimiento experto, tiempo y fondos) frente a lo que "
        "necesitan las iniciativas. La brecha suma lo que falta en cada iniciativa: lo que sobra en una no cubre a otra.",
        "What organizations pledged (expertise, time and funding) against what the initiatives need. The gap "
        "adds up what each initiative still lacks: a surplus in one does not cover another."),
    "pf_by_kind": ("Por tipo de recurso, todas las comunidades", "By kind of resource, all communities"),
    "pf_by_community": ("Por comunidad", "By community"),
    "pf_funding_chart": ("Fondos comprometidos por comunidad", "Funding pledged per community"),
    "pf_funding_top": ("Las {n} comunidades con más fondos comprometidos", "The {n} communities with the most funding pledged"),
    "pf_gap_short": ("brecha {gap}", "gap {gap}"),
    "pf_files": ("Archivos leídos", "Files read"),
    "pf_all_read": ("Se leyeron los {n} archivos.", "All {n} files were read."),
    "pf_read_counts": ("{read} de {n} archivos se leyeron.", "{read} of {n} files were read."),
    "pf_not_read": ("Archivos que no se pudieron leer", "Files that could not be read"),
    "pf_file": ("Archivo", "File"),
    "pf_reason": ("Motivo", "Reason"),
    "pf_copies": ("Copias del mismo taller (se cuentan una vez)", "Copies of the same workshop (counted once)"),
    "pf_copy_line": ("«{name}» está en {n} archivos: se cuenta una vez, con {kept} (el modificado más "
                     "recientemente). No se cuenta: {others}.",
                     "“{name}” is in {n} files: it is counted once, from {kept} (the one changed last). "
                     "Not counted: {others}."),
    "pf_copy_identical": ("«{name}» está en {n} archivos con el mismo contenido: se cuenta una vez, con {kept}. "
                          "No se cuenta: {others}.",
                          "“{name}” is in {n} files with the same content: it is counted once, from {kept}. "
                          "Not counted: {others}."),
    "pf_no_communities": ("Ningún archivo se pudo leer: este portafolio no tiene comunidades.",
                          "No file could be read: this portfolio has no communities."),
    "pf_reason_damaged": ("el archivo está dañado", "the file is damaged"),
    "pf_reason_newer": ("lo hizo una versión más nueva de Resiliency Lab; actualiza la app para leerlo",
                        "made by a newer version of Resiliency Lab; update the app to read it"),
    "pf_reason_older": ("es de una versión anterior: ábrelo una vez en la app para actualizarlo",
                        "from an older version: open it once in the app to upgrade it"),
    "pf_reason_not_workshop": ("no es un archivo de taller", "not a workshop file"),
    "pf_reason_unreadable": ("no se pudo leer", "could not be read"),
}


class _Plurals(string.Formatter):
    """``{n:nota|notas}`` → the singular when ``n`` is 1, else the plural (Spanish and English
    agree on that rule); other fields format as ``str.format`` does."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if value == 1 else many
        return super().format_field(value, format_spec)


_PLURALS = _Plurals()


def label(key: str, lang: str = "es", **fmt: object) -> str:
    es, en = LABELS[key]
    text = en if lang == "en" else es
    return _PLURALS.format(text, **fmt) if fmt else text
