"""One user action, as the user sees it: the service call and its commit, the undo push, the
scene update from the change event, and the repaint (``processEvents`` until the frame is drawn).

App: the board controller's own entry points on a shown 500-note board at 100 % zoom (add a
note, a drag that moved a note, the end of an inline text edit) and a dot on the open-round
voting screen, alone and as a facilitator has it: started from the main window's Voting page
onto the projector, the page and the room console open on the laptop (everything else that
reacts to the dot runs too). Baseline: the same row written with raw sqlite3 to a copy of the
same file (same schema, journal and synchronous settings), one plain item updated, the same
repaint. The views that wait for the voter's pause are timed in that pause (its longest pass).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result, percentile

NOTES = 500


def _timed(app, action: Callable[..., object], *args: object) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action(*args)
    app.processEvents()
    return time.perf_counter() - start


def _rows(name: str, app_t: list[float], raw_t: list[float]) -> list[Result]:
    return [
        Result(f"{name} (p50)", statistics.median(app_t), statistics.median(raw_t), target_abs=0.005),
        Result(f"{name} (p99)", percentile(app_t, 99), percentile(raw_t, 99), target_abs=0.016,
               note=f"{len(app_t)} actions"),
    ]


RAM = Path("/dev/shm")


def bench_actions(quick: bool) -> list[Result]:
    """On the disk (what a facilitator gets), and with the file in RAM when the machine has a
    tmpfs (/dev/shm): the same work without the disk's flush, i.e. the app's own cost."""
    folders: dict[str, Path | None] = {"disk": None}
    if RAM.is_dir() and os.access(RAM, os.W_OK):
        folders["RAM"] = RAM
    results = []
    for where, folder in folders.items():
        measured = _actions(quick, folder) + _dots_in_window(quick, folder)
        results += [replace(r, operation=f"{r.operation} [{where}]") for r in measured]
    return results


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _write(conn: sqlite3.Connection, sql: str, params: tuple) -> None:
    conn.execute("BEGIN")
    conn.execute(sql, params)
    conn.execute("COMMIT")


def _actions(quick: bool, folder: Path | None) -> list[Result]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTransform

    from benchmarks.baseline_scene import PlainNote, build_scene
    from benchmarks.bench_board import _editor, _qt_app, _view
    from reslab_desktop.storage import Store

    app = _qt_app()
    n = 40 if quick else 150
    results: list[Result] = []
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = workloads.workshop_file(workloads.single_board(NOTES), Path(tmp) / "board.reslab")
        raw_path = Path(tmp) / "raw.reslab"
        shutil.copyfile(path, raw_path)
        store = Store.open(path)
        raw = _raw(raw_path)
        editor, view = _editor(store), _view()
        editor.show_board("b0", fit=False)
        view.setScene(build_scene(raw_path, "b0"))
        plain = [i for i in view.scene().items() if isinstance(i, PlainNote)]
        for v in (editor.view, view):
            v.setTransform(QTransform())
            v.centerOn(900, 600)
        app.processEvents()
        ctl = editor.controller
        note_ids = [f"b0-n{i}" for i in range(NOTES)]

        def plain_update(i: int) -> None:
            item = plain[i % len(plain)]
            item.setPos(item.pos() + QPointF(1, 0))

        def raw_action(i: int, sql: str, params: tuple) -> None:
            _write(raw, sql, params)
            plain_update(i)

        add_t, add_raw, move_t, move_raw, edit_t, edit_raw = [], [], [], [], [], []
        for i in range(n):
            x, y = 700.0 + (i % 10) * 20, 500.0 + (i // 10) * 20
            add_raw.append(_timed(app, raw_action, i, "INSERT INTO notes (id, board_id, seq, text, color, x, y, w, h) "
                                  "VALUES (?, 'b0', ?, '', '#FFE066', ?, ?, 160, 100)", (f"raw{i}", NOTES + i, x, y)))
            add_t.append(_timed(app, ctl.add_note_at, QPointF(x, y)))
            nid = note_ids[i % 50]
            rec = editor.scene.notes[nid].record
            move_raw.append(_timed(app, raw_action, i, "UPDATE notes SET x = ?, y = ? WHERE id = ?",
                                   (rec.x + 10, rec.y, nid)))
            move_t.append(_timed(app, ctl.on_items_moved, {"notes": {nid: (rec.x + 10, rec.y)}}))
            text = f"{rec.text} {i}"
            edit_raw.append(_timed(app, raw_action, i, "UPDATE notes SET text = ? WHERE id = ?", (text, nid)))
            ctl.edit_note(nid)  # opening the inline editor is not part of the timed commit
            inline = ctl.inline
            inline.setPlainText(text)
            app.processEvents()  # the editor is drawn open before the user ends the edit
            edit_t.append(_timed(app, inline.finish))
        results += _rows("add a note (commit, undo push, repaint)", add_t, add_raw)
        results += _rows("move a note", move_t, move_raw)
        results += _rows("edit a note's text", edit_t, edit_raw)
        results += _dots(app, store, raw, n)
        editor.close()
        view.close()
        raw.close()
        store.close()
        app.processEvents()
    return results


def _open_round(store, raw: sqlite3.Connection) -> tuple[str, tuple[str, ...], list[str]]:  # type: ignore[no-untyped-def]
    """An open round of 24 candidates with 30 voters (5 dots each, totals shown), copied into
    the baseline's file: (round id, candidates, voters)."""
    from reslab_desktop.services import voting

    candidates = tuple(f"b0-n{i}" for i in range(24))
    rid = voting.create_round(store, "b0", "¿Cuál primero?", candidates=candidates, mode="open",
                              hidden_until_reveal=False, dots_per_participant=5)
    voting.open_round(store, rid)
    raw.execute("BEGIN")  # the same round in the baseline's copy (untimed)
    for table in ("vote_rounds", "vote_candidates", "vote_voters"):
        cols = [r[1] for r in store.raw_connection().execute(f"PRAGMA table_info({table})")]
        rows = store.raw_connection().execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        raw.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    raw.execute("COMMIT")
    return rid, candidates, [v.id for v in voting.get_round(store, rid).voters]


def _cast(app, screen, raw: sqlite3.Connection, rid: str, candidates: tuple[str, ...],  # type: ignore[no-untyped-def]
          voters: list[str], n: int, between_voters: Callable[[], object] | None = None,
          ) -> tuple[list[float], list[float]]:
    """``n`` dots on ``screen``, five per voter, each after the same row written raw (a plain
    label updated). ``between_voters`` runs (untimed) when a voter has placed their five dots."""
    from PySide6.QtWidgets import QLabel

    label = QLabel("0")
    label.show()

    def raw_dot(i: int, voter: str, note: str) -> None:
        _write(raw, "INSERT INTO ballots (round_id, voter_id, note_id, criterion, dots, at) VALUES "
               "(?, ?, ?, 0, 1, datetime('now')) ON CONFLICT DO UPDATE SET dots = dots + 1", (rid, voter, note))
        label.setText(str(i))

    app_t, raw_t = [], []
    for i in range(n):
        voter, note = voters[(i // 5) % len(voters)], candidates[(i * 7) % len(candidates)]
        if i % 5 == 0:
            if i and between_voters is not None:
                between_voters()
            screen.start_voter(voter)
            app.processEvents()
        raw_t.append(_timed(app, raw_dot, i, voter, note))
        app_t.append(_timed(app, screen.add_dot, note))
    label.close()
    return app_t, raw_t


def _dots(app, store, raw: sqlite3.Connection, n: int) -> list[Result]:  # type: ignore[no-untyped-def]
    """Dots on an open round of 24 candidates with 30 voters, on the shared voting screen alone."""
    from reslab_desktop.ui.voting.kiosk import KioskLock
    from reslab_desktop.ui.voting.screen import VotingScreen

    rid, candidates, voters = _open_round(store, raw)
    screen = VotingScreen(store, rid, KioskLock())
    screen.resize(1280, 800)
    screen.show()
    app_t, raw_t = _cast(app, screen, raw, rid, candidates, voters, n)
    screen.close()
    return _rows("cast a dot (open round, 30 voters)", app_t, raw_t)


# -- the same dots with the facilitator's window open ----------------------------------------
SCREENS = [  # the facilitator's laptop and the room's projector (Qt's offscreen platform)
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
    {"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 800},
]
PAUSE = 0.4  # s: a voter handing the screen on; the views that wait for a pause catch up


def _dots_in_window(quick: bool, folder: Path | None) -> list[Result]:
    """A fresh process (``python -m benchmarks.bench_actions window FOLDER N``): the main window,
    its settings, backups and recent files stay in a temporary home, and the screen has the
    laptop and the projector of a facilitator."""
    from benchmarks.process import ROOT, isolated_env

    n = 40 if quick else 150
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory(dir=folder) as tmp:
        config = Path(home) / "screens.json"
        config.write_text(json.dumps({"screens": SCREENS}), encoding="utf-8")
        env = isolated_env(Path(home))
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        done = subprocess.run([sys.executable, "-m", "benchmarks.bench_actions", "window", tmp, str(n)],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            raise RuntimeError(f"voting window probe exited {done.returncode}: {done.stderr.strip()[-1500:]}")
        out = json.loads(done.stdout.strip().splitlines()[-1])
    name = "cast a dot, facilitator's window open"
    results = _rows(name, out["app"], out["raw"])
    pause, idle, busy = out["pause_app"], out["pause_raw"], out["busy_app"]
    results.append(Result(f"{name}: views catch up after a voter, longest pass (p99)", percentile(pause, 99),
                          percentile(idle, 99), target_abs=0.016,
                          note=f"{len(pause)} pauses of {PAUSE:g} s; the longest event-loop pass in each "
                               f"(median {statistics.median(pause) * 1000:.1f} ms), all passes together "
                               f"median {statistics.median(busy) * 1000:.1f} ms, p99 {percentile(busy, 99) * 1000:.1f}"
                               f" ms; baseline: a second pause, nothing pending"))
    return results


def _window_probe(folder: Path, n: int) -> None:
    """The app as a facilitator runs a vote: the main window on the laptop shows the Voting
    page, which puts the round's shared screen on the projector (Voting ▸ Voting screen,
    unlocked); the room's console (preview, timer, voting progress) opens beside the page."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_board import _qt_app
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.main_window import MainWindow
    from reslab_desktop.ui.room.hooks import room_for
    from reslab_desktop.ui.voting import hooks

    app = _qt_app()
    path = workloads.workshop_file(workloads.single_board(NOTES), folder / "board.reslab")
    raw_path = folder / "raw.reslab"
    shutil.copyfile(path, raw_path)
    store = Store.open(path)
    raw = _raw(raw_path)
    rid, candidates, voters = _open_round(store, raw)
    window = MainWindow(store, path)
    window.setScreen(app.screens()[0])
    window.show()
    page = hooks.show_voting(window)
    page.select_round(rid)
    screen = page.start_screen(lock=False)
    room = room_for(window)
    assert screen is not None and room.presenter.audience.voting_widget is screen
    assert room.console.isVisible() and not room.presenter.single_screen, "no projector: no console beside the page"
    for _ in range(5):
        app.processEvents()
    pause_app: list[float] = []
    pause_raw: list[float] = []
    busy_app: list[float] = []
    busy_raw: list[float] = []

    def pause() -> None:
        """The event loop runs through the pause in passes, as a waiting app's does; each pass
        is timed (a tap in the pause waits for the pass it lands in). A second pause, with
        nothing pending, is the baseline."""
        for longest, busy in ((pause_app, busy_app), (pause_raw, busy_raw)):
            passes = []
            end = time.perf_counter() + PAUSE
            while time.perf_counter() < end:
                start = time.perf_counter()
                app.processEvents()
                passes.append(time.perf_counter() - start)
                time.sleep(0.001)
            longest.append(max(passes))
            busy.append(sum(passes))

    app_t, raw_t = _cast(app, screen, raw, rid, candidates, voters, n, pause)
    pause()
    QApplication.closeAllWindows()
    raw.close()
    print(json.dumps({"app": app_t, "raw": raw_t, "pause_app": pause_app, "pause_raw": pause_raw,
                      "busy_app": busy_app, "busy_raw": busy_raw}))


SUITE = (bench_actions,)


if __name__ == "__main__":
    if sys.argv[1:2] == ["window"]:
        _window_probe(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        raise SystemExit("usage: python -m benchmarks.bench_actions window FOLDER N")
