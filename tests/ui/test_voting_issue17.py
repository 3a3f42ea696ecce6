"""Issue 17 — the shared-screen vote in a real day in the room (items 1–7, 9, 10), on real
widgets: the kiosk lock against every way of closing, sealed ballots, the keyboard, the
closed round's record, the setup's details, the one-screen overlay and key hint, the paused
timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reslab_desktop.services import notes as note_svc
from reslab_desktop.services import voting as svc
from reslab_desktop.ui.room.hooks import room_for
from reslab_desktop.ui.voting import hooks
from reslab_desktop.ui.voting.screen import BALLOT, PASS, WHO
from tests.ui.voting_helpers import open_round, voting_window

PIN = "2468"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(open_window, tmp_path):
    return voting_window(open_window, tmp_path)


def _open(window, **settings):
    page, rid = open_round(window, **settings)
    page.kiosk.set_pin(PIN)
    return page, rid


def _answer_modal(button: QMessageBox.StandardButton | None = None, seen: list | None = None) -> None:
    """Next modal box: note its default button, then press ``button`` (or its default)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append(box.standardButton(box.defaultButton()))
        box.button(button or box.standardButton(box.defaultButton())).click()
    QTimer.singleShot(0, answer)


# -- 1. the kiosk lock ---------------------------------------------------------------------
def test_alt_f4_on_the_voting_screen_and_closing_the_main_window_keep_a_way_back(qtbot, window):
    page, rid = _open(window)
    screen = page.start_screen()
    presenter = room_for(window).presenter
    assert page.kiosk.locked and presenter.presenting
    audience = presenter.audience
    assert audience.close() is False  # Alt+F4 / the window manager's close
    assert audience.isVisible() and screen.isVisible()
    # closing the facilitator's window asks for the PIN instead of doing nothing
    assert window.close() is False and window.isVisible()
    prompt = page.kiosk.prompt
    assert prompt is not None and prompt.isVisible()
    prompt.pin.setText("0000")
    prompt.checked()
    assert page.kiosk.locked and prompt.error.text() == "Wrong PIN."
    prompt.pin.setText(PIN)
    prompt.checked()
    assert not page.kiosk.locked and window.actions_by_id["file.quit"].isEnabled()


def test_the_unlock_key_stays_enabled_while_everything_else_is_locked(qtbot, window):
    page, _ = _open(window)
    page.start_screen()
    action = page.kiosk.unlock_action
    assert action is not None and action.isEnabled() and action.shortcut().toString() == "Ctrl+Alt+U"
    assert not window.actions_by_id["room.present"].isEnabled()
    action.trigger()
    assert page.kiosk.prompt is not None and page.kiosk.prompt.isVisible()
    assert page.kiosk.unlock(PIN) and page.kiosk.prompt is None


def test_an_unplugged_projector_leaves_the_locked_vote_on_the_remaining_screen(qtbot, window):
    page, _ = _open(window)
    page.start_screen()
    presenter = room_for(window).presenter
    presenter.single_screen = False  # as if it were on a projector
    presenter._on_screen_removed(presenter.audience.screen())  # what Qt calls when it is unplugged
    assert presenter.presenting and presenter.single_screen
    assert presenter.audience.isVisible() and presenter.audience.isFullScreen()
    assert page.kiosk.locked
    assert page.kiosk.unlock(PIN)


# -- 2. sealed ballots ---------------------------------------------------------------------
def test_a_finished_ballot_is_sealed_and_only_the_pin_reopens_it(qtbot, window):
    page, rid = _open(window)
    screen = page.start_screen()
    voter = svc.get_round(window.store, rid).voters[0].id
    qtbot.mouseClick(screen.voter_buttons[voter], LEFT)
    qtbot.mouseClick(screen.cards[window.test_notes[0]], LEFT)
    qtbot.mouseClick(screen.done_button, LEFT)
    qtbot.mouseClick(screen.continue_button, LEFT)
    qtbot.mouseClick(screen.voter_buttons[voter], LEFT)  # their ✓ name, tapped by anyone
    assert screen.state() == WHO and all(card.mine == 0 for card in screen.cards.values())
    prompt = screen.sealed_prompt
    assert prompt.isVisible()
    prompt.pin.setText("1111")
    prompt.checked()
    assert screen.state() == WHO and prompt.isVisible()
    prompt.pin.setText(PIN)
    prompt.checked()
    assert screen.state() == BALLOT and screen.ballot == {(window.test_notes[0], 0): 1}
    assert svc.round_events(window.store, rid)[-1].action == "ballot_reopened"
    assert page.kiosk.unlock(PIN)


# -- 4. keyboard ---------------------------------------------------------------------------
def test_arrows_move_between_cards_enter_is_done_and_the_warning_has_words(qtbot, window):
    page, rid = _open(window, dots_per_participant=2, max_per_note=1)
    screen = page.start_screen()
    voter = svc.get_round(window.store, rid).voters[0].id
    qtbot.mouseClick(screen.voter_buttons[voter], LEFT)
    n = window.test_notes
    first = screen.cards[n[0]]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Space)  # at most 1 on one note
    assert "1" in screen.warning.text() and "⚠" in screen.warning.text()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert screen.window().focusWidget() is screen.cards[n[1]]
    qtbot.keyClick(screen.cards[n[1]], Qt.Key.Key_Space)
    qtbot.keyClick(screen.cards[n[1]], Qt.Key.Key_Down)
    below = list(screen.cards)[1 + screen.card_grid.column_count()]
    assert screen.window().focusWidget() is screen.cards[below]
    qtbot.keyClick(screen.cards[below], Qt.Key.Key_Space)  # the budget is spent
    assert "No dots left" in screen.warning.text()
    qtbot.keyClick(screen.cards[below], Qt.Key.Key_Return)
    assert screen.state() == PASS
    assert svc.get_ballot(window.store, rid, voter) == {(n[0], 0): 1, (n[1], 0): 1}
    assert page.kiosk.unlock(PIN)


def test_deleting_a_round_never_has_the_focus_nor_a_yes_default(qtbot, window):
    page = hooks.show_voting(window)
    window.show()
    page.create_round(window.test_board, question="¿Qué?")
    page.open_button.setFocus()
    qtbot.mouseClick(page.open_button, LEFT)  # the button hides itself
    assert page.window().focusWidget() is not page.delete_button
    assert not page.delete_button.autoDefault()
    seen: list = []
    _answer_modal(seen=seen)  # whatever the default is, pressed
    page.delete_round()
    assert seen == [QMessageBox.StandardButton.No]
    assert len(svc.list_rounds(window.store)) == 1


# -- 5. the closed round's record ---------------------------------------------------------
def test_closed_results_keep_the_voted_text_and_a_voted_note_is_not_deleted_silently(qtbot, window):
    page, rid = _open(window, mode="open")
    voter = svc.get_round(window.store, rid).voters[0].id
    n = window.test_notes
    svc.cast_dot(window.store, rid, voter, n[0])
    page.close_round(rid)
    note_svc.set_text(window.store, n[0], "Financiamiento comunitario")
    page.select_round(rid)
    cell = page.results.table.item(0, 1).text()
    assert cell.startswith("Financiamiento") and "now: Financiamiento comunitario" in cell
    window.open_board(window.test_board)
    editor = window.board_editor
    editor.scene.select_ids([n[0]])
    seen: list = []
    _answer_modal(seen=seen)  # the default: No
    editor.controller.delete_selection()
    assert seen == [QMessageBox.StandardButton.No] and n[0] in editor.scene.notes
    _answer_modal(QMessageBox.StandardButton.Yes)
    editor.controller.delete_selection()
    assert n[0] not in editor.scene.notes
    assert svc.results(window.store, rid)[0].dots == 1  # the round's record stays


# -- 7. setup details ----------------------------------------------------------------------
def test_setup_all_none_and_one_selected_note_is_not_a_choice(qtbot, window):
    from reslab_desktop.ui.voting.setup_dialog import RoundSetupDialog

    dialog = RoundSetupDialog(window.store, window.test_board, [window.test_notes[0]])
    qtbot.addWidget(dialog)
    assert dialog.all_radio.isChecked() and not dialog.sel_radio.isChecked()
    dialog.no_people.click()
    people = [dialog.people.item(i).checkState() for i in range(dialog.people.count())]
    assert set(people) == {Qt.CheckState.Unchecked}
    dialog.all_people.click()
    assert {dialog.people.item(i).checkState() for i in range(dialog.people.count())} == {Qt.CheckState.Checked}
    two = RoundSetupDialog(window.store, window.test_board, window.test_notes[:2])
    qtbot.addWidget(two)
    assert two.sel_radio.isChecked()


def test_the_pin_dialog_is_dark_on_white_over_the_voting_screen(qtbot, window):
    page, rid = _open(window)
    screen = page.start_screen()
    from reslab_desktop.ui.voting.kiosk import PinDialog

    dialog = PinDialog("Unlock", "Facilitator PIN:", parent=screen)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_wrong()
    image = dialog.grab().toImage()
    label = dialog.error
    pos = label.mapTo(dialog, label.rect().center())
    background = image.pixelColor(4, 4)
    assert background.lightness() > 240  # white, not the screen's dark blue or light grey
    text_colors = {image.pixelColor(x, pos.y()).name() for x in range(label.x(), label.x() + label.width())}
    assert any(c.startswith("#b") or c.startswith("#a") for c in text_colors)  # the red of the error
    assert label.palette().color(label.foregroundRole()).lightness() < 128 or "B42318" in label.styleSheet()
    assert page.kiosk.unlock(PIN)


def test_who_decided_can_be_skipped_and_leaves_the_results_readable(qtbot, window):
    from reslab_desktop.services.lab import decisions
    from reslab_desktop.ui.lab.decisions_view import ask_who_decided

    page, rid = _open(window)
    window.resize(1280, 720)
    window.show()
    page.close_round(rid)
    page.select_round(rid)
    did = next(d.id for d in decisions.list_decisions(window.store) if d.source_id == rid)
    prompt = ask_who_decided(page, window.store, window.undo_stack, did)
    assert prompt.isVisible() and not prompt.isModal()
    table = page.results.table
    ranking = table.viewport().rect().translated(table.viewport().mapToGlobal(table.viewport().rect().topLeft()))
    assert not prompt.frameGeometry().intersects(ranking.adjusted(0, 0, 0, -ranking.height() // 2))
    prompt.skip.click()
    assert not prompt.isVisible()


def test_result_labels_wrap_instead_of_being_cut(qtbot):
    from PySide6.QtGui import QFont, QFontMetricsF

    from reslab_desktop.ui.voting.charts import BarChart

    fm = QFontMetricsF(QFont())
    text = "Familias sin herramientas de crianza sin violencia"
    width = fm.horizontalAdvance(text) * 0.6  # wider than one line can hold, within two
    assert BarChart.label_for(fm, text, width) == text


def test_a_paper_tally_over_the_dots_handed_out_can_be_saved_with_the_warning(qtbot, window):
    from reslab_desktop.ui.voting.paper import PaperTallyDialog

    page, rid = _open(window, mode="paper", anonymous_voters=2, dots_per_participant=2, max_per_note=2)
    dialog = PaperTallyDialog(window.store, rid, page)
    qtbot.addWidget(dialog)
    for spin in list(dialog.spins.values())[:3]:
        spin.setValue(2)  # 6 dots, 4 handed out
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert dialog.save_anyway.isVisibleTo(dialog)
    dialog.save_anyway.click()
    assert dialog.over_ok
    page.paper_tally(dialog.counts(), over_ok=dialog.over_ok)
    assert "⚠" in svc.round_events(window.store, rid)[-1].detail
    page.close_round(rid)
    page.select_round(rid)
    assert "on screen" not in page.results.summary.text() and "paper" in page.results.summary.text()


# -- 9. one screen: overlay and key hint ----------------------------------------------------
def test_on_one_screen_the_console_is_an_overlay_and_the_keys_are_told(qtbot, window):
    presenter = room_for(window).presenter
    window.actions_by_id["room.present"].trigger()
    assert presenter.presenting and presenter.single_screen
    hint = presenter.key_hint
    assert hint.isVisible() and "F5" in hint.label.text() and "Ctrl+Shift+R" in hint.label.text()
    window.actions_by_id["room.console"].trigger()
    assert presenter.overlay.isVisible()
    assert presenter.overlay.geometry().right() <= presenter.audience.width()
    presenter.overlay.show_buttons["timer"].click()
    assert presenter.audience.shown == "timer"
    window.actions_by_id["room.console"].trigger()
    assert not presenter.overlay.isVisible()
    hint.findChild(type(presenter.overlay.leave), "room.key_hint.close").click()
    assert not hint.isVisible()
    presenter.overlay.toggle()
    presenter.overlay.leave.click()
    assert not presenter.presenting
    window.actions_by_id["room.present"].trigger()
    assert not presenter.key_hint.isVisible()  # dismissed: remembered
    presenter.leave_presentation()


# -- 10. the paused timer ------------------------------------------------------------------
def test_a_paused_timer_says_so(qtbot, window):
    from reslab_desktop.ui.room.timer_widgets import TimerFace

    presenter = room_for(window).presenter
    timer = presenter.timer
    timer.set_duration(300)
    timer.start()
    face = TimerFace(timer)
    qtbot.addWidget(face)
    face.resize(400, 200)
    assert face.caption() == ""
    running = face.grab().toImage()
    timer.pause()
    assert face.caption() == "Paused" and "Paused" in face.accessibleDescription()
    assert face.grab().toImage() != running
    presenter.audience.resize(1280, 720)
    presenter.audience._place_corner_timer()
    assert presenter.audience.corner_timer.isVisibleTo(presenter.audience)  # the pause shows in the corner
    timer.reset()


def test_in_spanish_the_pause_and_the_sealed_ballot_say_so(qtbot):
    from reslab_desktop.ui import i18n
    from reslab_desktop.ui.room.timer import CountdownTimer
    from reslab_desktop.ui.room.timer_widgets import TimerFace

    timer = CountdownTimer()
    timer.set_duration(60)
    timer.start()
    timer.pause()
    try:
        i18n.set_language("es")
        face = TimerFace(timer)
        qtbot.addWidget(face)
        assert face.caption() == "En pausa"
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("VotingScreen", "Sealed ballot") == "Voto sellado"
    finally:
        i18n.set_language("en")


def test_a_paper_round_never_says_nobody_voted_on_screen(qtbot, window):
    from reslab_desktop.ui.room.hooks import set_console_visible

    page = hooks.show_voting(window)
    rid = page.create_round(window.test_board, question="En papel", mode="paper", anonymous_voters=20)
    page.open_round()
    assert page.progress.text() == ""
    set_console_visible(window, True)
    console = room_for(window).console
    qtbot.waitUntil(lambda: "En papel" in console.voting_progress.text())
    assert "have voted" not in console.voting_progress.text() and "paper" in console.voting_progress.text()
    assert svc.get_round(window.store, rid).mode == "paper"


@pytest.mark.parametrize(("language", "expected"), [
    ("es", "Hay 2 notas empatadas en el último lugar."), ("en", "2 notes tied for the last place."),
])
def test_a_tie_at_the_cut_reads_naturally(qtbot, window, language, expected):
    from reslab_desktop.ui import i18n
    from reslab_desktop.ui.voting.results import ResultsView

    page, rid = _open(window, mode="open")
    voters = svc.get_round(window.store, rid).voters
    n = window.test_notes
    svc.cast_dot(window.store, rid, voters[0].id, n[0])
    svc.cast_dot(window.store, rid, voters[1].id, n[1])
    svc.close_round(window.store, rid)
    try:
        i18n.set_language(language)
        view = ResultsView(window.store)
        qtbot.addWidget(view)
        view.show_round(rid)
        view.k.setValue(1)
        view._refresh_cut()
        assert view.cut_label.text() == expected
    finally:
        i18n.set_language("en")
