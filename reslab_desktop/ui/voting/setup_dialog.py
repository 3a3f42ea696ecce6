"""Round setup: question, candidates (all notes, a zone, the selection), dots, voters, mode,
hidden results, optional second criterion and timer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.rules import voting as rules
from reslab_desktop.services import boards as board_svc
from reslab_desktop.services import people as people_svc
from reslab_desktop.services.voting import RoundSettings
from reslab_desktop.storage import Store


class RoundSetupDialog(QDialog):
    def __init__(
        self,
        store: Store,
        board_id: str,
        selection: Sequence[str] = (),
        existing: RoundSettings | None = None,
        language: str = "es",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voting.setup_dialog")
        self.setWindowTitle(self.tr("Voting round") if existing is None else self.tr("Voting round settings"))
        content = board_svc.load_board(store, board_id)
        self.board_notes = [n.id for n in content.notes]
        self.zone_notes = {z.id: [n.id for n in content.notes if n.zone_id == z.id] for z in content.zones}
        self.selection = [n for n in selection if n in set(self.board_notes)]
        self._budget_touched = existing is not None
        form = QFormLayout()

        self.question = QLineEdit(existing.question if existing else "")
        self.question.setObjectName("voting.setup.question")
        self.question.setPlaceholderText(self.tr("e.g. Which challenges should we tackle together first?"))
        form.addRow(self.tr("Question"), self.question)

        cand = QVBoxLayout()
        self.all_radio = QRadioButton(self.tr("All notes of the board (%1)").replace("%1", str(len(self.board_notes))))
        self.zone_radio = QRadioButton(self.tr("The notes in a zone:"))
        self.zone_combo = QComboBox()
        for z in content.zones:
            if self.zone_notes[z.id]:
                self.zone_combo.addItem(f"{z.title or '—'} ({len(self.zone_notes[z.id])})", z.id)
        self.sel_radio = QRadioButton(self.tr("The selected notes (%1)").replace("%1", str(len(self.selection))))
        self.zone_radio.setEnabled(self.zone_combo.count() > 0)
        self.sel_radio.setEnabled(bool(self.selection))
        self.explicit: tuple[str, ...] | None = existing.candidates if existing else None
        group = QButtonGroup(self)
        for b in (self.all_radio, self.zone_radio, self.sel_radio):
            group.addButton(b)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone_radio)
        zone_row.addWidget(self.zone_combo, 1)
        cand.addWidget(self.all_radio)
        cand.addLayout(zone_row)
        cand.addWidget(self.sel_radio)
        if existing is not None and existing.candidates is not None:
            self.sel_radio.setText(self.tr("The chosen notes (%1)").replace("%1", str(len(existing.candidates))))
            self.selection = list(existing.candidates)
            self.sel_radio.setEnabled(True)
            self.sel_radio.setChecked(True)
        elif len(self.selection) > 1 and existing is None:  # one note selected is rarely a choice
            self.sel_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)
        form.addRow(self.tr("Candidates"), cand)

        self.dots = QSpinBox()
        self.dots.setObjectName("voting.setup.dots")
        self.dots.setRange(rules.MIN_DOTS, rules.MAX_DOTS)
        self.max_note = QSpinBox()
        self.max_note.setObjectName("voting.setup.max")
        self.dots.valueChanged.connect(self._dots_changed)
        self.dots.editingFinished.connect(self._touch)
        form.addRow(self.tr("Dots per person"), self.dots)
        form.addRow(self.tr("Most dots on one note"), self.max_note)

        voters = QVBoxLayout()
        self.roster_radio = QRadioButton(self.tr("People on the roster:"))
        self.anon_radio = QRadioButton(self.tr("Anonymous voters:"))
        vgroup = QButtonGroup(self)
        vgroup.addButton(self.roster_radio)
        vgroup.addButton(self.anon_radio)
        self.people = QListWidget()
        self.people.setObjectName("voting.setup.people")
        chosen = set(existing.voters) if existing and existing.voters is not None else None
        for p in people_svc.list_participants(store):
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            on = (p.id in chosen) if chosen is not None else p.role == "participant"
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.setMaximumHeight(160)
        self.anon_count = QSpinBox()
        self.anon_count.setObjectName("voting.setup.anonymous")
        self.anon_count.setRange(1, 500)
        self.anon_count.setValue(existing.anonymous_voters if existing and existing.anonymous_voters else
                                 max(1, self.people.count()))
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster_radio, 1)
        self.all_people = QPushButton(self.tr("All"))
        self.all_people.setObjectName("voting.setup.people_all")
        self.no_people = QPushButton(self.tr("None"))
        self.no_people.setObjectName("voting.setup.people_none")
        for button, state in ((self.all_people, Qt.CheckState.Checked), (self.no_people, Qt.CheckState.Unchecked)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, state=state: self.check_all_people(state))
            roster_row.addWidget(button)
        voters.addLayout(roster_row)
        voters.addWidget(self.people)
        anon_row = QHBoxLayout()
        anon_row.addWidget(self.anon_radio)
        anon_row.addWidget(self.anon_count)
        anon_row.addStretch(1)
        voters.addLayout(anon_row)
        if (existing and existing.anonymous_voters) or self.people.count() == 0:
            self.anon_radio.setChecked(True)
        else:
            self.roster_radio.setChecked(True)
        form.addRow(self.tr("Who votes"), voters)

        self.mode = QComboBox()
        self.mode.setObjectName("voting.setup.mode")
        for value, text in (("secret", self.tr("Secret, one by one on the shared screen")),
                            ("open", self.tr("Open: dots appear live")),
                            ("paper", self.tr("Paper stickers, counted afterwards"))):
            self.mode.addItem(text, value)
        if existing:
            self.mode.setCurrentIndex(self.mode.findData(existing.mode))
        form.addRow(self.tr("How"), self.mode)
        self.hidden = QCheckBox(self.tr("Hide the results until they are revealed"))
        self.hidden.setChecked(existing.hidden_until_reveal if existing else True)
        form.addRow("", self.hidden)

        self.two = QCheckBox(self.tr("Two criteria (a 2×2 matrix)"))
        self.c1 = QLineEdit("impacto" if language == "es" else "impact")
        self.c2 = QLineEdit("factibilidad" if language == "es" else "feasibility")
        if existing and len(existing.criteria) == 2:
            self.two.setChecked(True)
            self.c1.setText(existing.criteria[0])
            self.c2.setText(existing.criteria[1])
        crit = QHBoxLayout()
        crit.addWidget(self.two)
        crit.addWidget(self.c1)
        crit.addWidget(self.c2)
        self.two.toggled.connect(self._criteria_toggled)
        self.c1.setEnabled(self.two.isChecked())
        self.c2.setEnabled(self.two.isChecked())
        form.addRow(self.tr("Criteria"), crit)

        self.timer_on = QCheckBox(self.tr("Timer (minutes):"))
        self.timer = QSpinBox()
        self.timer.setRange(1, 120)
        self.timer.setValue((existing.timer_seconds or 300) // 60 if existing else 5)
        self.timer_on.setChecked(bool(existing and existing.timer_seconds))
        trow = QHBoxLayout()
        trow.addWidget(self.timer_on)
        trow.addWidget(self.timer)
        trow.addStretch(1)
        form.addRow(self.tr("Time"), trow)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if existing is not None:
            self.dots.setValue(existing.dots_per_participant or 1)
            self.max_note.setValue(existing.max_per_note or self.dots.value())
        else:
            self._candidates_changed()
        # connected last: the budget follows the candidates only once every field exists
        for b in (self.all_radio, self.zone_radio, self.sel_radio):
            b.toggled.connect(lambda *_: self._candidates_changed())
        self.zone_combo.currentIndexChanged.connect(lambda *_: self._candidates_changed())

    # -- helpers -------------------------------------------------------------------------
    def check_all_people(self, state: Qt.CheckState) -> None:
        """"All" / "None" for the roster list (a room of 30 is not ticked one by one)."""
        for i in range(self.people.count()):
            self.people.item(i).setCheckState(state)
        self.roster_radio.setChecked(True)

    def candidate_ids(self) -> list[str]:
        if self.zone_radio.isChecked():
            return self.zone_notes.get(self.zone_combo.currentData(), [])
        if self.sel_radio.isChecked():
            return list(self.selection)
        return list(self.board_notes)

    def _criteria_toggled(self, on: bool) -> None:
        self.c1.setEnabled(on)
        self.c2.setEnabled(on)

    def _touch(self) -> None:
        self._budget_touched = True

    def _candidates_changed(self) -> None:
        if not self._budget_touched:
            budget = rules.default_budget(len(self.candidate_ids()))
            self.dots.setValue(budget)
            self.max_note.setValue(budget)

    def _dots_changed(self, value: int) -> None:
        keep = self.max_note.value()
        self.max_note.setRange(1, value)
        self.max_note.setValue(min(keep or value, value))

    def settings(self) -> dict[str, Any]:
        """Keyword arguments for ``create_round``/``update_round`` (a zone becomes its note list)."""
        out: dict[str, Any] = {
            "question": self.question.text(),
            "criteria": (self.c1.text(), self.c2.text()) if self.two.isChecked() else ("",),
            "dots_per_participant": self.dots.value(),
            "max_per_note": self.max_note.value(),
            "hidden_until_reveal": self.hidden.isChecked(),
            "mode": self.mode.currentData(),
            "timer_seconds": self.timer.value() * 60 if self.timer_on.isChecked() else None,
            "candidates": None if self.all_radio.isChecked() else tuple(self.candidate_ids()),
        }
        if self.anon_radio.isChecked():
            out["anonymous_voters"] = self.anon_count.value()
            out["voters"] = None
        else:
            out["anonymous_voters"] = None
            out["voters"] = tuple(
                self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked
            )
        return out
