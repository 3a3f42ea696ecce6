"""Promise 1: nothing committed is lost, whatever moment the process is killed at.

A child performs actions through the services and prints an acknowledgement after each
commit; the parent SIGKILLs it at random points. After every kill the file opens, SQLite's
``integrity_check`` is ok and every acknowledged action is there. ``RESLAB_SOAK=N`` runs N
kills instead of the default.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reslab_desktop.services import people
from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.storage import Store
from reslab_desktop.storage.integrity import check_file
from reslab_desktop.storage.probe import probe

WORKER = Path(__file__).with_name("workers.py")
KILLS = int(os.environ.get("RESLAB_SOAK", "15"))
IMPORT_KILLS = max(6, KILLS // 3)
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _run_until_killed(path: Path, start: int, acks_wanted: int, rng: random.Random) -> list[list[str]]:
    child = subprocess.Popen(
        [sys.executable, str(WORKER), "actions", str(path), str(start)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    acks: list[list[str]] = []
    assert child.stdout is not None
    while len(acks) < acks_wanted:
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"worker stopped: {child.stderr.read() if child.stderr else ''}")
        acks.append(line.split())
    # Land the kill somewhere inside the next actions, not always right after an ack.
    time.sleep(rng.uniform(0, 0.004))
    child.send_signal(signal.SIGKILL)
    rest, err = child.communicate()
    acks += [line.split() for line in rest.split("\n")[:-1]]  # drop a line cut short
    assert child.returncode == -signal.SIGKILL, err
    return acks


def _verify(path: Path, acked: list[list[str]], unacked_deletes: set[str]) -> bool:
    """Returns whether the kill interrupted a commit that the open had to undo."""
    interrupted = probe(path).interrupted
    with Store.open(path) as store:  # a writable open rolls back an interrupted commit
        conn = store.raw_connection()
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            orgs = {r[0] for r in conn.execute("SELECT id FROM organizations")}
            people = {r[0] for r in conn.execute("SELECT id FROM participants")}
            titles = dict(conn.execute("SELECT id, title FROM boards").fetchall())
            notes = {r[0] for r in conn.execute("SELECT id FROM notes")}
        finally:
            conn.close()
    # The action running at the kill may have committed without its ack: if it was a
    # deletion, its organization may be gone too.
    deleted = {a[2] for a in acked if a[1] == "deleted-org"} | unacked_deletes
    for a in acked:
        kind, ident = a[1], a[2]
        if kind == "org" and ident not in deleted:
            assert ident in orgs, a
        elif kind == "participant":
            assert ident in people, a
        elif kind == "board":
            assert ident in titles, a
        elif kind == "renamed":
            assert titles[ident] == " ".join(a[3:]), a
        elif kind == "note":
            assert ident in notes, a
        elif kind == "deleted-org":
            assert ident not in orgs, a
    # A kill before a journal's header was finalized may leave a harmless, cold one behind;
    # a hot one must have been played back by the open, so a read-only reader sees the file.
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()
    return interrupted


def test_acknowledged_actions_survive_sigkill(tmp_path):
    rng = random.Random(os.environ.get("RESLAB_SEED", "reslab"))
    path = tmp_path / "taller.reslab"
    Store.create(path, "Taller bajo fuego").close()
    acked: list[list[str]] = []
    start = interrupted = 0
    unacked_deletes: set[str] = set()
    for _ in range(KILLS):
        new = _run_until_killed(path, start, rng.randint(1, 40), rng)
        acked += new
        running = int(new[-1][0]) + 1  # the action under way when the kill landed
        if running % 6 == 5:
            unacked_deletes.add(f"o{running - 5}")
        interrupted += _verify(path, acked, unacked_deletes)
        start = _aligned(running + 1)
    report = {"kills": KILLS, "acknowledged_actions": len(acked),
              "kills_mid_commit_rolled_back": interrupted, "lost": 0}
    print(f"\nRELIABILITY kill-actions {json.dumps(report)}")


def _aligned(i: int) -> int:
    """Restart at the next organization step so every later step finds what it refers to."""
    return i + (-i) % 6


def _big_document(notes: int) -> dict:
    return {
        "format": "reslab-workshop", "version": 1, "workshop": {"title": "Grande"},
        "boards": [{"id": f"b{b}", "phase": 1 + b % 6, "title": f"Tablero {b}", "notes": [
            {"id": f"n{b}-{i}", "text": f"nota {i} " + "texto " * 20, "color": "#FFD966",
             "x": i % 700, "y": i // 700, "w": 120, "h": 80}
            for i in range(notes // 4)]} for b in range(4)],
    }


def test_import_killed_midway_leaves_nothing_or_everything(tmp_path):
    rng = random.Random(os.environ.get("RESLAB_SEED", "reslab-import"))
    source = tmp_path / "grande.json"
    source.write_text(json.dumps(_big_document(8000)), encoding="utf-8")
    target = tmp_path / "out" / "grande.reslab"
    target.parent.mkdir()
    outcomes = {"absent": 0, "complete": 0, "killed_while_writing": 0}
    # How long a whole import takes here, so kills land before, during and after writing.
    began = time.monotonic()
    subprocess.run([sys.executable, "-m", "reslab_desktop", "import", str(source), "-o", str(target)],
                   check=True, capture_output=True)
    full = time.monotonic() - began
    target.unlink()
    for n in range(IMPORT_KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "reslab_desktop", "import", str(source), "-o", str(target)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if n % 2:
            time.sleep(rng.uniform(0.2, 1.3) * full)
        else:  # aim inside the writing: wait for the temporary file, then a little more
            while child.poll() is None and not any(target.parent.iterdir()):
                time.sleep(0.001)
            time.sleep(rng.uniform(0, 0.08) * full)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if target.exists():
            report = check_file(target)
            assert report.ok, report.problems
            assert report.counts["notes"] == 8000 and report.counts["boards"] == 4
            outcomes["complete"] += 1
            target.unlink()
        else:
            outcomes["absent"] += 1
        # Only our own temporary files may be left (.grande.reslab.*.part and its journal).
        leftovers = list(target.parent.iterdir())
        outcomes["killed_while_writing"] += bool(leftovers)
        for leftover in leftovers:
            assert leftover.name.startswith(".grande.reslab.") and ".part" in leftover.name
            leftover.unlink()
    print(f"\nRELIABILITY kill-import {json.dumps(dict(outcomes, kills=IMPORT_KILLS))}")


def test_interrupted_commit_is_undone_on_open_and_check_reads_through_it(tmp_path):
    path = tmp_path / "taller.reslab"
    with Store.create(path, "Antes del corte") as store:
        people.add_organization(store, "Comprometida", org_id="kept")
    child = subprocess.Popen([sys.executable, str(WORKER), "hold-transaction", str(path)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    child.send_signal(signal.SIGKILL)
    child.wait()
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    before = (path.read_bytes(), journal.read_bytes())

    report = check_file(path)  # read-only: looks at a rolled-back copy
    assert report.ok and report.interrupted, report.problems
    assert (path.read_bytes(), journal.read_bytes()) == before
    with Store.open(path) as store:
        assert get_workshop(store).title == "Antes del corte"
        assert [o.id for o in people.list_organizations(store)] == ["kept"]
    assert not journal.exists()
    assert check_file(path).ok
