"""The room: what the audience screen shows, what it never shows, presentation mode in and out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)

from reslab_desktop.services.boards import create_board
from reslab_desktop.services.notes import add_note
from reslab_desktop.storage import Store
from reslab_desktop.ui.room.audience import Show
from reslab_desktop.ui.room.hooks import room_for, set_console_visible
from tests.room.helpers import QT_STRICT

pytestmark = QT_STRICT  # a Qt warning (a window shown on no screen, a bad property…) fails the test

SECRET = "NOTA-PRIVADA-del-equipo-7731"


@pytest.fixture
def workshop(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "sala.reslab"
    store = Store.create(path, "Taller en Oaxaca")
    board = create_board(store, 2, "Retos compartidos")
    for i, text in enumerate(("Agua potable", "Transporte", "Violencia escolar")):
        add_note(store, board, text, 40 + 220 * i, 60)
    store.close()
    return path, board


@pytest.fixture
def room(open_window, workshop):
    path, board = workshop
    window = open_window(path)
    window.resize(1200, 800)
    window.open_board(board)
    window.show()
    room = room_for(window)
    set_console_visible(window, True)
    yield window, room
    room.presenter.leave_presentation()


def visible_texts(widget: QWidget) -> list[str]:
    """Every string a widget tree can show or speak."""
    texts = [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
    for child in widget.findChildren(QWidget):
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        if isinstance(child, QPlainTextEdit | QTextEdit):
            texts.append(child.toPlainText())
    welcome = widget.findChild(QWidget, "audience.welcome")
    if welcome is not None:
        texts += [welcome.title, welcome.subtitle]  # type: ignore[attr-defined]
    return texts


def test_audience_shows_what_was_sent(room, qtbot) -> None:
    window, rm = room
    audience, presenter = rm.presenter.audience, rm.presenter
    assert audience.shown == Show.WELCOME and audience.welcome.title == "Taller en Oaxaca"

    rm.console.send_buttons[Show.BOARD].click()
    view = window.board_editor.view
    assert audience.shown == Show.BOARD and audience.board.scene() is view.scene()
    audience.resize(1280, 720)
    audience.board.resize(1280, 720)
    audience.board.sync()
    # The mirror looks at the same part of the board as the facilitator.
    seen = audience.board.mapToScene(audience.board.viewport().rect()).boundingRect()
    assert seen.intersects(presenter.audience.board.source_rect())
    view.pan_by(300, 0)
    audience.board.sync()
    assert audience.board.source_rect().center() == view.mapToScene(view.viewport().rect()).boundingRect().center()

    rm.console.send_buttons[Show.FROZEN].click()
    assert audience.shown == Show.FROZEN and not audience.frozen.pixmap.isNull()
    assert audience.board.scene() is None  # a frozen screen no longer follows the board

    rm.console.send_buttons[Show.TIMER].click()
    assert audience.shown == Show.TIMER
    rm.console.send_buttons[Show.WELCOME].click()
    assert audience.shown == Show.WELCOME
    assert "Welcome card" in rm.console.on_screen.text()
    rm.console.preview.refresh()
    assert not rm.console.preview.pixmap.isNull()


def test_facilitator_notes_never_reach_the_audience(room, qtbot) -> None:
    window, rm = room
    rm.console.notes.setPlainText(SECRET)
    audience = rm.presenter.audience
    for show in Show:
        rm.presenter.send(show)
        assert not any(SECRET in text for text in visible_texts(audience))
        # Nothing of the console is inside the audience window.
        assert audience.findChild(QPlainTextEdit) is None
        assert not audience.isAncestorOf(rm.console)
    assert any(SECRET in text for text in visible_texts(rm.console))


def test_facilitator_notes_belong_to_their_workshop(room, open_window, tmp_path, qtbot) -> None:
    window, rm = room
    rm.console.notes.setPlainText("Para Oaxaca")
    other = tmp_path / "otro.reslab"
    Store.create(other, "Otro taller").close()
    other_console = room_for(open_window(other)).console
    assert other_console.notes.toPlainText() == ""
    other_console.notes.setPlainText("Para Monterrey")
    window.close()
    again = room_for(open_window(window.path)).console
    assert again.notes.toPlainText() == "Para Oaxaca"


def test_timer_is_visible_on_both_screens(room, qtbot) -> None:
    window, rm = room
    timer = rm.presenter.timer
    rm.presenter.send(Show.BOARD)
    assert not rm.presenter.audience.corner_timer.isVisibleTo(rm.presenter.audience)
    rm.console.timer_controls.preset_buttons[3].click()
    rm.console.timer_controls.start_pause.click()
    assert timer.running
    assert rm.presenter.audience.corner_timer.isVisibleTo(rm.presenter.audience)
    assert rm.console.timer_face.timer is timer is rm.presenter.audience.timer_face.timer
    timer.pause()


def test_presentation_mode_in_and_out(room, qtbot) -> None:
    window, rm = room
    presenter = rm.presenter
    assert len(QGuiApplication.screens()) == 1  # offscreen: one screen → over the console
    window.actions_by_id["room.present"].trigger()
    assert presenter.presenting and presenter.single_screen
    assert presenter.audience.isVisible()
    assert presenter.audience.windowState() & Qt.WindowState.WindowFullScreen
    assert "End presentation" in rm.console.present_button.text()
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Escape)
    assert not presenter.presenting and not presenter.audience.isVisible()
    # The room's keys also work from the audience window (it has the focus in this mode).
    assert window.actions_by_id["room.timer_toggle"] in presenter.audience.actions()
    window.actions_by_id["room.present"].trigger()  # F5 in, F5 out
    window.actions_by_id["room.present"].trigger()
    assert not presenter.presenting


def test_kiosk_lock_keeps_the_presentation(room, qtbot) -> None:
    window, rm = room
    presenter = rm.presenter

    class LockedVoting(QWidget):
        def kiosk_locked(self) -> bool:
            return True

    from reslab_desktop.ui.voting.hooks import VOTING_PAGE

    window.features.put(VOTING_PAGE, LockedVoting())
    presenter.start_presentation()
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Escape)
    assert presenter.presenting and presenter.audience.isVisible()
    window.features.pop(VOTING_PAGE)
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Escape)
    assert not presenter.presenting


def test_screen_choice_is_remembered(room, qtbot) -> None:
    from reslab_desktop.ui.settings import Settings

    window, rm = room
    screen = QGuiApplication.primaryScreen()
    rm.presenter.choose_screen(screen.name())
    assert Settings().get("room/audience_screen") == screen.name()
    assert rm.console.screen_combo.currentData() == screen.name()
    # The chosen screen is the console's own here: presentation falls back to one screen.
    assert rm.presenter.audience_screen() is None
    # Room ▸ Audience Screen lists the screens, the remembered one checked.
    menu = window.actions_by_id["room.audience_screen"].menu()
    menu.aboutToShow.emit()
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert len(checked) == 1 and checked[0].startswith(screen.name())
    menu.actions()[0].trigger()  # automatic
    assert Settings().get("room/audience_screen") == ""


def test_unplugged_projector_ends_the_presentation_and_keeps_the_session(room, qtbot) -> None:
    window, rm = room
    presenter = rm.presenter
    presenter.timer.set_duration(120)
    presenter.start_presentation()
    presenter.single_screen = False  # as if it were on a projector
    presenter._on_screen_removed(presenter.audience.screen())
    assert not presenter.presenting and not presenter.audience.isVisible()
    assert presenter.timer.duration == 120 and window.store.path.exists()
    assert window.isVisible()


def test_keyboard_only_console(room, qtbot) -> None:
    """Every console control takes keyboard focus and has an accessible name."""
    window, rm = room
    for child in rm.console.findChildren(QAbstractButton):
        if child.isVisibleTo(rm.console) and child.objectName().startswith(("room.", "timer.")):
            assert child.focusPolicy() & Qt.FocusPolicy.TabFocus, child.objectName()
            assert child.accessibleName(), child.objectName()
    event = QEvent(QEvent.Type.LanguageChange)
    QGuiApplication.sendEvent(rm.console, event)  # retranslation keeps the names
    assert rm.console.send_buttons[Show.BOARD].accessibleName()


def test_hidden_tallies_never_reach_the_audience(room, qtbot) -> None:
    from reslab_desktop.services import voting as svc

    window, rm = room
    store = window.store
    from reslab_desktop.services.boards import list_boards

    board_id = list_boards(store)[0].id
    rid = svc.create_round(store, board_id, "¿Qué reto atendemos primero?", anonymous_voters=3,
                           dots_per_participant=3, max_per_note=3, hidden_until_reveal=True)
    svc.open_round(store, rid)
    notes = [n.id for n in svc.round_candidates(store, rid)]
    voters = [v.id for v in svc.get_round(store, rid).voters]
    for voter in voters[:2]:
        svc.set_ballot(store, rid, voter, {(notes[0], 0): 3})  # 6 dots on "Agua potable"

    rm.presenter.send(Show.VOTING)
    panel = rm.presenter.audience.voting_widget
    texts = visible_texts(rm.presenter.audience)
    # The audience screen speaks the workshop's language (Spanish) whatever the UI's.
    assert "¿Qué reto atendemos primero?" in texts and "Han votado 2 de 3" in " ".join(texts)
    assert not panel.showing_counts
    assert not any("6" in t or "punto" in t for t in texts if t and "de 3" not in t)
    assert "Agua potable" in texts  # the candidates, without numbers

    svc.close_round(store, rid)  # revealed: the audience may now see the results
    texts = visible_texts(rm.presenter.audience)
    assert panel.showing_counts and "Resultados" in texts
    assert "6 puntos" in texts and panel.findChildren(QProgressBar)


def test_shared_voting_screen_on_the_audience_shows_no_hidden_counts(room, qtbot) -> None:
    """With the voting page: the audience hosts its shared screen, secret and hidden."""
    from reslab_desktop.services import voting as svc
    from reslab_desktop.services.boards import list_boards
    from reslab_desktop.ui.voting.hooks import voting_page

    window, rm = room
    store = window.store
    board_id = list_boards(store)[0].id
    rid = svc.create_round(store, board_id, "¿Cuál primero?", anonymous_voters=2,
                           dots_per_participant=5, max_per_note=5, hidden_until_reveal=True)
    svc.open_round(store, rid)
    notes = [n.id for n in svc.round_candidates(store, rid)]
    voter = svc.get_round(store, rid).voters[0].id
    svc.set_ballot(store, rid, voter, {(notes[1], 0): 5})
    page = voting_page(window)
    page.select_round(rid)
    window.actions_by_id["room.send_voting"].trigger()
    audience = rm.presenter.audience
    assert audience.shown == Show.VOTING and audience.voting_widget is page.voting_screen
    texts = " ".join(visible_texts(audience))
    assert "¿Cuál primero?" in texts or "Cuál primero" in texts
    assert "5 dots" not in texts and "5 puntos" not in texts

    # The kiosk lock of the voting page holds the presentation; its PIN releases it.
    page.kiosk.set_pin("2468")
    rm.presenter.start_presentation()
    page.kiosk.lock()
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert rm.presenter.presenting and audience.isVisible()
    assert page.kiosk.unlock("2468")
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert not rm.presenter.presenting


def test_running_the_room_with_the_keyboard_alone(open_window, workshop, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.ui.shortcuts_sheet import ShortcutsSheet

    path, board = workshop
    window = open_window(path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.activeWindow() or window
        qtbot.keyClick(target.focusWidget() or target, key, modifiers)

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(Qt.Key.Key_R, ctrl_shift)  # facilitator console
    rm = room_for(window)
    assert rm.console.isVisible()
    press(Qt.Key.Key_T, ctrl_shift)  # the timer on the audience screen
    assert rm.presenter.audience.shown == Show.TIMER
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # start
    assert rm.presenter.timer.running
    press(Qt.Key.Key_M, ctrl_shift)  # one more minute
    assert rm.presenter.timer.remaining() > 5 * 60
    press(Qt.Key.Key_F5)
    assert rm.presenter.presenting
    rm.presenter.audience.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is rm.presenter.audience, timeout=2000)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # the room keys work from the audience
    assert not rm.presenter.timer.running
    press(Qt.Key.Key_Escape)
    assert not rm.presenter.presenting
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None and sheet.isVisible()
    sheet.close()


def test_question_mark_types_in_a_note_instead_of_opening_the_sheet(open_window, workshop, qtbot) -> None:
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.services.boards import load_board
    from reslab_desktop.ui.shortcuts_sheet import ShortcutsSheet

    path, board = workshop
    window = open_window(path)
    window.show()
    window.open_board(board)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    note_id = load_board(window.store, board).notes[0].id
    controller = window.board_editor.controller
    controller.edit_note(note_id)
    editor = controller.inline
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    qtbot.keyClicks(editor, " Que?")  # "?" is a shortcut (F1 / ?) but a text field wins
    for composed in ("¿", "é", "ñ", "🙂"):  # dead keys and emoji arrive through the input method
        event = QInputMethodEvent("", [])
        event.setCommitString(composed)
        QApplication.sendEvent(editor, event)
    assert editor.toPlainText().endswith(" Que?¿éñ🙂")
    assert window.findChild(ShortcutsSheet) is None
    controller.finish_editing()
    assert load_board(window.store, board).notes[0].text.endswith(" Que?¿éñ🙂")


def test_audience_speaks_the_workshop_language(room, qtbot) -> None:
    from reslab_desktop.ui import i18n

    window, rm = room
    assert i18n.current_language() == "en"  # the facilitator's UI
    rm.presenter.send(Show.WELCOME)
    assert rm.presenter.audience.welcome.greeting == "Bienvenidas y bienvenidos"
    assert rm.console.windowTitle() == "Facilitator console"


def _open_round(store, hidden: bool) -> tuple[str, list[str], list[str]]:
    from reslab_desktop.services import voting as svc
    from reslab_desktop.services.boards import list_boards

    rid = svc.create_round(store, list_boards(store)[0].id, "¿Qué reto atendemos primero?", anonymous_voters=3,
                           dots_per_participant=3, max_per_note=3, mode="open", hidden_until_reveal=hidden)
    svc.open_round(store, rid)
    notes = [n.id for n in svc.round_candidates(store, rid)]
    return rid, notes, [v.id for v in svc.get_round(store, rid).voters]


def test_a_hidden_rounds_counts_never_reach_the_audience_panel_during_a_burst(room, qtbot) -> None:
    from reslab_desktop.services import voting as svc

    window, rm = room
    store = window.store
    rid, notes, voters = _open_round(store, hidden=True)
    rm.presenter.send(Show.VOTING)
    audience = rm.presenter.audience
    panel = audience.voting_widget

    def no_counts() -> None:
        drawn = [w for w in panel.findChildren(QWidget) if w.isVisibleTo(panel)]  # (cleared rows wait for deletion hidden)
        assert not panel.showing_counts and not any(isinstance(w, QProgressBar) for w in drawn)
        assert not any("punto" in w.text() for w in drawn if isinstance(w, QLabel))

    for voter in voters:
        for _ in range(3):
            svc.cast_dot(store, rid, voter, notes[0])
            no_counts()
    qtbot.waitUntil(lambda: "Han votado 3 de 3" in panel.status.text())
    no_counts()
    assert "Agua potable" in visible_texts(audience)  # the candidates, without numbers
    svc.close_round(store, rid)  # the reveal is shown at once
    assert panel.showing_counts and "9 puntos" in visible_texts(audience)
    svc.reopen_round(store, rid, "otra vuelta")  # hidden again at once, no number left behind
    no_counts()


def test_the_audience_panel_and_the_console_catch_up_after_a_burst(room, qtbot) -> None:
    from reslab_desktop.services import voting as svc

    window, rm = room
    store = window.store
    rid, notes, voters = _open_round(store, hidden=False)
    rm.presenter.send(Show.VOTING)
    panel = rm.presenter.audience.voting_widget
    console = rm.console
    for voter in voters[:2]:
        for note in (notes[1], notes[1], notes[2]):
            svc.cast_dot(store, rid, voter, note)
    qtbot.waitUntil(lambda: "4 puntos" in visible_texts(panel) and "Han votado 2 de 3" in panel.status.text())
    assert panel.showing_counts and "2 puntos" in visible_texts(panel)
    qtbot.waitUntil(lambda: "2 of 3 have voted. Still to vote: 3" in console.voting_progress.text())


def test_the_console_reads_the_voting_progress_when_it_is_shown(room, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.services import voting as svc

    window, rm = room
    store = window.store
    console = rm.console
    set_console_visible(window, False)
    rid, notes, voters = _open_round(store, hidden=True)
    svc.cast_dot(store, rid, voters[0], notes[0])
    QApplication.processEvents()
    assert console._voting.pending and not console._voting._timer.isActive()  # nothing read while hidden
    set_console_visible(window, True)  # read in its show event, before it is first painted
    assert "1 of 3 have voted. Still to vote: 2, 3" in console.voting_progress.text()


def test_the_preview_follows_the_audience_window_on_the_screen(room, qtbot) -> None:
    """Presenting, the console's copy is drawn again after the audience window redraws (here:
    the corner timer counting down), not on a clock."""
    window, rm = room
    preview = rm.console.preview
    rm.presenter.start_presentation()
    qtbot.waitExposed(rm.presenter.audience)
    rm.presenter.timer.set_duration(90)
    rm.presenter.timer.start()
    key = preview.pixmap.cacheKey()
    qtbot.waitUntil(lambda: preview.pixmap.cacheKey() != key)
    rm.presenter.timer.pause()
