"""The decision log, and the one-click "who decided?".

When a vote round closes (the store announces ``vote_rounds`` updated and the round is
closed) the view logs a "set priorities" decision for it and asks who decided; confirming
pledges and adopting an adaptation ask the same question. Every change is undoable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.model import Decision, Initiative, Organization, WorkSession
from reslab_desktop.model.lab_vocab import DECIDERS, DECISION_KINDS
from reslab_desktop.model.vocab import PHASES, phase_name
from reslab_desktop.rules.localization import WEIGHTS, overall
from reslab_desktop.services import people
from reslab_desktop.services.lab import decisions, initiatives
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
    today,
    vocab,
    watch,
)
from reslab_desktop.ui.lab.pathway_chart import blend

ENTITIES = (Decision, Organization, Initiative, WorkSession)


def set_decided_by(widget: QWidget, store: Store, stack: QUndoStack, ids: Sequence[str], decided_by: str) -> None:
    """One undo step that sets who decided for ``ids``."""
    if not ids:
        return
    ids = list(ids)

    def do() -> list[Any]:
        return [decisions.set_decided_by(store, i, decided_by) for i in ids]

    run(widget, stack, QCoreApplication.translate("DecisionsView", "Decided by: %1").replace("%1", vocab(decided_by)), do)


class WhoDecidedDialog(QDialog):
    """Three large buttons: facilitating team / shared / local organizations."""

    def __init__(self, parent: QWidget, store: Store, stack: QUndoStack, decision_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("whoDecided")
        self.setWindowTitle(self.tr("Who decided?"))
        self.store, self.stack, self.decision_id = store, stack, decision_id
        rec = next(d for d in decisions.list_decisions(store) if d.id == decision_id)
        layout = QVBoxLayout(self)
        text = QLabel(f"<b>{vocab(rec.kind)}</b><br>{rec.text}", self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setObjectName("decisionText")
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Who made this decision?"), self))
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key in DECIDERS:
            b = QPushButton(vocab(key), self)
            b.setObjectName(f"decidedBy.{key}")
            b.setMinimumHeight(48)
            b.setDefault(key == rec.decided_by)
            b.clicked.connect(lambda _=False, k=key: self.choose(k))
            self.buttons[key] = b
            row.addWidget(b)
        layout.addLayout(row)
        # Skippable (it can be set later in Decisions), and never the default answer.
        self.skip = QPushButton(self.tr("Skip for now"), self)
        self.skip.setObjectName("decidedBy.skip")
        self.skip.setAutoDefault(False)
        self.skip.clicked.connect(self.reject)
        layout.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignRight)

    def choose(self, decided_by: str) -> None:
        set_decided_by(self.parentWidget() or self, self.store, self.stack, [self.decision_id], decided_by)
        self.accept()


def ask_who_decided(parent: QWidget, store: Store, stack: QUndoStack, decision_id: str) -> WhoDecidedDialog:
    dialog = WhoDecidedDialog(parent, store, stack, decision_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(False)  # the revealed results stay readable and usable
    dialog.show()
    window = parent.window()
    dialog.adjustSize()  # in the window's lower right corner, off the results' ranking
    corner = window.geometry().bottomRight()
    dialog.move(max(window.x(), corner.x() - dialog.width() - 24), max(window.y(), corner.y() - dialog.height() - 24))
    return dialog


def current_step(store: Store) -> int:
    """The step the lab is in: the one the overview suggests working on next."""
    from reslab_desktop.services.lab import phases

    return phases.overview(store).suggestion.phase


#: Start widths (px) of the short columns: the decision's text takes the rest, and the short
#: ones wrap ("Diseñar e / implementar") rather than squeezing it to a word per line.
DECISION_WIDTHS = {0: 85, 1: 105, 3: 86, 4: 100, 5: 120}
DECISION_SHARE = 0.35


class DecisionsView(QWidget):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsView")
        self.store = store
        self.undo_stack = undo_stack
        self.last_prompt: WhoDecidedDialog | None = None
        self.table = make_table(self, "decisionTable", [
            self.tr("Step"), self.tr("Kind"), self.tr("Decision"), self.tr("Date"), self.tr("Who decided"),
            self.tr("Organizations")], 2, widths=DECISION_WIDTHS)
        self.summary = QLabel(self)
        self.summary.setObjectName("decisionSummary")
        writable = not store.read_only
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Who decided?"), self))
        self.who_buttons: dict[str, QPushButton] = {}
        for key in DECIDERS:
            b = QPushButton(vocab(key), self)
            b.setObjectName(f"setDecidedBy.{key}")
            b.setEnabled(writable)
            b.clicked.connect(lambda _=False, k=key: set_decided_by(
                self, self.store, self.undo_stack, selected_ids(self.table), k))
            self.who_buttons[key] = b
            who.addWidget(b)
        who.addStretch(1)
        edits = button_row(self, ((self.tr("Add decision…"), "addDecision", self.add_dialog),
                                  (self.tr("Edit…"), "editDecision", self.edit_dialog),
                                  (self.tr("Remove"), "removeDecisions",
                                   lambda: self.remove(selected_ids(self.table)))), writable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(who)  # two rows: at 1024×768 one row pushed the view wider than the window
        layout.addLayout(edits)
        self.table.installEventFilter(self)
        watch(self, store, ENTITIES, self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The short columns give way (they wrap) so the decision's text keeps at least
        ``DECISION_SHARE`` of the table's width, at 1024×768 with the sidebar open too."""
        width = self.table.width() - 24  # the viewport is resized after this event: the table less a scroll bar
        date = DECISION_WIDTHS[3]  # a date does not wrap: it keeps its width
        others = sum(DECISION_WIDTHS.values()) - date
        scale = min(1.0, max(0.0, width * (1 - DECISION_SHARE) - date) / others)
        for column, start in DECISION_WIDTHS.items():
            self.table.setColumnWidth(column, start if column == 3 else max(56, int(start * scale)))

    def refresh(self) -> None:
        lang = current_language()
        orgs = {o.id: o.name for o in people.list_organizations(self.store)}
        names = {i.id: i.title for i in initiatives.list_initiatives(self.store)}
        log = decisions.list_decisions(self.store)
        fill_table(self.table, (
            (d.id, [f"{d.phase}. {phase_name(d.phase, lang)}", vocab(d.kind),
                    d.text + (f"\n— {names[d.initiative_id]}" if d.initiative_id in names else ""), d.date or "",
                    vocab(d.decided_by), ", ".join(orgs.get(o, o) for o in d.organization_ids)])
            for d in log))
        for row, d in enumerate(log):  # the chart's colors: violet (facilitating team) to green (local)
            tint = blend(WEIGHTS[d.decided_by])
            tint.setAlpha(70)
            item = self.table.item(row, 4)
            if item is not None:
                item.setBackground(QBrush(tint))
        points = decisions.localization_pathway(self.store)
        index = overall(points).index
        self.summary.setText(self.tr("%n decision(s) logged · decided by local organizations: %1", "", len(log))
                             .replace("%1", "—" if index is None else f"{index:.0%}"))

    # -- editing -------------------------------------------------------------------------------
    def _fields(self) -> list[Field]:
        lang = current_language()
        orgs = [(o.id, o.name) for o in people.list_organizations(self.store)]
        inis = [(None, "—"), *((i.id, i.title) for i in initiatives.list_initiatives(self.store))]
        return [
            Field("phase", self.tr("Step"), "choice", [(p, f"{p}. {phase_name(p, lang)}") for p in PHASES]),
            Field("kind", self.tr("Kind"), "choice", [(k, vocab(k)) for k in DECISION_KINDS]),
            Field("text", self.tr("Decision"), "long"),
            Field("date", self.tr("Date"), "date"),
            Field("decided_by", self.tr("Who decided"), "choice", [(k, vocab(k)) for k in DECIDERS]),
            Field("organization_ids", self.tr("Which organizations"), "many", orgs),
            Field("initiative_id", self.tr("Initiative"), "choice", inis),
        ]

    def add_dialog(self) -> FormDialog:
        return ask(self, self.tr("Add decision"), self._fields(),
                   {"phase": current_step(self.store), "kind": "design_implement", "decided_by": "local",
                    "date": today()}, self.add)

    def edit_dialog(self) -> None:
        rec = selected_record(self.table, decisions.list_decisions(self.store))
        ask_edit(self, self.undo_stack, self.tr("Edit decision"), self._fields(), rec,
                 lambda **v: decisions.update_decision(self.store, rec.id, **v))

    def add(self, values: dict[str, Any]) -> str | None:
        return run(self, self.undo_stack, self.tr("Add decision"), lambda: decisions.add_decision(
            self.store, values["phase"], values["kind"], values["text"], values["decided_by"],
            values.get("organization_ids", ()), values.get("date"), values.get("initiative_id")))

    def remove(self, ids: list[str]) -> None:
        run_remove(self, self.undo_stack, self.store, self.tr("Remove %n decision(s)", "", len(ids)), ids,
                   decisions.remove_decisions)
