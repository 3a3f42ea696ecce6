"""``reslab render`` draws a board headless: size, content and note colors checked in the PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from reslab_desktop.cli import main
from reslab_desktop.services import boards
from reslab_desktop.storage import Store


def colors_in(image: QImage, step: int = 5) -> dict[str, int]:
    counts: dict[str, int] = {}
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            name = image.pixelColor(x, y).name().upper()
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_render_a_demo_board_in_a_separate_headless_process(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "mapa.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "reslab_desktop", "render", str(demo_file), "--board", "b-empatia-mapa",
         "-o", str(out), "--width", "1200"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 1200 and 500 < image.height() < 1000
    with Store.open(demo_file, read_only=True) as store:
        note_colors = {n.color for n in boards.load_board(store, "b-empatia-mapa").notes}
    counts = colors_in(image)
    assert len(counts) > 50  # not blank
    for color in note_colors:
        assert counts.get(color, 0) > 20, color


def test_render_svg_and_default_width(demo_file: Path, tmp_path: Path) -> None:
    assert main(["render", str(demo_file), "--board", "b-retos-matriz", "-o", str(tmp_path / "m.png")]) == 0
    assert QImage(str(tmp_path / "m.png")).width() > 2000
    assert main(["render", str(demo_file), "--board", "b-retos-matriz", "-o", str(tmp_path / "m.svg")]) == 0
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "Alto impacto" in svg


def test_render_errors_are_one_line_exit_2(demo_file: Path, tmp_path: Path, capsys) -> None:
    cases = [
        (["--board", "b-nope", "-o", str(tmp_path / "x.png")], "no board with id 'b-nope'"),
        (["--board", "b-retos-matriz", "-o", str(tmp_path / "x.gif")], "must end in .png or .svg"),
        (["--board", "b-retos-matriz", "-o", str(tmp_path / "x.png"), "--width", "5"], "--width must be between"),
        (["--board", "b-retos-matriz", "-o", str(tmp_path / "no" / "x.png")], "does not exist"),
    ]
    for extra, message in cases:
        assert main(["render", str(demo_file), *extra]) == 2
        err = capsys.readouterr().err.strip()
        assert message in err and len(err.splitlines()) == 1
    assert not list(tmp_path.glob("*.png"))
