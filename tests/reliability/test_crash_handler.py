"""Promise 7: an unexpected error in the GUI shows a dialog, is logged, and the app goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reslab_desktop.errors import ValidationError
from reslab_desktop.ui import crash

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler(qapp, tmp_path, request):
    from reslab_desktop.ui.app import prepare_application

    prepare_application(qapp)
    saved = sys.excepthook, threading.excepthook
    folder = tmp_path / "logs"
    crash.install_crash_handler(qapp, folder)
    yield folder
    sys.excepthook, threading.excepthook = saved
    _restore_faulthandler(request.config)
    logger = logging.getLogger(crash.LOGGER_NAME)
    for h in list(logger.handlers):
        logger.removeHandler(h)
        h.close()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() in ("crashDialog", "errorDialog"):
            widget.close()


def _restore_faulthandler(config: pytest.Config) -> None:
    """Point faulthandler back at pytest's stderr: a later segfault must not be written into
    this test's temporary fatal.log (which pytest deletes) and so vanish without a trace."""
    import faulthandler

    from _pytest.faulthandler import fault_handler_stderr_fd_key  # pytest's copy of stderr

    faulthandler.enable(file=config.stash.get(fault_handler_stderr_fd_key, sys.__stderr__.fileno()))
    fatal = crash._state.pop("fatal", None)
    if fatal is not None:
        fatal.close()


def _visible(name: str) -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def _raise_later(error: BaseException) -> None:
    def boom() -> None:
        raise error

    QTimer.singleShot(0, boom)


def test_a_bug_in_a_slot_shows_a_dialog_logs_it_and_the_app_goes_on(handler, qtbot):
    _raise_later(ZeroDivisionError("division by zero in a slot"))
    qtbot.waitUntil(lambda: bool(_visible("crashDialog")))
    dialog = _visible("crashDialog")[0]
    assert "ZeroDivisionError" in dialog.message.text()
    assert "keeps every change saved" in dialog.message.text()

    log = (handler / "reslab.log").read_text(encoding="utf-8")
    assert "unexpected error" in log and "Traceback" in log and "division by zero in a slot" in log

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and "Resiliency Lab" in copied and "Traceback" in copied
    assert dialog.isVisible()  # copying does not close it

    # A second error while the dialog is up is added to it, not stacked in a new one.
    _raise_later(KeyError("second"))
    qtbot.waitUntil(lambda: dialog.extra == 1)
    assert len(_visible("crashDialog")) == 1 and "KeyError" in dialog.text.toPlainText()

    # The event loop still runs.
    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])
    dialog.close()


def test_a_user_error_gets_the_one_line_dialog_not_the_crash_dialog(handler, qtbot):
    _raise_later(ValidationError("the board title cannot be empty"))
    qtbot.waitUntil(lambda: bool(_visible("errorDialog")))
    box = _visible("errorDialog")[0]
    assert isinstance(box, QMessageBox) and box.text() == "the board title cannot be empty"
    assert not _visible("crashDialog")
    assert "user error: the board title cannot be empty" in (handler / "reslab.log").read_text("utf-8")


def test_errors_in_threads_are_logged(handler):
    worker = threading.Thread(target=lambda: 1 / 0, name="exporter")
    worker.start()
    worker.join()
    log = (handler / "reslab.log").read_text(encoding="utf-8")
    assert "unexpected error in thread exporter" in log and "ZeroDivisionError" in log


def test_the_log_rotates(handler):
    logger = logging.getLogger(crash.LOGGER_NAME)
    line = "x" * 1000
    for _ in range(crash.LOG_BYTES // 1000 + 50):
        logger.info(line)
    assert (handler / "reslab.log.1").exists()
    assert (handler / "reslab.log").stat().st_size <= crash.LOG_BYTES
    assert not (handler / f"reslab.log.{crash.LOG_BACKUPS + 1}").exists()
