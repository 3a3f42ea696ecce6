"""The shared-screen vote end to end on real widgets: three voters one after another, hidden
between voters, the kiosk lock holding the facilitator's tools, reveal, runoff, promotion,
paper tally by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reslab_desktop.services import boards as board_svc
from reslab_desktop.services import voting as svc
from reslab_desktop.ui.voting import hooks
from reslab_desktop.ui.voting.screen import BALLOT, PASS, WHO
from tests.ui.voting_helpers import open_round, voting_window

PIN = "2468"


@pytest.fixture
def window(open_window, tmp_path):
    return voting_window(open_window, tmp_path)


_round = open_round


def _vote(qtbot, screen, voter_id, clicks):
    qtbot.mouseClick(screen.voter_buttons[voter_id], Qt.MouseButton.LeftButton)
    assert screen.state() == BALLOT
    for note, button in clicks:
        qtbot.mouseClick(screen.cards[note], button)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)


def test_turn_based_round_with_three_voters(qtbot, window):
    page, rid = _round(window, dots_per_participant=3, max_per_note=2)
    page.kiosk.set_pin(PIN)
    screen = page.start_screen()
    assert screen is not None and page.kiosk.locked
    n = window.test_notes
    voters = [v.id for v in svc.get_round(window.store, rid).voters]
    assert screen.state() == WHO

    left, right = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
    _vote(qtbot, screen, voters[0], [(n[0], left), (n[0], left), (n[1], left)])
    # hidden between voters: the pass card, with nothing of the last ballot drawn anywhere
    assert screen.state() == PASS
    assert all(card.mine == 0 and card.total is None for card in screen.cards.values())
    with pytest.raises(svc.HiddenResultsError):
        svc.results(window.store, rid)
    qtbot.mouseClick(screen.continue_button, left)
    assert screen.state() == WHO
    assert screen.progress_label.text() == "1 of 3 have voted"

    # second voter: a third dot on n0 is refused (max 2), right-click takes one off, keyboard adds
    qtbot.mouseClick(screen.voter_buttons[voters[1]], left)
    assert all(card.mine == 0 for card in screen.cards.values())  # the first voter's dots are not shown
    for _ in range(3):
        qtbot.mouseClick(screen.cards[n[0]], left)
    assert screen.ballot == {(n[0], 0): 2}
    qtbot.mouseClick(screen.cards[n[0]], right)
    screen.cards[n[2]].setFocus()
    qtbot.keyClick(screen.cards[n[2]], Qt.Key.Key_Space)
    qtbot.keyClick(screen.cards[n[2]], Qt.Key.Key_Space)
    assert screen.left_label.text() == "Dots left: 0"
    assert not screen.cards[n[3]].plus.isEnabled()
    qtbot.mouseClick(screen.done_button, left)
    qtbot.mouseClick(screen.continue_button, left)
    _vote(qtbot, screen, voters[2], [(n[2], left), (n[1], left), (n[1], left)])
    qtbot.mouseClick(screen.continue_button, left)

    # the voter comes back and changes their dots until close: their ballot is sealed, the
    # facilitator's PIN reopens it
    qtbot.mouseClick(screen.voter_buttons[voters[2]], left)
    assert screen.state() == WHO
    screen.sealed_prompt.pin.setText(PIN)
    screen.sealed_prompt.checked()
    assert screen.ballot == {(n[2], 0): 1, (n[1], 0): 2}
    qtbot.mouseClick(screen.cards[n[1]].minus, left)
    qtbot.mouseClick(screen.cards[n[4]], left)
    qtbot.mouseClick(screen.done_button, left)

    # the lock holds the facilitator's tools
    assert not window.actions_by_id["file.quit"].isEnabled()
    assert not window.actions_by_id["edit.undo"].isEnabled()
    assert not screen.reveal_button.isEnabled() and not screen.leave_button.isEnabled()
    assert not page.delete_button.isEnabled() and not page.close_button.isEnabled()
    window.close()
    assert window.isVisible()
    window.update_action_states()  # what a page switch does: the lock holds anyway
    window.page_changed.emit("home")
    assert not window.actions_by_id["file.quit"].isEnabled()
    presenter = page._presenter()
    assert presenter.leave_presentation() is False
    assert not page.kiosk.unlock("0000") and page.kiosk.locked

    assert page.kiosk.unlock(PIN)
    assert window.actions_by_id["file.quit"].isEnabled() and screen.reveal_button.isEnabled()
    page.close_round(rid)
    ranking = svc.results(window.store, rid)
    dots = {r.note_id: r.dots for r in ranking}
    assert dots == {n[0]: 3, n[1]: 2, n[2]: 3, n[3]: 0, n[4]: 1, n[5]: 0}
    top = [(r.note_id, r.rank, r.tied) for r in ranking[:2]]
    assert top == [(n[0], 1, True), (n[2], 1, True)]
    assert page.results_stack.currentWidget() is page.results
    assert page.results.table.item(0, 0).text() == "1="
    # undo of the reveal reopens (logged), redo closes again
    window.undo_stack.undo()
    assert svc.get_round(window.store, rid).status == "open"
    window.undo_stack.redo()
    assert svc.get_round(window.store, rid).status == "closed"


def test_runoff_and_promotion_from_the_results(qtbot, window):
    page, rid = _round(window, dots_per_participant=2, max_per_note=1)
    n = window.test_notes
    voters = [v.id for v in svc.get_round(window.store, rid).voters]
    svc.set_ballot(window.store, rid, voters[0], {(n[0], 0): 1, (n[1], 0): 1})
    svc.set_ballot(window.store, rid, voters[1], {(n[0], 0): 1, (n[2], 0): 1})
    svc.set_ballot(window.store, rid, voters[2], {(n[1], 0): 1, (n[2], 0): 1})
    page.close_round(rid)
    results = page.results
    results.k.setValue(1)
    assert results.runoff_button.isEnabled() and not results.promote_button.isEnabled()
    qtbot.mouseClick(results.runoff_button, Qt.MouseButton.LeftButton)
    runoff = page.round_id()
    rr = svc.get_round(window.store, runoff)
    assert rr.runoff_of == rid and rr.status == "open" and set(rr.candidate_ids) == {n[0], n[1], n[2]}
    for v, note in zip([x.id for x in rr.voters], [n[1], n[1], n[0]], strict=True):
        svc.cast_dot(window.store, runoff, v, note)
    page.close_round(runoff)
    results.k.setValue(1)
    assert results.promote_button.isEnabled()
    before = {b.id for b in board_svc.list_boards(window.store)}
    qtbot.mouseClick(results.promote_button, Qt.MouseButton.LeftButton)
    new = [b for b in board_svc.list_boards(window.store) if b.id not in before]
    assert len(new) == 1 and new[0].phase == 3
    copied = board_svc.load_board(window.store, new[0].id).notes
    assert [(c.text, c.source_note_id) for c in copied] == [("Coordinación", n[1])]
    window.undo_stack.undo()
    assert new[0].id not in {b.id for b in board_svc.list_boards(window.store)}
    window.undo_stack.redo()
    assert board_svc.load_board(window.store, new[0].id).notes[0].source_note_id == n[1]


def test_paper_tally_by_keyboard(qtbot, window):
    from reslab_desktop.ui.voting.paper import PaperTallyDialog

    page, rid = _round(window, mode="paper", anonymous_voters=4, dots_per_participant=2, max_per_note=1)
    dialog = PaperTallyDialog(window.store, rid, page)
    qtbot.addWidget(dialog)
    first = dialog.order[0]
    first.setFocus()
    first.selectAll()
    for digits in ("4", "3", "1"):
        qtbot.keyClicks(dialog.focusWidget(), digits)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    n = window.test_notes
    assert dialog.counts() == {(n[0], 0): 4, (n[1], 0): 3, (n[2], 0): 1}
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled() and "8 of 8" in dialog.total.text()
    qtbot.keyClicks(dialog.focusWidget(), "1")  # a ninth dot: more than were handed out
    assert not save.isEnabled() and "handed out" in dialog.total.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert save.isEnabled()
    page.paper_tally(dialog.counts())
    page.close_round(rid)
    assert [(r.note_id, r.dots) for r in svc.results(window.store, rid)[:3]] == [(n[0], 4), (n[1], 3), (n[2], 1)]
    window.undo_stack.undo()  # reopen
    window.undo_stack.undo()  # the tally
    svc.close_round(window.store, rid)
    assert all(r.dots == 0 for r in svc.results(window.store, rid))


def test_open_vote_shows_live_dots(qtbot, window):
    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=2)
    screen = page.start_screen(lock=False)
    n = window.test_notes
    voters = [v.id for v in svc.get_round(window.store, rid).voters]
    qtbot.mouseClick(screen.voter_buttons[voters[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.cards[n[3]], Qt.MouseButton.LeftButton)
    assert screen.cards[n[3]].total == 1  # saved at once, shown live
    assert svc.get_ballot(window.store, rid, voters[0]) == {(n[3], 0): 1}


def test_candidates_from_the_board_selection(qtbot, window):
    from reslab_desktop.ui.voting.setup_dialog import RoundSetupDialog

    n = window.test_notes
    window.open_board(window.test_board)
    window.board_editor.select_notes([n[1], n[3], n[4]])
    page = hooks.show_voting(window)
    assert page.board_id() == window.test_board
    selection = page._selection()
    assert sorted(selection) == [n[1], n[3], n[4]]
    dialog = RoundSetupDialog(window.store, window.test_board, selection, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.sel_radio.isChecked()
    dialog.question.setText("¿Cuál primero?")
    settings = dialog.settings()
    assert sorted(settings["candidates"]) == [n[1], n[3], n[4]]
    assert settings["dots_per_participant"] == 1  # a third of three candidates
    rid = page.create_round(window.test_board, **settings)
    assert sorted(svc.get_round(window.store, rid).candidate_ids) == [n[1], n[3], n[4]]
    window.undo_stack.undo()
    assert svc.list_rounds(window.store) == []


def test_settings_dialog_shows_and_returns_a_round_as_it_is(qtbot, window):
    from reslab_desktop.ui.voting.setup_dialog import RoundSetupDialog

    n = window.test_notes
    page = hooks.show_voting(window)
    rid = page.create_round(window.test_board, question="Impacto", criteria=("impacto", "factibilidad"),
                            candidates=(n[0], n[2]), anonymous_voters=9, dots_per_participant=4, max_per_note=3,
                            mode="open", hidden_until_reveal=False, timer_seconds=300)
    before = svc.round_settings(svc.get_round(window.store, rid))
    dialog = RoundSetupDialog(window.store, window.test_board, existing=before, parent=page)
    qtbot.addWidget(dialog)
    after = dialog.settings()
    assert after == {k: getattr(before, k) for k in after}
    dialog.dots.setValue(2)
    assert dialog.max_note.value() == 2  # the per-note maximum never exceeds the budget
    dialog.anon_count.setValue(5)
    page_settings = dialog.settings()
    from reslab_desktop.ui.commands import ServiceCommand, push

    push(window.undo_stack, ServiceCommand("edit", lambda: svc.update_round(window.store, rid, **page_settings),
                                           lambda prev: svc.restore_settings(window.store, rid, prev)))
    rnd = svc.get_round(window.store, rid)
    assert (rnd.dots_per_participant, rnd.max_per_note, len(rnd.voters)) == (2, 2, 5)
    window.undo_stack.undo()
    assert svc.round_settings(svc.get_round(window.store, rid)) == before


def _cards(screen):
    return {nid: (card.mine, card.total, card.plus.isEnabled()) for nid, card in screen.cards.items()}


def test_open_vote_totals_follow_each_dot_and_every_other_change(qtbot, window):
    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=2)
    screen = page.start_screen(lock=False)
    store, n = window.store, window.test_notes
    voters = [v.id for v in svc.get_round(store, rid).voters]
    left, right = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
    _vote(qtbot, screen, voters[0], [(n[0], left), (n[1], left)])
    qtbot.mouseClick(screen.continue_button, left)
    qtbot.mouseClick(screen.voter_buttons[voters[1]], left)
    assert _cards(screen) == {nid: (0, {n[0]: 1, n[1]: 1}.get(nid, 0), True) for nid in n}

    qtbot.mouseClick(screen.cards[n[0]], left)
    qtbot.mouseClick(screen.cards[n[0]], left)
    assert screen.left_label.text() == "Dots left: 0"
    assert _cards(screen) == {nid: ({n[0]: 2}.get(nid, 0), {n[0]: 3, n[1]: 1}.get(nid, 0), False) for nid in n}
    qtbot.mouseClick(screen.cards[n[0]], right)
    assert _cards(screen) == {nid: ({n[0]: 1}.get(nid, 0), {n[0]: 2, n[1]: 1}.get(nid, 0), True) for nid in n}

    # changes made elsewhere while this voter is on the screen are read back
    svc.clear_ballot(store, rid, voters[0])
    assert _cards(screen) == {nid: ({n[0]: 1}.get(nid, 0), {n[0]: 1}.get(nid, 0), True) for nid in n}
    svc.enter_paper_tally(store, rid, {n[5]: 3})
    assert screen.cards[n[5]].total == 3
    svc.clear_ballot(store, rid, voters[1])  # this voter's own dots, cleared by the facilitator
    assert screen.ballot == {} and screen.left_label.text() == "Dots left: 2"
    assert _cards(screen) == {nid: (0, {n[5]: 3}.get(nid, 0), True) for nid in n}
    qtbot.mouseClick(screen.cards[n[2]], left)
    assert {(nid, 0): total for nid, (_, total, _) in _cards(screen).items() if total} == svc.tallies(store, rid)
    # a candidate deleted and put back (its ballots go and come back with it)
    from reslab_desktop.services import notes as note_svc

    snap = note_svc.delete_notes(store, [n[2]])
    assert screen.ballot == {} and screen.cards[n[2]].total == 0
    note_svc.restore_deleted(store, snap)
    assert screen.ballot == {(n[2], 0): 1} and screen.cards[n[2]].total == 1


def test_an_open_round_with_hidden_counts_never_draws_a_total(qtbot, window):
    page, rid = _round(window, mode="open", hidden_until_reveal=True, dots_per_participant=2)
    screen = page.start_screen(lock=False)
    store, n = window.store, window.test_notes
    voters = [v.id for v in svc.get_round(store, rid).voters]
    qtbot.mouseClick(screen.voter_buttons[voters[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.cards[n[0]], Qt.MouseButton.LeftButton)
    svc.enter_paper_tally(store, rid, {n[1]: 2})
    qtbot.mouseClick(screen.cards[n[1]], Qt.MouseButton.LeftButton)
    assert svc.get_ballot(store, rid, voters[0]) == {(n[0], 0): 1, (n[1], 0): 1}
    assert screen.totals is None
    assert _cards(screen) == {nid: (int(nid in n[:2]), None, False) for nid in n}
    with pytest.raises(svc.HiddenResultsError):
        svc.tallies(store, rid)


def test_a_dot_redraws_its_own_card_only(qtbot, window):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=3)
    screen = page.start_screen(lock=False)
    n = window.test_notes
    screen.start_voter(svc.get_round(window.store, rid).voters[0].id)
    qtbot.waitUntil(lambda: all(card.isVisible() for card in screen.cards.values()))
    QApplication.processEvents()

    class Painted(QObject):
        cards: list[str] = []

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.cards.append(obj.note_id)
            return False

    painted = Painted()
    for card in screen.cards.values():
        card.installEventFilter(painted)
    screen.add_dot(n[2])
    QApplication.processEvents()
    assert painted.cards == [n[2]] and screen.cards[n[2]].total == 1


def test_the_facilitators_page_follows_the_dots_of_an_open_round(qtbot, window):
    """The page behind the screen catches up once the voter pauses (not inside each click)."""
    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=2)
    screen = page.start_screen(lock=False)
    n = window.test_notes
    voters = [v.id for v in svc.get_round(window.store, rid).voters]
    rounds_item = page.rounds.currentItem()
    qtbot.mouseClick(screen.voter_buttons[voters[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.cards[n[4]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.cards[n[4]], Qt.MouseButton.LeftButton)
    table = page.results.table

    def first_row() -> list[str]:
        return [table.item(0, col).text() for col in range(4)] if table.rowCount() else []

    qtbot.waitUntil(lambda: first_row() == ["1", "Jóvenes", "2", "100%"])
    assert page.results_stack.currentWidget() is page.results
    assert page.progress.text().startswith("1 of 3 have voted.")
    assert page.rounds.currentItem() is rounds_item  # a dot leaves the list of rounds as it was
    svc.enter_paper_tally(window.store, rid, {n[1]: 3})
    qtbot.waitUntil(lambda: first_row()[:3] == ["1", "Coordinación", "3"])
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(col) for col in range(4)] == [
        header.ResizeMode.ResizeToContents, header.ResizeMode.Stretch,
        header.ResizeMode.ResizeToContents, header.ResizeMode.ResizeToContents]


@pytest.mark.parametrize("what", ["round", "board"])
def test_the_screen_leaves_when_its_round_is_deleted(qtbot, window, what):
    """Unlocked, the facilitator deletes the round (or its board) while the screen is up: the
    screen goes away without an error, and undo brings the round back."""
    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=2)
    screen = page.start_screen(lock=False)
    qtbot.waitExposed(screen)
    voter = svc.get_round(window.store, rid).voters[0].id
    qtbot.mouseClick(screen.voter_buttons[voter], Qt.MouseButton.LeftButton)
    if what == "round":
        snap = svc.delete_round(window.store, rid)
    else:
        snap = board_svc.delete_board(window.store, window.test_board)
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert page.voting_screen is None or page.voting_screen is not screen
    if what == "round":
        svc.restore_round(window.store, snap)
    else:
        board_svc.restore_board(window.store, snap)
    assert svc.get_round(window.store, rid).status == "open"


def test_after_a_burst_of_dots_the_facilitators_views_catch_up_in_one_refresh(qtbot, window):
    """Nothing behind the shared screen re-reads inside a voter's clicks; once the event loop
    runs, the page (who voted, who is missing, the results) and the room console are right,
    after one refresh for the whole burst."""
    from reslab_desktop.ui.room.hooks import room_for, set_console_visible

    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=3)
    screen = page.start_screen(lock=False)
    set_console_visible(window, True)
    console = room_for(window).console
    qtbot.waitUntil(lambda: "0 of 3 have voted" in console.voting_progress.text())
    n = window.test_notes
    voters = svc.get_round(window.store, rid).voters
    refreshed = []
    show_counts = page.results.show_counts
    page.results.show_counts = lambda *args: (refreshed.append(args), show_counts(*args))
    for voter, notes in ((voters[0], [n[0], n[0], n[1]]), (voters[1], [n[1], n[2]])):
        screen.start_voter(voter.id)
        for note in notes:
            screen.add_dot(note)  # no event loop in between: the burst of one busy voter
    assert refreshed == []

    missing = f"Still to vote: {voters[2].label}"
    qtbot.waitUntil(lambda: page.progress.text() == f"2 of 3 have voted. {missing}")
    qtbot.waitUntil(lambda: console.voting_progress.text() == f"«¿Qué retos primero?»: 2 of 3 have voted. {missing}")
    assert len(refreshed) == 1
    table = page.results.table
    shown = {table.item(row, 1).text(): int(table.item(row, 2).text()) for row in range(table.rowCount())}
    assert shown == {" ".join(r.text.split()): r.dots for r in svc.results(window.store, rid)}
    assert shown["Financiamiento"] == 2 and shown["Coordinación"] == 2 and shown["Violencia"] == 1


def test_a_voting_page_not_shown_reads_the_dots_when_it_is_shown(qtbot, window):
    page, rid = _round(window, mode="open", hidden_until_reveal=False, dots_per_participant=2)
    n = window.test_notes
    voter = svc.get_round(window.store, rid).voters[0]
    window.show_page("home")
    assert not page.isVisible()
    svc.cast_dot(window.store, rid, voter.id, n[3])
    svc.cast_dot(window.store, rid, voter.id, n[3])
    QApplication.processEvents()
    assert page._counts.pending and not page._counts._timer.isActive()  # no refresh scheduled while hidden
    window.show_page("voting")  # read in its show event, before it is first painted
    assert page.progress.text().startswith("1 of 3 have voted.")
    assert [page.results.table.item(0, col).text() for col in range(3)] == ["1", "Salud mental", "2"]
