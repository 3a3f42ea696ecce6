"""The board's own tool strip: new note, the eight note colors, zone/group/link/image, zoom.

Big targets for a touch screen or a projected laptop; every button has a keyboard twin in
the action table (ui/actions.py), so the strip only calls the same editor methods.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from reslab_desktop.rules.palette import NOTE_COLORS
from reslab_desktop.ui.board.controller_base import tr
from reslab_desktop.ui.board.palette_menu import swatch
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.window_context import WindowContext

if TYPE_CHECKING:
    from reslab_desktop.ui.board.editor import BoardEditor


class BoardToolbar(QToolBar):
    def __init__(self, editor: BoardEditor) -> None:
        super().__init__(editor)
        self.setObjectName("boardToolbar")
        self.setIconSize(QSize(22, 22))
        self.editor = editor
        c = editor.controller
        self._edit_actions: list[QAction] = [
            self._button(tr("+ Note"), tr("A new note in the middle of the view (N, or double-click the board)"), c.add_note),
        ]
        self.colors = QActionGroup(self)
        self.colors.setExclusive(True)
        lang = current_language()
        for i, (hex_color, es, en) in enumerate(NOTE_COLORS):
            action = self.addAction(swatch(hex_color, 22), es if lang == "es" else en)
            action.setToolTip(f"{es if lang == 'es' else en} ({i + 1})")
            action.setCheckable(True)
            action.setChecked(hex_color == c.current_color)
            action.setData(hex_color)
            action.triggered.connect(lambda *_, h=hex_color: c.set_color(h))
            self.colors.addAction(action)
            self._edit_actions.append(action)
        self.author = QComboBox(self)
        self.author.setToolTip(tr("Author of the notes you add now (e.g. while typing in the cards of one person)"))
        self.author.setMinimumContentsLength(14)
        self.author.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.author.currentIndexChanged.connect(self._author_chosen)
        self._edit_actions.append(self.addWidget(self.author))
        self.fill_authors({})
        self.addSeparator()
        self._edit_actions += [
            self._button(tr("Zone"), tr("Draw a titled zone (Ctrl+Shift+G)"), c.start_zone_tool),
            self._button(tr("Group"), tr("Put the selected notes in a new titled zone (Ctrl+G)"), c.group_selection),
            self._button(tr("Link"), tr("An arrow between the two selected notes (Ctrl+K)"), c.link_selected),
            self._button(tr("Image"), tr("Insert a photo from a file (Ctrl+Shift+I)"), c.insert_image_file),
        ]
        window = editor.window()
        phones = window.actions_by_id.get("room.phone_notes") if isinstance(window, WindowContext) else None
        if phones is not None:  # the Room menu's toggle, here too: notes from phones to this board
            self.addAction(phones)
            self._edit_actions.append(phones)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self._button("−", tr("Zoom out (Ctrl+−)"), editor.zoom_out)
        self.zoom_label = QLabel("100 %", self)
        self.zoom_label.setMinimumWidth(56)
        self.addWidget(self.zoom_label)
        self._button("+", tr("Zoom in (Ctrl++)"), editor.zoom_in)
        self._button(tr("Fit"), tr("Show the whole board (Home)"), editor.fit_all)
        editor.view.zoom_changed.connect(self.show_zoom)
        self.set_writable(not editor.store.read_only)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = self.addAction(text)
        action.setToolTip(tip)
        action.triggered.connect(lambda *_: slot())
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setMinimumHeight(32)
        return action

    def fill_authors(self, authors: dict[str, str]) -> None:
        """The participants to choose from (kept when the list is refreshed)."""
        keep = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(tr("No author"), None)
        for pid, name in sorted(authors.items(), key=lambda kv: kv[1].casefold()):
            self.author.addItem(name, pid)
        index = self.author.findData(keep)
        self.author.setCurrentIndex(max(0, index))
        self.author.blockSignals(False)
        self._author_chosen()

    def _author_chosen(self, *_: object) -> None:
        self.editor.controller.current_author = self.author.currentData()

    def show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def show_color(self, hex_color: str) -> None:
        for action in self.colors.actions():
            action.setChecked(action.data() == hex_color)

    def set_writable(self, writable: bool) -> None:
        for action in self._edit_actions:
            action.setEnabled(writable)
