"""``RESLAB_EXIT_AFTER_FIRST_PAINT=1``: quit right after the main window is first painted.

For timing a cold start (``python -m benchmarks``, a packaged build's smoke test): when the
variable is set, the first paint of a workshop window (or of the start screen, when no file is
given) prints ``first-paint <time.monotonic()>`` on stderr and the app quits once that paint is
done. Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "RESLAB_EXIT_AFTER_FIRST_PAINT"
MAIN_WINDOW = "mainWindow"  # MainWindow's objectName
START_SCREEN = "startScreen"


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window().objectName() in (MAIN_WINDOW, START_SCREEN)):
            app = QCoreApplication.instance()
            assert app is not None  # a widget painted: the application runs
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: _done(app))  # after the whole window has painted
        return False


def _done(app: QCoreApplication) -> None:
    print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
    app.quit()


def install_if_requested(app: QCoreApplication) -> None:
    if os.environ.get(ENV) == "1":
        app.installEventFilter(_QuitAfterFirstPaint(app))
