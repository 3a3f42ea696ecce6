"""A silent brainstorm on the demo's empathy map with phones, in the app (Spanish, 1280×720 under Xvfb).

    .venv/bin/python -m reslab_desktop demo --no-gui /tmp/demo.reslab
    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python docs/screenshots/make_phone_notes_screenshots.py /tmp/demo.reslab OUT

The facilitator opens the room (127.0.0.1 here), opens the empathy map to phones (moderated,
each phone chooses its zone), starts a 10-minute timer and takes the attendance of the first
session from phones. Simulated phones (on 127.0.0.1) check in and send notes. Writes
``room-phone-notes-queue.png`` (the console's queue), accepts the notes (one merged, one
rejected), writes ``room-phone-notes-board.png`` (the board with them), and in OUT the
report and the sign-in sheet of that session as PDFs (``pdftoppm`` them to look).
The phone pages themselves: ``tests/room/test_notes_browser.py`` with ``RESLAB_SCREENSHOTS``.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOTES = [  # (zone title, text), as a group writes them about the persona of the map
    ("Dice", "«No tengo tiempo para ir a las reuniones»"), ("Dice", "«Aquí nadie nos pregunta»"),
    ("Dice", "«Mis hijos me ayudan con el teléfono»"), ("Piensa", "Que la organización no la va a escuchar"),
    ("Piensa", "Le preocupa perder el apoyo del programa"), ("Hace", "Vende comida afuera de la escuela"),
    ("Hace", "Cuida a sus nietos por las tardes"), ("Hace", "Camina 40 minutos al centro de salud"),
    ("Siente", "Cansancio"), ("Siente", "Orgullo por su colonia"), ("Siente", "Miedo de salir de noche"),
    ("Dolores", "No hay transporte después de las 8"), ("Dolores", "Trámites en línea que no entiende"),
    ("Ganancias", "Un grupo de vecinas que se organiza"), ("Ganancias", "Información clara en su idioma"),
    ("Dice", "«No tengo tiempo»"),
]


def _call(base: str, method: str, path: str, body: object = None, token: str = "") -> object:
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json",
                                          **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.urlopen(req, timeout=15) as resp:  # noqa: S310 - 127.0.0.1 only
        return json.loads(resp.read() or b"null")


def main(demo: Path, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.reports.api import PdfOptions, export_pdf
    from reslab_desktop.services import boards, people, phone_notes
    from reslab_desktop.services.lab import sessions
    from reslab_desktop.ui import i18n
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.room import phone_notes_hooks, phones_hooks
    from reslab_desktop.ui.room.hooks import room_for, set_console_visible
    from reslab_desktop.ui.workspace import workspace

    app = QApplication.instance() or QApplication([])
    prepare_application(app)
    i18n.set_language("es")

    def pump(n: int = 20) -> None:
        for _ in range(n):
            app.processEvents()
            time.sleep(0.02)

    window = workspace().open_path(demo)
    store = window.store
    empathy = next(b for b in boards.list_boards(store) if b.template == "empathy_map")
    zones = {z.title: z.id for z in boards.load_board(store, empathy.id).zones}
    session = sessions.list_sessions(store)[0]
    window.resize(1280, 720)
    window.move(0, 0)
    window.show()
    window.open_board(empathy.id)
    box = phones_hooks.phones_box(window)
    box.phones.open("127.0.0.1", port=0)
    phone_notes_hooks.start_receiving(window, phone_notes.Intake(empathy.id, moderate=True,
                                                                 prompt="¿Qué dice, piensa, hace y siente?"))
    notes_box = phone_notes_hooks.notes_box(window)
    set_console_visible(window, True)
    notes_box.session.setCurrentIndex(notes_box.session.findData(session.id))
    notes_box.attendance_button.click()
    timer = room_for(window).presenter.timer
    timer.set_duration(600)
    timer.start()

    server = box.phones.server
    base = server.url.rsplit("/j/", 1)[0]
    roster = [p.id for p in people.list_participants(store) if p.role == "participant"]
    tokens = [_call(base, "POST", "/api/join", {"code": server.code, "participant_id": pid})["token"]  # type: ignore[index]
              for pid in roster[:10]]
    for token in tokens[:8]:
        _call(base, "POST", f"/api/sessions/{session.id}/checkin", {}, token)
    for i, (zone, text) in enumerate(NOTES):
        _call(base, "POST", f"/api/boards/{empathy.id}/notes",
              {"text": text, "zone_id": zones[zone], "client_id": f"demo-{i}"}, tokens[i % len(tokens)])
    deadline = time.monotonic() + 15
    while notes_box.queue.count() < len(NOTES) and time.monotonic() < deadline:
        pump(5)
    console = room_for(window).console
    console.widget().ensureWidgetVisible(notes_box.reject_all_button, 10, 10)
    notes_box.queue.setCurrentRow(0)
    pump()
    window.grab().save(str(HERE / "room-phone-notes-queue.png"))

    pending = {r.text: r for r in phone_notes.list_phone_notes(store, empathy.id, status="pending")}
    link = notes_box.link
    link.accept(empathy.id, [pending["«No tengo tiempo para ir a las reuniones»"].id, pending["«No tengo tiempo»"].id],
                merge_text="«No tengo tiempo (para ir a las reuniones)»")
    link.reject([pending["Cansancio"].id])
    rest = [r.id for r in phone_notes.list_phone_notes(store, empathy.id, status="pending")]
    link.accept(empathy.id, rest)
    pump(30)
    set_console_visible(window, False)  # the board at full width
    pump()
    window.board_editor.fit_all()
    pump()
    window.grab().save(str(HERE / "room-phone-notes-board.png"))
    out.mkdir(parents=True, exist_ok=True)
    export_pdf(store, out / "informe.pdf", PdfOptions())
    export_pdf(store, out / "asistencia.pdf", PdfOptions(kind="sign-in", session_id=session.id))
    box.phones.close()
    window.close()
    pump()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
