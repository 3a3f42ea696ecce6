"""Step 3's resources: who gives what, totals per kind and per initiative, and the gaps."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.model import Initiative, Need, Organization, Pledge
from reslab_desktop.model.lab_vocab import DEFAULT_CURRENCY, RESOURCE_KINDS, TIME_UNITS
from reslab_desktop.rules.resources import amount_text
from reslab_desktop.services import people
from reslab_desktop.services.lab import initiatives, resources
from reslab_desktop.storage import Store
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.lab.common import (
    Field,
    FormDialog,
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
from reslab_desktop.ui.lab.decisions_view import ask_who_decided

ENTITIES = (Pledge, Need, Initiative, Organization)
GAP_COLOR = QColor("#C0392B")


def section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def unit_follows_kind(dialog: FormDialog) -> FormDialog:
    """Choosing Fondos picks a currency, choosing time or expertise picks hours (a unit that
    fits the kind is kept)."""
    kind, unit = dialog.editors["kind"], dialog.editors["unit"]

    def follow() -> None:
        funding = kind.currentData() == "funding"  # type: ignore[attr-defined]
        if funding == (unit.currentData() in TIME_UNITS):  # type: ignore[attr-defined]
            unit.setCurrentIndex(unit.findData(DEFAULT_CURRENCY if funding else "hours"))  # type: ignore[attr-defined]

    kind.currentIndexChanged.connect(lambda *_: follow())  # type: ignore[attr-defined]
    return dialog


class ResourcesView(QWidget):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesView")
        self.store = store
        self.undo_stack = undo_stack
        self.pledge_table = make_table(self, "pledgeTable", [
            self.tr("Organization"), self.tr("Initiative"), self.tr("Kind"), self.tr("What"), self.tr("Amount"),
            self.tr("Confirmed")], (0, 1, 3), wrap=False)
        self.need_table = make_table(self, "needTable", [
            self.tr("Initiative"), self.tr("Kind"), self.tr("What"), self.tr("Amount")], (0, 2), wrap=False)
        self.balance_table = make_table(self, "balanceTable", [
            self.tr("Initiative"), self.tr("Kind"), self.tr("Needed"), self.tr("Pledged"), self.tr("Gap")], 0,
            wrap=False)
        self.totals = QLabel(self)
        self.totals.setObjectName("resourceTotals")
        self.totals.setWordWrap(True)

        writable = not store.read_only
        pledge_buttons = button_row(self, [
            (self.tr("Add pledge…"), "addPledge", self.add_pledge_dialog),
            (self.tr("Edit…"), "editPledge", self.edit_pledge_dialog),
            (self.tr("Confirm"), "confirmPledges", lambda: self.confirm(selected_ids(self.pledge_table))),
            (self.tr("Remove"), "removePledges", lambda: self.remove_pledges(selected_ids(self.pledge_table))),
        ], writable)
        need_buttons = button_row(self, [
            (self.tr("Add need…"), "addNeed", self.add_need_dialog),
            (self.tr("Remove"), "removeNeeds", lambda: self.remove_needs(selected_ids(self.need_table))),
        ], writable)

        # top: who gives what (wide) and the totals; bottom: needs beside needs-vs-pledges
        grid = QGridLayout(self)
        grid.addWidget(section_title(self.tr("Who gives what"), self), 0, 0)
        grid.addWidget(self.pledge_table, 1, 0)
        grid.addLayout(pledge_buttons, 2, 0)
        totals = QVBoxLayout()
        totals.addWidget(section_title(self.tr("Totals pledged"), self))
        totals.addWidget(self.totals)
        totals.addStretch(1)
        grid.addLayout(totals, 0, 1, 3, 1)
        bottom = QHBoxLayout()
        needs = QVBoxLayout()
        needs.addWidget(section_title(self.tr("What each initiative needs"), self))
        needs.addWidget(self.need_table, 1)
        needs.addLayout(need_buttons)
        gaps = QVBoxLayout()
        gaps.addWidget(section_title(self.tr("Needs, pledges and gaps per initiative"), self))
        gaps.addWidget(self.balance_table, 1)
        bottom.addLayout(gaps, 3)
        bottom.addLayout(needs, 2)
        grid.addLayout(bottom, 3, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        watch(self, store, ENTITIES, self.refresh)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = current_language()
        orgs = {o.id: o.name for o in people.list_organizations(self.store)}
        names = {i.id: i.title for i in initiatives.list_initiatives(self.store)}
        summary = resources.summary(self.store)
        fill_table(self.pledge_table, (
            (p.id, [orgs.get(p.organization_id, ""), names.get(p.initiative_id, ""), vocab(p.kind), p.description,
                    amount_text(p.kind, p.quantity, p.unit, lang), "✓" if p.confirmed else self.tr("not yet")])
            for p in summary.pledges))
        for row, p in enumerate(summary.pledges):  # a promise not confirmed yet reads apart
            if not p.confirmed:
                for column in range(self.pledge_table.columnCount()):
                    item = self.pledge_table.item(row, column)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor("#6B7785")))
        fill_table(self.need_table, (
            (n.id, [names.get(n.initiative_id, ""), vocab(n.kind), n.description,
                    amount_text(n.kind, n.quantity, n.unit, lang)])
            for n in summary.needs))
        for row, n in enumerate(summary.needs):
            for column in range(self.need_table.columnCount()):
                self.need_table.item(row, column).setToolTip(f"{names.get(n.initiative_id, '')}: {n.description}")
        needed = [b for b in summary.balances if b.needed > 0]  # pledges beyond any need only add to totals
        fill_table(self.balance_table, (
            (f"{b.initiative_id}/{b.kind}/{b.unit}",
             [names.get(b.initiative_id, "") if i == 0 or needed[i - 1].initiative_id != b.initiative_id else "",
              vocab(b.kind), amount_text(b.kind, b.needed, b.unit, lang),
              amount_text(b.kind, b.pledged, b.unit, lang),
              amount_text(b.kind, b.gap, b.unit, lang) if b.gap > 0 else "✓"])
            for i, b in enumerate(needed)))
        for row, b in enumerate(needed):
            if b.gap > 0:
                item = self.balance_table.item(row, 4)
                item.setForeground(QBrush(GAP_COLOR))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.totals.setText("<br>".join(self._total_lines(summary.pledges, lang)) or self.tr("No pledges yet."))

    def _total_lines(self, pledges: Any, lang: str) -> list[str]:
        """One line per kind and unit: what is confirmed, and apart what is only promised."""
        confirmed: dict[tuple[str, str], float] = {}
        pending: dict[tuple[str, str], float] = {}
        for p in pledges:
            into = confirmed if p.confirmed else pending
            into[(p.kind, p.unit)] = into.get((p.kind, p.unit), 0) + p.quantity
        lines = []
        for kind, unit in sorted({*confirmed, *pending}, key=lambda k: (RESOURCE_KINDS.index(k[0]), k[1])):
            parts = []
            if (kind, unit) in confirmed:
                parts.append(self.tr("confirmed: %1").replace("%1", amount_text(kind, confirmed[(kind, unit)], unit, lang)))
            if (kind, unit) in pending:
                parts.append("<i>" + self.tr("not confirmed yet: %1").replace(
                    "%1", amount_text(kind, pending[(kind, unit)], unit, lang)) + "</i>")
            lines.append(f"<b>{vocab(kind)}</b>: " + " · ".join(parts))
        return lines

    # -- changing ------------------------------------------------------------------------------
    def _fields(self, pledge: bool) -> list[Field]:
        orgs = [(o.id, o.name) for o in people.list_organizations(self.store)]
        inis = [(i.id, i.title) for i in initiatives.list_initiatives(self.store)]
        units = [(u, vocab(u)) for u in TIME_UNITS]
        fields = [Field("organization_id", self.tr("Organization"), "choice", orgs)] if pledge else []
        fields += [
            Field("initiative_id", self.tr("Initiative"), "choice", inis),
            Field("kind", self.tr("Kind"), "choice", [(k, vocab(k)) for k in RESOURCE_KINDS]),
            Field("description", self.tr("What")),
            Field("quantity", self.tr("Amount"), "number", decimals=2),
            Field("unit", self.tr("Unit (hours or days; currency for funding)"), "choice",
                  [*units, ("MXN", "MXN"), ("USD", "USD")]),
        ]
        if pledge:
            fields.append(Field("confirmed", self.tr("Confirmed"), "bool"))
        return fields

    def add_pledge_dialog(self) -> FormDialog:
        return unit_follows_kind(ask(self, self.tr("Add pledge"), self._fields(True), {"kind": "expertise", "unit": "hours"},
                                     self.add_pledge))

    def edit_pledge_dialog(self) -> None:
        rec = selected_record(self.pledge_table, resources.list_pledges(self.store))
        dialog = ask_edit(self, self.undo_stack, self.tr("Edit pledge"), self._fields(True), rec,
                          lambda **v: resources.update_pledge(self.store, rec.id, **v))
        if dialog is not None:
            unit_follows_kind(dialog)

    def add_pledge(self, values: dict[str, Any]) -> str | None:
        return run(self, self.undo_stack, self.tr("Add pledge"), lambda: resources.add_pledge(
            self.store, values["organization_id"], values["initiative_id"], values["kind"], values["quantity"],
            values.get("unit"), values.get("description", ""), bool(values.get("confirmed"))))

    def confirm(self, ids: list[str], decided_by: str | None = None) -> resources.Confirmation | None:
        """Confirm pledges (and log the allocation decision), then ask who decided."""
        if not ids:
            return None
        done = run(self, self.undo_stack, self.tr("Confirm pledges"),
                   lambda: resources.confirm_pledges(self.store, ids, decided_by or "shared"))
        if done is not None and decided_by is None:
            ask_who_decided(self, self.store, self.undo_stack, done.decision_id)
        return done

    def remove_pledges(self, ids: list[str]) -> None:
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n pledge(s)", "", len(ids)), ids,
                   resources.remove_pledges)

    def add_need_dialog(self) -> FormDialog:
        return unit_follows_kind(ask(self, self.tr("Add need"), self._fields(False), {"kind": "funding", "unit": "MXN"},
                                     self.add_need))

    def add_need(self, values: dict[str, Any]) -> str | None:
        return run(self, self.undo_stack, self.tr("Add need"), lambda: resources.add_need(
            self.store, values["initiative_id"], values["kind"], values["quantity"], values.get("unit"),
            values.get("description", "")))

    def remove_needs(self, ids: list[str]) -> None:
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n need(s)", "", len(ids)), ids,
                   resources.remove_needs)
