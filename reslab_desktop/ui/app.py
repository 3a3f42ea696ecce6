"""Start the GUI: ``reslab`` (start screen) or ``reslab FILE.reslab`` (that workshop)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from reslab_desktop import __version__
from reslab_desktop.errors import InstallationError, ReslabError
from reslab_desktop.resources import resource
from reslab_desktop.ui.settings import APPLICATION, ORGANIZATION

APP_FONT_FAMILY = "DejaVu Sans"


def run_gui(path: Path | None) -> int:
    """Create the application, open ``path`` (or the start screen) and run the event loop."""
    running = QApplication.instance()
    if isinstance(running, QApplication):
        app = running
    else:
        from reslab_desktop.display import require_display

        require_display()  # Qt would abort the process without a word
        app = QApplication(sys.argv[:1])
    try:
        prepare_application(app)
    except InstallationError as exc:  # a bundled file is missing: say so, then exit 3
        from reslab_desktop.ui.dialogs import show_error

        show_error(None, exc).finished.connect(app.quit)
        app.exec()
        raise
    from reslab_desktop.ui.crash import install_crash_handler

    install_crash_handler(app)  # bugs: dialog with "Copy details" + rotating log (issue 9)
    from reslab_desktop.ui.first_paint import install_if_requested

    install_if_requested(app)  # RESLAB_EXIT_AFTER_FIRST_PAINT=1 (benchmarks)
    from reslab_desktop.ui.file_drop import FileOpenFilter
    from reslab_desktop.ui.workspace import workspace

    if sys.platform == "darwin":  # only macOS sends FileOpen; elsewhere the filter would see every event
        app.installEventFilter(FileOpenFilter(app))

    from reslab_desktop.ui import recovery

    stopped = recovery.unexpected_stop()  # before anything is opened (and locked) again
    ws = workspace()
    shown = ws.show_start() if path is None else ws.open_or_report(Path(path)) or ws.show_start()
    recovery.offer(shown, stopped, Path(path) if path is not None else None)
    code = app.exec()
    for window in list(ws.windows):  # the event loop ended with windows open: not a crash
        recovery.closed(window.path)
    return code


def prepare_application(app: QApplication) -> None:
    """Names (for QSettings), bundled fonts, translations, error dialogs. Safe to call twice."""
    if app.property("reslab_prepared"):
        return
    app.setProperty("reslab_prepared", True)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Resiliency Lab")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "reslab.png"))))
    register_fonts(app)
    from reslab_desktop.ui.preferences import apply_appearance

    apply_appearance()  # language (ui/i18n), theme and text size (ui/theme) from settings
    from reslab_desktop.ui.commands import base
    from reslab_desktop.ui.dialogs import show_error

    def show(exc: BaseException) -> None:
        show_error(QApplication.activeWindow(), exc)

    base.error_handler = show


def register_fonts(app: QApplication) -> None:
    """Register the bundled TTFs: without them a machine with no fonts draws empty boxes."""
    for ttf in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    font = QFont(APP_FONT_FAMILY)
    font.setPointSize(max(app.font().pointSize(), 10))  # ui/theme scales it by the text size
    app.setFont(font)


def install_excepthook() -> None:
    """An uncaught error in a slot becomes a dialog (and stays on stderr when it is a bug)."""
    from reslab_desktop.ui.dialogs import show_error

    previous = sys.excepthook

    def hook(kind, value, tb):  # type: ignore[no-untyped-def]
        if not isinstance(value, ReslabError):
            previous(kind, value, tb)
        if isinstance(value, Exception) and QCoreApplication.instance() is not None:
            show_error(QApplication.activeWindow(), value)

    sys.excepthook = hook
