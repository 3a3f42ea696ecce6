"""File ▸ Portfolio… and File ▸ Export Data…: real dialogs offscreen, the work on a worker
thread behind a progress dialog that cancels, one-line errors in the UI's language."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from reslab_desktop.services.workshop import update_workshop
from reslab_desktop.storage import Store
from reslab_desktop.ui import i18n
from reslab_desktop.ui.portfolio_dialog import PortfolioDialog


def error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_boxes() -> None:
    for box in error_boxes():
        box.done(0)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    """Two communities from the demo, a copy of one, and a damaged file."""
    root = tmp_path_factory.mktemp("comunidades")
    for name, place in (("oaxaca", "Oaxaca de Juárez"), ("monterrey", "Monterrey")):
        shutil.copy(demo_file, root / f"{name}.reslab")
        with Store.open(root / f"{name}.reslab") as store:
            update_workshop(store, learning_community=f"Comunidad {place}", place=place)
    shutil.copy(root / "oaxaca.reslab", root / "oaxaca (copia).reslab")
    (root / "roto.reslab").write_bytes((root / "monterrey.reslab").read_bytes()[:5000])
    return root


@pytest.fixture
def dialog(qtbot, app) -> PortfolioDialog:
    d = PortfolioDialog()
    qtbot.addWidget(d)
    d.open_when_done.setChecked(False)
    d.show()
    return d


def test_reads_a_folder_off_the_gui_thread_and_shows_communities_and_problems(qtbot, dialog, folder) -> None:
    dialog.add_sources([folder])
    assert dialog.sources.count() == 1 and "4" in dialog.sources.item(0).text()
    assert not dialog.save_pdf.isEnabled()
    threads: set[int] = set()
    work = dialog.read()
    assert work is not None
    work._signals.progress.connect(lambda *_: threads.add(threading.get_ident()), Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: dialog.portfolio is not None, timeout=60_000)
    assert isinstance(dialog.progress_dialog, QProgressDialog)
    assert threading.get_ident() not in threads
    assert dialog.table.rowCount() == 2
    names = {dialog.table.item(r, 1).text() for r in range(2)}
    assert names == {"Comunidad Oaxaca de Juárez", "Comunidad Monterrey"}
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("roto.reslab" in p for p in problems) and any("oaxaca" in p and "copy" in p for p in problems)
    assert "files read: 3 of 4" in dialog.summary.text()
    assert dialog.save_pdf.isEnabled() and dialog.save_xlsx.isEnabled()


def test_saves_the_pdf_and_the_workbook(qtbot, dialog, folder, tmp_path) -> None:
    dialog.add_sources([folder])
    dialog.lang.setCurrentIndex(dialog.lang.findData("es"))
    dialog.read()
    qtbot.waitUntil(lambda: dialog.portfolio is not None, timeout=60_000)
    for kind, target in (("pdf", tmp_path / "portafolio.pdf"), ("xlsx", tmp_path / "portafolio.xlsx"),
                         ("csv", tmp_path / "tablas")):
        work = dialog.save(kind, target)
        assert work is not None
        with qtbot.waitSignal(work.finished, timeout=60_000):
            pass
        assert target.exists(), kind
        assert str(target) in dialog.summary.text()
    text = subprocess.run(["pdftotext", str(tmp_path / "portafolio.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Portafolio de Comunidades de Aprendizaje" in text and "roto.reslab" in text
    assert openpyxl.load_workbook(tmp_path / "portafolio.xlsx").sheetnames[0] == "Comunidades"
    assert (tmp_path / "tablas" / "communities.csv").exists()


def test_cancel_stops_the_reading_and_writes_nothing(qtbot, dialog, folder, tmp_path) -> None:
    many = tmp_path / "muchos"
    many.mkdir()
    for i in range(40):
        (many / f"t{i:02d}.reslab").symlink_to(folder / "monterrey.reslab")
    dialog.add_sources([many])
    work = dialog.read()
    assert work is not None
    [cancel] = dialog.progress_dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()  # the progress dialog's button
    with qtbot.waitSignal(work.failed, timeout=60_000):
        pass
    assert dialog.portfolio is None and not dialog.save_pdf.isEnabled()
    assert dialog.summary.text() == "Cancelled: nothing was written."
    assert dialog.read_button.isEnabled()


def test_a_folder_without_workshops_is_a_one_line_error_in_spanish(qtbot, dialog, tmp_path) -> None:
    empty = tmp_path / "vacía"
    empty.mkdir()
    (empty / "notas.txt").write_text("nada", encoding="utf-8")
    i18n.set_language("es")
    try:
        dialog.add_sources([empty])
        qtbot.waitUntil(lambda: bool(error_boxes()))
        [box] = error_boxes()
        assert box.text() == f"La carpeta «{empty}» no tiene archivos de taller (.reslab)."
        assert "\n" not in box.text() and not box.detailedText()
        close_boxes()
        assert dialog.sources.count() == 0
        dialog.read()
        qtbot.waitUntil(lambda: bool(error_boxes()))
        assert error_boxes()[0].text() == "Primero agrega al menos un archivo o una carpeta de talleres."
        close_boxes()
        dialog.add_sources([tmp_path / "no-existe"])
        qtbot.waitUntil(lambda: bool(error_boxes()))
        assert error_boxes()[0].text().endswith("no existe.")
        close_boxes()
    finally:
        i18n.set_language("en")


def test_the_file_menu_has_both_rows_in_spanish(open_window, demo_copy, qtbot) -> None:
    window = open_window(demo_copy)
    i18n.set_language("es")
    try:
        assert window.actions_by_id["file.portfolio"].text() == "Porta&folio…"
        assert window.actions_by_id["file.export_data"].text() == "Exportar d&atos…"
    finally:
        i18n.set_language("en")
    window.actions_by_id["file.portfolio"].trigger()
    shown = window.findChild(PortfolioDialog, "portfolioDialog")
    assert shown is not None and shown.isVisible() and shown.folder == demo_copy.parent
    shown.close()


def test_export_data_runs_on_a_worker_and_cancels(open_window, demo_copy, qtbot, tmp_path) -> None:
    from reslab_desktop.ui.data_export_dialog import DataExportDialog, start_data_export

    window = open_window(demo_copy)
    window.actions_by_id["file.export_data"].trigger()
    dialog = window.findChild(DataExportDialog, "dataExportDialog")
    assert dialog is not None and dialog.format.currentData() == "xlsx" and dialog.lang.currentData() == "es"
    dialog.reject()
    target = tmp_path / "datos.xlsx"
    work = start_data_export(window, "xlsx", target, "en")
    assert work is not None
    with qtbot.waitSignal(work.finished, timeout=60_000):
        pass
    assert openpyxl.load_workbook(target).sheetnames[0] == "Notes"
    assert str(target) in window.statusBar().currentMessage()

    stopped = tmp_path / "parado.xlsx"
    work = start_data_export(window, "xlsx", stopped, "es")
    work.cancel()
    with qtbot.waitSignal(work.failed, timeout=60_000):
        pass
    assert not stopped.exists() and not list(tmp_path.glob(".parado*"))
    assert window.statusBar().currentMessage() == "Data export cancelled"

    assert start_data_export(window, "xlsx", tmp_path / "no" / "x.xlsx", "es") is None
    qtbot.waitUntil(lambda: bool(error_boxes()))
    assert "does not exist" in error_boxes()[0].text()
    close_boxes()
