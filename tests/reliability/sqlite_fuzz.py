"""A fuzzer over *valid SQLite* workshop files (next to the byte-level one): it plants
schema objects, generated columns, values of every type in every column and foreign side
files, then runs what a user would (``check``, open read-only, export, read the boards).

Each file ends as one of: ``refused`` (a one-line ``ReslabError``), ``handled`` (opened and
read correctly), ``crashed`` (any other exception), ``hung`` (over ``HANG_SECONDS``) or
``changed`` (a read-only command changed a byte of the file or its folder).
``python -m tests.reliability.sqlite_fuzz N`` prints the figures of ``docs/reliability.md``.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.interchange import export_json
from reslab_desktop.interchange.document import parse
from reslab_desktop.services import boards
from reslab_desktop.storage import Store
from reslab_desktop.storage.integrity import check_file
from reslab_desktop.storage.migrations import LATEST_VERSION
from tests.reliability.hostile import sound_workshop

HANG_SECONDS = 30.0
NAMES = ["sqlitex_a", "sqlite1_b", "sqlite_autoindex_z", "sqlite_stat1", "sqlite_", "x", "boards", "notes_v",
         "ix_notes_board", "SQLITE_MASTER", "sqlite_sequence"]
VALUES = [None, 0, -1, 99, 2**63 - 1, -(2**63), 1.5, float("inf"), float("-inf"), 1e300, "", " ", "abc",
          "#ffe066\n", "#FFD966", "[]", '{"a":', "\x00", "\ud7ff" * 3, "x" * 70_000, b"", b"\xff\xfe", b"abc",
          "2026-02-30", "es", "rect", 7, 6, -1e6, 1e6 + 1]


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'")]


def mutate(path: Path, rng: random.Random) -> str:
    """One random valid-SQLite mutation of the workshop at ``path``; returns its name."""
    kind = rng.choice(["object", "generated", "value", "value", "value", "side", "schema_sql", "pragma"])
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = _tables(conn)
        table = rng.choice(tables)
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        if kind == "object":
            name = rng.choice(NAMES) + str(rng.randrange(100))
            sql = rng.choice([
                f'CREATE TRIGGER "{name}" AFTER UPDATE ON "{table}" BEGIN DELETE FROM notes; END',
                f'CREATE VIEW "{name}" AS SELECT * FROM "{table}"',
                f'CREATE INDEX "{name}" ON "{table}"("{rng.choice(columns)}")',
                f'CREATE TABLE "{name}" (a)',
            ])
            if rng.random() < 0.5:
                conn.execute("PRAGMA writable_schema=ON")
                kind_of = sql.split()[1].lower()
                conn.execute("INSERT INTO sqlite_schema VALUES (?, ?, ?, 0, ?)", (kind_of, name, table, sql))
            else:
                conn.execute(sql)
        elif kind == "generated":
            conn.execute("PRAGMA writable_schema=ON")
            sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
            expr = rng.choice(["length(hex(zeroblob(1000000)))", "1/0", "abs(-9223372036854775808)", "'x'"])
            conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?",
                         (sql.rstrip()[:-1] + f", g{rng.randrange(9)} AS ({expr}) VIRTUAL)", table))
        elif kind == "value":
            column = rng.choice(columns)
            value = rng.choice(VALUES)
            conn.execute("PRAGMA ignore_check_constraints=ON")
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN '
                         f'(SELECT rowid FROM "{table}" ORDER BY random() LIMIT {rng.randrange(1, 4)})', (value,))
            kind = f"value {table}.{column}"
        elif kind == "schema_sql":
            conn.execute("PRAGMA writable_schema=ON")
            conn.execute("UPDATE sqlite_schema SET name = ? WHERE name = ?", (rng.choice(NAMES), table))
        elif kind == "pragma":
            conn.execute(rng.choice([f"PRAGMA user_version={rng.randrange(LATEST_VERSION + 2)}",
                                     "PRAGMA journal_mode=WAL", "PRAGMA application_id=1"]))
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()
    if kind == "side":
        side = rng.choice(["-wal", "-shm", "-journal"])
        data = rng.randbytes(rng.choice([0, 32, 4096, 40_000]))
        path.with_name(path.name + side).write_bytes(data)
    return kind


def _state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def exercise(path: Path) -> str:
    """What the app does with a file from a stranger; the outcome's name."""
    before = _state(path.parent)
    started = time.monotonic()
    outcome = "refused"
    try:
        check_file(path)
        with Store.open(path, read_only=True) as store:
            text = export_json(store)
            parse(text)  # what the app writes, it reads back (no Infinity, no NaN)
            for board in boards.list_boards(store):
                boards.get_board(store, board.id)
        outcome = "handled"
    except ReslabError:
        outcome = "refused"
    except Exception:  # noqa: BLE001 - counted, and the test prints it
        traceback.print_exc()
        outcome = "crashed"
    if time.monotonic() - started > HANG_SECONDS:
        outcome = "hung"
    if _state(path.parent) != before:
        outcome = "changed"
    return outcome


def run(count: int, seconds: float, folder: Path, seed: int = 19) -> Counter[str]:
    rng = random.Random(seed)
    base = sound_workshop(folder / "base.reslab", notes=40)
    figures: Counter[str] = Counter()
    deadline = time.monotonic() + seconds
    for i in range(count):
        if time.monotonic() > deadline:
            break
        case = folder / f"case{i}"
        case.mkdir()
        path = case / "w.reslab"
        shutil.copyfile(base, path)
        for _ in range(rng.randrange(1, 4)):
            mutate(path, rng)
        figures["tried"] += 1
        figures[exercise(path)] += 1
        shutil.rmtree(case)
    return figures


if __name__ == "__main__":
    import tempfile

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as d:
        started = time.monotonic()
        result = run(n, 3600, Path(d))
        print(dict(result), f"{time.monotonic() - started:.0f} s")
