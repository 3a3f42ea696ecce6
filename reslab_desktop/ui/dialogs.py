"""Small shared dialogs: one-line error messages and file choosers.

Message boxes are opened with ``open()`` (window-modal, not a nested event loop), so an error
never blocks the caller and tests can find and close them.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reslab_desktop.errors import InstallationError, ReslabError
from reslab_desktop.messages import user_message
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.window_context import WindowContext


def workshop_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Workshop files (*.reslab)")


def json_filter() -> str:
    return QCoreApplication.translate("Dialogs", "JSON documents (*.json)")


def csv_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Spreadsheet lists (*.csv *.txt)")


_parentless: set[QMessageBox] = set()


def error_text(error: BaseException) -> str:
    """A service's one-line error in the UI language (the ONE place dialogs get it from)."""
    return user_message(error, current_language())


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Show ``error`` in a dialog: one line for a ``ReslabError``, details only for bugs."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Resiliency Lab"))
    if isinstance(error, ReslabError):
        box.setText(error_text(error))
    elif isinstance(error, InstallationError):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(error.message(current_language()))
    else:
        box.setText(QCoreApplication.translate("Dialogs", "Something went wrong inside the app (this is a bug): %1").replace(
            "%1", f"{type(error).__name__}: {error}"))
        box.setInformativeText(QCoreApplication.translate("Dialogs", "Your workshop file keeps every change saved before this message."))
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setAccessibleName(box.text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # no window active: keep the box alive until it is closed (not collected unseen)
        _parentless.add(box)
        box.finished.connect(lambda *_: _parentless.discard(box))
    box.open()
    window = parent.window() if parent is not None else None
    if isinstance(window, WindowContext):  # a failed save may have left the store read-only or in memory
        window.refresh_storage_state()
    return box


def ask_open_path(parent: QWidget | None, title: str, folder: Path, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), name_filter)
    return Path(name) if name else None


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """Ask where to write; adds ``suffix`` when the user typed a name without it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
