"""The board's own tool strip: new note, the eight note colors, zone/group/link/image, zoom.

Big targets for a touch screen or a projected laptop; every button has a keyboard twin in
the action table (ui/actions.py), so the strip only calls the same editor methods.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from reslab_desktop.rules.palette import NOTE_COLORS
from reslab_desktop.ui.board.controller_base import tr
from reslab_desktop.ui.board.palette_menu import swatch
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.noop import QT_TRANSLATE_NOOP
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
        self._sources: list[tuple[QAction, str, str]] = []  # (action, English text, English tip)
        self._edit_actions: list[QAction] = [
            self._button(QT_TRANSLATE_NOOP("", "+ Note"), QT_TRANSLATE_NOOP("", "A new note in the middle of the view (N, or double-click the board)"), c.add_note),
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
            self._button(QT_TRANSLATE_NOOP("", "Zone"), QT_TRANSLATE_NOOP("", "Draw a titled zone (Ctrl+Shift+G)"), c.start_zone_tool),
            self._button(QT_TRANSLATE_NOOP("", "Group"), QT_TRANSLATE_NOOP("", "Put the selected notes in a new titled zone (Ctrl+G)"), c.group_selection),
            self._button(QT_TRANSLATE_NOOP("", "Link"), QT_TRANSLATE_NOOP("", "An arrow between the two selected notes (Ctrl+K)"), c.link_selected),
            self._button(QT_TRANSLATE_NOOP("", "Image"), QT_TRANSLATE_NOOP("", "Insert a photo from a file (Ctrl+Shift+I)"), c.insert_image_file),
        ]
        window = editor.window()
        phones = window.actions_by_id.get("room.phone_notes") if isinstance(window, WindowContext) else None
        if phones is not None:  # the Room menu's toggle, here too: notes from phones to this board
            self.addAction(phones)
            self._edit_actions.append(phones)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self._button("−", QT_TRANSLATE_NOOP("", "Zoom out (Ctrl+−)"), editor.zoom_out)
        self.zoom_label = QLabel("100 %", self)
        self.zoom_label.setMinimumWidth(56)
        self.addWidget(self.zoom_label)
        self._button("+", QT_TRANSLATE_NOOP("", "Zoom in (Ctrl++)"), editor.zoom_in)
        self._button(QT_TRANSLATE_NOOP("", "Fit"), QT_TRANSLATE_NOOP("", "Show the whole board (Home)"), editor.fit_all)
        editor.view.zoom_changed.connect(self.show_zoom)
        self.set_writable(not editor.store.read_only)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """A live language switch: the buttons, colors and tips in the new language."""
        for action, text, tip in self._sources:
            action.setText(tr(text))
            action.setToolTip(tr(tip))
        lang = current_language()
        for i, (action, (_, es, en)) in enumerate(zip(self.colors.actions(), NOTE_COLORS, strict=True)):
            action.setText(es if lang == "es" else en)
            action.setToolTip(f"{es if lang == 'es' else en} ({i + 1})")
        self.author.setToolTip(tr("Author of the notes you add now (e.g. while typing in the cards of one person)"))
        self.fill_authors(getattr(self, "_authors", {}))

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        """``text`` and ``tip`` are English (marked with QT_TRANSLATE_NOOP), translated here."""
        action = self.addAction(tr(text))
        action.setToolTip(tr(tip))
        self._sources.append((action, text, tip))
        action.triggered.connect(lambda *_: slot())
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setMinimumHeight(32)
        return action

    def fill_authors(self, authors: dict[str, str]) -> None:
        """The participants to choose from (kept when the list is refreshed)."""
        self._authors = authors
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

