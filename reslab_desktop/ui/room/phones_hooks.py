"""Room ▸ Open the Room to Phones…: the console's Phones box, the server closed with the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QVBoxLayout

_ATTR = "_reslab_phones"


def phones_box(window: QMainWindow):  # type: ignore[no-untyped-def]
    from reslab_desktop.ui.room.hooks import room_for
    from reslab_desktop.ui.room.phones import PhoneRoom
    from reslab_desktop.ui.room.phones_panel import PhonesBox

    box = getattr(window, _ATTR, None)
    if box is None:
        room = room_for(window)
        phones = PhoneRoom(window, window.store)  # type: ignore[attr-defined]
        box = PhonesBox(phones, room.presenter.audience)
        body = room.console._body
        layout = body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(room.console.voting_box) + 1, box)
        window.destroyed.connect(lambda *_: phones.close())
        setattr(window, _ATTR, box)
    return box


def open_phones(window: QMainWindow) -> None:
    from reslab_desktop.ui.room.hooks import set_console_visible

    box = phones_box(window)
    set_console_visible(window, True)
    box.open_button.setFocus()


def close_phones(window: QMainWindow) -> None:
    """Called when the window closes: the server stops with it."""
    box = getattr(window, _ATTR, None)
    if box is not None:
        box.phones.close()
