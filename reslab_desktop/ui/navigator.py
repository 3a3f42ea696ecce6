"""The left navigator: the six phases (numbered, named in the workshop's language) and the
boards of the selected phase, with new / rename / delete (each one undo step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.model.vocab import PHASES, phase_name
from reslab_desktop.services import boards
from reslab_desktop.ui import dialogs
from reslab_desktop.ui.commands import board_list

if TYPE_CHECKING:
    from reslab_desktop.ui.main_window import MainWindow

BOARD_ID = Qt.ItemDataRole.UserRole


class PhaseNavigator(QWidget):
    """Emits ``board_requested(board_id)`` when a board is clicked or activated with Enter."""

    board_requested = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Phases and boards"))

        self.pages_row = QVBoxLayout()
        self.phase_list = QListWidget(self)
        self.phase_list.setObjectName("phaseList")
        self.phase_list.setAccessibleName(self.tr("Phases"))
        self.phase_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.phase_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phase_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.board_list = QListWidget(self)
        self.board_list.setObjectName("boardList")
        self.board_list.setAccessibleName(self.tr("Boards of the selected phase"))
        self.board_list.setWordWrap(True)
        self.board_buttons = QHBoxLayout()

        self.phases_label = phases_label = QLabel(self.tr("&Phases"), self)
        phases_label.setBuddy(self.phase_list)
        self.boards_label = QLabel(self.tr("&Boards"), self)
        self.boards_label.setBuddy(self.board_list)
        for label in (phases_label, self.boards_label):
            label.setObjectName("navigatorHeading")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.board_list.setSpacing(2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.pages_row)
        layout.addWidget(phases_label)
        layout.addWidget(self.phase_list)
        layout.addWidget(self.boards_label)
        layout.addWidget(self.board_list, 1)
        layout.addLayout(self.board_buttons)

        self.phase_list.currentRowChanged.connect(lambda *_: self.refresh_boards())
        self.board_list.installEventFilter(self)
        self.board_list.itemClicked.connect(self._request)
        self.board_list.itemActivated.connect(self._request)
        self.refresh_phases()
        self.phase_list.setCurrentRow(0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:  # a live switch: every text again
            self.setAccessibleName(self.tr("Phases and boards"))
            self.phase_list.setAccessibleName(self.tr("Phases"))
            self.board_list.setAccessibleName(self.tr("Boards of the selected phase"))
            self.phases_label.setText(self.tr("&Phases"))
            self.refresh_phases()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """In the board list: F2 renames, Delete (Backspace on a Mac) deletes; both undoable."""
        if watched is self.board_list and event.type() == QEvent.Type.KeyPress and not self.store.read_only:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_F2:
                self._guarded(self.rename_board)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.current_board_id():
                self._guarded(self.delete_board)
                return True
        return super().eventFilter(watched, event)

    def _guarded(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except ReslabError as exc:
            dialogs.show_error(self, exc)

    def add_page_button(self, action_id: str) -> None:
        """A button for a window action (Overview, People…) above the phases."""
        self._add_button(self.pages_row, action_id, Qt.ToolButtonStyle.ToolButtonTextOnly)

    def add_board_button(self, action_id: str) -> None:
        self._add_button(self.board_buttons, action_id, Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _add_button(self, row: QHBoxLayout | QVBoxLayout, action_id: str, style: Qt.ToolButtonStyle) -> None:
        button = QToolButton(self)
        button.setDefaultAction(self.window_.actions_by_id[action_id])
        button.setToolButtonStyle(style)
        button.setAutoRaise(True)
        button.setObjectName(f"button.{action_id}")
        row.addWidget(button)

    # -- phases -----------------------------------------------------------------------------
    def language(self) -> str:
        """The workshop's language (of new boards and their templates)."""
        from reslab_desktop.services.workshop import get_workshop

        return get_workshop(self.store).language

    def refresh_phases(self) -> None:
        lang = self.language()  # step names in the workshop's language, as the overview's cards
        counts = {p: 0 for p in PHASES}
        for board in boards.list_boards(self.store):
            counts[board.phase] += 1
        row = max(self.phase_list.currentRow(), 0)
        self.phase_list.blockSignals(True)
        self.phase_list.clear()
        for phase in PHASES:
            item = QListWidgetItem(f"{phase}  {phase_name(phase, lang)}")
            item.setData(BOARD_ID, phase)
            item.setToolTip(self.tr("%n board(s)", "", counts[phase]))
            self.phase_list.addItem(item)
        self.phase_list.setCurrentRow(row)
        self.phase_list.blockSignals(False)
        self.refresh_boards()

    def current_phase(self) -> int:
        return PHASES[max(self.phase_list.currentRow(), 0)]

    def select_phase(self, phase: int) -> None:
        self.phase_list.setCurrentRow(PHASES.index(phase))

    # -- boards -----------------------------------------------------------------------------
    def refresh_boards(self, select_id: str | None = None) -> None:
        select_id = select_id or self.current_board_id()
        phase = self.current_phase()
        self.boards_label.setText(self.tr("&Boards of %1").replace("%1", phase_name(phase, self.language())))
        self.board_list.clear()
        for board in boards.list_boards(self.store, phase):
            item = QListWidgetItem(board.title)
            item.setData(BOARD_ID, board.id)
            self.board_list.addItem(item)
            if board.id == select_id:
                self.board_list.setCurrentItem(item)

    def board_ids(self) -> list[str]:
        return [self.board_list.item(i).data(BOARD_ID) for i in range(self.board_list.count())]

    def current_board_id(self) -> str | None:
        item = self.board_list.currentItem()
        return item.data(BOARD_ID) if item is not None else None

    def show_board(self, board_id: str) -> None:
        """Select the phase and list row of ``board_id`` (called when a board opens elsewhere)."""
        board = boards.get_board(self.store, board_id)
        if board.phase != self.current_phase():
            self.select_phase(board.phase)
        self.refresh_boards(select_id=board_id)

    def page_shown(self, key: str) -> None:
        """Only the board on screen stays highlighted; other pages clear the board selection."""
        if key != "board":
            self.board_list.setCurrentRow(-1)

    def _request(self, item: QListWidgetItem) -> None:
        self.board_requested.emit(item.data(BOARD_ID))

    # -- actions (handlers of the Board menu rows) -----------------------------------------
    def new_board(self) -> None:
        from reslab_desktop.ui.new_board_dialog import NewBoardDialog

        dialog = NewBoardDialog(self.current_phase(), self.language(), self.window_)
        if dialog.exec():
            self.create_board(dialog.title(), dialog.template_key())

    def create_board(self, title: str, template: str | None) -> str:
        board_id = board_list.create_board(self.window_.undo_stack, self.store, self.current_phase(), title,
                                           template, self.language())
        self.board_requested.emit(board_id)
        return board_id

    def rename_board(self) -> None:
        board_id = self.current_board_id()
        if board_id is None:
            return
        old = boards.get_board(self.store, board_id).title
        title, ok = QInputDialog.getText(self, self.tr("Rename Board"), self.tr("New title:"), text=old)
        if ok:
            self.rename_board_to(board_id, title)

    def rename_board_to(self, board_id: str, title: str) -> None:
        board_list.rename_board(self.window_.undo_stack, self.store, board_id, title)

    def delete_board(self, board_id: str | None = None) -> None:
        board_id = board_id or self.current_board_id()
        if board_id is None:
            return
        board_list.delete_board(self.window_.undo_stack, self.store, board_id)
        self.window_.statusBar().showMessage(self.tr("Board deleted; Undo brings it back"), 5000)
