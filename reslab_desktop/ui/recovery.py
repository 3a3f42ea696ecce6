"""After an unexpected stop (a crash, ``kill -9``, a power cut): say so and offer the workshop.

While a workshop is open for writing its path is kept in the ``session/open`` setting and its
lock file exists (``ui/file_lock.py``); a clean close removes both. At the next start a path
still listed whose lock is *stale* (no running process holds it) was open when the app
stopped: nothing typed is lost (every change, typed text included, is saved as it happens),
and the start offers to reopen it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from reslab_desktop.ui.file_lock import lock_path
from reslab_desktop.ui.settings import Settings

KEY = "session/open"


def opened(path: Path) -> None:
    settings = Settings()
    text = str(Path(path).resolve())
    settings.set(KEY, [text, *(p for p in settings.get(KEY) if p != text)])


def closed(path: Path) -> None:
    settings = Settings()
    text = str(Path(path).resolve())
    settings.set(KEY, [p for p in settings.get(KEY) if p != text])


def unexpected_stop() -> list[Path]:
    """Workshops that were open when the app last stopped without closing them, most recent
    first (forgotten from the list once found; a workshop open in a running app stays)."""
    settings = Settings()
    stopped: list[Path] = []
    still_open: list[str] = []
    for text in settings.get(KEY):
        path = Path(text)
        lock = lock_path(path)
        if not lock.exists():
            continue  # closed cleanly after all (or the lock was taken over since)
        probe = QLockFile(str(lock))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):  # the process that held it is gone: it stopped unexpectedly
            probe.unlock()
            if path.is_file():
                stopped.append(path)
        else:
            still_open.append(text)  # another instance has it open right now
    settings.set(KEY, still_open)
    return stopped


def offer(parent: QWidget, stopped: list[Path], reopened: Path | None = None) -> QMessageBox | None:
    """Tell the user; offer to reopen ``stopped[0]`` unless ``reopened`` is already being opened."""
    if not stopped:
        return None
    path = stopped[0]
    box = QMessageBox(parent)
    box.setObjectName("recoveryOffer")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Resiliency Lab"))
    box.setText(QCoreApplication.translate("Recovery", "Resiliency Lab recovered from an unexpected stop."))
    if reopened is not None and reopened.resolve() == path.resolve():
        box.setInformativeText(QCoreApplication.translate(
            "Recovery", "Everything was saved as it happened, typed text included: “%1” is open again as you left it."
        ).replace("%1", path.stem))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    else:
        box.setInformativeText(QCoreApplication.translate(
            "Recovery", "Everything was saved as it happened, typed text included. Reopen “%1”?"
        ).replace("%1", path.stem))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.button(QMessageBox.StandardButton.Open).setText(QCoreApplication.translate("Recovery", "Reopen"))
        box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("Recovery", "Not now"))

        def answered(button: object) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Open:  # type: ignore[arg-type]
                from reslab_desktop.ui.workspace import workspace

                workspace().open_or_report(path)

        box.buttonClicked.connect(answered)
    box.open()
    return box
