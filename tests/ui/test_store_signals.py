"""Change sets reach the GUI thread: written there, right after the commit; written on another
thread (the room server's), through the GUI thread's event loop."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from reslab_desktop.model import Note
from reslab_desktop.services import boards, notes
from reslab_desktop.storage import PHONE
from reslab_desktop.ui.store_signals import StoreSignals


def test_a_writer_threads_change_set_arrives_on_the_gui_thread(qtbot, store):
    board = boards.create_board(store, 2, "Retos")
    signals = StoreSignals.of(store)
    assert StoreSignals.of(store) is signals  # one adapter per store
    arrived: list[tuple[object, bool]] = []
    owner = QWidget()
    signals.follow(owner, lambda cs: arrived.append((cs, QThread.currentThread() is owner.thread())))

    def phone() -> None:
        with store.acting_as(PHONE):
            notes.add_note(store, board, "desde el teléfono", 0.0, 0.0)

    worker = threading.Thread(target=phone)
    worker.start()
    worker.join(30)
    qtbot.waitUntil(lambda: len(arrived) == 1, timeout=5000)
    cs, on_gui_thread = arrived[0]
    assert on_gui_thread and cs.initiator == PHONE and cs.of(Note).added

    notes.add_note(store, board, "desde la ventana", 0.0, 0.0)  # the GUI thread's own write
    assert len(arrived) == 2
    owner.deleteLater()
    qtbot.wait(10)
    notes.add_note(store, board, "sin la vista", 0.0, 0.0)
    assert len(arrived) == 2  # a follower goes with its owner
