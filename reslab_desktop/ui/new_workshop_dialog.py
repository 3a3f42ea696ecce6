"""Ask for a new workshop's title, language and file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reslab_desktop.ui import dialogs

SUFFIX = ".reslab"


def file_name_for(title: str) -> str:
    """A file name from the title that every file system accepts (accents kept)."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return (re.sub(r"\s+", " ", name)[:80] or "taller") + SUFFIX


class NewWorkshopDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Workshop"))
        self.folder = folder
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("workshopTitle")
        self.title_edit.setAccessibleName(self.tr("Workshop title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Laboratorio de Resiliencia Mérida 2026"))
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Workshop language"))
        self.language_box.addItem("Español", "es")
        self.language_box.addItem("English", "en")
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("workshopFile")
        self.file_edit.setAccessibleName(self.tr("Workshop file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.buttons)
        self._auto_file = True
        self.title_edit.textChanged.connect(self._title_changed)
        self.file_edit.textEdited.connect(lambda *_: setattr(self, "_auto_file", False))
        self._title_changed("")
        self.resize(560, self.sizeHint().height())

    def title(self) -> str:
        return self.title_edit.text().strip()

    def language(self) -> str:
        return self.language_box.currentData()

    def path(self) -> Path:
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def _title_changed(self, text: str) -> None:
        if self._auto_file:
            self.file_edit.setText(str(self.folder / file_name_for(text)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    def _browse(self) -> None:
        path = dialogs.ask_save_path(self, self.tr("New Workshop File"), self.path(),
                                     dialogs.workshop_filter(), SUFFIX)
        if path is not None:
            self.file_edit.setText(str(path))
            self._auto_file = False
