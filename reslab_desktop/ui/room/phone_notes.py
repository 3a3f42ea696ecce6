"""Notes from phones, in the app: which boards take them, the facilitator's decisions (undoable),
and what the room server is told (the boards, the timer, the session taking attendance).

One :class:`PhoneNotes` per main window. The facilitator's choices live here (they survive the
room being closed and opened again) and are pushed into the server's ``Stage`` whenever the
room opens; the timer's state follows the console's timer. Accepting, editing, merging and
rejecting go through the services on the window's store as ordinary undo steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reslab_desktop.services import phone_notes as pn
from reslab_desktop.ui.commands.base import ServiceCommand, push
from reslab_desktop.ui.window_context import FeatureKey, WindowContext

if TYPE_CHECKING:
    from reslab_desktop.room.server import RoomServer
    from reslab_desktop.ui.room.phones import PhoneRoom
    from reslab_desktop.ui.room.timer import CountdownTimer



class PhoneNotes(QObject):
    """``changed`` when a board starts or stops taking notes, or attendance starts or stops."""

    changed = Signal()

    def __init__(self, window: WindowContext, phones: PhoneRoom, timer: CountdownTimer) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.phones = phones
        self.timer = timer
        self.settings: dict[str, pn.Intake] = {}  # the last choices per board (kept when closed)
        self.open_boards: list[str] = []
        self.session_id: str | None = None
        self._server: RoomServer | None = None
        phones.changed.connect(self._room_changed)
        timer.changed.connect(self._push_timer)
        self._room_changed()

    # -------------------------------------------------------------- the facilitator's choices

    @property
    def server(self) -> RoomServer | None:
        return self.phones.server if self.phones.is_open else None

    @property
    def room_open(self) -> bool:
        return self.server is not None

    def receiving(self, board_id: str) -> bool:
        return board_id in self.open_boards

    def intake(self, board_id: str) -> pn.Intake:
        """The choices for ``board_id`` (the last ones made, or the defaults)."""
        return self.settings.get(board_id) or pn.Intake(board_id, moderate=True)

    def open_board(self, intake: pn.Intake) -> None:
        intake = intake.checked()
        self.settings[intake.board_id] = intake
        if intake.board_id not in self.open_boards:
            self.open_boards.append(intake.board_id)
        self._push()
        self.changed.emit()

    def close_board(self, board_id: str) -> None:
        if board_id in self.open_boards:
            self.open_boards.remove(board_id)
            self._push()
            self.changed.emit()

    def take_attendance(self, session_id: str | None) -> None:
        self.session_id = session_id
        self._push()
        self.changed.emit()

    # -------------------------------------------------------------- decisions (undo steps)

    def accept(self, board_id: str, phone_ids: Sequence[str], texts: dict[str, str] | None = None,
               merge_text: str | None = None, label: str = "") -> pn.Accepted | None:
        intake = self.intake(board_id)
        made: list[pn.Accepted] = []

        def do() -> pn.Accepted:
            again = made[0] if made else None
            result = pn.accept(self.store, phone_ids, intake, texts=texts, merge_text=merge_text, again=again)
            made[:] = [result]
            return result

        result: Any = push(self.window.undo_stack, ServiceCommand(
            label or self.tr("Accept %n phone note(s)", "", len(phone_ids)), do,
            lambda accepted: pn.return_to_queue(self.store, accepted)))
        self._poke()
        return result

    def reject(self, phone_ids: Sequence[str]) -> None:
        push(self.window.undo_stack, ServiceCommand(
            self.tr("Reject %n phone note(s)", "", len(phone_ids)),
            lambda: pn.reject(self.store, phone_ids),
            lambda ids: pn.unreject(self.store, ids)))
        self._poke()

    # -------------------------------------------------------------- telling the server

    def _room_changed(self) -> None:
        server = self.server
        if server is not self._server:
            self._server = server
            self._push()
            self._push_timer()
            self.changed.emit()

    def _push(self) -> None:
        server = self.server
        if server is None:
            return
        stage = server.notes.stage
        for board_id in list(stage.intakes):
            if board_id not in self.open_boards:
                stage.close_board(board_id)
        for board_id in self.open_boards:
            stage.open_board(self.settings[board_id])
        stage.take_attendance(self.session_id)

    def _push_timer(self) -> None:
        server = self.server
        if server is not None:
            server.notes.stage.set_timer(self.timer.state)

    def _poke(self) -> None:
        server = self.server
        if server is not None:
            server.poke()  # the phones hear of the decision now, not at the next look at the file

    def forget_zones(self, zone_ids: set[str]) -> None:
        for board_id, intake in list(self.settings.items()):
            if intake.zone_id in zone_ids:
                self.settings[board_id] = replace(intake, zone_id=None)
        self._push()


#: The window's notes-from-phones link (its boards' choices, the queue's decisions).
PHONE_NOTES: FeatureKey[PhoneNotes] = FeatureKey("phone_notes")


def phone_notes_for(window: WindowContext) -> PhoneNotes:
    link = window.features.get(PHONE_NOTES)
    if link is None:
        from reslab_desktop.ui.room.hooks import room_for
        from reslab_desktop.ui.room.phones_hooks import phones_box

        box = phones_box(window)
        link = PhoneNotes(window, box.phones, room_for(window).presenter.timer)
        window.features.put(PHONE_NOTES, link)
    return link


def has_phone_notes(window: WindowContext) -> bool:
    return PHONE_NOTES in window.features
