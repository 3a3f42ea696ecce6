"""The benchmark CLI runs (quick mode, one cheap benchmark) and writes its JSON; no timings asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmark_runs_and_reports(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--only", "bench_import", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "import JSON of 5,000 notes" in done.stdout
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["quick"] is True and payload["machine"]["cores"]
    [result] = payload["results"]
    assert result["app"] > 0 and result["baseline"] > 0 and result["target_ratio"] == 2.0


def _zlib_level_class(png: bytes) -> int:
    """FLEVEL of the image data's zlib header: 0 fastest, 1 fast, 2 default, 3 maximum."""
    at = png.index(b"IDAT") + 4
    return png[at + 1] >> 6


def test_the_baseline_scene_uses_the_apps_drawing_settings(qapp, tmp_path: Path) -> None:
    """The baseline copies two of the app's settings (it must not import the app): the zoom
    below which text is skipped and the PNG compression. Both sides do the same work."""
    from PySide6.QtGui import QColor, QImage, QImageWriter

    from benchmarks import baseline_scene
    from reslab_desktop.ui.board import png_stream, style

    assert baseline_scene.LOD_TEXT == style.LOD_TEXT
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFD966"))
    writer = QImageWriter(str(tmp_path / "base.png"), b"png")
    writer.setCompression(baseline_scene.PNG_COMPRESSION)
    assert writer.write(image)
    png_stream.write_png(tmp_path / "app.png", 64, 64, QColor("#FFD966"), lambda *_: None)
    base, app = (tmp_path / "base.png").read_bytes(), (tmp_path / "app.png").read_bytes()
    assert _zlib_level_class(base) == _zlib_level_class(app) == 0  # zlib level 1 on both sides
