"""Room ▸ Receive Notes from Phones (also on the board's tool strip): the toggle for the board
shown, its settings dialog, and the console's "Notes from phones" box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout

from reslab_desktop.errors import ReslabError
from reslab_desktop.ui.window_context import FeatureKey, WindowContext

if TYPE_CHECKING:
    from reslab_desktop.services.phone_notes import Intake
    from reslab_desktop.ui.room.phone_notes_box import PhoneNotesBox

ACTION_ID = "room.phone_notes"
#: The console's "Notes from phones" box of this window.
NOTES_BOX: FeatureKey[PhoneNotesBox] = FeatureKey("phone_notes_box")


def notes_box(window: WindowContext) -> PhoneNotesBox:
    """The console's box (made, with the room's Phones box, the first time it is needed)."""
    from reslab_desktop.ui.room.hooks import room_for
    from reslab_desktop.ui.room.phone_notes import phone_notes_for
    from reslab_desktop.ui.room.phone_notes_box import PhoneNotesBox
    from reslab_desktop.ui.room.phones_hooks import phones_box

    box = window.features.get(NOTES_BOX)
    if box is None:
        link = phone_notes_for(window)
        phones = phones_box(window)
        box = PhoneNotesBox(link)
        layout = room_for(window).console._body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(phones) + 1, box)
        room_for(window).console._fit_width()  # the dock as wide as its new content
        link.changed.connect(lambda: sync_action(window))
        editor = window.board_editor
        editor.board_changed.connect(lambda *_: sync_action(window))
        window.features.put(NOTES_BOX, box)
    return box


def current_board(window: WindowContext) -> str:
    return window.shown_board_id() or ""


def toggle_phone_notes(window: WindowContext, checked: bool) -> None:
    """On: choose how the shown board takes notes from phones, and start; off: stop."""
    from reslab_desktop.ui.room.hooks import set_console_visible
    from reslab_desktop.ui.room.phone_notes_dialog import PhoneNotesDialog
    from reslab_desktop.ui.room.phones_hooks import open_phones

    box = notes_box(window)
    link = box.link
    board_id = current_board(window)
    try:
        if not board_id:
            raise ReslabError("open a board first: phone notes go to the board shown")
        if not checked:
            link.close_board(board_id)
            return
        dialog = PhoneNotesDialog(link.store, link.intake(board_id), window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        link.open_board(dialog.intake())
        if link.room_open:
            set_console_visible(window, True)
            box.setFocus()
        else:
            open_phones(window)  # phones can write once the room is open: the console says so
    finally:
        sync_action(window)


def start_receiving(window: WindowContext, intake: Intake) -> None:
    """Without the dialog (scripts, tests): ``intake`` for its board."""
    notes_box(window).link.open_board(intake)
    sync_action(window)


def sync_action(window: WindowContext) -> None:
    action = window.actions_by_id.get(ACTION_ID)
    box = window.features.get(NOTES_BOX)
    if action is None:
        return
    on = box is not None and box.link.receiving(current_board(window))
    if action.isChecked() != on:
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
