"""Backups in the app: a copy at session start and every few minutes, "Restore from Backup…".

The rules (where, how many, when) are in ``storage/backups.py``; this only runs them from a
timer of each main window and asks which copy to restore.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

if TYPE_CHECKING:  # storage is imported when first used: the action table loads at start-up
    from reslab_desktop.storage.backups import BackupSchedule
    from reslab_desktop.ui.main_window import MainWindow

from reslab_desktop.ui.window_context import FeatureKey, WindowContext

TICK_MS = 60_000  # the schedule decides; the timer only asks once a minute
#: The window's backup schedule (none for a read-only workshop).
BACKUPS: FeatureKey[BackupSchedule] = FeatureKey("backups")


def attach(window: WindowContext, every: timedelta | None = None) -> BackupSchedule | None:
    """Start the window's backups: one now, then every ``every`` (default: the
    ``backups/every_minutes`` preference) while something changed."""
    from reslab_desktop.storage.backups import BackupSchedule
    from reslab_desktop.ui.settings import Settings

    if every is None:
        every = timedelta(minutes=Settings().get("backups/every_minutes"))

    if BACKUPS in window.features or window.store.read_only:
        return window.features.get(BACKUPS)
    schedule = BackupSchedule(window.store, every=every)
    timer = QTimer(window)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: schedule.tick())
    timer.start()
    window.destroyed.connect(lambda *_: schedule.stop())
    window.features.put(BACKUPS, schedule)
    schedule.start()  # the backup API copies a 20,000-note lab (4.7 MB) in ~0.07 s
    return schedule


def restore_from_backup(window: MainWindow) -> None:
    """File ▸ Restore from Backup…: choose a copy, confirm, and reopen the workshop from it."""
    from reslab_desktop.storage.backups import list_backups

    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    backups = list_backups(window.path)
    if not backups:
        QMessageBox.information(window, translate("Backups", "Restore from Backup"),
                                translate("Backups", "There are no backups of %1 yet.").replace("%1", window.path.name))
        return
    labels = []
    for b in backups:
        label = f"{b.created:%Y-%m-%d %H:%M:%S}  ({b.size // 1024:,} KB)"
        if b.before_restore:
            label += "  " + translate("Backups", "(as it was before a restore)")
        labels.append(label)
    choice, ok = QInputDialog.getItem(
        window, translate("Backups", "Restore from Backup"),
        translate("Backups", "Replace %1 with the copy from:").replace("%1", window.path.name), labels, 0, False)
    if not ok:
        return
    backup = backups[labels.index(choice)]
    answer = QMessageBox.question(
        window, translate("Backups", "Restore from Backup"),
        translate("Backups", "Replace the workshop with the copy from %1? Its current state is kept as a "
                      "backup too, so this can be undone the same way.").replace(
            "%1", f"{backup.created:%Y-%m-%d %H:%M}"))
    if answer == QMessageBox.StandardButton.Yes:
        restore_into(window, backup.path)


def restore_into(window: MainWindow, backup: Path) -> MainWindow | None:
    """Close ``window``, put ``backup`` in place of its file, and open that file again."""
    from reslab_desktop.storage.backups import restore_backup
    from reslab_desktop.ui.workspace import workspace

    path = window.path
    window.close()  # releases the store and the lock before the file is replaced
    restore_backup(backup, path)
    return workspace().open_or_report(path)
