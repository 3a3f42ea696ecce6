"""Boards on screen: open a board to its first painted frame, its memory, and full repaints.

App: ``BoardEditor.show_board`` (records through the services, one custom item per note, fit all)
then a synchronous repaint of the view. Baseline: the same rows read with sqlite3 into the
plain scene of ``baseline_scene`` in a plain ``QGraphicsView`` of the same size.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result, interleaved
from benchmarks.process import isolated_env, probe

VIEW = (1280, 800)


def _qt_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from reslab_desktop.ui.app import prepare_application

    app = QApplication.instance() or QApplication([])
    prepare_application(app)  # bundled fonts, as in the app (the baseline draws with them too)
    return app


def _editor(store):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from reslab_desktop.ui.board.editor import BoardEditor

    editor = BoardEditor(store, QUndoStack())
    editor.resize(*VIEW)
    editor.show()
    return editor


def _view():  # type: ignore[no-untyped-def]
    from benchmarks.baseline_scene import make_view

    view = make_view()
    view.resize(*VIEW)
    view.show()
    return view


def bench_open_board(quick: bool) -> list[Result]:
    """Open a 5,000-note board, to its first frame; the same views are reused (the app's editor
    keeps one scene and reloads it, the baseline gets a new scene each time)."""
    from reslab_desktop.storage import Store

    app = _qt_app()
    notes = 1000 if quick else 5000
    with tempfile.TemporaryDirectory() as tmp:
        path = workloads.workshop_file(workloads.single_board(notes), Path(tmp) / "board.reslab")
        with Store.open(path, read_only=True) as store:
            editor, view = _editor(store), _view()
            app.processEvents()

            def run_app() -> None:
                editor.show_board("b0")
                editor.view.viewport().repaint()

            def run_baseline() -> None:
                from benchmarks.baseline_scene import open_board

                view.scene_ = open_board(view, path, "b0")  # type: ignore[attr-defined]

            a, b = interleaved(run_app, run_baseline, 3 if quick else 7)
            editor.close()
            view.close()
            editor.deleteLater()
            view.deleteLater()
            app.processEvents()
    return [Result(f"open a {notes:,}-note board → first frame painted", a, b, target_ratio=1.5, target_abs=0.5)]


def bench_open_large_board(quick: bool) -> list[Result]:
    """A 20,000-note board in fresh processes: time to the first frame and the memory it adds."""
    notes = 5000 if quick else 20_000
    repeat = 1 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = workloads.workshop_file(workloads.single_board(notes), home / "big.reslab")
        env = isolated_env(home)
        runs: dict[str, list[dict]] = {"app": [], "baseline": []}
        for _ in range(repeat):
            for kind in ("baseline", "app"):
                runs[kind].append(probe(["board-open", kind, str(path), "b0"], env))
    med = {k: {f: statistics.median(r[f] for r in v) for f in ("seconds", "mb")} for k, v in runs.items()}
    return [
        Result(f"open a {notes:,}-note board → first frame painted", med["app"]["seconds"],
               med["baseline"]["seconds"], target_ratio=1.5, note=f"fresh processes, median of {repeat}"),
        Result(f"memory added by opening a {notes:,}-note board", med["app"]["mb"], med["baseline"]["mb"],
               target_ratio=2.0, target_abs=150.0, unit="MB", note="resident set growth (RSS) from the open"),
    ]


def _repaint_time(viewport, repeat: int) -> float:  # type: ignore[no-untyped-def]
    import time

    viewport.repaint()  # the first paint at a zoom lays text out; a repaint reuses it
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        viewport.repaint()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_repaint(quick: bool) -> list[Result]:
    """Repaint the whole viewport with 5,000 notes on the board, at fit-all and at 100 %."""
    from PySide6.QtGui import QTransform

    from benchmarks.baseline_scene import open_board
    from reslab_desktop.storage import Store

    app = _qt_app()
    notes = 1000 if quick else 5000
    repeat = 5 if quick else 21
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = workloads.workshop_file(workloads.single_board(notes), Path(tmp) / "board.reslab")
        with Store.open(path, read_only=True) as store:
            editor, view = _editor(store), _view()
            app.processEvents()
            editor.show_board("b0")
            view.scene_ = open_board(view, path, "b0")  # type: ignore[attr-defined]
            app.processEvents()
            editor.view.fit_all()
            view.setTransform(editor.view.transform())
            view.centerOn(editor.view.mapToScene(editor.view.viewport().rect().center()))
            for label, setup in (("fit-all", None), ("100 % zoom", QTransform())):
                if setup is not None:
                    center = editor.scene.content_rect().center()
                    for v in (editor.view, view):
                        v.setTransform(setup)
                        v.centerOn(center)
                app.processEvents()
                a, b = [], []
                for _ in range(3):  # interleaved blocks
                    b.append(_repaint_time(view.viewport(), repeat))
                    a.append(_repaint_time(editor.view.viewport(), repeat))
                results.append(Result(f"repaint full viewport, {notes:,} notes, {label}", statistics.median(a),
                                      statistics.median(b), target_ratio=1.5, target_abs=0.016,
                                      note=f"{VIEW[0]}×{VIEW[1]} viewport"))
            editor.close()
            view.close()
            editor.deleteLater()
            view.deleteLater()
            app.processEvents()
    return results


SUITE = (bench_open_board, bench_open_large_board, bench_repaint)
