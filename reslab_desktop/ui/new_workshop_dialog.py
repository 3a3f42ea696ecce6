"""Ask for a new workshop's title, language and file, and create it without closing on failure.

The proposed folder (the last one used, else Documents) is created when missing, as
``reslab demo`` does; any other failure is shown over the dialog, which keeps what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reslab_desktop.errors import ReslabError, WorkshopFileError
from reslab_desktop.ui import dialogs

SUFFIX = ".reslab"


def file_name_for(title: str) -> str:
    """A file name from the title that every file system accepts (accents kept)."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return (re.sub(r"\s+", " ", name)[:80] or "taller") + SUFFIX


class NewWorkshopDialog(QDialog):
    """``create(path, title, language)`` runs on "Create"; its result is ``created``."""

    def __init__(self, folder: Path, parent: QWidget | None = None,
                 create: Callable[[Path, str, str], Any] | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.created: Any = None
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
        file_label = QLabel(self.tr("&File:"), self)  # addRow(text, layout) shows a literal "&"
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
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

    def accept(self) -> None:
        try:
            self._make_folder()
            if self._create is not None:
                self.created = self._create(self.path(), self.title(), self.language())
        except ReslabError as exc:
            dialogs.show_error(self, exc)  # the dialog stays open with what was typed
            return
        super().accept()

    def _make_folder(self) -> None:
        folder = self.path().parent
        if folder.is_dir() or folder != self.folder:
            return  # a folder chosen by hand that does not exist is reported by the store
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkshopFileError(self.tr("%1: cannot create the folder (%2)").replace("%1", str(folder)).replace(
                "%2", exc.strerror or exc.__class__.__name__)) from None

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
