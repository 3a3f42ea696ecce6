"""Workshop properties: title, learning community, place, language, dates, facilitators (one undo step)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.services.records import WorkshopInfo
from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.storage import Store
from reslab_desktop.ui import dialogs
from reslab_desktop.ui.commands.workshop import update_workshop
from reslab_desktop.ui.date_field import DateField


class WorkshopDialog(QDialog):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("Workshop Properties"))
        self.store = store
        self.undo_stack = undo_stack
        info = get_workshop(store)
        self.original = info

        self.title_edit = self._line("titleEdit", self.tr("Workshop title"), info.title)
        self.community_edit = self._line("communityEdit", self.tr("Learning community"),
                                         info.learning_community)
        self.place_edit = self._line("placeEdit", self.tr("Place"), info.place)
        self.place_edit.setPlaceholderText(self.tr("e.g. Mérida, Yucatán"))
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(self.tr("Workshop language"))
        self.language_box.addItem("Español", "es")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(self.language_box.findData(info.language), 0))
        self.starts_edit = self._date("startsEdit", self.tr("Start date"), info.starts_on)
        self.ends_edit = self._date("endsEdit", self.tr("End date"), info.ends_on)
        self.facilitators_edit = QPlainTextEdit("\n".join(info.facilitators), self)
        self.facilitators_edit.setObjectName("facilitatorsEdit")
        self.facilitators_edit.setAccessibleName(self.tr("Facilitators, one per line"))
        self.facilitators_edit.setTabChangesFocus(True)
        self.facilitators_edit.setFixedHeight(96)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Learning &community:"), self.community_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Language of the workshop:"), self.language_box)
        form.addRow(self.tr("&Starts on:"), self.starts_edit)
        form.addRow(self.tr("&Ends on:"), self.ends_edit)
        form.addRow(self.tr("&Facilitators\n(one per line):"), self.facilitators_edit)
        form.addRow(buttons)
        self.setMinimumWidth(680)

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCursorPosition(0)  # long titles show their beginning
        return edit

    def _date(self, name: str, accessible: str, iso: str | None) -> DateField:
        edit = DateField(iso, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def info(self) -> WorkshopInfo:
        """The properties as the dialog shows them now."""
        return WorkshopInfo(
            title=self.title_edit.text().strip(),
            learning_community=self.community_edit.text().strip(),
            place=self.place_edit.text().strip(),
            language=self.language_box.currentData(),
            starts_on=self.starts_edit.iso(),
            ends_on=self.ends_edit.iso(),
            facilitators=tuple(line.strip() for line in self.facilitators_edit.toPlainText().splitlines()
                               if line.strip()),
        )

    def accept(self) -> None:
        info = self.info()
        if info != self.original:
            try:
                update_workshop(self.undo_stack, self.store, info)
            except ReslabError as exc:  # e.g. the end date before the start date: keep editing
                dialogs.show_error(self, exc)
                return
        super().accept()
