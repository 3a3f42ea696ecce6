"""The issue's "done when", end to end in the app: a silent brainstorm on the demo's empathy map
with phones — the facilitator opens the map to phones (moderated), starts a 10-minute timer and
takes a new session's attendance from phones; phones check in and write (emoji and
markup among them); the facilitator accepts them all from the console; the board, the report
and the sign-in sheet show the result (the PDFs read back with pdftotext)."""

from __future__ import annotations

from reslab_desktop.cli.files import write_demo
from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.services import boards, people
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from tests.reports.pdftools import pdf_text, squash
from tests.room.helpers import call, split_url
from tests.room.notes_app import open_room

NOTES = [("Dice", "«No tengo tiempo para ir a las reuniones» 😩"), ("Piensa", "Que nadie la va a escuchar"),
         ("Hace", "Vende comida afuera de la escuela 🌮"), ("Siente", "Orgullo por su colonia ❤️"),
         ("Dolores", "No hay transporte después de las 8 🚌"), ("Ganancias", "<b>Vecinas</b> que se organizan")]


def test_a_silent_brainstorm_on_the_demo_map(qtbot, tmp_path, app_window):
    from reslab_desktop.ui.room import phone_notes_hooks
    from reslab_desktop.ui.room.hooks import room_for, set_console_visible

    demo = write_demo(tmp_path / "demo.reslab")
    window = app_window(demo)
    store = window.store
    empathy = next(b for b in boards.list_boards(store) if b.template == "empathy_map")
    zones = {z.title: z.id for z in boards.load_board(store, empathy.id).zones}
    sid = sessions.add_session(store, "Lluvia de ideas en silencio", "2026-03-09", "Mérida")  # nobody in yet
    session = next(s for s in sessions.list_sessions(store) if s.id == sid)
    window.open_board(empathy.id)
    base, code = split_url(open_room(window))
    phone_notes_hooks.start_receiving(window, pn.Intake(empathy.id, moderate=True, prompt="¿Qué dice, piensa, hace?"))
    box = phone_notes_hooks.notes_box(window)
    set_console_visible(window, True)
    box.session.setCurrentIndex(box.session.findData(session.id))
    box.attendance_button.click()
    timer = room_for(window).presenter.timer
    timer.set_duration(600)
    timer.start()

    roster = [p for p in people.list_participants(store) if p.role == "participant"][:len(NOTES)]
    tokens = [call(base, "POST", "/api/join", {"code": code, "participant_id": p.id}).json["token"] for p in roster]
    state = call(base, "GET", "/api/state", token=tokens[0]).json
    assert state["timer"]["state"] == "running" and 590 <= state["timer"]["remaining_s"] <= 600
    assert state["session"] == {"id": session.id, "checked_in": False}
    (board,) = state["boards"]
    assert board["prompt"] == "¿Qué dice, piensa, hace?" and {z["title"] for z in board["zones"]} >= set(zones) - {"Persona"}
    for token in tokens:
        assert call(base, "POST", f"/api/sessions/{session.id}/checkin", {}, token).status == 200
    for i, ((zone, text), token) in enumerate(zip(NOTES, tokens, strict=True)):
        body = {"text": text, "zone_id": zones[zone], "client_id": f"lluvia-{i}"}
        assert call(base, "POST", f"/api/boards/{empathy.id}/notes", body, token).json["status"] == "pending"
    qtbot.waitUntil(lambda: box.queue.count() == len(NOTES), timeout=15_000)
    before = {n.record.text for n in window.board_editor.scene.notes.values()}
    assert not {t for _, t in NOTES} & before  # nothing on the board before the facilitator decides

    box.accept_all_button.click()
    qtbot.waitUntil(lambda: box.queue.count() == 0, timeout=10_000)
    scene = window.board_editor.scene
    qtbot.waitUntil(lambda: {t for _, t in NOTES} <= {n.record.text for n in scene.notes.values()}, timeout=10_000)
    placed = {n.record.text: n.record for n in scene.notes.values() if n.record.origin == "phone"}
    assert {placed[t].zone_id for _, t in NOTES} == {zones[z] for z, _ in NOTES}
    assert {placed[t].author_id for _, t in NOTES} == {p.id for p in roster}
    mine = call(base, "GET", "/api/my-notes", token=tokens[0]).json
    assert [n["status"] for n in mine] == ["placed"]

    report, sheet = tmp_path / "informe.pdf", tmp_path / "asistencia.pdf"
    export_pdf(store, report, PdfOptions())
    export_pdf(store, sheet, PdfOptions(kind="sign-in", session_id=session.id))
    text = squash(pdf_text(report)).replace("\ufe0f", "")
    for _, note in NOTES:
        assert squash(note).replace("\ufe0f", "") in text, note
    assert "desdeunteléfono" in text
    signed = squash(pdf_text(sheet))
    assert signed.count("✓ensuteléfono") == len(roster)
    timer.reset()
