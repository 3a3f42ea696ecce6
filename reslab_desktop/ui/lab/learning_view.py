"""The learning log (CLA): what we tried, what happened, what we learned, what we adapt.
Adopting an adaptation logs an "adapt based on learning" decision and asks who decided."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reslab_desktop.model import Decision, Initiative, Iteration, LearningEntry
from reslab_desktop.services.lab import initiatives, learning
from reslab_desktop.storage import Store
from reslab_desktop.ui.lab.common import (
    Field,
    ask,
    ask_edit,
    button_row,
    fill_table,
    make_table,
    run,
    run_remove,
    selected_ids,
    selected_record,
    today,
    watch,
)
from reslab_desktop.ui.lab.decisions_view import ask_who_decided

ENTITIES = (LearningEntry, Initiative, Iteration, Decision)


class LearningView(QWidget):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningView")
        self.store = store
        self.undo_stack = undo_stack
        self.table = make_table(self, "learningTable", [
            self.tr("Date"), self.tr("Initiative · iteration"), self.tr("What we tried"), self.tr("What happened"),
            self.tr("What we learned"), self.tr("What we adapt"), self.tr("Adopted")], (1, 2, 3, 4, 5))
        row = button_row(self, ((self.tr("Add entry…"), "addLearning", self.add_dialog),
                                (self.tr("Edit…"), "editLearning", self.edit_dialog),
                                (self.tr("Adopt the adaptation"), "adoptAdaptation", self.adopt_selected),
                                (self.tr("Remove"), "removeLearning", self.remove_selected)), not store.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        watch(self, store, ENTITIES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        names = {i.id: i.title for i in initiatives.list_initiatives(self.store)}
        numbers = {it.id: it.number for it in initiatives.list_iterations(self.store)}
        fill_table(self.table, (
            (e.id, [e.date or "", " · ".join(x for x in (
                names.get(e.initiative_id or "", ""),
                self.tr("iteration %1").replace("%1", str(numbers[e.iteration_id])) if e.iteration_id else "") if x),
                e.tried, e.happened, e.learned, e.adapt, "✓" if e.decision_id else ""])
            for e in learning.list_learning(self.store)))

    def _fields(self) -> list[Field]:
        its: list[tuple[str | None, str]] = [(None, "—")]
        names = {i.id: i.title for i in initiatives.list_initiatives(self.store)}
        its += [(it.id, f"{names.get(it.initiative_id, '')} · {it.number}")
                for it in initiatives.list_iterations(self.store)]
        return [Field("date", self.tr("Date"), "date"), Field("iteration_id", self.tr("Initiative · iteration"),
                                                              "choice", its),
                Field("tried", self.tr("What we tried"), "long"), Field("happened", self.tr("What happened"), "long"),
                Field("learned", self.tr("What we learned"), "long"), Field("adapt", self.tr("What we adapt"), "long")]

    def add_dialog(self) -> None:
        ask(self, self.tr("Add to the learning log"), self._fields(), {"date": today()}, self.add)

    def add(self, values: dict[str, Any]) -> str | None:
        return run(self, self.undo_stack, self.tr("Add to the learning log"), lambda: learning.add_learning(
            self.store, values.get("tried", ""), values.get("happened", ""), values.get("learned", ""),
            values.get("adapt", ""), None, values.get("iteration_id"), values.get("date")))

    def edit_dialog(self) -> None:
        rec = selected_record(self.table, learning.list_learning(self.store))
        ask_edit(self, self.undo_stack, self.tr("Edit the learning log"), self._fields(), rec,
                 lambda **v: learning.update_learning(self.store, rec.id, **v))

    def adopt(self, entry_id: str, ask_who: bool = True) -> str | None:
        did = run(self, self.undo_stack, self.tr("Adopt the adaptation"),
                  lambda: learning.adopt_adaptation(self.store, entry_id))
        if did and ask_who:
            ask_who_decided(self, self.store, self.undo_stack, did)
        return did

    def adopt_selected(self) -> None:
        for eid in selected_ids(self.table):
            self.adopt(eid)

    def remove_selected(self) -> None:
        ids = selected_ids(self.table)
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n entry(ies)", "", len(ids)), ids,
                   learning.remove_learning)
