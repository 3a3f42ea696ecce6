"""Opening workshop files dropped on a window, or sent by the system (macOS Finder double-click)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QWidget

SUFFIX = ".reslab"


def workshop_paths(mime: QMimeData) -> list[Path]:
    """The local ``.reslab`` files among dragged URLs."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(SUFFIX)]


def accept_workshop_drag(event: QDragEnterEvent) -> None:
    if workshop_paths(event.mimeData()):
        event.acceptProposedAction()


def open_dropped(widget: QWidget, event: QDropEvent) -> None:
    from reslab_desktop.ui.workspace import workspace

    paths = workshop_paths(event.mimeData())
    if paths:
        event.acceptProposedAction()
    for path in paths:
        workspace().open_or_report(path, widget)


class FileOpenFilter(QObject):
    """Install on the QApplication: macOS delivers "open this file" as a FileOpen event."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            from reslab_desktop.ui.workspace import workspace

            workspace().open_or_report(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
