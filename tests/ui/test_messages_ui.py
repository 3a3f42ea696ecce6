"""Service errors reach the Spanish UI in Spanish; Qt's own dialogs speak Spanish too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

import reslab_desktop
from reslab_desktop.errors import ValidationError
from reslab_desktop.ui import dialogs, i18n

UI = Path(reslab_desktop.__file__).parent / "ui"


@pytest.fixture
def spanish(app):
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_error_dialog_shows_the_service_message_in_spanish(spanish, qtbot):
    box = dialogs.show_error(None, ValidationError("time is counted in hours or days (got 'MXN')"))
    try:
        assert box.text() == "Tiempo: se cuenta en horas o días (se recibió 'MXN')"
    finally:
        box.close()


def test_error_dialog_stays_english_in_english(app, qtbot):
    i18n.set_language("en")
    box = dialogs.show_error(None, ValidationError("the name cannot be empty"))
    try:
        assert box.text() == "the name cannot be empty"
    finally:
        box.close()


def _raw_exception_texts(path: Path) -> list[int]:
    """Lines where ``str(exc)`` of a caught exception is shown without going through the
    catalogue (``error_text`` / ``translate`` / ``user_message``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrapped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "error_text", "translate", "user_message"):
            wrapped.update(id(n) for n in ast.walk(node))
    caught = {h.name for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler) and h.name}
    bad = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "str" and node.args
                and isinstance(node.args[0], ast.Name) and node.args[0].id in caught and id(node) not in wrapped):
            parent_is_os = False  # "exc.strerror or str(exc)": an OS error's own text
            for other in ast.walk(tree):
                if isinstance(other, ast.BoolOp) and node in other.values and isinstance(other.values[0], ast.Attribute):
                    parent_is_os = other.values[0].attr == "strerror"
            if not parent_is_os:
                bad.append(node.lineno)
    return bad


def test_no_dialog_shows_an_untranslated_exception():
    found = {f"{p.relative_to(UI)}:{line}" for p in sorted(UI.rglob("*.py")) for line in _raw_exception_texts(p)}
    allowed = {"crash.py", "recovery.py"}  # bug reports: the traceback's own text
    assert not {f for f in found if f.split(":")[0] not in allowed}


def test_qt_standard_dialogs_are_spanish(spanish, qtbot, tmp_path):
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Buscar en:"
    dialog = QFileDialog(None, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "&Nombre de archivo:", "Archivos de &tipo:"} <= texts


def test_sign_up_list_row_problems_are_spanish(spanish, qtbot, tmp_path):
    from PySide6.QtGui import QUndoStack

    from reslab_desktop.storage import Store
    from reslab_desktop.ui.people.import_dialog import RosterImportDialog

    csv = tmp_path / "lista.csv"
    csv.write_text("nombre,organización,rol\nAna,Cruz Roja,participante\n,Cruz Roja,participante\nLuis,,jefe\n",
                   encoding="utf-8")
    store = Store.create(tmp_path / "t.reslab", "Taller", "es")
    try:
        dialog = RosterImportDialog(store, QUndoStack(), csv)
        qtbot.addWidget(dialog)
        statuses = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
        assert statuses[1] == "Falta el nombre"
        assert statuses[2].startswith("Rol desconocido: “jefe”")
    finally:
        store.close()
