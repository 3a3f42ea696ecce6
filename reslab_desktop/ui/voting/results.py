"""The revealed results of a round: ranking with ties marked, share, bar chart, 2×2 matrix,
one-click runoff for a tie at the cut-off, and "take the top K to the next phase"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.rules import voting as rules
from reslab_desktop.services import boards as board_svc
from reslab_desktop.services import voting as svc
from reslab_desktop.services.voting_records import VoteRoundRecord, VotingProgress
from reslab_desktop.services.voting_results import NEXT_PHASE
from reslab_desktop.storage import Store
from reslab_desktop.ui.dialogs import error_text
from reslab_desktop.ui.voting.charts import BarChart, MatrixChart
from reslab_desktop.ui.voting.row import StackingRow

TIED_BG = QColor("#FDEBD3")


class ResultsView(QWidget):
    """``runoff_requested(round_id, k)``; ``promote_requested(round_id, k, target_board_id)``
    (``""`` = a new phase-3 board)."""

    runoff_requested = Signal(str, int)
    promote_requested = Signal(str, int, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting.results")
        self.store = store
        self.round_id: str | None = None
        self.ranking: list[svc.RankingRecord] = []
        self.closed = False
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("voting.results_title")
        self.title.setWordWrap(True)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.title.setFont(f)
        layout.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("voting.ranking")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart()
        self.chart.setObjectName("voting.bar_chart")
        self.matrix = MatrixChart()
        self.matrix.setObjectName("voting.matrix")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        self.right = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart)
        right.addWidget(self.matrix)
        split.addWidget(right)
        split.setSizes([640, 560])
        layout.addWidget(split, 1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Top")))
        self.k = QSpinBox()
        self.k.setObjectName("voting.top_k")
        self.k.setRange(1, 1)
        self.k.setMinimumHeight(44)
        self.k.valueChanged.connect(lambda *_: self._refresh_cut())
        top.addWidget(self.k)
        self.cut_label = QLabel()
        self.cut_label.setObjectName("voting.cut_label")
        self.cut_label.setWordWrap(True)  # a long tie line wraps instead of widening the page
        top.addWidget(self.cut_label, 1)
        cut_host = QWidget()
        cut_host.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        self.runoff_button = QPushButton(self.tr("Runoff among the tied notes"))
        self.runoff_button.setObjectName("voting.runoff")
        self.runoff_button.clicked.connect(lambda: self.runoff_requested.emit(self.round_id or "", self.k.value()))
        self.cut_row = StackingRow()  # side by side when there is room, else stacked (Spanish, 1024 px)
        self.cut_row.box.addWidget(cut_host, 1)
        self.cut_row.box.addWidget(self.runoff_button)
        layout.addWidget(self.cut_row)
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(12)  # a long board name is elided; the tooltip has it whole
        self.target.setObjectName("voting.promote_target")
        self.target.setMinimumHeight(44)
        self.target.currentIndexChanged.connect(lambda *_: self.target.setToolTip(self.target.currentText()))
        self.promote_button = QPushButton(self.tr("Take the top K to the next phase"))
        self.promote_button.setObjectName("voting.promote")
        self.promote_button.clicked.connect(
            lambda: self.promote_requested.emit(self.round_id or "", self.k.value(), self.target.currentData() or "")
        )
        for b in (self.runoff_button, self.promote_button):
            b.setMinimumHeight(44)
        self.promote_row = StackingRow()
        self.promote_row.box.addWidget(self.target, 1)
        self.promote_row.box.addWidget(self.promote_button)
        layout.addWidget(self.promote_row)

    def show_round(self, round_id: str) -> None:
        """Load and draw; raises ``HiddenResultsError`` for a hidden round still open."""
        rnd = svc.get_round(self.store, round_id)
        ranking = svc.results(self.store, round_id)
        self.title.setText(rnd.question)
        self.target.clear()
        self.target.addItem(self.tr("a new phase-3 board"), "")
        for b in board_svc.list_boards(self.store, phase=NEXT_PHASE):
            self.target.addItem(b.title, b.id)
        self._show(rnd, ranking, svc.voting_progress(self.store, round_id))

    def show_counts(self, rnd: VoteRoundRecord, progress: VotingProgress) -> None:
        """The dots or paper counts of the round shown moved (``rnd`` and ``progress`` as the
        caller read them): the ranking is read again, the rest of the view stays."""
        if rnd.id != self.round_id:
            self.show_round(rnd.id)
            return
        self._show(rnd, svc.results(self.store, rnd.id), progress)

    def _show(self, rnd: VoteRoundRecord, ranking: list[svc.RankingRecord],
              progress: VotingProgress) -> None:
        self.ranking = ranking
        self.round_id = rnd.id
        total = sum(r.dots for r in ranking)
        status = {"draft": self.tr("draft"), "open": self.tr("open"), "closed": self.tr("closed")}[rnd.status]
        if rnd.mode == "paper" and not progress.voted:  # nobody was meant to vote on screen
            self.summary.setText(self.tr("%1 · %n dot(s) counted on paper", "", total)
                                 .replace("%1", status))
        else:
            self.summary.setText(
                self.tr("%1 · %n dot(s) · %2 of %3 voters voted on screen", "", total)
                .replace("%1", status).replace("%2", str(len(progress.voted))).replace("%3", str(progress.total))
            )
        two = len(rnd.criteria) == 2
        self._fill_table(rnd, ranking)
        self.matrix.setVisible(two)
        if two:
            self.right.setSizes([330, 470])  # the matrix is what a two-criteria round is for
            names = {r.note_id: r.text for r in ranking}
            self.matrix.set_points(svc.matrix_points(ranking), names, rnd.criteria[0], rnd.criteria[1],
                                   {r.note_id: r.rank for r in ranking})
        self.k.blockSignals(True)
        self.k.setRange(1, max(1, len(ranking)))
        self.k.setValue(min(max(1, self.k.value()), max(1, len(ranking))))
        self.k.blockSignals(False)
        self.closed = closed = rnd.status == "closed"
        self.promote_button.setEnabled(closed)
        self._refresh_cut()
        self.runoff_button.setEnabled(closed and self.runoff_button.isEnabled())

    def _header_text(self, column: int) -> str | None:
        item = self.table.horizontalHeaderItem(column)
        return item.text() if item is not None else None

    def _fill_table(self, rnd: VoteRoundRecord, ranking: list[svc.RankingRecord]) -> None:
        """The cells are kept and only their changed texts set: after a dot most stay as they were."""
        two = len(rnd.criteria) == 2
        headers = [self.tr("Rank"), self.tr("Note"), self.tr("Dots"), self.tr("Share")]
        if two:
            headers[2:3] = [rnd.criteria[0], rnd.criteria[1], self.tr("Dots")]
        table = self.table
        if [self._header_text(c) for c in range(table.columnCount())] != headers:
            table.setRowCount(0)  # another shape: no cell is kept
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        # Sized to the contents once, after filling: with ResizeToContents on, every setItem
        # measured the whole column again (60 ms per refresh, i.e. per dot of an open round).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setRowCount(len(ranking))
        tied = self.tr("Tied")
        for row, r in enumerate(ranking):
            cells = [f"{r.rank}{'=' if r.tied else ''}", self.note_cell(r)]
            if two:
                cells += [str(r.dots_by_criterion[0]), str(r.dots_by_criterion[1])]
            cells += [str(r.dots), f"{r.share:.0%}"]
            for col, text in enumerate(cells):
                item = table.item(row, col)
                if item is None:
                    item = QTableWidgetItem(text)
                    if col != 1:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(row, col, item)
                elif item.text() != text:
                    item.setText(text)
                if (item.toolTip() == tied) != r.tied:
                    item.setBackground(TIED_BG if r.tied else QBrush())
                    item.setToolTip(tied if r.tied else "")
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def note_cell(self, r: svc.RankingRecord) -> str:
        """The text voted on; a closed round's note edited or deleted since says so."""
        text = " ".join(r.text.split())
        if r.now_text == "":
            return text + "  " + self.tr("(deleted since)")
        if r.now_text is not None:
            return text + "  " + self.tr("(now: %1)").replace("%1", " ".join(r.now_text.split()))
        return text

    def cut(self) -> rules.CutOff:
        ranked = [rules.Ranked(r.note_id, r.dots, r.rank, r.tied, r.share) for r in self.ranking]
        return rules.cut_off(ranked, self.k.value())

    def _refresh_cut(self) -> None:
        if not self.ranking:
            return
        cut = self.cut()
        self.chart.set_rows(self.ranking, set(cut.safe), set(cut.tied))
        if cut.clean:
            self.cut_label.setText(self.tr("No tie at the cut-off."))
        else:
            self.cut_label.setText(  # Qt's plural forms: "the last place" / "the last 2 places"
                self.tr("%1 notes tied for the last %n place(s).", "", cut.seats).replace("%1", str(len(cut.tied)))
            )
        self.runoff_button.setEnabled(self.closed and not cut.clean)  # (the round as show_round read it)
        self.promote_button.setEnabled(self.closed and cut.clean)


def try_show(view: ResultsView, round_id: str) -> str | None:
    """Show the round; returns the one-line reason when its results cannot be shown yet."""
    try:
        view.show_round(round_id)
    except ReslabError as exc:
        return error_text(exc)
    return None
