"""The first-run welcome: what the start screen shows while no workshop was ever opened.

One screen with the three ways in — the demo workshop (first and focused: the quickest way to
see the six steps), a new workshop, a file someone shared — each with a line saying what it does,
and the language chooser: the app starts in the system's language (Spanish on a Spanish system,
English otherwise) and a facilitator on a borrowed laptop can switch here, before any menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.ui import i18n
from reslab_desktop.ui.i18n import Retranslatable
from reslab_desktop.ui.settings import Settings


class WelcomePanel(Retranslatable, QWidget):
    """``actions`` maps ``"demo"``, ``"new"`` and ``"open"`` to the start screen's handlers."""

    def __init__(self, actions: dict[str, Callable[[], None]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        self.hints: dict[str, QLabel] = {}
        for row, key in enumerate(("demo", "new", "open")):
            button = QPushButton(self)
            button.setObjectName(f"welcome.{key}")
            button.setMinimumHeight(44)
            button.setMinimumWidth(230)
            button.clicked.connect(actions[key])
            hint = QLabel(self)
            hint.setWordWrap(True)
            hint.setBuddy(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(hint, row, 1)
            self.buttons[key], self.hints[key] = button, hint
        grid.setColumnStretch(1, 1)
        self.buttons["demo"].setDefault(True)

        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("welcome.language")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(self._choose_language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(language_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Welcome"))
        self.intro.setText(self.tr("It all works on this laptop, with no internet and no account. How do you want to start?"))
        texts = {
            "demo": (self.tr("Open the &Demo Workshop"),
                     self.tr("An example lab with boards, votes and decisions across the six steps. "
                             "Explore it freely: it is your own copy.")),
            "new": (self.tr("&New Workshop…"),
                    self.tr("Start your own workshop. It is saved in one .reslab file as you work.")),
            "open": (self.tr("&Open a File…"),
                     self.tr("A .reslab file someone shared with you (you can also drop it here).")),
        }
        for key, (button, hint) in texts.items():
            self.buttons[key].setText(button)
            self.buttons[key].setAccessibleDescription(hint)
            self.hints[key].setText(hint)
        self.language_label.setText(self.tr("&Language:"))
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))

    def _choose_language(self, index: int) -> None:
        language = str(self.language.itemData(index))
        Settings().set("ui/language", language)
        i18n.set_language(language)  # every open window retranslates

    def focus_first(self) -> None:
        self.buttons["demo"].setFocus(Qt.FocusReason.OtherFocusReason)
