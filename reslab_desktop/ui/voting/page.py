"""The facilitator's voting page: rounds of the workshop, their settings, progress without
spoilers ("7 of 12 have voted", who is missing), the shared voting screen under the kiosk
lock, paper tallies, close/reveal, reopen, results, runoff and promotion — every action
undoable through the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import NotFoundError, ReslabError
from reslab_desktop.rules import round_lifecycle as lifecycle
from reslab_desktop.services import boards as board_svc
from reslab_desktop.services import voting as svc
from reslab_desktop.services.voting_records import VoteRoundRecord
from reslab_desktop.storage import Change, Store
from reslab_desktop.ui import commands, dialogs
from reslab_desktop.ui.deferred import DeferredRefresh
from reslab_desktop.ui.store_signals import StoreSignals
from reslab_desktop.ui.voting.kiosk import KioskLock, ask_unlock, ensure_pin
from reslab_desktop.ui.voting.results import ResultsView
from reslab_desktop.ui.voting.screen import VotingScreen
from reslab_desktop.ui.window_context import WindowContext

WATCHED = {"vote_rounds", "ballots", "paper_tallies", "vote_voters", "notes", "boards", "participants"}
COUNTS = {"ballots", "paper_tallies"}  # dots and paper counts: the boards and rounds stay as they were


def confirm_no_default(parent: QWidget, title: str, question: str) -> bool:
    """A destructive question whose default answer is "No": Space or Enter twice do not
    delete anything (issue 17.4)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("voting.confirm")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).setFocus()
    return box.exec() == QMessageBox.StandardButton.Yes


class VotingPage(QWidget):
    """``screen_started(VotingScreen)`` when the shared screen is put up."""

    screen_started = Signal(object)

    def __init__(self, store: Store, undo_stack: QUndoStack, host: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.voting")
        self.store = store
        self.undo_stack = undo_stack
        self.host = host
        self.kiosk = KioskLock(host, self)
        self.voting_screen: VotingScreen | None = None

        self.board = QComboBox()
        self.board.setObjectName("voting.board")
        self.board.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.board.setMinimumContentsLength(10)  # a long board name is elided; the tooltip has it whole
        self.board.currentIndexChanged.connect(lambda *_: self.board.setToolTip(self.board.currentText()))
        self.board.currentIndexChanged.connect(lambda *_: self.refresh())
        self.rounds = QListWidget()
        self.rounds.setObjectName("voting.rounds")
        self.rounds.setWordWrap(True)  # a long question wraps in the narrow list instead of scrolling sideways
        self.rounds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.rounds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rounds.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button = self._button(self.tr("New round…"), "voting.new", self.new_round)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Board")))
        left.addWidget(self.board)
        left.addWidget(QLabel(self.tr("Voting rounds")))
        left.addWidget(self.rounds, 1)
        left.addWidget(self.new_button)
        left_host = QWidget()
        left_host.setLayout(left)

        self.title = QLabel()
        self.title.setObjectName("voting.round_title")
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("voting.progress_panel")
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        self.edit_button = self._button(self.tr("Settings…"), "voting.edit", self.edit_round)
        self.open_button = self._button(self.tr("Open voting"), "voting.open", self.open_round)
        self.screen_button = self._button(self.tr("Voting screen"), "voting.screen", self.start_screen)
        self.paper_button = self._button(self.tr("Paper tally…"), "voting.paper", self.paper_tally)
        self.close_button = self._button(self.tr("Close and reveal"), "voting.close", self.close_round)
        self.reopen_button = self._button(self.tr("Reopen…"), "voting.reopen", self.reopen_round)
        self.delete_button = self._button(self.tr("Delete round"), "voting.delete", self.delete_round)
        for b in (self.edit_button, self.open_button, self.screen_button, self.paper_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        second = QHBoxLayout()  # two rows: the Spanish labels side by side are wider than a laptop's page
        for b in (self.close_button, self.reopen_button, self.delete_button):
            second.addWidget(b)
        second.addStretch(1)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never the focus a click or a hide leaves
        self.kiosk.guard(self.edit_button, self.open_button, self.close_button, self.reopen_button,
                         self.delete_button, self.new_button, self.paper_button)
        self.results = ResultsView(store)
        self.results.title.hide()  # the page shows the question already
        self.results.runoff_requested.connect(self.runoff)
        self.results.promote_requested.connect(self.promote)
        self.kiosk.guard(self.results)
        self.hidden_note = QLabel(self.tr("The results stay hidden until you close the round."))
        self.hidden_note.setObjectName("voting.hidden_note")
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_note.setWordWrap(True)
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.hidden_note)
        self.results_stack.addWidget(self.results)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.details)
        right.addLayout(buttons)
        right.addLayout(second)
        right.addWidget(self.progress)
        right.addWidget(self.results_stack, 1)
        right_host = QWidget()
        right_host.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_host)
        split.addWidget(right_host)
        split.setSizes([180, 900])  # the round list stays narrow: the results need the width on a laptop
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._shown: VoteRoundRecord | None = None  # the round _show_current read
        self._counts = DeferredRefresh(self, self._show_counts)
        StoreSignals.of(store).changed.connect(self._on_changes)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setMinimumHeight(44)
        b.clicked.connect(lambda: self._guarded(slot))
        return b

    def _guarded(self, slot: Callable[[], Any]) -> Any:
        try:
            return slot()
        except ReslabError as exc:
            dialogs.show_error(self, exc)
            return None

    # -- state ---------------------------------------------------------------------------
    def kiosk_locked(self) -> bool:
        return self.kiosk.locked

    def board_id(self) -> str | None:
        return self.board.currentData()

    def round_id(self) -> str | None:
        item = self.rounds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_id(self) -> str:
        """The selected round's id, for the buttons that act on it (hidden while there is
        none); called anyway, it fails as the service does for a missing round."""
        rid = self.round_id()
        if rid is None:
            raise NotFoundError("no voting round with id None")
        return rid

    def select_board(self, board_id: str) -> None:
        i = self.board.findData(board_id)
        if i >= 0:
            self.board.setCurrentIndex(i)

    def select_round(self, round_id: str) -> None:
        rnd = svc.get_round(self.store, round_id)
        self.select_board(rnd.board_id)
        listed = {self.rounds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.rounds.count())}
        if round_id not in listed:  # its change set has not reached this page yet
            self.refresh()
        for i in range(self.rounds.count()):
            if self.rounds.item(i).data(Qt.ItemDataRole.UserRole) == round_id:
                self.rounds.setCurrentRow(i)

    def refresh(self) -> None:
        keep_board, keep_round = self.board_id(), self.round_id()
        self.board.blockSignals(True)
        self.board.clear()
        for b in board_svc.list_boards(self.store):
            self.board.addItem(f"{b.phase} · {b.title}", b.id)
        i = self.board.findData(keep_board) if keep_board else -1
        if i < 0:
            # the first board that has rounds, else the first challenges board
            with_rounds = {r.board_id for r in svc.list_rounds(self.store)}
            boards = board_svc.list_boards(self.store)
            pick = next((b.id for b in boards if b.id in with_rounds), None) or next(
                (b.id for b in boards if b.phase == 2), None)
            i = self.board.findData(pick) if pick else 0
        self.board.setCurrentIndex(max(0, i))
        self.board.blockSignals(False)
        self.rounds.blockSignals(True)
        self.rounds.clear()
        status_text = {"draft": self.tr("draft"), "open": self.tr("open"), "closed": self.tr("closed")}
        for rnd in svc.list_rounds(self.store, self.board_id()) if self.board_id() else []:
            item = QListWidgetItem(f"{rnd.question}  ({status_text[rnd.status]})")
            item.setData(Qt.ItemDataRole.UserRole, rnd.id)
            item.setToolTip(rnd.question)
            self.rounds.addItem(item)
            if rnd.id == keep_round:
                self.rounds.setCurrentItem(item)
        if self.rounds.currentItem() is None and self.rounds.count():
            self.rounds.setCurrentRow(self.rounds.count() - 1)
        self.rounds.blockSignals(False)
        self.new_button.setEnabled(self.board_id() is not None and not self.kiosk.locked)
        self._show_current()

    def _show_current(self) -> None:
        self._counts.cancel()  # read again below
        rid = self.round_id()
        buttons = (self.edit_button, self.open_button, self.screen_button, self.paper_button, self.close_button,
                   self.reopen_button, self.delete_button)
        self._shown = None
        if rid is None:
            self.title.setText(self.tr("No voting round on this board yet."))
            self.details.setText(self.tr("Create one with “New round…”."))
            self.progress.clear()
            for b in buttons:
                b.setVisible(False)
            self.results_stack.setCurrentWidget(self.hidden_note)
            self.hidden_note.clear()
            return
        rnd = svc.get_round(self.store, rid)
        self.title.setText(rnd.question)
        mode = {"secret": self.tr("secret vote on the shared screen"), "open": self.tr("open vote"),
                "paper": self.tr("paper stickers")}[rnd.mode]
        who = (self.tr("%n anonymous voter(s)", "", len(rnd.voters)) if rnd.anonymous
               else self.tr("%n person(s)", "", len(rnd.voters)))
        crit = " / ".join(rnd.criteria) if len(rnd.criteria) == 2 else ""
        self.details.setText(
            self.tr("%n dot(s) each, at most %1 on one note · %2 · %3", "", rnd.dots_per_participant)
            .replace("%1", str(rnd.max_per_note)).replace("%2", who).replace("%3", mode)
            + (f" · {crit}" if crit else "")
            + (" · " + self.tr("results hidden until revealed") if rnd.hidden_until_reveal else "")
        )
        s = rnd.status
        self.edit_button.setVisible(s in lifecycle.EDITABLE)
        self.open_button.setVisible(lifecycle.allowed("open", s))
        self.screen_button.setVisible(s in lifecycle.ACCEPTS_DOTS and rnd.mode != "paper")
        self.paper_button.setVisible(s in lifecycle.ACCEPTS_DOTS)
        self.close_button.setVisible(lifecycle.allowed("close", s))
        self.reopen_button.setVisible(lifecycle.allowed("reopen", s))
        self.delete_button.setVisible(True)
        if rnd.counts_hidden or s == "draft":
            self.hidden_note.setText(self.tr("The results stay hidden until you close the round.")
                                     if s == "open" else self.tr("Open the round to start voting."))
            self.results_stack.setCurrentWidget(self.hidden_note)
        self._shown = rnd
        self._show_counts(whole=True)
        self._settle_focus()

    def _settle_focus(self) -> None:
        """After a button hid itself (open, close…), the focus goes to the next useful action,
        never to "Delete round" (two presses of Space deleted a round)."""
        focus = self.focusWidget()
        if focus is not None and focus is not self.delete_button and focus.isVisible():
            return
        if focus is None:
            return
        for b in (self.screen_button, self.close_button, self.paper_button, self.open_button, self.edit_button,
                  self.reopen_button):
            if b.isVisibleTo(self) and b.isEnabled():
                b.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.rounds.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_counts(self, whole: bool = False) -> None:
        """What dots and paper counts move: who has voted, and the results when they are shown.
        The round is the one ``_show_current`` read (any other change reads it again), and
        only the ranking of the results is read again unless ``whole``."""
        rnd = self._shown
        if rnd is None:
            return
        if rnd.status == "draft":
            self.progress.clear()
            return
        progress = svc.voting_progress(self.store, rnd.id)
        text = self.tr("%1 of %2 have voted.").replace("%1", str(len(progress.voted))).replace(
            "%2", str(progress.total))
        if progress.missing and rnd.status == "open" and rnd.mode != "paper":
            text += " " + self.tr("Still to vote: %1").replace("%1", ", ".join(v.label for v in progress.missing))
        self.progress.setText(text if rnd.mode != "paper" else "")  # paper: nobody votes on screen
        if not rnd.counts_hidden:
            if whole:
                self.results.show_round(rnd.id)
            else:
                self.results.show_counts(rnd, progress)
            self.results_stack.setCurrentWidget(self.results)

    def _on_changes(self, changes: Sequence[Change]) -> None:
        watched = [c for c in changes if c.entity in WATCHED]
        if not watched:
            return
        if all(c.entity in COUNTS for c in watched):  # a dot: only the shown round's counts can move
            rid = self.round_id()
            if rid is not None and any(rid in c.ids or not c.ids for c in watched):
                # Read once the voter pauses, not inside their click (the screen draws the dot).
                self._counts.request()
            return
        self.refresh()

    # -- facilitator actions (each one undoable) -----------------------------------------
    def _push(self, text: str, do: Callable[[], Any]) -> Any:
        """``do`` as one undo step (undo applies the exact inverse of what it wrote)."""
        return commands.run(self.undo_stack, text, do)

    def _language(self) -> str:
        from reslab_desktop.services.workshop import get_workshop

        return get_workshop(self.store).language

    def _selection(self) -> list[str]:
        if not isinstance(self.host, WindowContext):
            return []
        editor = self.host.board_editor
        if editor.board_id != self.board_id():
            return []
        return list(editor.selected_note_ids())

    def new_round(self, board_id: str | None = None) -> str | None:
        from reslab_desktop.ui.voting.setup_dialog import RoundSetupDialog

        bid = board_id or self.board_id()
        if bid is None:
            return None
        dialog = RoundSetupDialog(self.store, bid, self._selection(), language=self._language(), parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                return self.create_round(bid, **dialog.settings())
            except ReslabError as exc:  # read before the form comes back (it would block the message)
                dialogs.show_error(self, exc).exec()
        return None

    def create_round(self, board_id: str, **settings: Any) -> str:
        rid: str = self._push(self.tr("New voting round"), lambda: svc.create_round(self.store, board_id, **settings))
        self.select_round(rid)
        return rid

    def edit_round(self) -> None:
        from reslab_desktop.ui.voting.setup_dialog import RoundSetupDialog

        rid = self._current_id()
        rnd = svc.get_round(self.store, rid)
        dialog = RoundSetupDialog(self.store, rnd.board_id, existing=svc.round_settings(rnd),
                                  language=self._language(), parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                changes = dialog.settings()
                self._push(self.tr("Change voting round"),
                           partial(svc.update_round, self.store, rid, **changes))
                return
            except ReslabError as exc:
                dialogs.show_error(self, exc).exec()

    def open_round(self) -> None:
        rid = self._current_id()
        self._push(self.tr("Open voting"), lambda: svc.open_round(self.store, rid))

    def close_round(self, round_id: str | None = None) -> None:
        rid = round_id or self._current_id()
        if self.kiosk.locked and not ask_unlock(self.kiosk, self.window()):
            return
        self._push(self.tr("Close and reveal"), lambda: svc.close_round(self.store, rid))
        self.leave_screen()
        self.select_round(rid)

    def reopen_round(self, reason: str | None = None) -> None:
        rid = self._current_id()
        if reason is None:
            text, ok = QInputDialog.getText(self, self.tr("Reopen the round"),
                                            self.tr("Why reopen it? (kept in the round's log)"))
            if not ok:
                return
            reason = text
        self._push(self.tr("Reopen voting round"), lambda: svc.reopen_round(self.store, rid, reason))

    def delete_round(self, confirm: bool = True) -> None:
        rid = self._current_id()
        rnd = svc.get_round(self.store, rid)
        if confirm and not confirm_no_default(self, self.tr("Delete round"),
                                              self.tr("Delete the round “%1” and its votes?").replace("%1", rnd.question)):
            return
        self._push(self.tr("Delete voting round"), lambda: svc.delete_round(self.store, rid))

    def paper_tally(self, counts: dict | None = None, over_ok: bool = False) -> None:
        rid = self._current_id()
        if counts is None:
            from reslab_desktop.ui.voting.paper import PaperTallyDialog

            dialog = PaperTallyDialog(self.store, rid, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            counts, over_ok = dialog.counts(), dialog.over_ok
        self._push(self.tr("Paper tally"), lambda: svc.enter_paper_tally(self.store, rid, counts, over_ok=over_ok))

    def runoff(self, round_id: str, k: int) -> str:
        def do() -> str:
            with self.store.write():  # set up and opened at once: one intent, one step
                new = svc.start_runoff(self.store, round_id, k)
                svc.open_round(self.store, new)
            return new

        new: str = self._push(self.tr("Runoff round"), do)
        self.select_round(new)
        return new

    def promote(self, round_id: str, k: int, target: str) -> svc.Promotion:
        promotion: svc.Promotion = self._push(
            self.tr("Take the top %1 to the next phase").replace("%1", str(k)),
            lambda: svc.promote_top(self.store, round_id, k, target or None))
        if isinstance(self.host, WindowContext):
            self.host.show_status(self.tr("%n note(s) copied to the next phase.", "", len(promotion.note_ids)))
        return promotion

    # -- the shared screen ---------------------------------------------------------------
    def audience_widget(self) -> VotingScreen:
        """What the room's audience window shows: the voting screen of the open round."""
        rid = self.round_id()
        rnd = svc.get_round(self.store, rid) if rid else None
        if rid is None or rnd is None or rnd.status != "open" or rnd.mode == "paper":
            raise ReslabError("choose an open round (not a paper one) to show the voting screen")
        screen = VotingScreen(self.store, rid, self.kiosk)
        screen.reveal_requested.connect(lambda r: self._guarded(lambda: self.close_round(r)))
        screen.leave_requested.connect(self.leave_screen)
        self.voting_screen = screen
        self.screen_started.emit(screen)
        return screen

    def start_screen(self, lock: bool = True) -> VotingScreen | None:
        """Put the voting screen up (on the projector through the room, else full screen) and lock."""
        if lock and not ensure_pin(self.kiosk, self):
            return None
        presenter = self._presenter()
        if presenter is not None:
            if not presenter.send_voting():
                return None
            if not presenter.presenting:
                presenter.start_presentation()
            seconds = self.voting_screen.round.timer_seconds if self.voting_screen is not None else None
            if seconds and not presenter.timer.running:
                presenter.timer.set_duration(seconds)  # the round's timer, in the corner of the screen
                presenter.timer.start()
        else:
            screen = self.audience_widget()
            screen.setWindowTitle(screen.round.question)
            screen.showFullScreen()
        if lock:
            self.kiosk.lock()
        return self.voting_screen

    def leave_screen(self) -> None:
        if self.kiosk.locked and not ask_unlock(self.kiosk, self.window()):
            return
        presenter = self._presenter()
        if presenter is not None:
            presenter.send_welcome()
            presenter.leave_presentation()
        elif self.voting_screen is not None:
            self.voting_screen.close()
            self.voting_screen.deleteLater()
        self.voting_screen = None

    def _presenter(self) -> Any:
        if not isinstance(self.host, WindowContext):
            return None
        from reslab_desktop.ui.room import hooks as room_hooks

        return room_hooks.room_for(self.host).presenter
