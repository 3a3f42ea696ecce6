"""File → Print…: PDF pages printed through a real QPrinter, and honest words when nothing can print."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from reslab_desktop.reports.api import PdfOptions, prepare
from reslab_desktop.storage import Store
from reslab_desktop.ui import printing
from reslab_desktop.ui.pdf_export import send_to_printer

needs_poppler = pytest.mark.skipif(printing.rasterizer() is None, reason="needs poppler (pdftoppm, pdfinfo)")


@pytest.fixture(scope="module")
def worksheets(demo_file: Path, tmp_path_factory) -> Path:
    """Three blank worksheets of the demo, as the report code builds them."""
    target = tmp_path_factory.mktemp("print") / "hojas.pdf"
    store = Store.open(demo_file, read_only=True)
    try:
        prepare(store, PdfOptions(kind="worksheets", page="letter", lang="es")).write(target)
    finally:
        store.close()
    return target


def _pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def _page_png(pdf: Path, page: int, out: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "40", "-singlefile", "-png", str(pdf),
                    str(out)], check=True, timeout=60)
    return Image.open(f"{out}.png").convert("L")


def _print(qtbot, pdf: Path, printer: QPrinter, pages: list[int]) -> int:
    job = printing.PagePrinter(pdf, printer, pages, str(printing.rasterizer()))
    with qtbot.waitSignal(job.finished, timeout=120_000) as done:
        job.start()
    return int(done.args[0])


@needs_poppler
def test_every_page_reaches_the_printer_as_it_looks_in_the_pdf(qtbot, qapp, worksheets, tmp_path) -> None:
    count = printing.page_count(worksheets)
    assert count >= 3
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    printing.match_paper(printer, printing.pdf_info(worksheets)[1])
    assert _print(qtbot, worksheets, printer, printing.chosen_pages(printer, count)) == count
    printed = PdfReader(out)
    assert len(printed.pages) == count
    source = PdfReader(worksheets).pages[0].mediabox
    assert abs(float(printed.pages[0].mediabox.width) - float(source.width)) < 2
    assert abs(float(printed.pages[0].mediabox.height) - float(source.height)) < 2
    for page in (1, count):  # the printed page shows what the PDF page shows, where it shows it
        a = _page_png(worksheets, page, tmp_path / f"src{page}")
        b = _page_png(out, page, tmp_path / f"out{page}").resize(a.size)
        assert ImageStat.Stat(ImageChops.difference(a, b)).mean[0] < 6
        assert ImageStat.Stat(a).mean[0] < 250  # not a blank page compared to a blank page


@needs_poppler
def test_the_dialogs_page_range_is_printed(qtbot, qapp, worksheets, tmp_path) -> None:
    out = tmp_path / "range.pdf"
    printer = _pdf_printer(out)
    printing.match_paper(printer, printing.pdf_info(worksheets)[1])
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    pages = printing.chosen_pages(printer, printing.page_count(worksheets))
    assert pages == [2, 3]
    assert _print(qtbot, worksheets, printer, pages) == 2
    assert len(PdfReader(out).pages) == 2
    a = _page_png(worksheets, 2, tmp_path / "src")
    b = _page_png(out, 1, tmp_path / "out").resize(a.size)
    assert ImageStat.Stat(ImageChops.difference(a, b)).mean[0] < 6


@needs_poppler
def test_cancelling_leaves_no_pages_behind(qtbot, qapp, worksheets, tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "cancelled.pdf")
    job = printing.PagePrinter(worksheets, printer, [1, 2, 3], str(printing.rasterizer()))
    with qtbot.waitSignal(job.progress, timeout=60_000):
        job.start()
    job.cancel()
    assert not job._folder.exists()


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_no_viewer_and_no_printer_is_said_not_hidden(qtbot, app, worksheets, tmp_path, monkeypatch) -> None:
    """Nothing on PATH (no poppler, no lp, no xdg-open): the app says so and offers the file."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    send_to_printer(window, worksheets)
    boxes = _message_boxes()
    assert len(boxes) == 1
    assert "no program that can print or show a PDF" in boxes[0].text()
    assert "viewer" not in window.statusBar().currentMessage()
    assert any(b.text() == "Save the PDF…" for b in boxes[0].buttons())
    boxes[0].close()


@needs_poppler
@pytest.mark.skipif(shutil.which("lpstat") is not None, reason="a print system is set up here")
def test_no_printer_set_up_is_said(qtbot, app, worksheets) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    send_to_printer(window, worksheets)
    boxes = _message_boxes()
    assert len(boxes) == 1 and boxes[0].text() == "No printer is set up on this computer."
    boxes[0].close()
