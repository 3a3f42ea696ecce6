"""Receive notes from phones on a board: where they land, their color, names, moderation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.rules.palette import NOTE_COLORS
from reslab_desktop.services import boards
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.storage import Store
from reslab_desktop.ui.board.palette_menu import swatch
from reslab_desktop.ui.i18n import current_language


class PhoneNotesDialog(QDialog):
    def __init__(self, store: Store, intake: pn.Intake, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room.phone_notes.dialog")
        self.board_id = intake.board_id
        content = boards.load_board(store, intake.board_id)
        self.zones = list(content.zones)
        self.setWindowTitle(self.tr("Receive notes from phones"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Participants write on their phones; their notes come to «%1».")
                       .replace("%1", content.board.title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()

        self.zone = QComboBox()
        self.zone.setObjectName("room.phone_notes.zone")
        self.zone.addItem(self.tr("Each phone chooses a zone") if self.zones else self.tr("The whole board"), None)
        for z in self.zones:
            self.zone.addItem(z.title or self.tr("(untitled zone)"), z.id)
        self.zone.setCurrentIndex(max(0, self.zone.findData(intake.zone_id)))
        self.zone.currentIndexChanged.connect(self._zone_chosen)
        form.addRow(self.tr("Notes &land in:"), self.zone)

        self.prompt = QLineEdit(intake.prompt)
        self.prompt.setObjectName("room.phone_notes.prompt")
        self.prompt.setMaxLength(500)
        form.addRow(self.tr("&Question on the phones:"), self.prompt)

        self.colors = QComboBox()
        self.colors.setObjectName("room.phone_notes.colors")
        self.colors.addItem(self.tr("One color per zone"), "zone")
        self.colors.addItem(self.tr("One color per person"), "person")
        self.colors.addItem(self.tr("All the same color"), "one")
        self.colors.setCurrentIndex(max(0, self.colors.findData(intake.colors)))
        form.addRow(self.tr("&Colors:"), self.colors)
        self.color = QComboBox()
        self.color.setObjectName("room.phone_notes.color")
        lang = current_language()
        for hex_color, es, en in NOTE_COLORS:
            self.color.addItem(swatch(hex_color, 16), es if lang == "es" else en, hex_color)
        self.color.setCurrentIndex(max(0, self.color.findData(intake.color)))
        form.addRow(self.tr("C&olor:"), self.color)
        self.colors.currentIndexChanged.connect(self._colors_chosen)
        layout.addLayout(form)

        self.moderate = QCheckBox(self.tr("&Moderate: notes wait in the console until I accept them"))
        self.moderate.setObjectName("room.phone_notes.moderate")
        self.moderate.setChecked(intake.moderate)
        self.anonymous = QCheckBox(self.tr("&Anonymous: keep no names (the file will not say who wrote what)"))
        self.anonymous.setObjectName("room.phone_notes.anonymous")
        self.anonymous.setChecked(intake.anonymous)
        self.names = QCheckBox(self.tr("Show the author's &name on each note"))
        self.names.setObjectName("room.phone_notes.names")
        self.names.setChecked(intake.show_names)
        self.view = QCheckBox(self.tr("Phones may &read the board (a list of its notes)"))
        self.view.setObjectName("room.phone_notes.view")
        self.view.setChecked(intake.show_board)
        for box in (self.moderate, self.anonymous, self.names, self.view):
            layout.addWidget(box)
        self.anonymous.toggled.connect(self._anonymous_toggled)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start receiving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._zone_chosen()
        self._colors_chosen()
        self._anonymous_toggled(intake.anonymous)

    def _zone_chosen(self, *_: object) -> None:
        zone = next((z for z in self.zones if z.id == self.zone.currentData()), None)
        self.prompt.setPlaceholderText(zone.prompt if zone and zone.prompt else self.tr("e.g. What does Dani say?"))

    def _colors_chosen(self, *_: object) -> None:
        self.color.setEnabled(self.colors.currentData() == "one")

    def _anonymous_toggled(self, on: bool) -> None:
        self.names.setEnabled(not on)
        person = self.colors.model().item(1)  # type: ignore[attr-defined]
        if person is not None:
            person.setEnabled(not on)
        if on and self.colors.currentData() == "person":
            self.colors.setCurrentIndex(0)

    def intake(self) -> pn.Intake:
        return pn.Intake(
            self.board_id, zone_id=self.zone.currentData(), moderate=self.moderate.isChecked(),
            anonymous=self.anonymous.isChecked(), show_names=self.names.isChecked() and not self.anonymous.isChecked(),
            colors=self.colors.currentData(), color=self.color.currentData(), prompt=self.prompt.text().strip(),
            show_board=self.view.isChecked(),
        )


__all__ = ["PhoneNotesDialog"]
