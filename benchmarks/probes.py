"""Measurements that need a fresh process, run as ``python -m benchmarks.probes KIND ...``.

Each prints one JSON line on stdout. Top-level imports stay minimal: a probe's own imports are
part of what it measures.

- ``start-baseline FILE``: a bare PySide6 window listing the file's boards, read with sqlite3;
  prints ``first-paint <time.monotonic()>`` on stderr after its first paint, like the app with
  ``RESLAB_EXIT_AFTER_FIRST_PAINT=1``.
- ``board-open app|baseline FILE BOARD``: seconds to read, build, fit and paint a board in a
  shown 1280×800 view, and the resident memory it added (MB).
- ``render-baseline FILE BOARD OUT.png [WIDTH]``: the baseline of ``reslab render``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def start_baseline(path: Path) -> None:
    import sqlite3

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    app = QApplication(sys.argv[:1])
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    title = conn.execute("SELECT title FROM workshop").fetchone()[0]
    rows = conn.execute(
        "SELECT b.phase, b.title, (SELECT count(*) FROM notes n WHERE n.board_id = b.id) "
        "FROM boards b ORDER BY b.phase, b.seq").fetchall()
    conn.close()
    window = QMainWindow()
    window.setWindowTitle(title)
    boards = QListWidget()
    for phase, board, count in rows:
        boards.addItem(f"{phase}. {board} ({count})")
    window.setCentralWidget(boards)
    window.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and getattr(obj, "window", None) and obj.window() is window:
                app.removeEventFilter(self)
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
        app.quit()

    app.installEventFilter(FirstPaint(app))
    window.show()
    app.exec()


def board_open(kind: str, path: Path, board_id: str) -> None:
    import gc

    from PySide6.QtWidgets import QApplication

    from benchmarks.harness import rss_mb

    app = QApplication(sys.argv[:1])
    if kind == "app":
        from PySide6.QtGui import QUndoStack

        from reslab_desktop.storage import Store
        from reslab_desktop.ui.app import prepare_application
        from reslab_desktop.ui.board.editor import BoardEditor

        prepare_application(app)
        store = Store.open(path, read_only=True)
        widget = BoardEditor(store, QUndoStack())

        def run() -> None:
            widget.show_board(board_id)
            widget.view.viewport().repaint()
    else:
        from benchmarks.baseline_scene import make_view, open_board

        widget = make_view()

        def run() -> None:
            widget.scene_ = open_board(widget, path, board_id)  # type: ignore[attr-defined]
    widget.resize(1280, 800)
    widget.show()
    app.processEvents()
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    gc.collect()
    print(json.dumps({"seconds": seconds, "mb": rss_mb() - before}))


def main(argv: list[str]) -> int:
    kind, *rest = argv
    if kind == "start-baseline":
        start_baseline(Path(rest[0]))
    elif kind == "board-open":
        board_open(rest[0], Path(rest[1]), rest[2])
    elif kind == "render-baseline":
        from PySide6.QtWidgets import QApplication

        from benchmarks.baseline_scene import render_png

        _app = QApplication(sys.argv[:1])
        render_png(Path(rest[0]), rest[1], Path(rest[2]), int(rest[3]) if len(rest) > 3 else None)
    else:
        raise SystemExit(f"unknown probe {kind!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
