"""``reslab serve`` as a subprocess: the first line, signals, exit codes, the file left complete."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys

import pytest

from reslab_desktop.room.codes import CODE_ALPHABET
from tests.room.helpers import call, join, split_url

LINE = re.compile(r"^room: http://127\.0\.0\.1:(\d+)/j/([A-Z0-9]{4,6})$")


def serve(path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "reslab_desktop", "serve", str(path), "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def first_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline().rstrip("\n")
    assert line, proc.stderr.read() if proc.stderr else ""
    return line


def export(path) -> dict:
    out = subprocess.run([sys.executable, "-m", "reslab_desktop", "export", str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serve_votes_and_stops_cleanly(workshop, stop):
    proc = serve(workshop.path)
    try:
        line = first_line(proc)
        match = LINE.match(line)
        assert match, line
        assert len(match.group(2)) == 5 and set(match.group(2)) <= set(CODE_ALPHABET)
        base, code = split_url(line.split(" ", 1)[1])
        token = join(base, code, workshop.people[0])
        reply = call(base, "POST", f"/api/rounds/{workshop.round_id}/dots",
                     {"note_id": workshop.notes[4], "delta": 1}, token=token)
        assert reply.status == 200
        proc.send_signal(stop)
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    siblings = sorted(p.name for p in workshop.path.parent.iterdir())
    assert siblings == [workshop.path.name]  # no -journal, no -wal
    (rnd,) = [r for r in export(workshop.path)["votes"] if r["id"] == workshop.round_id]
    assert rnd["ballots"] == [{"participant": workshop.people[0], "note": workshop.notes[4], "dots": 1}]


def test_code_and_guests_options(workshop):
    proc = serve(workshop.path, "--code", "HAT7K", "--guests")
    try:
        base, code = split_url(first_line(proc).split(" ", 1)[1])
        assert code == "HAT7K"
        reply = call(base, "POST", "/api/join", {"code": "HAT7K", "name": "Invitada Nueva"})
        assert reply.status == 200
    finally:
        proc.terminate()
        assert proc.wait(20) == 0


def _fails(path, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "reslab_desktop", "serve", str(path), *args],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_port_in_use(workshop):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert "in use" in _fails(workshop.path, "--port", str(port))


@pytest.mark.parametrize("host", ["999.1.2.3", "not an address", "example.invalid", "203.0.113.77"])
def test_bad_address(workshop, host):
    _fails(workshop.path, "--host", host, "--port", "0")


def test_bad_code_port_and_files(workshop, tmp_path):
    _fails(workshop.path, "--code", "ABC0", "--port", "0")  # 0 looks like O
    _fails(workshop.path, "--port", "70000")
    _fails(tmp_path / "missing.reslab", "--port", "0")
    damaged = tmp_path / "damaged.reslab"
    damaged.write_bytes(workshop.path.read_bytes()[:4096] + b"\x00garbage" * 500)
    _fails(damaged, "--port", "0")
    text = tmp_path / "notes.reslab"
    text.write_text("not a workshop")
    _fails(text, "--port", "0")
