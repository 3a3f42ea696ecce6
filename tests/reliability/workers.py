"""Child processes for the reliability tests (run as ``python workers.py MODE ARGS…``).

``actions FILE START``: performs actions through the services forever, printing one
acknowledgement line per committed action, until it is killed.
``hold-transaction FILE``: leaves a half-done transaction in the file, then waits.
``disk-full FILE``: fills the disk (a file-size limit) mid-session and reports as JSON what
the store did.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.services import boards, people
from reslab_desktop.storage import Store

try:  # the notes service arrives with the whiteboard; the kill test uses it when present
    from reslab_desktop.services import notes
except ImportError:  # pragma: no cover
    notes = None  # type: ignore[assignment]

NOTE_TEXT = "nota {0}: agua potable para el barrio — ñandú 🌽 <b>&amp;</b>"


def ack(*parts: object) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")
    sys.stdout.flush()


def actions(path: Path, start: int) -> None:
    """Action ``i`` depends only on ``i`` so the parent knows what each ack promises."""
    store = Store.open(path)
    i = start
    while True:
        kind = i % 6
        if kind == 0:
            people.add_organization(store, f"org {i}", "community", org_id=f"o{i}")
            ack(i, "org", f"o{i}")
        elif kind == 1:
            people.add_participant(store, f"persona {i}", participant_id=f"p{i}")
            ack(i, "participant", f"p{i}")
        elif kind == 2:
            boards.create_board(store, 1 + i % 6, f"board {i}", board_id=f"b{i}")
            ack(i, "board", f"b{i}")
        elif kind == 3:
            boards.rename_board(store, f"b{i - 1}", f"board {i - 1} renamed")
            ack(i, "renamed", f"b{i - 1}", f"board {i - 1} renamed")
        elif kind == 4 and notes is not None:
            nid = notes.add_note(store, f"b{i - 2}", NOTE_TEXT.format(i), float(i % 500), float(i % 300))
            ack(i, "note", nid)
        elif kind == 4:
            people.add_organization(store, f"org {i}", org_id=f"o{i}")
            ack(i, "org", f"o{i}")
        else:
            people.remove_organizations(store, [f"o{i - 5}"])
            ack(i, "deleted-org", f"o{i - 5}")
        i += 1


def disk_full(path: Path) -> None:
    """Limit file sizes to the current size, so the next growth of the file fails."""
    report: dict[str, object] = {}
    store = Store.open(path)
    people.add_organization(store, "antes", org_id="o-before")
    resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size, resource.RLIM_INFINITY))
    added = 0
    try:
        for i in range(10_000):
            people.add_organization(store, f"org {i} " + "x" * 250, org_id=f"o{i}")
            added += 1
    except ReslabError as exc:
        report["error"] = str(exc)
        report["failed_id"] = f"o{added}"
    report["added_before_failure"] = added
    report["detached"] = store.detached
    ids = [o.id for o in people.list_organizations(store)]
    report["failed_action_present"] = report.get("failed_id") in ids
    people.add_organization(store, "después", org_id="o-after")
    report["ids_in_memory"] = [o.id for o in people.list_organizations(store)]
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    store.save_copy(path.with_name("rescued.reslab"))
    people.add_organization(store, "en la copia", org_id="o-in-copy")
    report["path_after_save"] = str(store.path)
    report["detached_after_save"] = store.detached
    store.close()
    print(json.dumps(report))


def hold_transaction(path: Path) -> None:
    """Spill uncommitted pages into the file, then wait to be killed: a hot journal."""
    import sqlite3
    import time

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size=1")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO organizations (id, seq, name, sector) VALUES (?, ?, ?, 'other')",
        [(f"uncommitted-{i}", 1000 + i, "x" * 400) for i in range(2000)],
    )
    conn.execute("UPDATE workshop SET title = 'half-written'")
    ack("holding")
    time.sleep(600)


if __name__ == "__main__":
    mode, file = sys.argv[1], Path(sys.argv[2])
    if mode == "actions":
        actions(file, int(sys.argv[3]))
    elif mode == "hold-transaction":
        hold_transaction(file)
    elif mode == "disk-full":
        disk_full(file)
    else:
        raise SystemExit(f"unknown mode {mode}")
