"""The board editor: view + scene of one board, kept in step with the file, and the controller
that turns gestures and actions into undo commands that call the services."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QLabel, QMessageBox, QVBoxLayout, QWidget

from reslab_desktop.errors import ReslabError
from reslab_desktop.rules.text import fold
from reslab_desktop.services import boards, people
from reslab_desktop.services.board_model import BoardDelta, BoardModel
from reslab_desktop.services.history import Step
from reslab_desktop.storage import ChangeSet, Store
from reslab_desktop.storage.changes import PHONE
from reslab_desktop.ui.board.controller import BoardController
from reslab_desktop.ui.board.minimap import Minimap
from reslab_desktop.ui.board.scene import BoardScene
from reslab_desktop.ui.board.search import SearchBar
from reslab_desktop.ui.board.toolbar import BoardToolbar
from reslab_desktop.ui.board.view import BoardView
from reslab_desktop.ui.commands.base import history_for
from reslab_desktop.ui.dialogs import error_text
from reslab_desktop.ui.store_signals import StoreSignals
from reslab_desktop.ui.theme import theme_notifier

T = TypeVar("T")


class BoardEditor(QWidget):
    """Shows one board at a time (``show_board``); every edit is an undoable service call."""

    selection_changed = Signal()
    board_changed = Signal(str)  # the board now shown ("" when none)
    #: the empty state's "New board…" (the window opens the new-board dialog)
    new_board_requested = Signal()

    def __init__(
        self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None,
        signals: StoreSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.history = history_for(undo_stack)
        self.signals = signals or StoreSignals.of(store)
        self.scene = BoardScene(self)
        self.scene.read_only = store.read_only
        self.view = BoardView(self.scene, self)
        self._board_id = ""
        self.model: BoardModel | None = None
        self._fit_pending = False
        self.last_error = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.search = SearchBar(self)
        self.search.hide()
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.minimap = Minimap(self.view)
        self.minimap.hide()
        self.hint = QLabel(self.view)
        self.hint.setObjectName("boardHint")
        self.hint.setStyleSheet("QLabel#boardHint { background: #FFFFFFE6; border: 1px solid #9A9A9A;"
                                " border-radius: 4px; padding: 4px 8px; }")
        self.hint.hide()
        self.empty = self._make_empty_state()
        self.search.query_changed.connect(self._search)
        self.search.jump.connect(self.jump_to_note)
        self.search.closed.connect(self.view.setFocus)
        self.view.cycle_requested.connect(self.select_next_note)
        self.controller = BoardController(self)
        self.toolbar = BoardToolbar(self)
        layout.insertWidget(0, self.toolbar)
        self.scene.selectionChanged.connect(self.selection_changed)
        self.signals.changed.connect(self._on_changes)
        theme_notifier().changed.connect(self.scene.apply_theme)  # bound: dropped with the scene

    def _make_empty_state(self) -> QWidget:
        """What the board area shows when no board is chosen (a step with no boards yet)."""
        from PySide6.QtWidgets import QPushButton

        panel = QWidget(self.view)
        panel.setObjectName("boardEmptyState")
        self.empty_label = QLabel(panel)
        self.empty_label.setObjectName("boardEmptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("New board…"), panel)
        self.empty_button.setObjectName("boardEmptyNew")
        self.empty_button.clicked.connect(self.new_board_requested)
        column = QVBoxLayout(panel)
        column.addStretch(1)
        column.addWidget(self.empty_label)
        column.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.set_empty_text("")
        panel.hide()
        return panel

    def set_empty_text(self, step_name: str) -> None:
        self.empty_label.setText(self.tr("%1 has no boards yet.").replace("%1", step_name) if step_name
                                 else self.tr("No board is open."))

    def _show_empty(self, on: bool) -> None:
        self.empty.setGeometry(self.view.viewport().geometry())
        self.empty.setVisible(on)
        self.toolbar.setEnabled(not on)
        if on:
            self.empty.raise_()

    # -- public API ------------------------------------------------------------------------
    @property
    def board_id(self) -> str:
        return self._board_id

    def show_board(self, board_id: str, fit: bool = True) -> None:
        """Load a board (two-phase: records first, then items) and fit it in the view."""
        since = self.store.last_seq
        content = boards.load_board(self.store, board_id)
        self._board_id = board_id
        self._show_empty(False)
        authors = self._authors()
        self.model = BoardModel(content, since)
        self.model.subscribe(self._model_changed)
        self.scene.bind(self.model, content, authors)
        self.toolbar.fill_authors(authors)
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

    def clear(self, step_name: str = "") -> None:
        """No board: the empty state (``step_name``: the step that has none, to say so)."""
        self.controller.finish_editing()
        self._board_id = ""
        self.model = None
        self.scene.clear_board()
        self.set_empty_text(step_name)
        self._show_empty(True)
        self.board_changed.emit("")

    def selected_note_ids(self) -> list[str]:
        """Selected notes in stacking order (bottom first)."""
        return self.scene.selected_ids("notes")

    def select_notes(self, note_ids: Sequence[str]) -> None:
        self.scene.select_ids(note_ids)

    def report_error(self, exc: BaseException) -> None:
        """A one-line message in a window-modal box (never a traceback)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Board"), error_text(exc), parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error = box.text()

    def show_hint(self, text: str) -> None:
        """A one-line hint over the top of the board (empty text hides it)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.hint.adjustSize()
        self.hint.move(12, 12)
        self.hint.raise_()

    def scene_center(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())

    # -- view ------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def reset_zoom(self) -> None:
        self.view.reset_zoom()

    def fit_all(self) -> None:
        self.view.fit_all()

    def zoom_to_selection(self) -> None:
        rect = QRectF()
        for item in self.scene.selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty():
            self.view.fit_all()
        else:
            self.view.show_rect(rect, margin=60)

    def set_grid_visible(self, on: bool) -> None:
        self.scene.show_grid = bool(on)
        self.scene.invalidate(self.scene.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def set_snap(self, on: bool) -> None:
        self.controller.snap_to_grid = bool(on)

    def set_minimap_visible(self, on: bool) -> None:
        self.minimap.setVisible(bool(on))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.minimap.place()
        self.empty.setGeometry(self.view.viewport().geometry())

    # -- finding notes -----------------------------------------------------------------------
    def show_search(self) -> None:
        self.search.open_bar()

    def find_notes(self, text: str) -> list[str]:
        """Ids of notes containing ``text`` (ignoring case and accents), top-left first."""
        needle = fold(text)
        if not needle:
            return []
        found = [i for i in self.scene.notes.values() if needle in fold(i.record.text)]
        found.sort(key=lambda i: (round(i.record.y / 50), i.record.x))
        return [i.item_id for i in found]

    def _search(self, text: str) -> None:
        self.search.set_matches(self.find_notes(text))

    def jump_to_note(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is None:
            return
        self.scene.select_ids([note_id])
        rect = item.sceneBoundingRect()
        if self.view.zoom() < 0.6:
            self.view.show_rect(rect.adjusted(-300, -200, 300, 200))
        else:
            self.view.centerOn(rect.center())

    def select_next_note(self, forward: bool = True) -> None:
        """Keyboard access to every note: reading order (rows top to bottom, left to right)."""
        order = sorted(self.scene.notes.values(), key=lambda i: (round(i.record.y / 60), i.record.x, i.record.seq))
        if not order:
            return
        selected = self.selected_note_ids()
        ids = [i.item_id for i in order]
        if selected and selected[-1] in ids:
            k = (ids.index(selected[-1]) + (1 if forward else -1)) % len(ids)
        else:
            k = 0 if forward else len(ids) - 1
        self.scene.select_ids([ids[k]])
        item = order[k]
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if not visible.contains(item.sceneBoundingRect()):
            self.view.centerOn(item.sceneBoundingRect().center())

    # -- export --------------------------------------------------------------------------------
    def ask_save_path(self, caption: str, suggested: str, filters: str) -> str:
        """A save dialog (tests replace this method)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, filters)
        return path

    def _suggested_name(self, suffix: str) -> str:
        from pathlib import Path

        title = boards.get_board(self.store, self._board_id).title if self._board_id else "board"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "board"
        return str(Path(self.store.path).with_name(f"{safe}{suffix}"))

    def export_image(self, selection_only: bool = False) -> str | None:
        from reslab_desktop.ui.board.export import export_png

        ids = [getattr(i, "item_id", "") for i in self.scene.selectedItems()] if selection_only else None
        if selection_only and not ids:
            self.report_error(ValueError(self.tr("Select what to export first.")))
            return None
        path = self.ask_save_path(self.tr("Export as PNG"), self._suggested_name(".png"), self.tr("PNG images (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            export_png(self.scene, Path(path), ids)
        except ReslabError as exc:
            self.report_error(exc)
            return None
        return path

    def export_svg(self) -> str | None:
        from reslab_desktop.ui.board.export import export_svg

        path = self.ask_save_path(self.tr("Export as SVG"), self._suggested_name(".svg"), self.tr("SVG drawings (*.svg)"))
        if not path:
            return None
        if not path.lower().endswith(".svg"):
            path += ".svg"
        try:
            export_svg(self.scene, Path(path), boards.get_board(self.store, self._board_id).title)
        except ReslabError as exc:
            self.report_error(exc)
            return None
        return path

    # -- keeping in step with the file -----------------------------------------------------
    def _authors(self) -> dict[str, str]:
        return {p.id: p.name for p in people.list_participants(self.store)}

    def _on_changes(self, changes: ChangeSet) -> None:
        """Every committed change set goes to the board's model once (the scene follows it;
        new notes written by phones join the scene's queue of arrivals)."""
        if self.model is not None:
            self.scene.queue_arrivals = getattr(changes, "initiator", None) == PHONE
            try:
                self.model.apply(changes)
            finally:
                self.scene.queue_arrivals = False

    def catch_up(self, step: Step | None) -> None:
        """Show what an action of this window just wrote, whether or not its change sets were
        delivered yet (applying one twice changes nothing)."""
        if step is not None and self.model is not None:
            for changes in step.change_sets:
                self.model.apply(changes)

    def _model_changed(self, delta: BoardDelta) -> None:
        if delta.board_removed:
            self.clear()
            return
        if delta.authors_changed:
            authors = self._authors()
            self.scene.set_authors(authors)
            self.toolbar.fill_authors(authors)

    def resync(self) -> None:
        """Re-read the whole board (a gesture was refused: put the items back where the file says)."""
        if self.model is not None:
            self.model.reset(boards.load_board(self.store, self._board_id))

    def run(self, text: str, action: Callable[[], T], merge_key: Hashable | None = None) -> T | None:
        """``action`` as one undo step, reporting a refused action in one line (then None)."""
        try:
            result = self.history.run(text, action, merge_key)
        except ReslabError as exc:
            self.report_error(exc)
            return None
        self.catch_up(self.history.last)
        return result
