"""Screenshots of the room: facilitator console and audience screen side by side.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_room_screenshots.py

Writes ``room-es-board.png`` (Spanish, normal theme, the board followed live with the timer)
and ``room-es-projector-voting.png`` (Spanish, projector theme, voting results revealed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_tmp = Path(tempfile.mkdtemp(prefix="reslab-shots-"))
# Two virtual screens: the laptop and a 1080p projector (Qt's offscreen platform config).
(_tmp / "screens.json").write_text(
    '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1500, "height": 950},'
    ' {"name": "projector", "x": 1500, "y": 0, "width": 1920, "height": 1080}]}'
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_tmp / 'screens.json'}"
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_tmp / var.lower())

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WIDTH = 1700  # composed picture width


def compose(console: QImage, audience: QImage, caption_left: str, caption_right: str, out: Path) -> None:
    gap, top = 24, 44
    scale_a = (console.height()) / audience.height() * 0.62
    aud = audience.scaled(int(audience.width() * scale_a), int(audience.height() * scale_a),
                          Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    width = console.width() + gap * 3 + aud.width()
    height = console.height() + top + gap
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#2B2F36"))
    p = QPainter(canvas)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(20)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#FFFFFF"))
    p.drawText(QRect(gap, 0, console.width(), top), int(Qt.AlignmentFlag.AlignVCenter), caption_left)
    x_aud = console.width() + gap * 2
    p.drawText(QRect(x_aud, 0, aud.width(), top), int(Qt.AlignmentFlag.AlignVCenter), caption_right)
    p.drawImage(gap, top, console)
    y_aud = top + (console.height() - aud.height()) // 3
    p.fillRect(x_aud - 6, y_aud - 6, aud.width() + 12, aud.height() + 12, QColor("#111111"))
    p.drawImage(x_aud, y_aud, aud)
    p.end()
    final = canvas.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    final.save(str(out), "PNG", 9)
    print(out, out.stat().st_size // 1024, "KB")


def main() -> int:
    app = QApplication(sys.argv[:1])
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(_tmp / "settings"))
    from reslab_desktop.demo import write_demo
    from reslab_desktop.services import voting as svc
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.app import prepare_application
    from reslab_desktop.ui.i18n import set_language
    from reslab_desktop.ui.room.audience import Show
    from reslab_desktop.ui.room.hooks import room_for, set_console_visible
    from reslab_desktop.ui.settings import Settings
    from reslab_desktop.ui.workspace import workspace

    Settings().set("ui/language", "es")
    prepare_application(app)
    set_language("es")
    path = write_demo(_tmp / "demo.reslab")
    store = Store.open(path)
    board = "b-retos-estacionamiento"
    rid = svc.create_round(store, board, "¿Qué retos atendemos juntas primero?", anonymous_voters=12,
                           dots_per_participant=3, max_per_note=2, hidden_until_reveal=True)
    svc.open_round(store, rid)
    notes = [n.id for n in svc.round_candidates(store, rid)]
    voters = [v.id for v in svc.get_round(store, rid).voters]
    for i, voter in enumerate(voters[:9]):
        picks = [notes[(i * 7) % len(notes)], notes[(i * 3 + 1) % 5], notes[2]]
        ballot: dict[tuple[str, int], int] = {}
        for note in picks:
            if ballot.get((note, 0), 0) < 2:
                ballot[(note, 0)] = ballot.get((note, 0), 0) + 1
        svc.set_ballot(store, rid, voter, ballot)
    store.close()

    window = workspace().open_path(path)
    window.resize(1500, 950)
    window.show()
    window.open_board(board)
    room = room_for(window)
    set_console_visible(window, True)
    room.console.notes.setPlainText("Recordar: la ronda es secreta hasta cerrar.\nPedir a Oaxaca que lea sus notas.")
    app.processEvents()
    window.board_editor.view.fit_all()
    timer = room.presenter.timer
    timer.set_duration(5 * 60)
    timer.start()
    audience = room.presenter.audience
    room.presenter.send(Show.BOARD)
    room.presenter.start_presentation()  # full screen on the projector; the laptop stays free
    assert not room.presenter.single_screen and audience.screen().name() == "projector"
    for _ in range(5):
        app.processEvents()
    room.console.preview.refresh()
    compose(window.grab().toImage(), audience.grab().toImage(),
            "Consola de facilitación (laptop)", "Pantalla del público (proyector)",
            HERE / "room-es-board.png")

    from reslab_desktop.ui.preferences import apply_appearance

    Settings().set("ui/theme", "projector")
    apply_appearance()
    for other in svc.list_rounds(window.store):  # the demo's own open round would take the screen
        if other.status == "open" and other.id != rid:
            svc.close_round(window.store, other.id)
    svc.close_round(window.store, rid)
    timer.pause()
    room.presenter.send(Show.VOTING)
    for _ in range(5):
        app.processEvents()
    room.console.preview.refresh()
    compose(window.grab().toImage(), audience.grab().toImage(),
            "Tema de proyector: consola", "Pantalla del público: resultados revelados",
            HERE / "room-es-projector-voting.png")
    room.presenter.leave_presentation()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
