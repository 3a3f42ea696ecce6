"""The window shown with no workshop open: recent files, new, open, the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop import __version__
from reslab_desktop.errors import ReslabError
from reslab_desktop.ui import dialogs
from reslab_desktop.ui.file_drop import accept_workshop_drag, open_dropped
from reslab_desktop.ui.i18n import Retranslatable
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.welcome import WelcomePanel

if TYPE_CHECKING:
    from reslab_desktop.ui.workspace import Workspace

PATH = Qt.ItemDataRole.UserRole


class StartScreen(Retranslatable, QWidget):
    """Recent workshops and the ways to open one; the first-run welcome until one was opened."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.setObjectName("startScreen")
        self.workspace = workspace
        self.settings = Settings()

        self.title = title = QLabel(self)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = subtitle = QLabel(self)
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(lambda: self._guard(self.import_json))
        self.new_button.clicked.connect(lambda: self._guard(self.new_workshop))
        self.open_button.clicked.connect(lambda: self._guard(self.open_file))
        self.demo_button.clicked.connect(lambda: self._guard(self.open_demo))
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button, self.import_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        version = QLabel(f"reslab {__version__}", self)
        version.setEnabled(False)
        buttons.addWidget(version)

        self.recent_label = recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentList")
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: self._guard(lambda: self.open_recent(item)))
        self.empty_hint = QLabel(self)
        self.empty_hint.setEnabled(False)
        recent_column = QVBoxLayout()
        recent_column.addWidget(recent_label)
        recent_column.addWidget(self.recent, 1)
        recent_column.addWidget(self.empty_hint)

        self.regular = QWidget(self)  # shown once a workshop was opened; the welcome before
        body = QHBoxLayout(self.regular)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(buttons, 0)
        body.addSpacing(24)
        body.addLayout(recent_column, 1)
        self.welcome = WelcomePanel({
            "demo": lambda: self._guard(self.open_demo),
            "new": lambda: self._guard(self.new_workshop),
            "open": lambda: self._guard(self.open_file),
        }, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addWidget(self.regular, 1)
        layout.addWidget(self.welcome, 1)

        QShortcut(QKeySequence.StandardKey.New, self, lambda: self._guard(self.new_workshop))
        QShortcut(QKeySequence.StandardKey.Open, self, lambda: self._guard(self.open_file))
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        geometry = self.settings.get("start/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(820, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Resiliency Lab"))
        self.title.setText(self.tr("Resiliency Lab"))
        self.subtitle.setText(self.tr(
            "Boards, dot-voting and reports for the workshops of a Learning Community. "
            "Everything is saved in one .reslab file as you work."))
        self.new_button.setText(self.tr("&New Workshop…"))
        self.open_button.setText(self.tr("&Open…"))
        self.demo_button.setText(self.tr("Open the &Demo Workshop"))
        self.import_button.setText(self.tr("&Import JSON…"))
        self.import_button.setToolTip(self.tr("Make a new workshop file from a JSON document and open it"))
        self.recent_label.setText(self.tr("&Recent workshops"))
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.empty_hint.setText(self.tr("Workshops you open appear here."))

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.settings.recent_files():
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(PATH, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.empty_hint.setVisible(self.recent.count() == 0)
        first_run = self.recent.count() == 0
        self.regular.setVisible(not first_run)
        self.welcome.setVisible(first_run)
        if first_run:
            self.welcome.focus_first()
        else:
            self.recent.setCurrentRow(0)
            self.recent.setFocus()

    # -- handlers -------------------------------------------------------------------------------
    def new_workshop(self) -> None:
        from reslab_desktop.ui.file_actions import new_workshop

        new_workshop(self)

    def open_file(self) -> None:
        from reslab_desktop.ui.file_actions import open_file

        open_file(self)

    def open_demo(self) -> None:
        self.workspace.open_demo()

    def import_json(self) -> None:
        from reslab_desktop.ui.file_actions import import_json

        import_json(self)

    def open_recent(self, item: QListWidgetItem) -> None:
        self.workspace.open_path(Path(item.data(PATH)))

    def _guard(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except ReslabError as exc:
            dialogs.show_error(self, exc)
            self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        accept_workshop_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        open_dropped(self, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.set("start/geometry", bytes(self.saveGeometry().data()))
        super().closeEvent(event)
