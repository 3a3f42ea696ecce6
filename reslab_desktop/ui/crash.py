"""Unexpected errors in the GUI: a dialog with "Copy details" and a rotating log file.

A ``ReslabError`` is the user's input or file and gets the usual one-line dialog. Anything
else is a bug: its traceback goes to ``<user log folder>/reslab/reslab.log`` (rotating) and
to stderr, and a dialog says what happened, that the workshop file keeps everything saved
before it, and offers the details to copy into a message to the developers. The app keeps
running — never a silent exit. A hard crash of the interpreter (segfault) is written to
``fatal.log`` beside it by ``faulthandler``.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop import __version__
from reslab_desktop.errors import InstallationError, ReslabError
from reslab_desktop.ui.window_context import WindowContext

LOGGER_NAME = "reslab"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
_state: dict[str, object] = {}


def log_folder() -> Path:
    import platformdirs

    return platformdirs.user_log_path("reslab", appauthor=False)


def crash_logger(folder: Path | None = None) -> logging.Logger:
    """The app's logger, writing to a rotating file in the user's log folder (set up once)."""
    logger = logging.getLogger(LOGGER_NAME)
    folder = folder or log_folder()
    target = str(folder / "reslab.log")
    if not any(getattr(h, "baseFilename", None) == target for h in logger.handlers):
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def install_crash_handler(app: QApplication, folder: Path | None = None) -> None:
    """Route uncaught exceptions (slots, virtual overrides, threads) to the log and a dialog."""
    folder = folder or log_folder()
    _state["folder"] = folder
    try:
        logger = crash_logger(folder)
        fatal = (folder / "fatal.log").open("a", encoding="utf-8")
        faulthandler.enable(file=fatal)
        _state["fatal"] = fatal  # keep the file open for faulthandler
    except OSError:
        logger = logging.getLogger(LOGGER_NAME)  # no log folder: dialog and stderr only
    logger.info("Resiliency Lab %s started (Python %s, %s)", __version__,
                platform.python_version(), platform.platform())
    previous = sys.__excepthook__

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, ReslabError):
            logger.info("user error: %s", value)
            _show_user_error(value)
            return
        if isinstance(value, InstallationError):  # a packaging error, not a bug of the code
            logger.error("%s", value)
            _show_user_error(value)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        logger.error("unexpected error\n%s", details)
        previous(kind, value, tb)
        if isinstance(value, Exception):
            show_crash_dialog(details, value)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        logger.error("unexpected error in thread %s\n%s", getattr(args.thread, "name", "?"), details)
        threading.__excepthook__(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _state["logger"] = logger


def _show_user_error(error: ReslabError | InstallationError) -> None:
    from reslab_desktop.ui.dialogs import show_error

    # Keep a reference: a parentless box would be deleted with its Python wrapper.
    _state["user_error"] = show_error(_parent(), error)


def _parent() -> QWidget | None:
    """The window to put a dialog over; never a crash dialog, which may be closing."""
    window = QApplication.activeWindow()
    while isinstance(window, CrashDialog):
        window = window.parentWidget()
    return window


class CrashDialog(QDialog):
    """What went wrong, that the work is safe, and the details to copy."""

    def __init__(self, details: str, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("Crash", "Resiliency Lab: unexpected error"))
        self.details = (
            f"Resiliency Lab {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}\n\n{details}"
        )
        self.extra = 0
        self.message = QLabel(
            translate("Crash", "Something went wrong inside the app (this is a bug): %1").replace(
                "%1", f"{type(error).__name__}: {error}"[:300])
            + "\n\n" + translate("Crash", "Your workshop file keeps every change saved before this message. "
                                   "You can go on working; if this repeats, save a copy and restart.")
            + "\n" + translate("Crash", "The details are also in the log: %1").replace(
                "%1", str(Path(str(_state.get("folder") or log_folder())) / "reslab.log")),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self.details, self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("Crash", "Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("Crash", "Copied"))

    def add_repeat(self, details: str) -> None:
        """Another error while this one is shown: count it rather than stacking dialogs."""
        self.extra += 1
        self.details += f"\n--- and then ({self.extra}) ---\n{details}"
        self.text.setPlainText(self.details)


def show_crash_dialog(details: str, error: BaseException) -> CrashDialog | None:
    if QApplication.instance() is None:
        return None
    current = _state.get("dialog")
    if isinstance(current, CrashDialog) and current.isVisible():
        current.add_repeat(details)
        return current
    try:
        dialog = CrashDialog(details, error, _parent())
        dialog.destroyed.connect(lambda *_: _state.pop("dialog", None))
        _state["dialog"] = dialog
        dialog.open()
        parent = dialog.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, WindowContext):  # a failed save may have left the store in memory
            window.refresh_storage_state()
    except Exception:  # the dialog itself failing must not recurse into this hook
        sys.__excepthook__(*sys.exc_info())
        return None
    return dialog
