"""The room server: a phone's dot round trip at 1, 50 and 200 phones, the GUI's event-loop
lateness while 200 phones vote, the memory the server adds — beside a raw aiohttp + sqlite3
server doing the same writes (``baseline_room.py``), in the same run.

Phones are simulated in a separate process (``tests/room/phones_sim.py``) on 127.0.0.1: each
joins, then adds or takes back a dot every 0.05–0.3 s (a burst: 200 phones ask ~1,100 dots a
second), a bounded number of times; the 200-phone rows are measured again at a person's pace
(a tap every 0.5–2 s, reading the cards between taps).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


BURST = (0.05, 0.3)  # seconds between a phone's taps: 200 phones ask ~1,100 dots a second
PERSON = (0.5, 2.0)  # a person reading the cards between taps: 200 phones ask ~160 a second


def _phones(url: str, round_id: str, people: list[str], notes: list[str], ops: int,
            pause: tuple[float, float] = BURST) -> list[float]:
    base, code = url.rsplit("/j/", 1)
    done = subprocess.run([sys.executable, "-m", "tests.room.phones_sim", base, code, round_id, ",".join(people),
                           ",".join(notes), str(ops), f"{pause[0]}:{pause[1]}"],
                          capture_output=True, text=True, timeout=600, check=True)
    data = json.loads(done.stdout)
    if any(s >= 500 for s in data["statuses"]):
        raise RuntimeError("server errors during the benchmark")
    return data["latencies"]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def bench_room_dots(quick: bool) -> list[Result]:
    from benchmarks.baseline_room import RawRoom
    from reslab_desktop.room import RoomServer
    from reslab_desktop.storage import Store
    from tests.room.helpers import make_workshop

    levels = ((1, 20, BURST), (20, 4, BURST)) if quick else ((1, 60, BURST), (50, 8, BURST), (200, 5, BURST),
                                                           (200, 5, PERSON))
    folder = Path(tempfile.mkdtemp(prefix="reslab-bench-room-"))
    results = []
    try:
        for phones, ops, pause in levels:
            pace = "" if pause == BURST else f", a tap every {pause[0]:g}–{pause[1]:g} s"
            w = make_workshop(folder / f"app-{phones}-{pause[0]:g}.reslab", n_notes=8, n_people=max(phones, 4), budget=3,
                              max_per_note=2)
            raw = folder / f"raw-{phones}-{pause[0]:g}.reslab"
            shutil.copy(w.path, raw)
            people = w.people[:phones]
            base_rss = _rss_mb()
            room = RawRoom(raw)
            url = room.start()
            cpu = time.process_time()
            try:
                baseline = _phones(url, w.round_id, people, w.notes, ops, pause)
            finally:
                raw_cpu = time.process_time() - cpu
                room.stop()
            raw_rss = _rss_mb() - base_rss
            base_rss = _rss_mb()
            store = Store.open(w.path)
            server = RoomServer(store, port=0)
            try:
                url = server.start()
                cpu = time.process_time()
                app = _phones(url, w.round_id, people, w.notes, ops, pause)
                app_cpu = time.process_time() - cpu
                app_rss = _rss_mb() - base_rss
                batches = server.dots.batches
            finally:
                server.stop()
                store.close()
            note = (f"{len(app)} dots in {batches} commits (group commit; the baseline: one commit per dot); "
                    f"synchronous=FULL on both sides; load average {os.getloadavg()[0]:.1f} on 2 shared cores")
            results.append(Result(f"room: dot round trip p50, {phones} phones{pace}", _pct(app, 0.5), _pct(baseline, 0.5),
                                  target_ratio=2.0, note=note))
            results.append(Result(f"room: dot round trip p99, {phones} phones{pace}", _pct(app, 0.99), _pct(baseline, 0.99),
                                  target_ratio=2.0, target_abs=0.150 if phones >= 200 else None, note=note))
            results.append(Result(f"room: server CPU per dot request, {phones} phones{pace}", app_cpu / max(1, len(app)),
                                  raw_cpu / max(1, len(baseline)), note="CPU time of the serving process "
                                  "(the phones are another process): what the machine's load cannot stretch"))
            if pause == BURST and phones == max(level[0] for level in levels):
                results.append(Result(f"room: memory added by the server, {phones} phones", max(app_rss, 0.1),
                                      max(raw_rss, 0.1), unit="MB", note="RSS growth of this process"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def bench_room_gui_lateness(quick: bool) -> list[Result]:
    """A 5 ms timer on the GUI thread of a real window with the room open: how late it fires
    while phones vote (baseline: the same window while nobody votes)."""
    import threading

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.harness import settle
    from reslab_desktop.ui.room import phones_hooks
    from reslab_desktop.ui.workspace import workspace
    from tests.room.helpers import make_workshop

    app = QApplication.instance() or QApplication([])
    phones, ops = (50, 3) if quick else (200, 5)
    folder = Path(tempfile.mkdtemp(prefix="reslab-bench-gui-"))
    try:
        w = make_workshop(folder / "sala.reslab", n_notes=8, n_people=phones, budget=3, max_per_note=2)
        window = workspace().open_path(w.path)
        settle()
        box = phones_hooks.phones_box(window)
        phones_hooks.open_phones(window)
        box.address.clear()
        box.address.addItem("127.0.0.1", "127.0.0.1")
        box.open_button.click()
        url = box.phones.server.url

        def lateness(seconds: float, busy: threading.Thread | None) -> list[float]:
            clock, late, last = QElapsedTimer(), [], [0]
            clock.start()
            timer = QTimer()
            timer.setInterval(5)

            def tick() -> None:
                now = clock.nsecsElapsed() / 1e9
                if last[0]:
                    late.append(max(0.0, now - last[0] - 0.005))
                last[0] = now

            timer.timeout.connect(tick)
            timer.start()
            end = time.monotonic() + seconds
            if busy is not None:
                busy.start()
            while (busy.is_alive() if busy is not None else time.monotonic() < end):
                app.processEvents()
                time.sleep(0.001)
            timer.stop()
            return late

        idle = lateness(3.0, None)
        busy = {}
        for pause in (BURST, PERSON):
            worker = threading.Thread(target=_phones, args=(url, w.round_id, w.people[:phones], w.notes, ops, pause))
            busy[pause] = lateness(0, worker)
        window.close()
        settle()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    note = f"5 ms timer on the GUI thread; baseline: the same window idle; load average {os.getloadavg()[0]:.1f}"
    return [Result(f"room: GUI event-loop lateness p99 while {phones} phones vote"
                   + ("" if pause == BURST else f", a tap every {pause[0]:g}–{pause[1]:g} s"),
                   _pct(late, 0.99), _pct(idle, 0.99), target_abs=0.016, note=note) for pause, late in busy.items()]


SUITE = [bench_room_dots, bench_room_gui_lateness]
