"""File menu handlers: ask with a dialog, then do the work through the workspace or services."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMenu, QWidget

from reslab_desktop.ui import dialogs
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.workspace import FILE_SUFFIX, workspace

if TYPE_CHECKING:
    from reslab_desktop.ui.main_window import MainWindow




def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def start_folder() -> Path:
    return Settings().last_folder(documents_folder())


def new_workshop(parent: QWidget | None) -> MainWindow | None:
    from reslab_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog(start_folder(), parent, create=workspace().create_workshop)
    return dialog.created if dialog.exec() else None


def open_file(parent: QWidget | None) -> MainWindow | None:
    path = dialogs.ask_open_path(parent, QCoreApplication.translate("FileActions", "Open Workshop"), start_folder(), dialogs.workshop_filter())
    return workspace().open_or_report(path, parent) if path else None


def open_demo(parent: QWidget | None) -> MainWindow:
    return workspace().open_demo()


def fill_recent_menu(parent: QWidget, menu: QMenu) -> None:
    menu.clear()
    recent = Settings().recent_files()
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number % 10}  {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda *_, p=path: workspace().open_or_report(p, parent))
    if not recent:
        menu.addAction(QCoreApplication.translate("FileActions", "No recent workshops")).setEnabled(False)


def save_copy(window: MainWindow) -> Path | None:
    suggested = start_folder() / f"{window.path.stem} (copy){FILE_SUFFIX}"
    target = dialogs.ask_save_path(window, QCoreApplication.translate("FileActions", "Save a Copy As"), suggested, dialogs.workshop_filter(), FILE_SUFFIX)
    if target is None:
        return None
    if target.resolve() == window.path.resolve():
        from reslab_desktop.errors import ValidationError

        raise ValidationError(QCoreApplication.translate("FileActions", "choose another name: this is the open workshop itself"))
    if window.store.detached or window.store.read_only:
        window.continue_in_copy(target)  # the copy becomes the workshop file
    else:
        window.store.backup_to(target)
    window.statusBar().showMessage(QCoreApplication.translate("FileActions", "Copy saved to %1").replace("%1", str(target)), 8000)
    return target


def import_json(parent: QWidget | None) -> MainWindow | None:
    source = dialogs.ask_open_path(parent, QCoreApplication.translate("FileActions", "Import JSON"), start_folder(), dialogs.json_filter())
    if source is None:
        return None
    target = dialogs.ask_save_path(parent, QCoreApplication.translate("FileActions", "Save the Imported Workshop As"),
                                   source.with_suffix(FILE_SUFFIX), dialogs.workshop_filter(), FILE_SUFFIX)
    if target is None:
        return None
    window, warnings = workspace().import_json(source, target)
    if warnings:
        window.statusBar().showMessage("; ".join(warnings), 15000)
    return window


def export_json(window: MainWindow) -> Path | None:
    from reslab_desktop.interchange import export_to_file

    suggested = start_folder() / f"{window.path.stem}.json"
    target = dialogs.ask_save_path(window, QCoreApplication.translate("FileActions", "Export JSON"), suggested, dialogs.json_filter(), ".json")
    if target is None:
        return None
    export_to_file(window.store, target)
    window.statusBar().showMessage(QCoreApplication.translate("FileActions", "Exported to %1").replace("%1", str(target)), 8000)
    return target
