"""Bugs found walking through a workshop as a facilitator: the shared voting screen.

Real windows on a real workshop file (tests/ui/voting_helpers.make_workshop)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from reslab_desktop.services import voting as svc
from reslab_desktop.ui.voting import hooks
from reslab_desktop.ui.voting.cards import NoteCard
from reslab_desktop.ui.voting.screen import BALLOT, PASS, WHO
from tests.ui.board_helpers import at, double_click, drag

PIN = "2468"
LONG = "Familias sin herramientas de crianza sin violencia"  # a challenge of the demo


def test_the_lock_also_stops_the_mouse_on_the_facilitators_board(open_window, tmp_path):
    from tests.ui.voting_helpers import make_workshop

    bid, notes = make_workshop(tmp_path / "w.reslab")
    window = open_window(tmp_path / "w.reslab")
    window.open_board(bid)
    editor = window.board_editor
    page = hooks.show_voting(window)
    page.create_round(bid, question="¿Qué primero?")
    page.open_round()
    page.kiosk.set_pin(PIN)
    assert page.start_screen() is not None and page.kiosk.locked

    # a voter switches to the facilitator's window: the board and the navigator ignore them
    assert not window.navigator.isEnabled()
    window.open_board(bid)  # even if the board is shown, it takes no input
    view = editor.view
    before = {nid: item.pos() for nid, item in editor.scene.notes.items()}
    empty = QPointF(editor.scene.content_rect().right() + 200, 0)
    view.centerOn(empty)
    double_click(view, at(view, empty))
    item = editor.scene.notes[notes[0]]
    centre = item.sceneBoundingRect().center()
    drag(view, at(view, centre), at(view, QPointF(centre.x() + 80, centre.y() + 80)))
    assert {nid: item.pos() for nid, item in editor.scene.notes.items()} == before
    assert window.undo_stack.count() == 2  # the round's creation and opening only

    assert page.kiosk.unlock(PIN)
    assert window.navigator.isEnabled() and window.centralWidget().isEnabled()
    double_click(view, at(view, empty))
    assert len(editor.scene.notes) == len(before) + 1


def test_the_voting_screen_fits_a_1024_pixel_projector_in_every_state(open_window, tmp_path, qtbot):
    from tests.ui.voting_helpers import make_workshop

    bid, notes = make_workshop(tmp_path / "w.reslab")
    window = open_window(tmp_path / "w.reslab")
    page = hooks.show_voting(window)
    page.create_round(bid, question="¿Qué retos atendemos juntas primero?", anonymous_voters=3)
    page.open_round()
    screen = page.audience_widget()
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    assert screen.state() == WHO
    qtbot.mouseClick(screen.next_voter, Qt.MouseButton.LeftButton)
    assert screen.state() == BALLOT
    qtbot.mouseClick(screen.cards[notes[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert screen.state() == PASS
    # every page of the stack counts in the minimum width, shown or not (Spanish texts are longer)
    assert screen.minimumSizeHint().width() <= 1024
    assert svc.voting_progress(window.store, page.round_id()).total == 3


def test_a_candidates_whole_text_fits_its_card(app, qtbot):
    card = NoteCard("n1", LONG, "#8FD3F5")
    qtbot.addWidget(card)
    card.resize(card.minimumSize())
    card.show()
    card.grab()  # paints: the size is chosen for the card's text box
    box = QRectF(card.rect()).adjusted(3 + 16, 3 + 12, -3 - 16, -3 - 56 - 24)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    font = card._fitted_font(box, flags)
    assert QFontMetricsF(font).boundingRect(box, flags, LONG).height() <= box.height()
    assert font.bold()


def test_a_refused_round_setup_shows_its_message_before_the_form_returns(open_window, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reslab_desktop.ui.voting.setup_dialog import RoundSetupDialog
    from tests.ui.voting_helpers import make_workshop

    bid, _ = make_workshop(tmp_path / "w.reslab")
    window = open_window(tmp_path / "w.reslab")
    page = hooks.show_voting(window)
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RoundSetupDialog) and not seen:
            seen.append("form")
            modal.question.setText("   ")
            modal.accept()
        elif isinstance(modal, QMessageBox):  # the message is on top and can be closed
            seen.append(modal.text())
            modal.accept()
        elif isinstance(modal, RoundSetupDialog):
            seen.append("form again")
            modal.reject()
            return
        QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    assert page.new_round(bid) is None
    assert seen == ["form", "question cannot be empty", "form again"]
