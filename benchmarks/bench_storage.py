"""Import of a 20,000-note JSON document, and the cost of committing one action."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from benchmarks import workloads
from benchmarks.harness import Result, interleaved, percentile


def _raw_import(text: str, target: Path) -> None:
    """Baseline: json.loads + the same tables created and filled with executemany."""
    from reslab_desktop.storage.schema_v1 import STATEMENTS

    doc = json.loads(text)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN")
    for st in STATEMENTS:
        conn.execute(st)
    w = doc["workshop"]
    conn.execute("INSERT INTO workshop (id, title, language) VALUES (1, ?, ?)", (w["title"], w["language"]))
    conn.executemany("INSERT INTO organizations VALUES (?, ?, ?, ?)",
                     [(o["id"], i, o["name"], o["sector"]) for i, o in enumerate(doc["organizations"])])
    conn.executemany("INSERT INTO participants VALUES (?, ?, ?, ?, ?)",
                     [(p["id"], i, p["name"], p["organization"], p["role"]) for i, p in enumerate(doc["participants"])])
    for bi, b in enumerate(doc["boards"]):
        conn.execute("INSERT INTO boards VALUES (?, ?, ?, ?, ?)", (b["id"], bi, b["phase"], b["title"], b["template"]))
        conn.executemany("INSERT INTO zones VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'rect', '')",
                         [(z["id"], b["id"], i, z["title"], z["x"], z["y"], z["w"], z["h"], z["color"])
                          for i, z in enumerate(b["zones"])])
        conn.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(n["id"], b["id"], i, n["text"], n["color"], n["x"], n["y"], n["w"], n["h"], n["zone"], n["author"])
                          for i, n in enumerate(b["notes"])])
        conn.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)",
                         [(f"l{i}", b["id"], i, k["from"], k["to"], k["label"]) for i, k in enumerate(b["links"])])
    conn.execute("COMMIT")
    conn.close()


def bench_import(quick: bool) -> list[Result]:
    from reslab_desktop.interchange import import_file

    notes = 5_000 if quick else 20_000
    text = json.dumps(workloads.single_board(notes), ensure_ascii=False)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.json"
        src.write_text(text, encoding="utf-8")
        counter = iter(range(10_000))

        def app() -> None:
            import_file(src, Path(tmp) / f"app{next(counter)}.reslab")

        def baseline() -> None:
            _raw_import(src.read_text(encoding="utf-8"), Path(tmp) / f"raw{next(counter)}.db")

        a, b = interleaved(app, baseline, 3 if quick else 5)
    return [Result(f"import JSON of {notes:,} notes", a, b, target_ratio=2.0)]


def bench_commit(quick: bool) -> list[Result]:
    """One note added through the service (validation, ORM, commit, event) vs a raw insert+commit."""
    import time

    from reslab_desktop.storage import Store

    n = 100 if quick else 400
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "a.reslab", "Bench")
        from reslab_desktop.services.boards import create_board

        board = create_board(store, 2, "B")
        add_note = _note_adder()
        raw = sqlite3.connect(Path(tmp) / "raw.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, board_id TEXT, seq INT, text TEXT, color TEXT, "
                    "x REAL, y REAL, w REAL, h REAL)")
        app_t, raw_t = [], []
        for i in range(n):
            t = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (f"n{i}", "b", i, "texto", "#FFE066", i, i, 160, 100))
            raw.execute("COMMIT")
            raw_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            add_note(store, board, i)
            app_t.append(time.perf_counter() - t)
        raw.close()
        store.close()
    import statistics

    return [
        Result("add one note via service (p50, commit incl.)", statistics.median(app_t), statistics.median(raw_t),
               target_abs=0.005, note=f"p99 {percentile(app_t, 99) * 1000:.1f} ms over {n} actions; "
               "journal_mode=DELETE, synchronous=FULL"),
    ]


def _note_adder():  # type: ignore[no-untyped-def]
    from reslab_desktop.services.notes import add_note

    def run(store, board, i):  # type: ignore[no-untyped-def]
        return add_note(store, board, "texto", float(i), float(i))

    return run


SUITE = (bench_import, bench_commit)
