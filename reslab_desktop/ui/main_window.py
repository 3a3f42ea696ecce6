"""One open workshop: navigator on the left, a stack of pages in the middle.

Extension points for the other parts of the app:
- ``register_page(key, widget_or_factory)`` / ``show_page(key)`` / ``page(key)``: the central
  pages (a factory is called the first time the page is shown, keeping start-up fast).
  Pages of the shell: ``"home"`` (lab overview), ``"board"`` (board editor), ``"people"``.
- ``actions_by_id[id]``: the QActions built from ``ui/actions.py``.
- ``store``, ``signals`` (StoreSignals), ``history`` (the undo history) and ``undo_stack`` (its
  Qt view), ``settings``, ``features`` (each feature's per-window state, by typed key).
The window is the one implementation of ``ui/window_context.WindowContext``: features see it
through that type and plug in through ``ui/features.FEATURES`` (attached when the window is
built, detached before it closes its file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLockFile, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop import __version__
from reslab_desktop.errors import ReslabError
from reslab_desktop.model import Board, Workshop
from reslab_desktop.storage import ChangeSet, Store
from reslab_desktop.ui import builtin_features, dialogs
from reslab_desktop.ui.actions import install_actions, needs_met, retranslate_actions
from reslab_desktop.ui.commands import bind
from reslab_desktop.ui.features import FEATURES
from reslab_desktop.ui.file_drop import accept_workshop_drag, open_dropped
from reslab_desktop.ui.navigator import PhaseNavigator
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.store_signals import StoreSignals
from reslab_desktop.ui.window_context import FeatureState, WindowContext

if TYPE_CHECKING:
    from reslab_desktop.ui.board.editor import BoardEditor

PageFactory = Callable[[], QWidget]
_BUILTIN = builtin_features  # registered on FEATURES when imported


class MainWindow(WindowContext):
    def __init__(self, store: Store, path: Path, lock: QLockFile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)  # drop .reslab files to open them
        self.setObjectName("mainWindow")
        self.store = store
        self.path = Path(path)
        self.lock = lock
        self.settings = Settings()
        self.undo_stack = QUndoStack(self)
        # the window's undo history (Qt-free); undo_stack shows it in the Edit menu
        self.history = bind(self.undo_stack)
        self.signals = StoreSignals.of(store)
        self.features = FeatureState()
        self._pages: dict[str, QWidget] = {}
        self._frames: dict[str, QScrollArea] = {}
        self._factories: dict[str, PageFactory] = {}
        self._page_key = ""
        self._show_start_after_close = False

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.toolbar = QToolBar(self.tr("Main Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.actions_by_id = install_actions(self, self.menuBar(), self.toolbar, dialogs.show_error)

        self.navigator = PhaseNavigator(self)
        for action_id in ("view.home", "view.people"):
            self.navigator.add_page_button(action_id)
        for action_id in ("board.new", "board.rename", "board.delete"):
            self.navigator.add_board_button(action_id)
        self.navigator.board_requested.connect(self.open_board)
        self.navigator.phase_list.currentRowChanged.connect(lambda *_: self._phase_chosen())
        self.page_changed.connect(self.navigator.page_shown)

        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #FFF3C4; color: #5C4400; padding: 6px; }")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1000])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.retranslate_ui()
        self._wire_undo_actions()
        FEATURES.attach_all(self)  # the app's own: ui/builtin_features.py (room, backups, phones)
        self.actions_by_id["view.navigator"].setChecked(True)
        self.signals.changed.connect(self._on_changed)
        self._register_shell_pages()
        self.show_page("home")
        self.refresh_title()
        self._name_phase_actions()
        self.restore_geometry()

    def retranslate_ui(self) -> None:
        """Texts set in code; runs again on a language switch (see ui/i18n.py)."""
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        if "edit.undo" in getattr(self, "actions_by_id", {}):  # the toolbar's short labels
            self.actions_by_id["edit.undo"].setIconText(self.tr("Undo"))
            self.actions_by_id["edit.redo"].setIconText(self.tr("Redo"))
            self.undo_stack.indexChanged.emit(self.undo_stack.index())  # "&Undo <what>" again
            self._name_phase_actions()
        self.refresh_storage_state()
        self.saved_label.setText(self.tr("Every change is saved as you work"))
        # Short labels for the navigator's buttons (the Board menu keeps the full texts).
        for action_id, text in (("board.new", self.tr("New…")), ("board.rename", self.tr("Rename…")),
                                ("board.delete", self.tr("Delete"))):
            self.actions_by_id[action_id].setIconText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_actions(self, self.actions_by_id)
            self._name_phase_actions()
            self.retranslate_ui()
            self.refresh_title()
            self.undo_stack.indexChanged.emit(self.undo_stack.index())  # re-derives the undo/redo texts
            self.navigator.refresh_phases()
            self._rebuild_in_new_language()
        super().changeEvent(event)

    # -- pages ------------------------------------------------------------------------------
    def register_page(self, key: str, page: QWidget | PageFactory) -> None:
        """Add a central page; a callable is built the first time the page is needed."""
        if key in self._pages or key in self._factories:
            raise ValueError(f"page {key!r} is already registered")
        if isinstance(page, QWidget):
            self._add_page(key, page)
        else:
            self._factories[key] = page

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            self._add_page(key, self._factories.pop(key)())
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(self._frames[key])
        self._page_key = key
        self.update_action_states()
        self.page_changed.emit(key)
        return widget

    def current_page(self) -> str:
        return self._page_key

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def page_keys(self) -> list[str]:
        """Every registered page, built or not, in registration order."""
        return [*self._pages, *self._factories]

    def shown_board_id(self) -> str | None:
        if self._page_key != "board" or "board" not in self._pages:
            return None
        return self.board_editor.board_id or None

    def _add_page(self, key: str, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or f"page.{key}")
        self._pages[key] = widget
        # A page wider than a 1024 px projector screen scrolls instead of widening the window
        # (a stacked widget is as wide as its widest page, shown or not).
        frame = QScrollArea(self.stack)
        frame.setObjectName(f"frame.{key}")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame.setWidget(widget)
        self._frames[key] = frame
        self.stack.addWidget(frame)

    def _rebuild_in_new_language(self) -> None:
        """The overview and the people page set their texts once: build them again (now if shown,
        else when next shown) so a language switch leaves no page in the old language."""
        for key, factory in (("home", self._make_home), ("people", self._make_people)):
            if key not in self._pages:
                continue
            del self._pages[key]
            frame = self._frames.pop(key)
            self.stack.removeWidget(frame)
            frame.deleteLater()
            self._factories[key] = factory
            if self._page_key == key:
                self.show_page(key)

    def _register_shell_pages(self) -> None:
        self.register_page("home", self._make_home)
        self.register_page("board", self._make_board_editor)
        self.register_page("people", self._make_people)

    def _make_home(self) -> QWidget:
        from reslab_desktop.ui.lab.overview import LabOverview

        overview = LabOverview(self.store, self.undo_stack, self)
        overview.board_requested.connect(self.open_board)
        return overview

    def _make_board_editor(self) -> QWidget:
        from reslab_desktop.ui.board.editor import BoardEditor

        editor = BoardEditor(self.store, self.undo_stack, self)
        editor.new_board_requested.connect(self.actions_by_id["board.new"].trigger)
        return editor

    def _make_people(self) -> QWidget:
        from reslab_desktop.ui.people.page import PeoplePage

        return PeoplePage(self.store, self.undo_stack, self.signals, self)

    @property
    def board_editor(self) -> BoardEditor:
        from reslab_desktop.ui.board.editor import BoardEditor  # built when first shown

        editor = self.page("board")
        assert isinstance(editor, BoardEditor)
        return editor

    @property
    def people_page(self) -> QWidget:
        return self.page("people")

    # -- navigation handlers ------------------------------------------------------------------
    def open_board(self, board_id: str) -> None:
        editor = self.board_editor
        editor.show_board(board_id)
        self.show_page("board")
        self.navigator.show_board(board_id)

    def _phase_chosen(self) -> None:
        """A step with no boards chosen while a board of another step is on screen: the board
        area says the step has none and offers a new one (it kept the old board before)."""
        if "board" not in self._pages or self._page_key != "board" or self.navigator.board_ids():
            return
        from reslab_desktop.model.vocab import phase_name

        editor = self.board_editor
        phase = self.navigator.current_phase()
        if not editor.board_id or boards_phase(self.store, editor.board_id) != phase:
            editor.clear(phase_name(phase, self.navigator.language()))

    def show_home(self) -> None:
        self.show_page("home")

    def show_people(self) -> None:
        self.show_page("people")

    def set_navigator_visible(self, visible: bool) -> None:
        self.navigator.setVisible(visible)

    def go_to_phase(self, phase: int) -> None:
        """Alt+1…6: show the navigator on that phase with the keyboard in its board list."""
        self.actions_by_id["view.navigator"].setChecked(True)
        self.navigator.select_phase(phase)
        self.navigator.board_list.setFocus()
        if self.navigator.board_list.count() and self.navigator.board_list.currentRow() < 0:
            self.navigator.board_list.setCurrentRow(0)

    def _name_phase_actions(self) -> None:
        from reslab_desktop.model.vocab import PHASES, phase_name

        lang = self.navigator.language()  # the same step names as the sidebar and the overview
        for phase in PHASES:
            self.actions_by_id[f"view.phase_{phase}"].setText(f"&{phase}  {phase_name(phase, lang)}")

    # -- state --------------------------------------------------------------------------------
    def update_action_states(self) -> None:
        writable = not self.store.read_only
        for action in self.actions_by_id.values():
            needs = action.property("needs") or ""
            if needs:
                action.setEnabled(needs_met(needs, writable=writable, page=self._page_key)
                                  and self._undo_allows(action))

    def _undo_allows(self, action: QAction) -> bool:
        if action is self.actions_by_id["edit.undo"]:
            return self.undo_stack.canUndo()
        if action is self.actions_by_id["edit.redo"]:
            return self.undo_stack.canRedo()
        return True

    def _wire_undo_actions(self) -> None:
        undo, redo = self.actions_by_id["edit.undo"], self.actions_by_id["edit.redo"]
        undo.setIconText(self.tr("Undo"))  # the toolbar keeps a short label; the menu says what
        redo.setIconText(self.tr("Redo"))

        def texts() -> None:
            u, r = self.undo_stack.undoText(), self.undo_stack.redoText()
            undo.setText(self.tr("&Undo %1").replace("%1", u).strip() if u else self.tr("&Undo"))
            redo.setText(self.tr("&Redo %1").replace("%1", r).strip() if r else self.tr("&Redo"))
            self.update_action_states()

        self.undo_stack.indexChanged.connect(lambda *_: texts())
        self.undo_stack.cleanChanged.connect(lambda *_: texts())
        texts()

    def _on_changed(self, changes: ChangeSet) -> None:
        stamp = QDateTime.currentDateTime().toString("HH:mm:ss")
        if self.store.detached:
            self.saved_label.setText(self.tr("Kept in memory only %1: save a copy").replace("%1", stamp))
        else:
            self.saved_label.setText(self.tr("Saved %1").replace("%1", stamp))
        if changes.touches(Workshop):
            self.refresh_title()
            self.navigator.refresh_phases()
            self._name_phase_actions()
        elif changes.touches(Board):
            self.navigator.refresh_phases()
            shown = self.shown_board_id()
            if shown is not None and shown in changes.of(Board).removed:
                self.show_page("home")

    def refresh_storage_state(self) -> None:
        """Banner, title and actions for a read-only file or a session that lost its file."""
        if self.store.detached:
            self.banner.setText(self.tr(
                "The workshop file cannot be written any more; your work continues in memory. "
                "Use File ▸ Save a Copy As… now to keep it."))
        elif self.store.read_only:
            self.banner.setText(self.tr(
                "This workshop is open read-only (the file or its folder cannot be written). "
                "Use File ▸ Save a Copy As… to keep working on a copy."))
        self.banner.setVisible(self.store.detached or self.store.read_only)
        if self._page_key:
            self.refresh_title()
            self.update_action_states()

    def continue_in_copy(self, target: Path) -> None:
        """Write the workshop to ``target`` and go on working there (from read-only or in-memory)."""
        from reslab_desktop.ui import file_lock

        lock = file_lock.acquire(target) if not target.exists() else None
        try:
            self.store.save_copy(target)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        if self.lock is not None:
            self.lock.unlock()
        self.lock, self.path = lock, target.resolve()
        self.settings.add_recent_file(self.path)
        self.refresh_storage_state()

    def refresh_title(self) -> None:
        from reslab_desktop.services.workshop import get_workshop

        title = get_workshop(self.store).title
        suffix = self.tr(" (read-only)") if self.store.read_only else ""
        if self.store.detached:
            suffix = self.tr(" (not saved: the file cannot be written)")
        self.setWindowTitle(f"{title} — {self.path.name}{suffix}")
        self.setWindowFilePath(str(self.path))

    # -- geometry -----------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.get("window/state")
        if state:
            self.restoreState(state)
        navigator = self.settings.get("window/navigator")
        if navigator:
            self.splitter.restoreState(navigator)

    def save_geometry(self) -> None:
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/state", bytes(self.saveState().data()))
        self.settings.set("window/navigator", bytes(self.splitter.saveState().data()))

    # -- closing ------------------------------------------------------------------------------
    def close_workshop(self) -> None:
        """File ▸ Close: back to the start screen when this was the last window."""
        self._show_start_after_close = True
        self.close()

    def quit_app(self) -> None:
        from reslab_desktop.ui.workspace import workspace

        workspace().quit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        accept_workshop_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        open_dropped(self, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if "board" in self._pages:  # a note being typed is saved now, not after the file is closed
            self.board_editor.controller.finish_editing()
        self.save_geometry()
        FEATURES.detach_all(self)  # e.g. the room server stops before the file closes
        self.signals.detach()
        self.history.clear()
        self.store.close()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
        from reslab_desktop.ui.workspace import workspace

        workspace().window_closed(self, self._show_start_after_close)
        super().closeEvent(event)

    # -- menu handlers (the File menu's file work is in ui/file_actions.py) ----------------------
    def edit_properties(self) -> None:
        from reslab_desktop.ui.workshop_dialog import WorkshopDialog

        WorkshopDialog(self.store, self.undo_stack, self).open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Resiliency Lab"), self.tr(
            "Resiliency Lab Desktop %1\nOffline boards, dot-voting and reports for "
            "the workshops of Learning Communities.").replace("%1", __version__))

    def show_error(self, error: ReslabError) -> None:
        dialogs.show_error(self, error)


def boards_phase(store: Store, board_id: str) -> int:
    from reslab_desktop.services.boards import get_board

    return get_board(store, board_id).phase
