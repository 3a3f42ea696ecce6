"""File → Export PDF…: the dialog, and the build running on a worker thread (real Qt, offscreen)."""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

from pdftools import pdf_text
from PySide6.QtCore import Qt

from reslab_desktop.reports.document import BuildCancelled
from reslab_desktop.reports.options import PdfOptions
from reslab_desktop.storage import Store
from reslab_desktop.ui import pdf_build
from reslab_desktop.ui.pdf_build import PdfExport
from reslab_desktop.ui.pdf_export import PdfExportDialog


def test_dialog_shows_the_rows_of_the_chosen_kind(qtbot, rich_store: Store, tmp_path: Path) -> None:
    dialog = PdfExportDialog(rich_store)
    qtbot.addWidget(dialog)
    form = dialog._form
    assert dialog.page.currentData() == "letter" and dialog.lang.currentData() == "es"
    assert form.isRowVisible(dialog.sections) and not form.isRowVisible(dialog.board)
    dialog.kind.setCurrentIndex(dialog.kind.findData("poster"))
    assert form.isRowVisible(dialog.board) and form.isRowVisible(dialog.tiles)
    assert not form.isRowVisible(dialog.sections)
    opts = dialog.options()
    assert opts.kind == "poster" and opts.board_id == dialog.board.currentData() and opts.sections is None
    dialog.kind.setCurrentIndex(dialog.kind.findData("report"))
    dialog.sections.item(0).setCheckState(Qt.CheckState.Unchecked)  # no cover
    assert "cover" not in dialog.options().sections
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_export_runs_off_the_gui_thread_and_writes_the_pdf(qtbot, demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.reslab"
    shutil.copy(demo_file, copy)
    with Store.open(copy) as store:
        target = tmp_path / "informe.pdf"
        export = PdfExport(store, PdfOptions(kind="report"), target)
        threads: set[int] = set()
        switch: set[float] = set()
        export._signals.progress.connect(lambda *_: (threads.add(threading.get_ident()), switch.add(sys.getswitchinterval())),
                                         Qt.ConnectionType.DirectConnection)
        before = sys.getswitchinterval()
        with qtbot.waitSignal(export.finished, timeout=60_000) as blocker:
            export.start()
        assert blocker.args == [str(target)]
        qtbot.waitUntil(lambda: sys.getswitchinterval() == before)  # restored when the build ends
    assert threads and threading.get_ident() not in threads  # laid out on a worker thread
    # the GUI thread waits ~1 ms (not 5) for the interpreter lock while the worker lays out
    assert switch == {pdf_build.SWITCH_WHILE_BUILDING} and before > pdf_build.SWITCH_WHILE_BUILDING
    assert "Contenido" in pdf_text(target)


def test_cancelled_export_leaves_no_file(qtbot, rich_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "nada.pdf"
    export = PdfExport(rich_store, PdfOptions(kind="report"), target)
    export.cancel()  # cancelled before the first flowable is laid out
    with qtbot.waitSignal(export.failed, timeout=60_000) as blocker:
        export.start()
    assert isinstance(blocker.args[0], BuildCancelled)
    assert list(tmp_path.glob("*.pdf*")) == [] and not target.exists()


def test_bad_options_fail_without_a_thread(qtbot, rich_store: Store, tmp_path: Path) -> None:
    from reslab_desktop.ui import pdf_build

    export = PdfExport(rich_store, PdfOptions(kind="poster"), tmp_path / "x.pdf")  # no board
    failures: list = []
    export.failed.connect(failures.append)
    export.start()
    assert failures and "board" in str(failures[0])  # at once, on this thread
    assert pdf_build.export_pool().activeThreadCount() == 0 and pdf_build._while_building.holds == 0
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_board_fails_with_its_id_and_leaves_no_file(qtbot, rich_store: Store, tmp_path: Path) -> None:
    export = PdfExport(rich_store, PdfOptions(kind="poster", board_id="nope"), tmp_path / "x.pdf")
    with qtbot.waitSignal(export.failed, timeout=60_000) as blocker:
        export.start()
    assert "nope" in str(blocker.args[0])
    assert not (tmp_path / "x.pdf").exists()


def test_the_workshop_is_read_on_the_worker_not_through_the_apps_store(
    qtbot, rich_store: Store, tmp_path: Path, monkeypatch
) -> None:
    reads: list[int] = []
    real_read = rich_store.read

    def read():  # type: ignore[no-untyped-def]
        reads.append(threading.get_ident())
        return real_read()

    monkeypatch.setattr(rich_store, "read", read)
    target = tmp_path / "informe.pdf"
    export = PdfExport(rich_store, PdfOptions(kind="report"), target)
    with qtbot.waitSignal(export.finished, timeout=60_000):
        export.start()
    assert reads == []  # the worker opened the file read-only on its own connections
    assert "Taller de prueba" in pdf_text(target)
    # a store that went on in memory after a write failure: its file is stale, read the store here
    monkeypatch.setattr(rich_store, "detached", True)
    export = PdfExport(rich_store, PdfOptions(kind="report"), target)
    with qtbot.waitSignal(export.finished, timeout=60_000):
        export.start()
    assert reads and set(reads) == {threading.get_ident()}


def test_a_snapshot_reads_one_committed_state(rich_store: Store) -> None:
    from reslab_desktop.reports.snapshot import SnapshotStore
    from reslab_desktop.services import boards

    added: list[str] = []
    with SnapshotStore.held_open(rich_store.path) as snap:
        before = [b.id for b in boards.list_boards(snap)]
        # the app writes meanwhile (its commit waits for the snapshot's read lock to go)
        writer = threading.Thread(target=lambda: added.append(boards.create_board(rich_store, 2, "Nuevo")))
        writer.start()
        writer.join(0.3)  # time to commit, if it could
        assert [b.id for b in boards.list_boards(snap)] == before
    writer.join()
    assert added and added[0] in [b.id for b in boards.list_boards(rich_store)]


def test_start_export_from_a_window_reports_in_the_status_bar(qtbot, rich_store: Store, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from reslab_desktop.ui.pdf_export import start_export

    window = QMainWindow()
    qtbot.addWidget(window)
    window.store = rich_store
    target = tmp_path / "hojas.pdf"
    export = start_export(window, PdfOptions(kind="worksheets", template="empathy_map"), target)
    with qtbot.waitSignal(export.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: "hojas.pdf" in window.statusBar().currentMessage())
    assert target.exists() and export.progress_dialog is not None and not export.progress_dialog.isVisible()


def test_export_and_print_actions_are_in_the_file_menu() -> None:
    from reslab_desktop.ui.actions import ACTIONS

    rows = {a.id: a for a in ACTIONS}
    assert rows["file.export_pdf"].menu == "file" and rows["file.print"].menu == "file"


def test_quitting_cancels_and_waits_for_running_builds(qtbot, demo_file: Path, tmp_path: Path) -> None:
    from reslab_desktop.ui import pdf_build

    copy = tmp_path / "demo.reslab"
    shutil.copy(demo_file, copy)
    with Store.open(copy) as store:
        export = PdfExport(store, PdfOptions(kind="report"), tmp_path / "q.pdf")
        failures: list = []
        export.failed.connect(failures.append)
        export.start()
        pdf_build._stop_all()  # what aboutToQuit runs
        assert pdf_build.export_pool().activeThreadCount() == 0
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], BuildCancelled)  # stopped before its next flowable
    assert not (tmp_path / "q.pdf").exists()


def test_the_event_loop_keeps_turning_during_a_large_export(qtbot, store: Store, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from reslab_desktop.services import boards, notes

    for b in range(6):
        board = boards.create_board(store, b % 6 + 1, f"Tablero {b}")
        notes.add_notes(store, board, [notes.NoteDraft(text=f"idea {b}-{i} con varias palabras para envolver",
                                                       x=(i % 20) * 180.0, y=(i // 20) * 120.0)
                                       for i in range(250)])
    export = PdfExport(store, PdfOptions(kind="report"), tmp_path / "grande.pdf")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with qtbot.waitSignal(export.finished, timeout=120_000):
        export.start()
        started_with = len(ticks)
    timer.stop()
    assert len(ticks) - started_with >= 5  # the GUI thread handled events while the PDF was built
