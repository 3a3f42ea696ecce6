"""Issue 19, case 6: an output never destroys the input, a device or a half-written file."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reslab_desktop.storage.atomic import atomic_path, remove_stale_parts
from reslab_desktop.storage.probe import probe
from tests.reliability.hostile import sound_workshop

REPO = Path(__file__).resolve().parents[2]


def reslab(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "reslab_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, env=env, timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reslab: error: "), result.stderr
    return lines[0]


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    return sound_workshop(tmp_path / "w.reslab", notes=20)


@pytest.mark.parametrize("how", ["same", "hard link", "symlink"])
def test_an_output_that_is_the_input_is_refused_and_the_workshop_survives(workshop, tmp_path, how):
    target = workshop
    if how == "hard link":
        target = tmp_path / "other-name.json"
        os.link(workshop, target)
    elif how == "symlink":
        target = tmp_path / "link.json"
        target.symlink_to(workshop)
    before = workshop.read_bytes()
    line = one_line_error(reslab("export", workshop, "-o", target))
    assert "is the file being read" in line
    assert workshop.read_bytes() == before and probe(workshop).version > 0


def test_repair_into_its_own_input_is_refused(workshop):
    before = workshop.read_bytes()
    # (a sound file has nothing to repair; a damaged one must not be replaced by its repair)
    with workshop.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 64)
    damaged = workshop.read_bytes()
    result = reslab("check", workshop, "--repair", "-o", workshop)
    assert result.returncode == 2 and workshop.read_bytes() == damaged != before


def test_a_fifo_a_folder_and_a_device_are_refused_as_outputs(workshop, tmp_path):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    assert "pipe (FIFO)" in one_line_error(reslab("export", workshop, "-o", fifo, timeout=60))
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert "is a folder" in one_line_error(reslab("export", workshop, "-o", tmp_path))
    assert "is a device" in one_line_error(reslab("export", workshop, "-o", "/dev/null"))
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(os.geteuid() != 0 or not os.path.exists("/dev/full"), reason="as root: /dev/full")
def test_as_root_dev_full_stays_a_device(workshop):
    one_line_error(reslab("export", workshop, "-o", "/dev/full"))
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "48k"):
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("needs a tiny tmpfs (root)")
    filler = folder / "filler"  # the disk is full to the last byte
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    with contextlib.suppress(OSError):
        while os.write(fd, b"x" * 512):
            pass
    os.close(fd)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_is_one_line_and_leaves_no_file_for_every_output_kind(tmp_path):
    workshop = sound_workshop(tmp_path / "w.reslab", notes=300)
    with tiny_disk(tmp_path / "usb") as usb:
        board = "b1"
        kinds = [
            ("export", workshop, "-o", usb / "w.json"),
            ("render", workshop, "--board", board, "-o", usb / "w.svg"),
            ("render", workshop, "--board", board, "-o", usb / "w.png"),
            ("export-pdf", workshop, "-o", usb / "w.pdf"),
            ("export-data", workshop, "--xlsx", usb / "w.xlsx"),
            ("export-data", workshop, "--csv", usb / "csv"),
            ("check", workshop, "--repair", "-o", usb / "r.reslab"),
        ]
        json_in = tmp_path / "w.json"
        assert reslab("export", workshop, "-o", json_in).returncode == 0
        kinds.append(("import", json_in, "-o", usb / "w.reslab"))
        for args in kinds:
            result = reslab(*args)
            if args[0] == "check":  # a sound file: nothing to repair, nothing written
                assert result.returncode == 0
                continue
            line = one_line_error(result)
            assert "disk is full" in line, (args, line)
            leftovers = [p for p in usb.rglob("*") if p.is_file() and p.name != "filler"]
            assert leftovers == [], (args, leftovers)


def test_an_svg_of_a_note_with_control_characters_parses(tmp_path):
    from reslab_desktop.services import notes
    from reslab_desktop.storage import Store

    workshop = sound_workshop(tmp_path / "w.reslab", notes=2)
    with Store.open(workshop) as store:
        notes.set_text(store, "n0", "pegado\x08 de un PDF\x0c y\x01 más")
    out = tmp_path / "b.svg"
    result = reslab("render", workshop, "--board", "b1", "-o", out)
    assert result.returncode == 0, result.stderr
    ET.parse(out)  # a browser's parser accepts it too
    assert "pegado" in out.read_text("utf-8")


def test_parts_left_by_a_killed_writer_are_removed_by_the_next_output(tmp_path):
    target = tmp_path / "out.json"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".out.json.{dead.pid}.abc123xy.part"
    stale.write_bytes(b"half")
    mine = tmp_path / f".out.json.{os.getpid()}.zzz999xx.part"  # a live writer's: kept
    mine.write_bytes(b"busy")
    legacy = tmp_path / ".out.json.k3j2h1ab.part"
    legacy.write_bytes(b"old")
    os.utime(legacy, (time.time() - 3600, time.time() - 3600))
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"{}")
    assert not stale.exists() and not legacy.exists() and mine.exists()
    mine.unlink()
    assert remove_stale_parts(tmp_path) == 0 and target.read_bytes() == b"{}"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_export_to_a_full_standard_output_is_one_line(workshop):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "reslab_desktop", "export", str(workshop)], stdout=full,
                                stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    assert result.returncode == 2 and result.stderr.splitlines() == [
        "reslab: error: standard output: the disk is full; nothing was written"], result.stderr


def test_opening_a_workshop_removes_our_stale_parts_and_nothing_else(workshop):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    ours = workshop.with_name(f".w.pdf.{dead.pid}.ab12cd34.part")
    theirs = workshop.with_name(".download.part")
    for p in (ours, theirs):
        p.write_bytes(b"x")
    from reslab_desktop.storage import Store

    Store.open(workshop).close()
    assert not ours.exists() and theirs.exists()
