"""Handlers of the Lab menu (rows in ``ui/actions.py``); each takes the main window.

Also the lineage popup: "Where did this note come from?" for the note selected on a board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ValidationError
from reslab_desktop.model.vocab import phase_name
from reslab_desktop.services.lab import carry, initiatives
from reslab_desktop.storage import Store
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.lab.common import ID, Field, ask, run
from reslab_desktop.ui.lab.decisions_view import ask_who_decided
from reslab_desktop.ui.window_context import WindowContext

if TYPE_CHECKING:
    from reslab_desktop.ui.lab.overview import LabOverview


def overview(window: WindowContext) -> LabOverview:
    from reslab_desktop.ui.lab.overview import LabOverview

    window.show_page("home")
    page = window.page("home")
    assert isinstance(page, LabOverview)
    return page


def show_tab(key: str) -> Callable[[WindowContext], None]:
    def handler(window: WindowContext) -> None:
        overview(window).show_tab(key)

    return handler


def add_decision(window: WindowContext) -> None:
    page = overview(window)
    page.show_tab("decisions")
    page.view("decisions").add_dialog()


def _selected_notes(window: WindowContext) -> list[str]:
    if window.current_page() != "board":
        raise ValidationError(QCoreApplication.translate("LabHooks", "Open a board and select a note first."))
    ids = window.board_editor.selected_note_ids()
    if not ids:
        raise ValidationError(QCoreApplication.translate("LabHooks", "Select a note first."))
    return ids


def show_lineage(window: WindowContext) -> LineageDialog:
    dialog = LineageDialog(window, window.store, _selected_notes(window)[0])
    dialog.board_requested = window.open_board  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def carry_ideas(window: WindowContext) -> None:
    """The selected notes (chosen ideas) go to the prototype canvas of an initiative."""
    notes = _selected_notes(window)
    choices = [(i.id, i.title) for i in initiatives.list_initiatives(window.store)]
    if not choices:
        raise ValidationError(QCoreApplication.translate("LabHooks", "Add an initiative first (Lab → Initiatives and action plans)."))
    lang = current_language()

    def accepted(values: dict[str, Any]) -> None:
        # choosing the ideas is a design decision: logged with the carry, then "who decided?"
        done = run(window, window.undo_stack, QCoreApplication.translate("LabHooks", "Carry ideas to the prototype"),
                   lambda: carry.ideas_to_prototype(window.store, values["initiative_id"], notes, lang,
                                                    decided_by="shared"))
        if done is not None:
            window.open_board(done.board_id)
            ask_who_decided(window, window.store, window.undo_stack, done.decision_id)

    ask(window, QCoreApplication.translate("LabHooks", "Carry ideas to the prototype"), [Field("initiative_id", QCoreApplication.translate("LabHooks", "Initiative"), "choice", choices)],
        {}, accepted)


class LineageDialog(QDialog):
    """The note, where it was carried from (step by step back), and where it was carried to."""

    def __init__(self, parent: QWidget, store: Store, note_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("lineageDialog")
        self.setWindowTitle(self.tr("Where did this come from?"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.board_requested = None
        lang = current_language()
        layout = QVBoxLayout(self)
        self.back = QListWidget(self)
        self.back.setObjectName("lineageBack")
        steps = carry.lineage(store, note_id)
        for i, step in enumerate(steps):
            prefix = "" if i == 0 else "↑ "
            item = QListWidgetItem(f"{prefix}{step.phase}. {phase_name(step.phase, lang)} · {step.board_title}\n"
                                   f"    {step.text}", self.back)
            item.setData(ID, step.board_id)
        later = carry.carried_into(store, note_id)
        self.forward = QListWidget(self)
        self.forward.setObjectName("lineageForward")
        for step in later:
            item = QListWidgetItem(f"↓ {step.phase}. {phase_name(step.phase, lang)} · {step.board_title}\n"
                                   f"    {step.text}", self.forward)
            item.setData(ID, step.board_id)
        layout.addWidget(QLabel(self.tr("This note, and the notes it was carried from:") if len(steps) > 1
                                else self.tr("This note was not carried from another step."), self))
        layout.addWidget(self.back)
        layout.addWidget(QLabel(self.tr("Carried on to:") if later else self.tr("Not carried on yet."), self))
        layout.addWidget(self.forward)
        for lst in (self.back, self.forward):
            lst.itemDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _open(self, item: QListWidgetItem) -> None:
        if callable(self.board_requested):
            self.board_requested(item.data(ID))
            self.accept()
