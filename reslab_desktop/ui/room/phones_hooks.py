"""Room ▸ Open the Room to Phones…: the console's Phones box, the server closed with the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout

from reslab_desktop.ui.window_context import FeatureKey, WindowContext

if TYPE_CHECKING:
    from reslab_desktop.ui.room.phones_panel import PhonesBox

#: The console's Phones box (its ``phones`` is the room server of this window).
PHONES: FeatureKey[PhonesBox] = FeatureKey("phones")


def phones_box(window: WindowContext) -> PhonesBox:
    from reslab_desktop.ui.room.hooks import room_for
    from reslab_desktop.ui.room.phones import PhoneRoom
    from reslab_desktop.ui.room.phones_panel import PhonesBox

    box = window.features.get(PHONES)
    if box is None:
        room = room_for(window)
        phones = PhoneRoom(window, window.store)
        box = PhonesBox(phones, room.presenter.audience)
        body = room.console._body
        layout = body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(room.console.voting_box) + 1, box)
        window.destroyed.connect(lambda *_: phones.close())
        window.features.put(PHONES, box)
    return box


def open_phones(window: WindowContext) -> None:
    from reslab_desktop.ui.room.hooks import set_console_visible

    box = phones_box(window)
    set_console_visible(window, True)
    box.open_button.setFocus()


def close_phones(window: WindowContext) -> None:
    """Called when the window closes: the server stops with it."""
    box = window.features.get(PHONES)
    if box is not None:
        box.phones.close()
