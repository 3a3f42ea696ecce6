"""Adapt the Qt-free ``store.events`` bus to a Qt signal on the GUI thread, once per open store.

``StoreSignals.of(store)`` is the one subscription every view of a workshop uses (the window
hands it to its pages; a view built alone asks for it). ``changed`` carries the
:class:`~reslab_desktop.storage.ChangeSet` of one committed write and is always emitted on
the GUI thread: a write made on the GUI thread is delivered right after its commit, a write
made on another thread (the room server's) is queued to the GUI thread's event loop. Views
must not count on either: ``ChangeSet.seq`` orders change sets when that matters.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from reslab_desktop.storage import ChangeSet, Store

_shared: weakref.WeakKeyDictionary[Store, StoreSignals] = weakref.WeakKeyDictionary()


class StoreSignals(QObject):
    """``changed(ChangeSet)`` after each committed write of ``store``, on the GUI thread."""

    changed = Signal(object)
    _arrived = Signal(object)  # from a writer thread, queued to this object's thread

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        store.events.subscribe(self._forward)
        self.destroyed.connect(lambda *_: store.events.unsubscribe(self._forward))

    @classmethod
    def of(cls, store: Store) -> StoreSignals:
        """The shared adapter of ``store`` (made on first use; call it on the GUI thread)."""
        signals = _shared.get(store)
        if signals is None:
            signals = _shared[store] = cls(store)
        return signals

    def _forward(self, changes: Any) -> None:
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
        else:
            self._arrived.emit(changes)

    @Slot(object)
    def _deliver(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def follow(self, owner: QObject, slot: Callable[[ChangeSet], None]) -> None:
        """Call ``slot`` with each change set for as long as ``owner`` lives (``slot`` may be
        any callable; it is disconnected with ``owner``)."""
        relay = _Relay(slot, owner)
        self.changed.connect(relay.deliver)

    def detach(self) -> None:
        """Stop listening (the workshop is being closed)."""
        self.store.events.unsubscribe(self._forward)
        if _shared.get(self.store) is self:
            del _shared[self.store]


class _Relay(QObject):
    """A child of the owner, so that the connection ends when the owner is destroyed."""

    def __init__(self, slot: Callable[[ChangeSet], None], owner: QObject) -> None:
        super().__init__(owner)
        self._slot = slot

    @Slot(object)
    def deliver(self, changes: ChangeSet) -> None:
        self._slot(changes)
