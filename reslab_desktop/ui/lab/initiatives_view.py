"""Initiatives (members, lead, iterations and their boards) and each one's action plan.

From an iteration's boards the results are carried to the next step (prototype → test plan
→ evaluation → a new iteration), each copy keeping its link to the note it came from.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.model import (
    ActionItem,
    Board,
    Initiative,
    Iteration,
    IterationBoard,
    Organization,
)
from reslab_desktop.model.lab_vocab import ACTION_KINDS
from reslab_desktop.services import people
from reslab_desktop.services.boards import list_boards
from reslab_desktop.services.lab import carry, initiatives, plans
from reslab_desktop.services.lab.records import ActionItemRecord
from reslab_desktop.storage import Store
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.lab.common import (
    ID,
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
    vocab,
    watch,
)
from reslab_desktop.ui.lab.resources_view import section_title

ENTITIES = (Initiative, Iteration, IterationBoard, ActionItem, Organization, Board)
CARRIES = {"test_plan": carry.prototype_to_test_plan, "evaluation": carry.results_to_evaluation,
           "iteration": carry.lessons_to_new_iteration}


class InitiativesView(QWidget):
    board_requested = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initiativesView")
        self.store = store
        self.undo_stack = undo_stack
        writable = not store.read_only
        self.table = make_table(self, "initiativeTable", [self.tr("Initiative"), self.tr("Lead"),
                                                          self.tr("Members")], (0, 2))
        self.table.itemSelectionChanged.connect(self.show_plan)
        self.iterations = QTreeWidget(self)
        self.iterations.setObjectName("iterationTree")
        self.iterations.setHeaderLabels([self.tr("Iterations and their boards")])
        self.iterations.itemDoubleClicked.connect(self._open_board)
        self.plan = make_table(self, "actionPlanTable", [
            self.tr("Section"), self.tr("Item"), self.tr("Date"), self.tr("Responsible"),
            self.tr("Indicator / audience · channel"), self.tr("Done")], (1, 3, 4))
        self.plan_title = section_title(self.tr("Action plan"), self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(section_title(self.tr("Initiatives"), self))
        lv.addWidget(self.table, 2)
        lv.addLayout(button_row(self, [(self.tr("Add…"), "addInitiative", self.add_dialog),
                                (self.tr("Edit…"), "editInitiative", self.edit_dialog),
                                (self.tr("Remove"), "removeInitiatives", self.remove_selected)], writable))
        lv.addWidget(self.iterations, 2)
        lv.addLayout(button_row(self, [(self.tr("Prototype → test plan"), "carryTest", lambda: self.carry("test_plan")),
                                (self.tr("Results → evaluation"), "carryEvaluation",
                                 lambda: self.carry("evaluation")),
                                (self.tr("Lessons → new iteration"), "carryIteration",
                                 lambda: self.carry("iteration"))], writable))
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addWidget(self.plan_title)
        rv.addWidget(self.plan, 1)
        rv.addLayout(button_row(self, [(self.tr("Add item…"), "addActionItem", self.add_item_dialog),
                                (self.tr("Edit…"), "editActionItem", self.edit_item_dialog),
                                (self.tr("Mark done"), "markDone", self.toggle_done),
                                (self.tr("Remove"), "removeActionItems", self.remove_items)], writable))
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        watch(self, store, ENTITIES, self.refresh)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------
    def current(self) -> str | None:
        ids = selected_ids(self.table)
        return ids[0] if ids else None

    def refresh(self) -> None:
        orgs = {o.id: o.name for o in people.list_organizations(self.store)}
        items = initiatives.list_initiatives(self.store)
        fill_table(self.table, ((i.id, [i.title, orgs.get(i.lead_organization_id or "", ""),
                                        ", ".join(orgs.get(m, m) for m in i.member_ids)]) for i in items))
        if self.current() is None and items:
            self.table.selectRow(0)
        self.show_plan()

    def _open_board(self, item: QTreeWidgetItem, _column: int) -> None:
        board_id = item.data(0, ID)
        if board_id:
            self.board_requested.emit(board_id)

    def show_plan(self) -> None:
        iid = self.current()
        orgs = {o.id: o.name for o in people.list_organizations(self.store)}
        titles = {b.id: (b.phase, b.title) for b in list_boards(self.store)}
        self.iterations.clear()
        for it in initiatives.list_iterations(self.store, iid) if iid else []:
            node = QTreeWidgetItem(self.iterations, [self.tr("Iteration %1").replace("%1", str(it.number))
                                                     + (f" · {it.focus}" if it.focus else "")])
            for bid in it.board_ids:
                phase, title = titles.get(bid, (0, bid))
                child = QTreeWidgetItem(node, [f"{phase}. {title}"])
                child.setData(0, ID, bid)
            node.setExpanded(True)
        items = sorted(plans.list_action_items(self.store, iid) if iid else [],
                       key=lambda a: (ACTION_KINDS.index(a.kind), a.date or "", a.seq))
        fill_table(self.plan, (
            (a.id, [vocab(a.kind), a.text, a.date or "", orgs.get(a.responsible_organization_id or "", ""),
                    a.indicator or " · ".join(x for x in (a.audience, a.channel) if x), "✓" if a.done else ""])
            for a in items))

    # -- initiatives ---------------------------------------------------------------------------
    def _fields(self) -> list[Field]:
        orgs = [(o.id, o.name) for o in people.list_organizations(self.store)]
        return [Field("title", self.tr("Title")), Field("description", self.tr("Description"), "long"),
                Field("lead_organization_id", self.tr("Lead organization"), "choice", [(None, "—"), *orgs]),
                Field("member_ids", self.tr("Member organizations"), "many", orgs)]

    def add_dialog(self) -> None:
        ask(self, self.tr("Add initiative"), self._fields(), {}, self.add)

    def add(self, values: dict[str, Any]) -> str | None:
        return run(self, self.undo_stack, self.tr("Add initiative"), lambda: initiatives.add_initiative(
            self.store, values["title"], values.get("description", ""), values.get("lead_organization_id"),
            values.get("member_ids", ())))

    def edit_dialog(self) -> None:
        iid = self.current()
        if not iid:
            return
        ask_edit(self, self.undo_stack, self.tr("Edit initiative"), self._fields(),
                 initiatives.get_initiative(self.store, iid),
                 lambda **v: initiatives.update_initiative(self.store, iid, **v))

    def remove_selected(self) -> None:
        ids = selected_ids(self.table)
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n initiative(s)", "", len(ids)), ids,
                   initiatives.remove_initiatives)

    def carry(self, step: str) -> carry.Carried | None:
        """Carry forward from the latest iteration's board of the right template."""
        iid = self.current()
        if iid is None:
            return None
        source = {"test_plan": carry.PROTOTYPE, "evaluation": carry.TEST_PLAN, "iteration": carry.EVALUATION}[step]
        templates = {b.id: b.template for b in list_boards(self.store)}
        board = next((b for it in reversed(initiatives.list_iterations(self.store, iid))
                      for b in it.board_ids if templates.get(b) == source), None)
        if board is None:
            from reslab_desktop.errors import ValidationError
            from reslab_desktop.ui import dialogs

            dialogs.show_error(self, ValidationError(self.tr("This initiative has no board to carry from yet.")))
            return None
        lang = current_language()
        return run(self, self.undo_stack, self.tr("Carry forward"), lambda: CARRIES[step](self.store, board, lang))

    # -- action plan ---------------------------------------------------------------------------
    def _item_fields(self) -> list[Field]:
        orgs = [(None, "—"), *((o.id, o.name) for o in people.list_organizations(self.store))]
        return [Field("kind", self.tr("Section"), "choice", [(k, vocab(k)) for k in ACTION_KINDS]),
                Field("text", self.tr("Item"), "long"), Field("date", self.tr("Date"), "date"),
                Field("responsible_organization_id", self.tr("Responsible"), "choice", orgs),
                Field("indicator", self.tr("Success indicator")), Field("audience", self.tr("Audience")),
                Field("channel", self.tr("Channel")), Field("done", self.tr("Done"), "bool")]

    def add_item_dialog(self) -> None:
        iid = self.current()
        if iid is not None:
            ask(self, self.tr("Add to the action plan"), self._item_fields(), {"kind": "timeline"},
                lambda v: self.add_item(iid, v))

    def add_item(self, initiative_id: str, values: dict[str, Any]) -> str | None:
        extra = {k: v for k, v in values.items() if k not in ("kind", "text")}
        return run(self, self.undo_stack, self.tr("Add to the action plan"), lambda: plans.add_action_item(
            self.store, initiative_id, values["kind"], values["text"], **extra))

    def edit_item_dialog(self) -> None:
        rec = selected_record(self.plan, plans.list_action_items(self.store))
        ask_edit(self, self.undo_stack, self.tr("Edit the action plan"), self._item_fields(), rec,
                 lambda **v: plans.update_action_item(self.store, rec.id, **v))

    def toggle_done(self) -> None:
        for aid in selected_ids(self.plan):
            rec = next(a for a in plans.list_action_items(self.store) if a.id == aid)
            self._flip_done(rec)

    def _flip_done(self, rec: ActionItemRecord) -> None:
        run(self, self.undo_stack, self.tr("Mark done"),
            lambda: plans.update_action_item(self.store, rec.id, done=not rec.done))

    def remove_items(self) -> None:
        ids = selected_ids(self.plan)
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n item(s)", "", len(ids)), ids,
                   plans.remove_action_items)

