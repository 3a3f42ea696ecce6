"""The typed window context: what a feature may use of the main window, and where it keeps its
per-window state.

A feature (board, voting, lab, room, phones, backups…) receives a :class:`WindowContext` in its
action handlers and in its :class:`~reslab_desktop.ui.features.Feature` hooks. It keeps what it
builds for that window in ``window.features`` under a :class:`FeatureKey` of its own::

    ROOM: FeatureKey[Room] = FeatureKey("room")

    def room_for(window: WindowContext) -> Room:
        return window.features.setdefault(ROOM, lambda: Room(window))

The key carries the type (``window.features.get(ROOM)`` is a ``Room | None`` for mypy), so no
feature sets attributes on the window or probes it with ``getattr``/``hasattr``.
:class:`~reslab_desktop.ui.main_window.MainWindow` is the one implementation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from reslab_desktop.services.history import UndoHistory
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.board.editor import BoardEditor
    from reslab_desktop.ui.settings import Settings
    from reslab_desktop.ui.store_signals import StoreSignals

T = TypeVar("T")


class FeatureKey(Generic[T]):
    """The typed name of one feature's state in ``window.features`` (compared by identity)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"FeatureKey({self.name!r})"


class FeatureState:
    """The per-window state of the features, by typed key (one value per key)."""

    def __init__(self) -> None:
        self._values: dict[FeatureKey[Any], Any] = {}

    def get(self, key: FeatureKey[T]) -> T | None:
        value: T | None = self._values.get(key)
        return value

    def require(self, key: FeatureKey[T]) -> T:
        """The value under ``key``; ``LookupError`` when the feature has not made it yet."""
        if key not in self._values:
            raise LookupError(f"no {key.name!r} state on this window yet")
        value: T = self._values[key]
        return value

    def setdefault(self, key: FeatureKey[T], make: Callable[[], T]) -> T:
        """The value under ``key``, made by ``make()`` the first time."""
        if key not in self._values:
            self._values[key] = make()
        value: T = self._values[key]
        return value

    def put(self, key: FeatureKey[T], value: T) -> T:
        if key in self._values:
            raise ValueError(f"{key.name!r} is already set on this window")
        self._values[key] = value
        return value

    def pop(self, key: FeatureKey[T]) -> T | None:
        """Forget the value under ``key`` (the feature let go of it); returns it."""
        value: T | None = self._values.pop(key, None)
        return value

    def __contains__(self, key: FeatureKey[Any]) -> bool:
        return key in self._values

    def names(self) -> Iterator[str]:
        return (key.name for key in self._values)


class WindowContext(QMainWindow):
    """The main window as features see it: its store, change signals, undo history, settings,
    actions, pages and the features' typed state. Implemented by ``MainWindow``."""

    #: The key of the page now showing, after each switch.
    page_changed = Signal(str)

    store: Store
    path: Path
    signals: StoreSignals
    history: UndoHistory
    undo_stack: QUndoStack
    settings: Settings
    actions_by_id: dict[str, QAction]
    features: FeatureState

    # -- pages (implemented by MainWindow) ----------------------------------------------------
    def register_page(self, key: str, page: QWidget | Callable[[], QWidget]) -> None:
        raise NotImplementedError

    def page(self, key: str) -> QWidget:
        raise NotImplementedError

    def has_page(self, key: str) -> bool:
        """Whether the page is built (a page registered with a factory is built when first used)."""
        raise NotImplementedError

    def show_page(self, key: str) -> QWidget:
        raise NotImplementedError

    def current_page(self) -> str:
        raise NotImplementedError

    def page_keys(self) -> list[str]:
        """Every registered page, built or not."""
        raise NotImplementedError

    @property
    def board_editor(self) -> BoardEditor:
        raise NotImplementedError

    def shown_board_id(self) -> str | None:
        """The board on screen (the board page showing), else None."""
        raise NotImplementedError

    def open_board(self, board_id: str) -> None:
        raise NotImplementedError

    def update_action_states(self) -> None:
        raise NotImplementedError

    def refresh_storage_state(self) -> None:
        raise NotImplementedError

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)
