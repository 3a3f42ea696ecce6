"""Handlers of the board rows of the action table (each takes the main window).

Light on imports: ``ui/actions.py`` imports this at start-up, the editor is built on first use.
Editing shortcuts (Delete, Ctrl+C…) act on the board only while the board has the keyboard
focus, so that they never delete notes while the facilitator types elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu

from reslab_desktop.rules.geometry import ALIGN_MODES, DISTRIBUTE_MODES
from reslab_desktop.rules.palette import NOTE_COLORS
from reslab_desktop.ui.noop import QT_TR_NOOP

if TYPE_CHECKING:
    from reslab_desktop.ui.board.controller import BoardController
    from reslab_desktop.ui.board.editor import BoardEditor
    from reslab_desktop.ui.window_context import WindowContext


def _editor(window: WindowContext) -> BoardEditor:
    return window.board_editor


def _focused(window: WindowContext) -> bool:
    editor = _editor(window)
    focus = QApplication.focusWidget()
    return focus is not None and (focus is editor or editor.isAncestorOf(focus))


def controller(act: Callable[[BoardController], object], *, needs_focus: bool = False) -> Callable[[WindowContext], None]:
    """A handler calling ``act(board_editor.controller)`` (``needs_focus``: only while the board
    has the keyboard focus)."""

    def handler(window: WindowContext) -> None:
        if needs_focus and not _focused(window):
            return
        act(_editor(window).controller)

    return handler


def set_color(color: str) -> Callable[[WindowContext], None]:
    """The handler of a color shortcut (1…9): the selected notes take ``color``."""
    return controller(lambda c: c.set_color(color), needs_focus=True)


def editor(act: Callable[[BoardEditor], object]) -> Callable[[WindowContext], None]:
    """A handler calling ``act(board_editor)``."""

    def handler(window: WindowContext) -> None:
        act(_editor(window))

    return handler


def editor_toggle(act: Callable[[BoardEditor, bool], object]) -> Callable[[WindowContext, bool], None]:
    """The handler of a checkable row: ``act(board_editor, checked)``."""

    def handler(window: WindowContext, checked: bool) -> None:
        act(_editor(window), checked)

    return handler


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # as controller_base.tr: lupdate's context for tr("…")


def fill_color_menu(window: WindowContext, menu: QMenu) -> None:
    from reslab_desktop.ui.board.palette_menu import fill_colors

    fill_colors(menu, _editor(window).controller)


def fill_author_menu(window: WindowContext, menu: QMenu) -> None:
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


def fill_arrange_menu(window: WindowContext, menu: QMenu) -> None:
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
