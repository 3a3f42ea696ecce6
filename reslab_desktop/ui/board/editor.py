"""The board editor: view + scene of one board, kept in step with the file, and the controller
that turns gestures and actions into undo commands that call the services."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from reslab_desktop.errors import ReslabError
from reslab_desktop.services import board_rows, boards, people
from reslab_desktop.storage import REMOVED, Change, Store
from reslab_desktop.ui.board.controller import BoardController
from reslab_desktop.ui.board.scene import BoardScene
from reslab_desktop.ui.board.view import BoardView
from reslab_desktop.ui.store_signals import StoreSignals

BOARD_ENTITIES = ("zones", "images", "notes", "links")  # parents before children


class BoardEditor(QWidget):
    """Shows one board at a time (``show_board``); every edit is an undoable service call."""

    selection_changed = Signal()
    board_changed = Signal(str)  # the board now shown ("" when none)

    def __init__(
        self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None,
        signals: StoreSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.signals = signals or StoreSignals(store, self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene, self)
        self._board_id = ""
        self._fit_pending = False
        self.last_error = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        self.controller = BoardController(self)
        self.scene.selectionChanged.connect(self.selection_changed)
        self.signals.changed.connect(self._on_changes)

    # -- public API ------------------------------------------------------------------------
    @property
    def board_id(self) -> str:
        return self._board_id

    def show_board(self, board_id: str, fit: bool = True) -> None:
        """Load a board (two-phase: records first, then items) and fit it in the view."""
        content = boards.load_board(self.store, board_id)
        self._board_id = board_id
        self.scene.load(content, self._authors())
        if fit:
            self.fit_when_shown()
        self.board_changed.emit(board_id)
        self.selection_changed.emit()

    def fit_when_shown(self) -> None:
        """Fit the board in the view now, or once the view has its real size."""
        if self.view.isVisible() and self.view.viewport().width() > 50:
            self.view.fit_all()
            self._fit_pending = False
        else:
            self._fit_pending = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._fit_pending:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.fit_when_shown)

    def clear(self) -> None:
        self._board_id = ""
        self.scene.clear()
        self.scene.notes.clear()
        self.scene.zones.clear()
        self.scene.links.clear()
        self.scene.images.clear()
        self.board_changed.emit("")

    def selected_note_ids(self) -> list[str]:
        """Selected notes in stacking order (bottom first)."""
        return self.scene.selected_ids("notes")

    def select_notes(self, note_ids: Sequence[str]) -> None:
        self.scene.select_ids(note_ids)

    def report_error(self, exc: BaseException) -> None:
        """A one-line message in a window-modal box (never a traceback)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Board"), str(exc), parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error = str(exc)

    def scene_center(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())

    # -- keeping in step with the file -----------------------------------------------------
    def _authors(self) -> dict[str, str]:
        return {p.id: p.name for p in people.list_participants(self.store)}

    def _on_changes(self, changes: list[Change]) -> None:
        if not self._board_id:
            return
        for change in changes:
            if change.entity == "boards" and change.action == REMOVED and self._board_id in change.ids:
                self.clear()
                return
        if any(c.entity == "participants" for c in changes):
            self.scene.set_authors(self._authors())
        mine = [c for c in changes if c.entity in BOARD_ENTITIES and c.board_id in (self._board_id, None)]
        if not mine:
            return
        if any(not c.ids for c in mine):  # e.g. references set to NULL by a deletion elsewhere
            self._resync()
            return
        for entity in BOARD_ENTITIES:
            removed = [i for c in mine if c.entity == entity and c.action == REMOVED for i in c.ids]
            touched = [i for c in mine if c.entity == entity and c.action != REMOVED for i in c.ids]
            if removed:
                self.scene.remove(entity, removed)
            if touched:
                records = [r for r in board_rows.fetch(self.store, entity, touched) if r.board_id == self._board_id]
                self.scene.upsert(entity, records)
                gone = set(touched) - {r.id for r in records}
                if gone:
                    self.scene.remove(entity, gone)

    def _resync(self) -> None:
        """Re-read the whole board and update the items whose records differ."""
        content = boards.load_board(self.store, self._board_id)
        for entity in BOARD_ENTITIES:
            records = getattr(content, entity)
            table = getattr(self.scene, entity)
            ids = {r.id for r in records}
            self.scene.remove(entity, [i for i in list(table) if i not in ids])
            self.scene.upsert(entity, [r for r in records if r.id not in table or table[r.id].record != r])

    def run(self, command) -> object:  # type: ignore[no-untyped-def]
        """Push an undo command, reporting a refused action in one line."""
        from reslab_desktop.ui.commands.base import push

        try:
            return push(self.undo_stack, command)
        except ReslabError as exc:
            self.report_error(exc)
            return None
