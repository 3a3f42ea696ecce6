"""200 simulated phones each sending 10 notes in a burst, with retries of the same client_id:
exactly 2,000 notes, none twice, none lost, no server error; a SIGKILL of ``reslab serve``
mid-burst loses no acknowledged note. Bounded in count and time; no timing is asserted (the
figures are in benchmarks/bench_room_notes.py)."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import threading

from reslab_desktop.room import RoomServer
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.storage import Store
from tests.room.helpers import split_url
from tests.room.notes_helpers import make_notes_workshop
from tests.room.notes_sim import run_note_phones

KILL_AFTER_ACKS = 50  # of the 1,200 notes: the server dies mid-burst


def _exported(path) -> dict:
    out = subprocess.run([sys.executable, "-m", "reslab_desktop", "export", str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_200_phones_10_notes_each_exactly_once(tmp_path):
    nws = make_notes_workshop(tmp_path / "sala.reslab", n_people=200)
    store = Store.open(nws.path)
    server = RoomServer(store, port=0)
    server.notes.stage.open_board(pn.Intake(nws.board_id))  # straight to the board: placed as they come
    base, code = split_url(server.start())
    try:
        phones = asyncio.run(run_note_phones(base, code, nws.board_id, nws.people, notes=10, retry_share=0.2,
                                             zone_id=nws.zones["Dice"], deadline_s=600))
    finally:
        server.stop()
        store.close()
    statuses = [s for p in phones for s in p.statuses]
    assert not [s for s in statuses if s >= 500] and server.stats.server_errors == 0
    assert statuses.count(200) > 100  # the retries were answered with the note they had made
    acked = {c: n for p in phones for c, n in p.acked.items()}
    assert len(acked) == 2000
    doc = _exported(nws.path)
    sent = {p["id"]: p for p in doc["phone_notes"]}
    assert len(sent) == 2000 and set(acked.values()) == set(sent)
    (board,) = [b for b in doc["boards"] if b["id"] == nws.board_id]
    assert len(board["notes"]) == 2000 and {n.get("origin") for n in board["notes"]} == {"phone"}
    assert len({n["text"] for n in board["notes"]}) == 2000  # none twice
    assert server.notes.batches < 2000  # written in batches, not one transaction per note


def test_sigkill_mid_burst_loses_no_acknowledged_note(tmp_path):
    nws = make_notes_workshop(tmp_path / "sala.reslab", n_people=120)
    proc = subprocess.Popen([sys.executable, "-m", "reslab_desktop", "serve", str(nws.path), "--port", "0",
                             "--notes-to", nws.board_id, "--moderate"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    killed = threading.Event()

    def kill_mid_burst(acks: int) -> bool:
        # killed once notes are being acknowledged (however slow the machine), never before;
        # then the phones stop (what they had acknowledged is what is checked)
        if acks >= KILL_AFTER_ACKS and not killed.is_set():
            killed.set()
            proc.send_signal(signal.SIGKILL)
        return killed.is_set()

    try:
        base, code = split_url(proc.stdout.readline().split(" ", 1)[1].strip())
        phones = asyncio.run(run_note_phones(base, code, nws.board_id, nws.people, notes=10, retry_share=0.1,
                                             deadline_s=120, on_ack=kill_mid_burst))
    finally:
        proc.kill()
        proc.wait(10)
    assert killed.is_set(), "no note was acknowledged within the deadline"
    acked = {n for p in phones for n in p.acked.values()}
    assert len(acked) >= KILL_AFTER_ACKS
    sent = {p["id"] for p in _exported(nws.path).get("phone_notes", [])}
    assert acked <= sent  # every acknowledged note is in the file
    assert len(sent) <= 1200
