"""The application controller: which workshop windows are open, the start screen, file locks.

One ``MainWindow`` per open workshop file. Every way of opening a file (command line, start
screen, File menu, recent files, demo, JSON import) goes through :meth:`Workspace.open_path`,
which takes the file's lock first (one writer per file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from reslab_desktop.errors import ReslabError, WorkshopFileError
from reslab_desktop.ui import dialogs, recovery
from reslab_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from reslab_desktop.ui.main_window import MainWindow
    from reslab_desktop.ui.start_screen import StartScreen

FILE_SUFFIX = ".reslab"




class Workspace(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows: list[MainWindow] = []
        self.start: StartScreen | None = None

    # -- opening ----------------------------------------------------------------------------
    def open_path(self, path: Path) -> MainWindow:
        """Open ``path`` in a window (or raise the window that already has it)."""
        from reslab_desktop.storage import Store
        from reslab_desktop.ui import file_lock
        from reslab_desktop.ui.main_window import MainWindow

        path = Path(path).resolve()
        for window in self.windows:
            if window.path == path:
                window.show()
                window.raise_()
                window.activateWindow()
                return window
        if not path.is_file():
            Settings().remove_recent_file(path)
            raise WorkshopFileError(QCoreApplication.translate("Workspace", "%1: no such file").replace("%1", str(path)))
        lock = file_lock.acquire(path)
        try:
            store = Store.open(path, read_only=lock is None)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        window = MainWindow(store, path, lock=lock)
        if lock is not None:
            recovery.opened(path)
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        Settings().add_recent_file(path)
        window.show()
        if self.start is not None:
            self.start.close()
        return window

    def open_or_report(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """Like :meth:`open_path`, but a bad file shows a dialog (over the start screen if needed)."""
        try:
            return self.open_path(path)
        except ReslabError as exc:
            if parent is None:  # a parentless box would be garbage-collected before it is seen
                parent = QApplication.activeWindow() or (self.windows[-1] if self.windows else self.show_start())
            dialogs.show_error(parent, exc)
            return None

    def create_workshop(self, path: Path, title: str, language: str) -> MainWindow:
        from reslab_desktop.storage import Store

        path = Path(path)
        Store.create(path, title, language).close()
        return self.open_path(path)

    def import_json(self, source: Path, target: Path) -> tuple[MainWindow, list[str]]:
        """Make ``target`` from the JSON document ``source``, then open it. Returns the warnings."""
        from reslab_desktop.interchange import import_file

        warnings = import_file(source, target)
        return self.open_path(target), warnings

    def open_demo(self, target: Path | None = None) -> MainWindow:
        """Open the demo workshop, writing it first if it is not there yet."""
        from reslab_desktop.demo import default_demo_path, write_demo

        target = Path(target) if target is not None else default_demo_path()
        if not target.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkshopFileError(
                    QCoreApplication.translate("Workspace", "%1: cannot create the folder (%2)").replace("%1", str(target.parent)).replace(
                        "%2", exc.strerror or str(exc))
                ) from None
            write_demo(target)
        return self.open_path(target)

    # -- start screen and closing -------------------------------------------------------------
    def show_start(self) -> StartScreen:
        from reslab_desktop.ui.start_screen import StartScreen

        if self.start is None:
            self.start = StartScreen(self)
            self.start.destroyed.connect(self._start_gone)
        self.start.refresh()
        self.start.show()
        self.start.raise_()
        return self.start

    def window_closed(self, window: MainWindow, show_start: bool) -> None:
        recovery.closed(window.path)
        self._forget(window)
        if show_start and not self.windows:
            self.show_start()

    def quit(self) -> None:
        for window in list(self.windows):
            window.close()
        if self.start is not None:
            self.start.close()
        QApplication.quit()

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _start_gone(self, *_: object) -> None:
        self.start = None


_WORKSPACE: Workspace | None = None


def workspace() -> Workspace:
    """The application's one workspace (created on first use)."""
    global _WORKSPACE
    if _WORKSPACE is None:
        _WORKSPACE = Workspace(QApplication.instance())
        _WORKSPACE.destroyed.connect(_reset)
    return _WORKSPACE


def _reset(*_: object) -> None:
    global _WORKSPACE
    _WORKSPACE = None
