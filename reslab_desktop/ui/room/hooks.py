"""Handlers of the Room/View rows of the action table (each takes the main window).

Kept free of heavy imports: ``ui/actions.py`` imports this module at start-up; the presenter,
audience window and console are built the first time the facilitator needs them.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from reslab_desktop.ui.window_context import FeatureKey, WindowContext

if TYPE_CHECKING:
    from reslab_desktop.ui.room.console import RoomConsole
    from reslab_desktop.ui.room.presenter import Presenter


class Room:
    """The presenter and console of one main window."""

    def __init__(self, window: WindowContext) -> None:
        from reslab_desktop.ui.room.console import RoomConsole
        from reslab_desktop.ui.room.presenter import Presenter

        self.presenter: Presenter = Presenter(window)
        self.console: RoomConsole = RoomConsole(self.presenter, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.console)
        self.console.hide()
        toggle = window.actions_by_id.get("room.console")
        if toggle is not None:
            self.console.visibilityChanged.connect(lambda visible: _set_quietly(toggle, visible))
        self.presenter.presenting_changed.connect(self._on_presenting)
        self.presenter.message.connect(lambda text: window.show_status(text))

    def _on_presenting(self, presenting: bool) -> None:
        """On a projector the laptop shows the console: preview, timer, progress at hand."""
        if presenting and not self.presenter.single_screen:
            self.console.show()
            self.console.raise_()


def _set_quietly(action: QAction, checked: bool) -> None:
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)


def screen_choices() -> list[tuple[str, str]]:
    """``("", "Automatic…")`` then ``(name, "name (1920×1080)")`` for each screen plugged in now."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    pairs = [("", QCoreApplication.translate("Settings", "Automatic (the other screen)"))]
    for screen in QGuiApplication.screens():
        if not screen.name():
            continue  # a nameless screen cannot be remembered; "Automatic" covers it
        size = screen.geometry()
        pairs.append((screen.name(), f"{screen.name()} ({size.width()}×{size.height()})"))
    return pairs


#: The window's presenter and console, made the first time the facilitator needs them.
ROOM: FeatureKey[Room] = FeatureKey("room")


def window_ready(window: WindowContext) -> None:
    """Called once by the main window: keep the checkable Room/View actions in step."""
    from reslab_desktop.ui import theme

    projector = window.actions_by_id.get("view.projector_theme")
    if projector is not None:

        def sync(current: theme.Theme) -> None:
            projector.blockSignals(True)
            projector.setChecked(current.name == theme.PROJECTOR)
            projector.blockSignals(False)

        sync(theme.current())
        theme.theme_notifier().changed.connect(sync)
        def forget(*_: object) -> None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone at app exit
                theme.theme_notifier().changed.disconnect(sync)

        window.destroyed.connect(forget)


def room_for(window: WindowContext) -> Room:
    return window.features.setdefault(ROOM, lambda: Room(window))


def has_room(window: WindowContext) -> bool:
    return ROOM in window.features


def fill_screen_menu(window: WindowContext, menu: QMenu) -> None:
    """Room ▸ Audience Screen: the screens plugged in now, the remembered one checked."""
    presenter = room_for(window).presenter
    chosen = presenter.chosen_screen_name()
    menu.clear()
    group = QActionGroup(menu)
    for value, label in screen_choices():
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(value == chosen)
        action.setActionGroup(group)
        action.triggered.connect(lambda _=False, v=value: presenter.choose_screen(v))


def toggle_presentation(window: WindowContext) -> None:
    room = room_for(window)
    room.presenter.toggle_presentation()


def set_console_visible(window: WindowContext, visible: bool) -> None:
    presenter = room_for(window).presenter
    # One screen: the dock is under the audience window; the compact overlay comes with it.
    if presenter.presenting and presenter.single_screen and visible != presenter.overlay.isVisible():
        presenter.overlay.toggle()
    console = room_for(window).console
    console.setVisible(visible)
    if visible:
        console.raise_()


def toggle_console(window: WindowContext) -> None:
    presenter = room_for(window).presenter
    if presenter.presenting and presenter.single_screen:
        set_console_visible(window, not presenter.overlay.isVisible())
        return
    console = room_for(window).console
    set_console_visible(window, not console.isVisible())


def send_welcome(window: WindowContext) -> None:
    room_for(window).presenter.send_welcome()


def send_board(window: WindowContext) -> None:
    room_for(window).presenter.send_board()


def freeze_board(window: WindowContext) -> None:
    room_for(window).presenter.freeze_board()


def send_voting(window: WindowContext) -> None:
    room_for(window).presenter.send_voting()


def send_timer(window: WindowContext) -> None:
    room_for(window).presenter.send_timer()


def toggle_timer(window: WindowContext) -> None:
    room_for(window).presenter.timer.toggle()


def add_minute(window: WindowContext) -> None:
    room_for(window).presenter.timer.add_minute()


def show_shortcuts(window: WindowContext) -> None:
    from reslab_desktop.ui.shortcuts_sheet import ShortcutsSheet

    ShortcutsSheet.show_for(window)


def show_preferences(window: WindowContext) -> None:
    from reslab_desktop.ui.preferences import PreferencesDialog

    PreferencesDialog(window).exec()


def toggle_projector_theme(window: WindowContext, checked: bool) -> None:
    from reslab_desktop.ui.preferences import apply_appearance
    from reslab_desktop.ui.settings import Settings
    from reslab_desktop.ui.theme import NORMAL, PROJECTOR

    Settings().set("ui/theme", PROJECTOR if checked else NORMAL)
    apply_appearance()
