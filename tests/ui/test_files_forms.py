"""Files and forms (issue 17, items 16–19): new workshop on a fresh home, labels, dates, forms."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.ui import i18n
from reslab_desktop.ui.workspace import workspace


@pytest.fixture
def spanish(app):
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()] + [
        b for w in QApplication.topLevelWidgets() for b in w.findChildren(QMessageBox) if b.isVisible()]


def test_new_workshop_on_a_fresh_home_creates_the_default_folder(app, qtbot, tmp_path):
    from reslab_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    documents = tmp_path / "home" / "Documents"  # a fresh home: no Documents folder yet
    dialog = NewWorkshopDialog(documents, create=workspace().create_workshop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Laboratorio Oaxaca")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not _error_boxes()
    window = dialog.created
    assert window is not None and (documents / "Laboratorio Oaxaca.reslab").is_file()
    assert get_workshop(window.store).title == "Laboratorio Oaxaca"
    window.close()


def test_a_failed_create_keeps_the_dialog_and_the_typed_title(spanish, qtbot, tmp_path):
    from reslab_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog(tmp_path, create=workspace().create_workshop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Laboratorio Mérida")
    dialog.file_edit.setText(str(tmp_path / "no-such-folder" / "x.reslab"))
    dialog.file_edit.textEdited.emit("x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    boxes = _error_boxes()
    assert boxes and "no existe" in boxes[0].text()
    assert dialog.isVisible() and dialog.title_edit.text() == "Laboratorio Mérida"
    assert dialog.created is None
    for box in boxes:
        box.close()


def test_the_file_label_has_no_literal_ampersand(spanish, qtbot, tmp_path):
    from reslab_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog(tmp_path)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "Archivo" in label.text()]
    assert labels and labels[0].buddy() is dialog.file_edit  # "&" is the mnemonic, not shown


def test_default_pdf_file_names_speak_the_ui_language(spanish, open_window, tmp_path, qtbot):
    from reslab_desktop.storage import Store
    from reslab_desktop.ui.pdf_export import PdfExportDialog

    path = tmp_path / "t.reslab"
    Store.create(path, "Laboratorio Oaxaca", "es").close()
    window = open_window(path)
    dialog = PdfExportDialog(window.store, window)
    qtbot.addWidget(dialog)
    names = {}
    for kind in ("report", "sign-in", "worksheets"):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        names[kind] = dialog.suggested_name()
    assert names == {"report": "Laboratorio Oaxaca - informe.pdf", "sign-in": "Laboratorio Oaxaca - lista de asistencia.pdf",
                     "worksheets": "Laboratorio Oaxaca - hojas de trabajo.pdf"}
