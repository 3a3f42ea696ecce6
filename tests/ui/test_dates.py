"""Dates (issue 17, item 17): typed in the locale's format, a calendar that opens at today,
"no date" that does not swallow what is typed; the same in the workshop and session forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from reslab_desktop.services.lab import sessions
from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.storage import Store
from reslab_desktop.ui import i18n
from reslab_desktop.ui.date_field import DateField


@pytest.fixture
def spanish(app):
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_a_date_is_typed_in_the_spanish_format(spanish, qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.iso() is None and "sin fecha" in field.line.placeholderText()
    qtbot.keyClicks(field.line, "17/03/2026")
    assert field.line.text() == "17/03/2026" and field.iso() == "2026-03-17"
    field.set_iso("2026-11-25")
    assert field.line.text() == "25/11/2026"


def test_english_is_month_first(app, qtbot):
    i18n.set_language("en")
    field = DateField("2026-03-17")
    qtbot.addWidget(field)
    assert field.line.text() == "03/17/2026"
    field.line.setText("3/18/2026")
    assert field.iso() == "2026-03-18"


def test_the_calendar_opens_at_today_and_picks_a_date(spanish, qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.button.menu().aboutToShow.emit()
    today = QDate.currentDate()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year(), today.month())
    field.calendar.clicked.emit(QDate(2026, 3, 17))
    assert field.line.text() == "17/03/2026"


def test_something_that_is_not_a_date_is_refused_in_spanish(spanish, open_window, tmp_path: Path, qtbot):
    from reslab_desktop.ui.dialogs import error_text
    from reslab_desktop.ui.workshop_dialog import WorkshopDialog

    path = tmp_path / "t.reslab"
    Store.create(path, "Taller", "es").close()
    window = open_window(path)
    dialog = WorkshopDialog(window.store, window.undo_stack, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.starts_edit.line, "17/03/2026")
    qtbot.keyClicks(dialog.ends_edit.line, "19/03/2026")
    dialog.accept()
    info = get_workshop(window.store)
    assert (info.starts_on, info.ends_on) == ("2026-03-17", "2026-03-19")
    assert dialog.starts_edit.iso() == "2026-03-17"
    from reslab_desktop.errors import ValidationError
    assert error_text(ValidationError("start date must be a date like 2026-11-25 (got 'ayer')")).startswith(
        "La fecha de inicio tiene que ser una fecha como 25/11/2026")


def test_session_dates_accept_the_same(spanish, open_window, tmp_path: Path, qtbot):
    path = tmp_path / "t.reslab"
    Store.create(path, "Taller", "es").close()
    window = open_window(path)
    window.show_home()
    view = window.page("home").view("sessions")
    from reslab_desktop.ui.lab.common import FormDialog

    dialog = FormDialog(view, "Sesión", view._fields())
    qtbot.addWidget(dialog)
    date_field = dialog.editors["date"]
    assert isinstance(date_field, DateField)
    qtbot.keyClicks(date_field.line, "02/04/2026")
    assert dialog.result_values()["date"] == "2026-04-02"
    sid = sessions.add_session(window.store, "Sesión 1", dialog.result_values()["date"], "Casa")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    texts = [view.table.item(r, c).text() for r in range(view.table.rowCount()) for c in range(view.table.columnCount())
             if view.table.item(r, c)]
    assert "02/04/2026" in texts and "2026-04-02" not in texts and sid
