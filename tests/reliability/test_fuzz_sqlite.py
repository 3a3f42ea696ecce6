"""Valid SQLite, hostile content: 0 crashed, 0 hung, 0 changed (``RESLAB_SQLFUZZ`` files)."""

from __future__ import annotations

import os

from tests.reliability.sqlite_fuzz import run

COUNT = int(os.environ.get("RESLAB_SQLFUZZ", "40"))
SECONDS = float(os.environ.get("RESLAB_SQLFUZZ_SECONDS", "90"))


def test_valid_sqlite_mutations_are_refused_or_handled(tmp_path):
    figures = run(COUNT, SECONDS, tmp_path)
    assert figures["tried"] >= min(COUNT, 10)
    assert figures["crashed"] == figures["hung"] == figures["changed"] == 0, dict(figures)
    assert figures["refused"] + figures["handled"] == figures["tried"]
