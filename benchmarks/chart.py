"""``python -m benchmarks.chart RESULTS.json OUT.png``: the app/baseline ratios as a bar chart
(drawn with Qt, no matplotlib); ``--markdown`` prints the results table, ``--update-doc`` puts it
into docs/performance.md between its results markers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from benchmarks.harness import _fmt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROW_H, LABEL_W, BAR_W, PAD = 26, 470, 420, 16
MET, MISSED, BASE = "#2E7D32", "#C62828", "#9E9E9E"


START, END = "<!-- results:start -->", "<!-- results:end -->"


def run_line(payload: dict[str, Any]) -> str:
    m, run, v = payload["machine"], payload.get("run", {}), payload.get("versions", {})
    libs = ", ".join(f"{k} {val}" for k, val in v.items())
    load = (f"; load average {run['load_at_start']} at the start, {run['load_at_end']} at the end "
            "(1/5/15 min; the machine had 2 cores and was shared)") if run.get("load_at_start") else ""
    return (f"{'Quick' if payload['quick'] else 'Full'} run started {run.get('started', '?')}, "
            f"{run.get('seconds', '?')} s, on {m['cpu']} ({m['cores']} cores), {m['system']}, Python {m['python']}"
            f"{', ' + libs if libs else ''}{load}.")


def update_doc(payload: dict[str, Any], doc: Path) -> None:
    """Replace the text between the results markers of ``doc`` with this run's line and table."""
    text = doc.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    doc.write_text(f"{head}{START}\n{run_line(payload)}\n\n{markdown(payload)}\n{END}{tail}", encoding="utf-8")


def markdown(payload: dict[str, Any]) -> str:
    rows = ["| operation | app | baseline | ratio | target | met? |", "| --- | ---: | ---: | ---: | --- | --- |"]
    for r in payload["results"]:
        target = []
        if r["target_ratio"] is not None:
            target.append(f"≤ {r['target_ratio']:g}×")
        if r["target_abs"] is not None:
            target.append(f"< {_fmt(r['target_abs'], r['unit'])}")
        rows.append(f"| {r['operation']} | {_fmt(r['app'], r['unit'])} | {_fmt(r['baseline'], r['unit'])} | "
                    f"{r['ratio']:.2f}× | {', '.join(target) or 'report'} | {'yes' if r['met'] else '**no**'} |")
    return "\n".join(rows)


def draw(payload: dict[str, Any], out: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    from reslab_desktop.ui.app import register_fonts

    register_fonts(_app)  # type: ignore[arg-type]
    results = [r for r in payload["results"] if r["baseline"] > 0]
    top = 56
    height = top + len(results) * ROW_H + 40
    width = LABEL_W + BAR_W + 2 * PAD + 70
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)
    p.setFont(font)
    max_ratio = max(4.0, min(10.0, max(r["ratio"] for r in results) * 1.05))
    x0 = PAD + LABEL_W

    def x_of(ratio: float) -> float:
        return x0 + BAR_W * min(ratio, max_ratio) / max_ratio

    bold = QFont(font)
    bold.setBold(True)
    bold.setPixelSize(15)
    p.setFont(bold)
    p.drawText(QRectF(PAD, 8, width - 2 * PAD, 22), Qt.AlignmentFlag.AlignLeft,
               "App time ÷ raw baseline time (shorter is better; grey line = baseline, 1×)")
    p.setFont(font)
    p.setPen(QColor("#555555"))
    p.drawText(QRectF(PAD, 30, width - 2 * PAD, 20), Qt.AlignmentFlag.AlignLeft,
               f"{payload['machine']['cpu']}, {payload['machine']['cores']} cores, Python {payload['machine']['python']}"
               f"{' — quick mode' if payload['quick'] else ''}.  Green: target met; red: missed.")
    for i, r in enumerate(results):
        y = top + i * ROW_H
        p.setPen(QColor("#222222"))
        p.drawText(QRectF(PAD, y, LABEL_W - 10, ROW_H), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                   p.fontMetrics().elidedText(r["operation"], Qt.TextElideMode.ElideRight, LABEL_W - 10))
        p.fillRect(QRectF(x0, y + 5, x_of(r["ratio"]) - x0, ROW_H - 10), QColor(MET if r["met"] else MISSED))
        p.drawText(QRectF(x_of(r["ratio"]) + 6, y, 70, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                   f"{r['ratio']:.2f}×" + ("+" if r["ratio"] > max_ratio else ""))
    p.setPen(QPen(QColor(BASE), 2, Qt.PenStyle.DashLine))
    p.drawLine(int(x_of(1.0)), top - 4, int(x_of(1.0)), top + len(results) * ROW_H)
    p.setPen(QColor("#555555"))
    for tick in range(0, int(max_ratio) + 1):
        p.drawText(QRectF(x_of(tick) - 20, top + len(results) * ROW_H + 6, 40, 20), Qt.AlignmentFlag.AlignHCenter,
                   f"{tick}×")
    p.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chart")
    parser.add_argument("results", type=Path)
    parser.add_argument("output", type=Path, nargs="?")
    parser.add_argument("--markdown", action="store_true", help="print the results as a Markdown table")
    parser.add_argument("--update-doc", type=Path, metavar="DOC.md",
                        help=f"put the run and the table between {START} and {END} in DOC.md")
    args = parser.parse_args(argv)
    payload = json.loads(args.results.read_text(encoding="utf-8"))
    if args.markdown:
        print(run_line(payload) + "\n\n" + markdown(payload))
    if args.update_doc:
        update_doc(payload, args.update_doc)
    if args.output:
        draw(payload, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
