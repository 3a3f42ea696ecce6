"""Issue 19, case 5 and 7: memory bombs and malformed inputs are one line, never a bug dialog."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from reslab_desktop.errors import InterchangeError, ValidationError
from reslab_desktop.interchange.document import parse
from reslab_desktop.interchange.roster_csv import parse_roster
from reslab_desktop.services.images import MAX_PIXELS, drawable, prepare_image
from tests.reliability.hostile import sound_workshop

REPO = Path(__file__).resolve().parents[2]


def png(side: int, mode: str = "P") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (side, side)).save(out, "PNG", optimize=True)
    return out.getvalue()


def test_a_30000_square_png_is_refused_in_one_line():
    with pytest.raises(ValidationError) as info:  # on main: DecompressionBombError (bug dialog)
        prepare_image(png(30000))
    assert "too many pixels" in str(info.value) and "\n" not in str(info.value)


def test_a_13000_square_png_of_half_a_megabyte_is_refused():
    data = png(13000)
    assert len(data) < 1_000_000
    with pytest.raises(ValidationError):  # on main: accepted at 1.34 GB
        prepare_image(data)


def test_stored_images_are_drawn_within_a_pixel_budget():
    assert drawable(png(8000)) is None  # a placeholder
    shrunk = drawable(png(3000, "RGB"))
    assert shrunk is not None and max(Image.open(io.BytesIO(shrunk)).size) == MAX_PIXELS
    small = png(100)
    assert drawable(small) == small
    assert drawable(b"\x89PNG garbage") is None


def test_render_of_a_board_with_twelve_8000_square_pngs_stays_small(tmp_path):
    path = sound_workshop(tmp_path / "w.reslab", notes=5)
    data = png(8000)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO images (id, board_id, seq, x, y, w, h, mime, data, caption) "
                     "VALUES (?, 'b1', ?, ?, 0, 400, 400, 'image/png', ?, '')",
                     [(f"i{i}", i, i * 500.0, data) for i in range(12)])
    conn.commit()
    conn.close()
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    # VmHWM: this process's own peak (ru_maxrss would count the forked pytest before exec)
    code = (
        "import sys\n"
        "from reslab_desktop.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(peak.split()[1])\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, "render", str(path), "--board", "b1",
                             "--width", "2000", "-o", str(tmp_path / "b.png")],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    peak_kb = int(result.stdout.split()[-1])
    assert peak_kb < 600_000, peak_kb  # on main: 3.06 GB


def test_a_roster_with_a_200_kb_field_is_one_line():
    text = "nombre,organización\n\"" + "x" * 200_000 + "\",Red\n"
    with pytest.raises(InterchangeError) as info:  # on main: _csv.Error (bug dialog)
        parse_roster(text)
    assert "too long" in str(info.value) and "\n" not in str(info.value)


def test_duplicate_json_keys_are_refused():
    with pytest.raises(InterchangeError) as info:
        parse('{"format": "reslab-workshop", "version": 1, "version": 2}')
    assert "'version' appears twice" in str(info.value)
