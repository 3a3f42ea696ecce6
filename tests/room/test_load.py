"""200 simulated phones on 127.0.0.1: every acknowledged dot is in the file, none beyond the
budget, no server error; a SIGKILL mid-burst loses no acknowledged dot. Bounded in count and
time (the heavy runs are in benchmarks/bench_room.py); no timing is asserted."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys

from reslab_desktop.room import RoomServer
from reslab_desktop.storage import Store
from tests.room.helpers import make_workshop, split_url
from tests.room.phones_sim import run_phones


def _file_ballots(path, round_id) -> dict[str, dict[str, int]]:
    out = subprocess.run([sys.executable, "-m", "reslab_desktop", "export", str(path)],
                         capture_output=True, text=True, check=True)
    (rnd,) = [r for r in json.loads(out.stdout)["votes"] if r["id"] == round_id]
    ballots: dict[str, dict[str, int]] = {}
    for b in rnd["ballots"]:
        ballots.setdefault(b["participant"], {})[b["note"]] = b["dots"]
    return ballots


def test_200_phones_vote_at_once(tmp_path):
    w = make_workshop(tmp_path / "sala.reslab", n_notes=8, n_people=200, budget=3, max_per_note=2)
    store = Store.open(w.path)
    server = RoomServer(store, port=0)
    base, code = split_url(server.start())
    try:
        phones = asyncio.run(run_phones(base, code, w.round_id, w.people, w.notes, ops=3, budget=3))
    finally:
        server.stop()
        store.close()
    statuses = [s for p in phones for s in p.statuses]
    assert not [s for s in statuses if s >= 500] and server.stats.server_errors == 0
    assert statuses.count(200) > 600  # joins and most dots went through (409 = over the per-note maximum)
    assert set(statuses) <= {200, 409}
    in_file = _file_ballots(w.path, w.round_id)
    for phone in phones:
        assert in_file.get(phone.participant_id, {}) == phone.acked
        assert sum(phone.acked.values()) <= 3 and max(phone.acked.values(), default=0) <= 2


def test_sigkill_mid_burst_loses_no_acknowledged_dot(tmp_path):
    w = make_workshop(tmp_path / "sala.reslab", n_notes=6, n_people=60, budget=4, max_per_note=2)
    proc = subprocess.Popen([sys.executable, "-m", "reslab_desktop", "serve", str(w.path), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base, code = split_url(proc.stdout.readline().split(" ", 1)[1].strip())
        # killed after the 150th acknowledged dot, whatever the machine's speed: mid-burst
        phones = asyncio.run(run_phones(base, code, w.round_id, w.people, w.notes, ops=400, pause=(0.0, 0.02),
                                        budget=4, deadline_s=60,
                                        after_acks=(150, lambda: proc.send_signal(signal.SIGKILL))))
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.wait()
    acked = sum(1 for p in phones for s in p.statuses[1:] if s == 200)
    assert acked >= 150  # the kill came mid-burst, with dots still in flight
    in_file = _file_ballots(w.path, w.round_id)
    for phone in phones:
        mine = in_file.get(phone.participant_id, {})
        if phone.pending is None or mine == phone.acked:
            assert mine == phone.acked
            continue
        note, delta = phone.pending  # the one in flight may have committed before the kill
        after = dict(phone.acked)
        after[note] = after.get(note, 0) + delta
        assert mine == {k: n for k, n in after.items() if n}
