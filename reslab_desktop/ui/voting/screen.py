"""The shared-screen voting view: pick your name, place your dots, Done, pass the screen.

Secret rounds keep the voter's dots on this screen until "Done" (one ``set_ballot``), then
hide everything behind a "pass to the next person" card. No tally is ever drawn while a
secret round is open. Open rounds ("like stickers on a wall") save every dot at once and
show the running totals. A voter may come back (tap their name again) and change their dots
until the round closes. Facilitator buttons sit behind the kiosk lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import NotFoundError, ReslabError
from reslab_desktop.rules import voting as rules
from reslab_desktop.services import voting as svc
from reslab_desktop.storage import Change, Store
from reslab_desktop.ui.store_signals import StoreSignals
from reslab_desktop.ui.voting.cards import TOUCH, NoteCard
from reslab_desktop.ui.voting.grid import FlowGrid
from reslab_desktop.ui.voting.kiosk import KioskLock, ask_unlock

BACKGROUND = "#12263F"
STYLE = f"""
QWidget#voting_screen, QWidget#voting_viewport, QWidget#voting_content {{ background: {BACKGROUND}; }}
QScrollArea {{ border: none; }}
QLabel {{ color: white; }}
QPushButton.voter {{ background: #F3F4F6; color: #12263F; border: 3px solid #F3F4F6; border-radius: 12px;
                     padding: 10px 18px; }}
QPushButton.voter[voted="true"] {{ background: #2E7D32; color: white; border-color: #A5D6A7; }}
QPushButton.voter:focus {{ border-color: #FFD54F; }}
QPushButton.big {{ background: #FFD54F; color: #12263F; border-radius: 14px; padding: 12px 36px; }}
QPushButton.big:focus {{ border: 4px solid white; }}
QPushButton.big:disabled {{ background: #6B7785; color: #C9CED6; }}
QPushButton.quiet {{ background: transparent; color: #C9CED6; border: 2px solid #6B7785; border-radius: 10px;
                     padding: 6px 14px; }}
QPushButton.quiet:focus {{ border-color: #FFD54F; }}
QPushButton.quiet:disabled {{ color: #59636E; border-color: #3A4A5E; }}
"""

WHO, BALLOT, PASS = 0, 1, 2
CARD_WIDTH = 200  # px: the narrowest card that still reads (four columns on a 1024 px screen)
VOTER_WIDTH = 170


def _name_points(voters: int, anonymous: bool) -> float:
    """Names get smaller as the room grows (40 names fit 1024×768 with little scrolling)."""
    if anonymous:
        return 15
    return 17 if voters <= 16 else 15 if voters <= 30 else 13


def _font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    f = QFont(widget.font())
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def _button(text: str, kind: str, points: float = 18) -> QPushButton:
    b = QPushButton(text)
    b.setProperty("class", kind)
    b.setMinimumHeight(TOUCH if kind != "quiet" else 44)
    b.setFont(_font(b, points, bold=kind != "quiet"))
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


def _scroll(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.viewport().setObjectName("voting_viewport")
    content.setObjectName("voting_content")
    scroll.setWidget(content)
    return scroll


class VotingScreen(QWidget):
    """``leave_requested`` (facilitator, unlocked) and ``reveal_requested(round_id)``."""

    leave_requested = Signal()
    reveal_requested = Signal(str)

    def __init__(self, store: Store, round_id: str, kiosk: KioskLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.store = store
        self.round_id = round_id
        self.kiosk = kiosk
        self.round = svc.get_round(store, round_id)
        self.notes = svc.round_candidates(store, round_id)
        self.voter_id: str | None = None
        self.ballot: dict[tuple[str, int], int] = {}
        self.criterion = 0
        self.cards: dict[str, NoteCard] = {}
        self.totals: dict[tuple[str, int], int] | None = None  # open rounds' running totals
        self._saving_dot = False
        self.sealed_prompt: QWidget | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_who())
        self.stack.addWidget(self._build_ballot())
        self.stack.addWidget(self._build_pass())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addLayout(self._build_top())
        layout.addWidget(self.stack, 1)
        kiosk.changed.connect(self._lock_changed)
        self._lock_changed(kiosk.locked)
        StoreSignals.of(store).changed.connect(self._on_changes)
        self.show_who()

    # -- building ------------------------------------------------------------------------
    def _build_top(self) -> QVBoxLayout:
        """The facilitator's buttons in a row of their own, the question below across the
        whole width (beside them it wrapped to five lines on a 1024 px screen in Spanish)."""
        top = QVBoxLayout()
        row = QHBoxLayout()
        row.addStretch(1)
        self.question = QLabel(self.round.question)
        self.question.setObjectName("voting.question")
        self.question.setWordWrap(True)
        self.question.setFont(_font(self, 26, bold=True))
        self.lock_button = _button("", "quiet", 13)
        self.lock_button.setObjectName("voting.lock_button")
        self.lock_button.clicked.connect(self._lock_clicked)
        self.reveal_button = _button(self.tr("Close and reveal"), "quiet", 13)
        self.reveal_button.setObjectName("voting.reveal")
        self.reveal_button.clicked.connect(lambda: self.reveal_requested.emit(self.round_id))
        self.leave_button = _button(self.tr("Leave voting screen"), "quiet", 13)
        self.leave_button.setObjectName("voting.leave")
        self.leave_button.clicked.connect(self.leave_requested.emit)
        self.kiosk.guard(self.reveal_button, self.leave_button)
        for b in (self.lock_button, self.reveal_button, self.leave_button):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(row)
        top.addWidget(self.question)
        return top

    def _build_who(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.who_title = QLabel()
        self.who_title.setFont(_font(self, 22))
        self.who_title.setWordWrap(True)
        v.addWidget(self.who_title)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("voting.progress")
        self.progress_label.setFont(_font(self, 16))
        self.progress_label.setStyleSheet("color: #C9CED6;")
        v.addWidget(self.progress_label)
        self.voter_grid = FlowGrid(VOTER_WIDTH, most=6)
        self.voter_scroll = _scroll(self.voter_grid)
        v.addWidget(self.voter_scroll, 1)
        self.next_voter = _button(self.tr("Next voter"), "big", 24)
        self.next_voter.setObjectName("voting.next_voter")
        self.next_voter.clicked.connect(self._next_anonymous)
        v.addWidget(self.next_voter, 0, Qt.AlignmentFlag.AlignHCenter)
        self.voter_buttons: dict[str, QPushButton] = {}
        return page

    def _build_ballot(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        self.voter_label = QLabel()
        self.voter_label.setObjectName("voting.voter")
        self.voter_label.setFont(_font(self, 20, bold=True))
        self.voter_label.setWordWrap(True)  # a long name in Spanish pushed "Listo" off a 1024 px screen
        top.addWidget(self.voter_label, 1)
        self.criterion_buttons: list[QPushButton] = []
        for i, name in enumerate(self.round.criteria if len(self.round.criteria) == 2 else ()):
            b = _button(name, "voter", 16)
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, i=i: self.set_criterion(i))
            self.criterion_buttons.append(b)
            top.addWidget(b)
        self.left_label = QLabel()
        self.left_label.setObjectName("voting.dots_left")
        self.left_label.setFont(_font(self, 22, bold=True))
        self.left_label.setStyleSheet("color: #FFD54F;")
        self._fix_left_label_size()
        top.addWidget(self.left_label)
        v.addLayout(top)
        hint = QLabel(self.tr("Tap a note to add a dot · right-click, long press or − removes one · "
                              "arrows move, Space adds, Backspace removes, Enter is Done"))
        hint.setStyleSheet("color: #C9CED6;")
        hint.setFont(_font(self, 13))
        hint.setWordWrap(True)  # unwrapped long lines made the screen wider than a 1024 px projector
        v.addWidget(hint)
        self.warning = QLabel()
        self.warning.setObjectName("voting.warning")
        self.warning.setStyleSheet("color: #FFD54F;")
        self.warning.setFont(_font(self, 15, bold=True))
        self.warning.setWordWrap(True)
        v.addWidget(self.warning)
        self.card_grid = FlowGrid(CARD_WIDTH, most=5, spacing=16)
        for note in self.notes:
            card = NoteCard(note.id, note.text, note.color)
            card.add_requested.connect(self.add_dot)
            card.remove_requested.connect(self.remove_dot)
            card.move_requested.connect(self.move_focus)
            card.done_requested.connect(self.done)
            self.cards[note.id] = card
        self.card_grid.set_cells(list(self.cards.values()))
        scroll = _scroll(self.card_grid)
        v.addWidget(scroll, 1)
        self.card_scroll = scroll
        bottom = QHBoxLayout()
        self.clear_button = _button(self.tr("Clear my dots"), "quiet", 14)
        self.clear_button.clicked.connect(self.clear_dots)
        self.cancel_button = _button(self.tr("Cancel"), "quiet", 14)
        self.cancel_button.setObjectName("voting.cancel")
        self.cancel_button.clicked.connect(self.cancel_ballot)
        self.done_button = _button(self.tr("Done"), "big", 24)
        self.done_button.setObjectName("voting.done")
        self.done_button.clicked.connect(self.done)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        v.addLayout(bottom)
        return page

    def _build_pass(self) -> QWidget:
        page = QWidget()
        page.setObjectName("voting.pass_card")
        v = QVBoxLayout(page)
        v.addStretch(1)
        thanks = QLabel(self.tr("Thank you! Your dots are saved."))
        thanks.setFont(_font(self, 34, bold=True))
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks.setWordWrap(True)
        v.addWidget(thanks)
        self.pass_label = QLabel(self.tr("Please pass the screen to the next person."))
        self.pass_label.setFont(_font(self, 24))
        self.pass_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pass_label.setWordWrap(True)
        v.addWidget(self.pass_label)
        v.addSpacing(40)
        self.continue_button = _button(self.tr("I am the next person"), "big", 24)
        self.continue_button.setObjectName("voting.continue")
        self.continue_button.clicked.connect(self.show_who)
        v.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        v.addStretch(2)
        return page

    # -- states --------------------------------------------------------------------------
    @property
    def secret(self) -> bool:
        return self.round.mode != "open"

    def state(self) -> int:
        return self.stack.currentIndex()

    def show_who(self) -> None:
        self.voter_id = None
        self.ballot = {}
        self.round = svc.get_round(self.store, self.round_id)
        progress = svc.voting_progress(self.store, self.round_id)
        voted = {v.id for v in progress.voted}
        self.progress_label.setText(
            self.tr("%1 of %2 have voted").replace("%1", str(len(progress.voted))).replace("%2", str(progress.total))
        )
        self.voter_buttons = {}
        anonymous = self.round.anonymous
        self.next_voter.setVisible(anonymous)
        self.next_voter.setEnabled(len(voted) < len(self.round.voters))
        self.who_title.setText(
            self.tr("Press “Next voter” to vote.") if anonymous
            else self.tr("Tap your name to vote:")
        )
        points = _name_points(len(self.round.voters), anonymous)
        for voter in self.round.voters:
            text = (self.tr("Voter %1").replace("%1", voter.label) if voter.anonymous else voter.label)
            if voter.id in voted:
                text = "✓ " + text
            b = _button(text, "voter", points)
            b.setObjectName(f"voting.voter.{voter.id}")
            b.setProperty("voted", voter.id in voted)
            b.setMinimumHeight(56 if points < 15 else 64)
            b.setMinimumWidth(0)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.setToolTip(text)
            b.clicked.connect(lambda _=False, vid=voter.id: self.choose_voter(vid))
            self.voter_buttons[voter.id] = b
        # each cell as wide as the longest name (columns follow): a name is never cut
        widest = max((b.fontMetrics().horizontalAdvance(b.text()) for b in self.voter_buttons.values()), default=0)
        self.voter_grid.cell_width = max(VOTER_WIDTH, widest + 42)  # padding and border
        self.voter_grid.set_cells(list(self.voter_buttons.values()))
        self.stack.setCurrentIndex(WHO)

    def choose_voter(self, voter_id: str) -> None:
        """A name tapped: their ballot, unless they finished it — a finished ballot is sealed
        on the shared screen, and only the facilitator's PIN reopens it (logged)."""
        progress = svc.voting_progress(self.store, self.round_id)
        if voter_id not in {v.id for v in progress.voted}:
            self.start_voter(voter_id)
            return
        from reslab_desktop.ui.voting.kiosk import check_pin

        self.sealed_prompt = check_pin(self.kiosk, self, lambda: self.reopen_ballot(voter_id))
        self.sealed_prompt.pin.setPlaceholderText(self.tr("This ballot is sealed"))
        self.sealed_prompt.setWindowTitle(self.tr("Sealed ballot"))
        label = self.sealed_prompt.findChild(QLabel, "voting.pin_prompt")
        if label is not None:
            label.setText(self.tr("This person has voted; their ballot is sealed. "
                                  "The facilitator can reopen it with the PIN (it is logged)."))

    def reopen_ballot(self, voter_id: str) -> None:
        if self._save(lambda: svc.reopen_ballot(self.store, self.round_id, voter_id)):
            self.start_voter(voter_id)

    def _next_anonymous(self) -> None:
        progress = svc.voting_progress(self.store, self.round_id)
        if progress.missing:
            self.start_voter(progress.missing[0].id)

    def start_voter(self, voter_id: str) -> None:
        voter = self.round.voter(voter_id)
        self.voter_id = voter_id
        self.ballot = svc.get_ballot(self.store, self.round_id, voter_id)
        self.totals = self._read_totals()
        name = self.tr("Voter %1").replace("%1", voter.label) if voter.anonymous else voter.label
        self.voter_label.setText(self.tr("%1, place your dots").replace("%1", name))
        self.warning.clear()
        self.set_criterion(0)
        self.stack.setCurrentIndex(BALLOT)
        first = next(iter(self.cards.values()), None)
        if first is not None:
            first.setFocus()

    def set_criterion(self, index: int) -> None:
        self.criterion = index
        for i, b in enumerate(self.criterion_buttons):
            b.setChecked(i == index)
            b.setProperty("voted", i == index)
            b.style().unpolish(b)
            b.style().polish(b)
        self._refresh_cards()

    def move_focus(self, note_id: str, dx: int, dy: int) -> None:
        """Arrow keys: to the card beside, above or below in the grid as it is laid out."""
        ids = list(self.cards)
        columns = self.card_grid.column_count()
        i = ids.index(note_id)
        j = i + dx + dy * columns
        if 0 <= j < len(ids) and (dy or j // columns == i // columns):
            card = self.cards[ids[j]]
            card.setFocus(Qt.FocusReason.TabFocusReason)
            self.card_scroll.ensureWidgetVisible(card)

    # -- dots ----------------------------------------------------------------------------
    def add_dot(self, note_id: str) -> None:
        if self.voter_id is None:
            return
        budget, mx = self.round.dots_per_participant, self.round.max_per_note
        if not rules.can_add(self.ballot, note_id, self.criterion, budget, mx):
            self.left_label.setText(self._left_text() + "  ⚠")
            if rules.dots_left(self.ballot, budget, self.criterion) <= 0:
                why = self.tr("⚠ No dots left: take one off another note first, or press Done.")
            else:
                why = self.tr("⚠ At most %n dot(s) on one note.", "", mx)
            self.warning.setText(why)
            return
        self.warning.clear()
        if self.secret:
            self.ballot = rules.add_dot(self.ballot, note_id, self.criterion, budget, mx)
            self._refresh_cards()
        else:
            self._save_dot(note_id, svc.cast_dot)

    def remove_dot(self, note_id: str) -> None:
        if self.voter_id is None or not self.ballot.get((note_id, self.criterion)):
            return
        self.warning.clear()
        if self.secret:
            self.ballot = rules.remove_dot(self.ballot, note_id, self.criterion)
            self._refresh_cards()
        else:
            self._save_dot(note_id, svc.remove_dot)

    def clear_dots(self) -> None:
        for key in [k for k in self.ballot if k[1] == self.criterion]:
            while self.ballot.get(key):
                self.remove_dot(key[0])

    def done(self) -> None:
        if self.voter_id is None:
            return
        if self.secret and not self._save(lambda: svc.set_ballot(self.store, self.round_id, self.voter_id,
                                                                   self.ballot)):
            return
        self.voter_id = None
        self.ballot = {}
        self._refresh_cards()  # nothing of this voter stays drawn behind the card
        self.stack.setCurrentIndex(PASS)
        self.continue_button.setFocus()

    def cancel_ballot(self) -> None:
        """Back to the names without saving (secret rounds); open rounds are saved already."""
        self.voter_id = None
        self.ballot = {}
        self._refresh_cards()
        self.show_who()

    def _save(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except ReslabError as exc:
            from reslab_desktop.ui import dialogs

            dialogs.show_error(self, exc)
            return False
        return True

    def _save_dot(self, note_id: str, service: Callable[[Store, str, str, str, int], int]) -> None:
        """Save one dot of an open round now. The service answers with this voter's dots on
        the note, so its change event is not read back: the note's total moves by as much."""
        voter_id = self.voter_id
        if voter_id is None:  # the callers checked; nobody is voting
            return
        key = (note_id, self.criterion)
        saved: list[int] = []
        self._saving_dot = True
        try:
            ok = self._save(lambda: saved.append(service(self.store, self.round_id, voter_id, note_id, key[1])))
        finally:
            self._saving_dot = False
        if not ok:  # nothing was written
            return
        dots, before = saved[0], self.ballot.get(key, 0)
        self.ballot = {k: v for k, v in self.ballot.items() if k != key}
        if dots:
            self.ballot[key] = dots
        if self.totals is not None:
            self.totals[key] = self.totals.get(key, 0) + dots - before
        self._refresh_cards()

    def _left_text(self) -> str:
        return self._left_words(rules.dots_left(self.ballot, self.round.dots_per_participant, self.criterion))

    def _left_words(self, left: int) -> str:
        return self.tr("Dots left: %1").replace("%1", str(left))

    def _fix_left_label_size(self) -> None:
        """As large as its widest text: a label that resizes to its text re-lays out the whole
        screen on every dot."""
        label = self.left_label
        texts = [self._left_words(n) + "  ⚠" for n in range(self.round.dots_per_participant + 1)]
        label.setText(max(texts, key=label.fontMetrics().horizontalAdvance))
        label.setFixedSize(label.sizeHint())
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.clear()

    def _refresh_cards(self) -> None:
        """Only the cards whose state changed repaint (``NoteCard.set_state``)."""
        budget, mx = self.round.dots_per_participant, self.round.max_per_note
        totals = self.totals if self._shows_totals() else None
        for note_id, card in self.cards.items():
            key = (note_id, self.criterion)
            mine = self.ballot.get(key, 0)
            card.set_state(mine, self.voter_id is not None and rules.can_add(self.ballot, note_id, self.criterion,
                                                                             budget, mx),
                           totals.get(key, 0) if totals is not None else None)
        self.left_label.setText(self._left_text())
        if self.voter_id is not None:
            self.done_button.setEnabled(True)

    def _shows_totals(self) -> bool:
        """Running totals are shown only in open (non-secret, non-hidden) rounds."""
        return not self.secret and not self.round.counts_hidden

    def _read_totals(self) -> dict[tuple[str, int], int] | None:
        if not self._shows_totals():
            return None
        try:
            return svc.tallies(self.store, self.round_id)
        except ReslabError:
            return None

    def _on_changes(self, changes: Sequence[Change]) -> None:
        ours = [c for c in changes if c.entity in ("ballots", "paper_tallies", "vote_rounds")
                and (self.round_id in c.ids or (not c.ids and c.entity != "vote_rounds"))]  # () = any round's
        if not ours or (self._saving_dot and all(c.entity == "ballots" for c in ours)):
            return  # nothing of this round, or this screen's own dot (_save_dot draws it)
        if any(c.entity == "vote_rounds" for c in ours):  # a dot leaves the round as it was
            try:
                self.round = svc.get_round(self.store, self.round_id)
            except NotFoundError:  # the facilitator deleted the round (or its board)
                self.leave_requested.emit()
                return
        if self.state() == BALLOT and not self.secret:
            if self.voter_id is not None:  # someone else changed this round's dots (a clear, a paper tally)
                self.ballot = svc.get_ballot(self.store, self.round_id, self.voter_id)
            self.totals = self._read_totals()
            self._refresh_cards()
        elif self.state() == WHO:
            self.show_who()

    # -- facilitator ---------------------------------------------------------------------
    def _lock_changed(self, locked: bool) -> None:
        self.lock_button.setText(self.tr("Locked · Facilitator") if locked else self.tr("Lock screen"))
        self.lock_button.setToolTip(self.tr("Facilitator: unlock with your PIN") if locked else
                                    self.tr("Lock the facilitator tools while people vote"))

    def _lock_clicked(self) -> None:
        if self.kiosk.locked:
            ask_unlock(self.kiosk, self)
        else:
            from reslab_desktop.ui.voting.kiosk import ensure_pin

            try:
                if ensure_pin(self.kiosk, self):
                    self.kiosk.lock()
            except ReslabError as exc:
                from reslab_desktop.ui import dialogs

                dialogs.show_error(self, exc)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.kiosk.locked:
            event.accept()  # the lock holds the screen
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.kiosk.locked:
            event.ignore()
            return
        super().closeEvent(event)
