"""Handlers of the board rows of the action table (each takes the main window).

Light on imports: ``ui/actions.py`` imports this at start-up, the editor is built on first use.
Editing shortcuts (Delete, Ctrl+C…) act on the board only while the board has the keyboard
focus, so that they never delete notes while the facilitator types elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from reslab_desktop.rules.geometry import ALIGN_MODES, DISTRIBUTE_MODES
from reslab_desktop.rules.palette import NOTE_COLORS


def _editor(window: QMainWindow) -> Any:
    return window.board_editor  # type: ignore[attr-defined]


def _focused(window: QMainWindow) -> bool:
    editor = _editor(window)
    focus = QApplication.focusWidget()
    return focus is not None and (focus is editor or editor.isAncestorOf(focus))


def controller(name: str, *args: Any, needs_focus: bool = False) -> Callable[[QMainWindow], None]:
    """A handler calling ``board_editor.controller.<name>(*args)``."""

    def handler(window: QMainWindow) -> None:
        if needs_focus and not _focused(window):
            return
        getattr(_editor(window).controller, name)(*args)

    handler.__name__ = f"board_{name}"
    return handler


def editor(name: str, *args: Any) -> Callable[..., None]:
    """A handler calling ``board_editor.<name>(*args, *action_args)`` (checkable rows pass their state)."""

    def handler(window: QMainWindow, *extra: Any) -> None:
        getattr(_editor(window), name)(*args, *extra)

    handler.__name__ = f"board_{name}"
    return handler


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # as controller_base.tr: lupdate's context for tr("…")


def fill_color_menu(window: QMainWindow, menu: QMenu) -> None:
    from reslab_desktop.ui.board.palette_menu import fill_colors

    fill_colors(menu, _editor(window).controller)


def fill_author_menu(window: QMainWindow, menu: QMenu) -> None:
    fill_authors(menu, _editor(window))


def fill_authors(menu: QMenu, ed: Any) -> None:
    menu.clear()
    menu.addAction(QCoreApplication.translate("", "Nobody")).triggered.connect(lambda: ed.controller.set_author(None))
    menu.addSeparator()
    for pid, name in sorted(ed.scene.authors.items(), key=lambda kv: kv[1].lower()):
        menu.addAction(name).triggered.connect(lambda *_, p=pid: ed.controller.set_author(p))
    has_notes = bool(ed.selected_note_ids())
    for action in menu.actions():
        action.setEnabled(has_notes)


ARRANGE_TEXTS = {
    "left": QT_TR_NOOP("Align &Left Edges"),
    "hcenter": QT_TR_NOOP("Align &Centres Horizontally"),
    "right": QT_TR_NOOP("Align &Right Edges"),
    "top": QT_TR_NOOP("Align &Top Edges"),
    "vcenter": QT_TR_NOOP("Align &Middles Vertically"),
    "bottom": QT_TR_NOOP("Align &Bottom Edges"),
    "horizontal": QT_TR_NOOP("Distribute &Horizontally"),
    "vertical": QT_TR_NOOP("Distribute &Vertically"),
}


def fill_arrange_menu(window: QMainWindow, menu: QMenu) -> None:
    fill_arrange(menu, _editor(window))


def fill_arrange(menu: QMenu, ed: Any) -> None:
    menu.clear()
    enough = len(ed.selected_note_ids())
    for mode in ALIGN_MODES + DISTRIBUTE_MODES:
        if mode == DISTRIBUTE_MODES[0]:
            menu.addSeparator()
        action = menu.addAction(_tr(ARRANGE_TEXTS[mode]))
        action.setEnabled(enough >= (3 if mode in DISTRIBUTE_MODES else 2))
        action.triggered.connect(lambda *_, m=mode: ed.controller.arrange(m))


COLOR_SHORTCUTS = tuple(
    (f"board.color_{i + 1}", hex_color, str(i + 1)) for i, (hex_color, _, _) in enumerate(NOTE_COLORS)
)
