"""Bugs found walking through a workshop as a facilitator: the Lab forms."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from reslab_desktop.services.lab import decisions
from reslab_desktop.ui.lab.common import FormDialog

TEXT = "Las organizaciones locales fijan el calendario del piloto"


def _open_forms() -> list[FormDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible()]


def test_a_refused_date_keeps_the_form_open_with_what_was_typed(open_window, demo_copy, qtbot):
    window = open_window(demo_copy)
    before = len(decisions.list_decisions(window.store))
    window.actions_by_id["lab.add_decision"].trigger()
    form = _open_forms()[-1]
    form.set_value("text", TEXT)
    form.set_value("date", "2026-13-45")
    form.accept()
    errors = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(errors) == 1 and "2026-13-45" in errors[0].text()
    errors[0].close()
    assert form.isVisible() and form.result_values()["text"] == TEXT  # nothing to type again
    assert len(decisions.list_decisions(window.store)) == before

    form.set_value("date", "2026-11-25")
    form.accept()
    qtbot.waitUntil(lambda: not _open_forms())
    added = [d for d in decisions.list_decisions(window.store) if d.text == TEXT]
    assert len(added) == 1 and added[0].date == "2026-11-25"
    window.undo_stack.undo()
    assert len(decisions.list_decisions(window.store)) == before
