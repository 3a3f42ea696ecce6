"""Adapt the Qt-free ``store.events`` bus to a Qt signal, once per open workshop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from reslab_desktop.storage import Change, Store


class StoreSignals(QObject):
    """``changed`` carries the list of ``Change`` records of one committed action."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.events.subscribe(self._forward)
        self.destroyed.connect(lambda *_: store.events.unsubscribe(self._forward))

    def _forward(self, changes: Sequence[Change]) -> None:
        self.changed.emit(list(changes))

    def detach(self) -> None:
        self.store.events.unsubscribe(self._forward)
