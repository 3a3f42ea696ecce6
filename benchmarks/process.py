"""Running a measured program in a fresh process, with settings isolated in a temporary home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """Offscreen Qt, and HOME/XDG folders in ``home`` (no saved geometry or recent files leak in)."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_DOCUMENTS_DIR=str(home / "docs"), PYTHONPATH=str(ROOT), **extra)
    env.pop("PYTHONSTARTUP", None)
    # An installed app has its bytecode compiled; this machine sets PYTHONDONTWRITEBYTECODE, which
    # would make every start compile every module. Caches go to one folder in the temporary
    # directory (kept between runs), not into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "reslab-benchmarks-pycache")
    return env


def until_first_paint(args: list[str], env: dict[str, str], timeout: float = 60.0,
                      program: str = sys.executable, cwd: Path = ROOT) -> float:
    """Seconds from spawning ``program args`` (python by default) until it reports
    ``first-paint <monotonic>`` on stderr."""
    start = time.monotonic()
    done = subprocess.run([program, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
    for line in done.stderr.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first paint reported (exit {done.returncode}): {done.stderr.strip()[-500:]}")


def wall_time(args: list[str], env: dict[str, str], timeout: float = 300.0) -> float:
    """Seconds for ``python args`` to run to completion (it must exit 0)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])}… exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return seconds


def probe(args: list[str], env: dict[str, str], timeout: float = 300.0) -> dict[str, Any]:
    """Run ``python -m benchmarks.probes args`` and return its JSON line."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.probes", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"probe {args[0]} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
