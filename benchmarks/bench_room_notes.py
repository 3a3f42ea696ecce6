"""Phones writing notes: 200 phones each sending 10 notes in a burst (with retries of the same
client_id) — the time until every note is acknowledged and a note's round trip p50/p99 —
beside a raw aiohttp + sqlite3 server doing the same inserts one transaction each
(``baseline_room_notes.py``); and the GUI's event-loop lateness while the notes land on the
board shown in a real window (baseline: the same window idle). Same run, same machine.

Phones are simulated in a separate process (``tests/room/notes_sim.py``) on 127.0.0.1.
``quick``: 50 phones.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.harness import Result


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _phones(url: str, board_id: str, people: list[str], notes: int, nice: bool = False) -> dict:
    """The simulated phones' process; ``nice``: at a lower priority (the phones are not on the
    laptop in a room: their CPU time must not be taken from the app being measured)."""
    base, code = url.rsplit("/j/", 1)
    prefix = ["nice", "-n", "15"] if nice and shutil.which("nice") else []
    done = subprocess.run([*prefix, sys.executable, "-m", "tests.room.notes_sim", base, code, board_id, ",".join(people),
                           str(notes)], capture_output=True, text=True, timeout=900, check=True)
    data = json.loads(done.stdout)
    if any(s >= 500 for s in data["statuses"]):
        raise RuntimeError("server errors during the benchmark")
    return data


def bench_room_notes_burst(quick: bool) -> list[Result]:
    from benchmarks.baseline_room_notes import RawNotes
    from reslab_desktop.room import RoomServer
    from reslab_desktop.services import phone_notes as pn
    from reslab_desktop.storage import Store
    from tests.room.notes_helpers import make_notes_workshop

    phones = 50 if quick else 200
    folder = Path(tempfile.mkdtemp(prefix="reslab-bench-notes-"))
    try:
        nws = make_notes_workshop(folder / "app.reslab", n_people=phones)
        raw_path = folder / "raw.reslab"
        shutil.copy(nws.path, raw_path)
        raw = RawNotes(raw_path)
        url = raw.start()
        started = time.perf_counter()
        try:
            baseline = _phones(url, nws.board_id, nws.people, 10)
        finally:
            raw_wall = time.perf_counter() - started
            raw.stop()
        store = Store.open(nws.path)
        server = RoomServer(store, port=0)
        server.notes.stage.open_board(pn.Intake(nws.board_id, moderate=True))
        try:
            url = server.start()
            started = time.perf_counter()
            app = _phones(url, nws.board_id, nws.people, 10)
            app_wall = time.perf_counter() - started
            batches = server.notes.batches
        finally:
            server.stop()
            store.close()
        if len(app["acked"]) != phones * 10:
            raise RuntimeError(f"{len(app['acked'])} notes acknowledged, not {phones * 10}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    note = (f"{phones * 10} notes, 20% sent again; app: {batches} transactions (batched), baseline: one per note; "
            "synchronous=FULL; loaded 2-core machine")
    return [
        Result(f"room notes: {phones} phones x 10 notes, all acknowledged", app_wall, raw_wall, target_ratio=2.0,
               note=note),
        Result(f"room notes: note round trip p50, {phones} phones", _pct(app["latencies"], 0.5),
               _pct(baseline["latencies"], 0.5), target_ratio=2.0, note=note),
        Result(f"room notes: note round trip p99, {phones} phones", _pct(app["latencies"], 0.99),
               _pct(baseline["latencies"], 0.99), target_ratio=2.0, note=note),
    ]


def bench_room_notes_gui(quick: bool) -> list[Result]:
    """A 5 ms timer on the GUI thread of a real window showing the board while phones' notes
    land on it (not moderated: each batch is drawn into the scene)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.baseline_room_notes import RawNotes
    from benchmarks.harness import settle
    from reslab_desktop.services import phone_notes as pn
    from reslab_desktop.ui.room import phone_notes_hooks, phones_hooks
    from reslab_desktop.ui.workspace import workspace
    from tests.room.notes_helpers import make_notes_workshop

    app = QApplication.instance() or QApplication([])
    phones = 50 if quick else 200
    folder = Path(tempfile.mkdtemp(prefix="reslab-bench-notes-gui-"))
    try:
        nws = make_notes_workshop(folder / "sala.reslab", n_people=phones)
        window = workspace().open_path(nws.path)
        window.open_board(nws.board_id)
        window.resize(1280, 720)
        window.show()
        settle()
        box = phones_hooks.phones_box(window)
        box.phones.open("127.0.0.1", port=0)
        phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id))
        url = box.phones.server.url
        scene = window.board_editor.scene  # type: ignore[attr-defined]
        sets = [0]
        window.signals.changed.connect(  # type: ignore[attr-defined]
            lambda c: sets.__setitem__(0, sets[0] + (getattr(c, "initiator", "") == "phone")))

        def lateness(busy: threading.Thread | None, seconds: float = 3.0) -> list[float]:
            """Lateness of a 5 ms precise timer while the app's own event loop runs (``exec``,
            as in the app: Python runs only in the slots), until ``busy`` ends."""
            clock, late, last = QElapsedTimer(), [], [0.0]
            clock.start()
            timer = QTimer()
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.setInterval(5)

            def tick() -> None:
                now = clock.nsecsElapsed() / 1e9
                if last[0]:
                    late.append(max(0.0, now - last[0] - 0.005))
                last[0] = now

            loop = QEventLoop()
            end = time.monotonic() + seconds
            watch = QTimer()
            watch.setInterval(50)
            watch.timeout.connect(lambda: loop.quit() if (busy is not None and not busy.is_alive())
                                  or (busy is None and time.monotonic() >= end) else None)
            timer.timeout.connect(tick)
            timer.start()
            watch.start()
            if busy is not None:
                busy.start()
            loop.exec()
            timer.stop()
            watch.stop()
            return late

        idle = lateness(None)
        # raw baseline: the same window while a bare aiohttp + sqlite3 server in this process
        # (``baseline_room_notes.RawNotes``, nothing reaches the scene) takes the same burst
        raw_path = folder / "raw.reslab"
        shutil.copy(nws.path, raw_path)
        raw_server = RawNotes(raw_path)
        raw_url = raw_server.start()
        try:
            raw = lateness(threading.Thread(target=_phones, args=(raw_url, nws.board_id, nws.people, 10, True)))
        finally:
            raw_server.stop()
        worker = threading.Thread(target=_phones, args=(url, nws.board_id, nws.people, 10, True))
        busy = lateness(worker)
        deadline = time.monotonic() + 30
        while len(scene.notes) < phones * 10 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        drawn = len(scene.notes)
        insertions = scene.arrival_insertions
        phone_sets = sets[0]
        window.close()
        settle()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    note = (f"5 ms precise timer in the app's event loop, phones in a separate process at low priority; "
            f"{drawn} notes drawn, {phone_sets} change sets from phones inserted into the scene {insertions} "
            "times (batched); loaded 2-core machine")
    return [
        Result(f"room notes: GUI event-loop lateness p99 while {phones} phones' notes land on the board",
               _pct(busy, 0.99), _pct(raw, 0.99), target_abs=0.016, target_ratio=1.5,
               note=note + "; baseline: the same window while a raw aiohttp + sqlite3 server in the same "
                           "process takes the same burst (raw)"),
        Result(f"room notes: GUI event-loop lateness p99, {phones} phones' burst vs idle window",
               _pct(busy, 0.99), _pct(idle, 0.99), target_abs=0.016,
               note=note + "; baseline: the same window idle, same run"),
    ]


SUITE = [bench_room_notes_burst, bench_room_notes_gui]
