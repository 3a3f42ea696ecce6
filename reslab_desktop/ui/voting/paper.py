"""Paper tally: after a sticker vote on the wall, type the dots per note (Tab or Enter moves
on); totals are checked against the dots handed out before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.rules import voting as rules
from reslab_desktop.services import voting as svc
from reslab_desktop.storage import Store
from reslab_desktop.ui.dialogs import error_text


class PaperTallyDialog(QDialog):
    def __init__(self, store: Store, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting.paper_dialog")
        self.rnd = svc.get_round(store, round_id)
        self.notes = svc.round_candidates(store, round_id)
        self.setWindowTitle(self.tr("Paper tally — %1").replace("%1", self.rnd.question))
        current = {}
        from reslab_desktop.services.voting_records import paper_counts

        with store.read() as s:
            current = paper_counts(s, round_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the number of dots on each note. Tab or Enter goes to the next one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        host = QWidget()
        grid = QGridLayout(host)
        criteria = self.rnd.criteria if len(self.rnd.criteria) == 2 else (self.tr("Dots"),)
        for c, name in enumerate(criteria):
            grid.addWidget(QLabel(f"<b>{name}</b>"), 0, c + 1)
        self.spins: dict[tuple[str, int], QSpinBox] = {}
        handed, per_note = rules.paper_allowance(self.rnd.dots_per_participant, self.rnd.max_per_note,
                                                 len(self.rnd.voters))
        order: list[QSpinBox] = []
        for row, note in enumerate(self.notes, start=1):
            label = QLabel(" ".join(note.text.split()) or "—")
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            for c in range(len(criteria)):
                spin = QSpinBox()
                spin.setObjectName(f"voting.paper.{note.id}.{c}")
                spin.setRange(0, max(1, per_note))
                spin.setMinimumHeight(44)
                spin.setMinimumWidth(90)
                spin.setValue(current.get((note.id, c), 0))
                spin.valueChanged.connect(lambda *_: self._update_total())
                spin.installEventFilter(self)
                grid.addWidget(spin, row, c + 1)
                self.spins[(note.id, c)] = spin
                order.append(spin)
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.order = order
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.notes) + 1, 1)  # spare height below the rows, not above the header
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        layout.addWidget(scroll, 1)
        self.total = QLabel()
        self.total.setObjectName("voting.paper_total")
        layout.addWidget(self.total)
        self.handed = handed
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # More dots than handed out (someone's own stickers): the facilitator may save them
        # anyway, on purpose; the round's log keeps the warning.
        self.over_ok = False
        self.save_anyway = self.buttons.addButton(self.tr("Save anyway (the warning stays in the round's log)"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_anyway.setObjectName("voting.paper_save_anyway")
        self.save_anyway.setAutoDefault(False)
        self.save_anyway.clicked.connect(self._save_anyway)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self._update_total()
        if order:
            order[0].setFocus()
            order[0].selectAll()

    def counts(self) -> dict[tuple[str, int], int]:
        return {k: s.value() for k, s in self.spins.items() if s.value()}

    def problem(self) -> str | None:
        try:
            rules.check_paper_tally(
                self.counts(), {}, self.rnd.dots_per_participant, self.rnd.max_per_note, len(self.rnd.voters),
                [n.id for n in self.notes], len(self.rnd.criteria),
            )
        except rules.BallotError as exc:
            return error_text(exc)
        return None

    def _update_total(self) -> None:
        counts = self.counts()
        parts = [str(rules.dots_spent(counts, c)) for c in range(len(self.rnd.criteria))]
        text = self.tr("Total: %1 of %n dot(s) handed out (%2 voters × %3)", "", self.handed)
        text = text.replace("%1", " / ".join(parts)).replace("%2", str(len(self.rnd.voters)))
        text = text.replace("%3", str(self.rnd.dots_per_participant))
        problem = self.problem()
        self.total.setText(text + (f"\n⚠ {problem}" if problem else ""))
        self.total.setStyleSheet("color: #B42318; font-weight: bold;" if problem else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)
        self.save_anyway.setVisible(problem is not None and self._only_over())

    def _only_over(self) -> bool:
        """The counts are whole numbers on the candidates; only their number is over."""
        try:
            rules.check_paper_counts(self.counts(), [n.id for n in self.notes], len(self.rnd.criteria))
        except rules.BallotError:
            return False
        return True

    def _save_anyway(self) -> None:
        self.over_ok = True
        self.accept()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
            Qt.Key.Key_Return, Qt.Key.Key_Enter
        ) and obj in self.order:
            i = self.order.index(obj)  # type: ignore[arg-type]
            if i + 1 < len(self.order):
                self.order[i + 1].setFocus()
                self.order[i + 1].selectAll()
            else:
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()
            return True
        return False
