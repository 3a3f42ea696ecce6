"""The voting screen as the audience sees it: question, progress, and results once allowed.

It speaks the workshop's language (``i18n.speaker``), not necessarily the facilitator's UI one.

Read-only and built on the voting services, so the rule "hidden counts stay hidden until the
round is closed" is enforced where the counts come from: ``results()`` refuses a hidden open
round, and this panel then shows the candidates without numbers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from reslab_desktop.errors import NotFoundError, ReslabError
from reslab_desktop.model import Ballot, Note, PaperTally, VoteRound
from reslab_desktop.storage import ChangeSet, Store
from reslab_desktop.ui import theme
from reslab_desktop.ui.deferred import DeferredRefresh
from reslab_desktop.ui.i18n import Retranslatable, Speaker, speaker

MAX_ROWS = 10
COUNTS = (Ballot, PaperTally)


def current_round_id(store: Store) -> str | None:
    """The latest open round, else the latest closed one, else None."""
    from reslab_desktop.services.voting import list_rounds

    rounds = list_rounds(store)
    for status in ("open", "closed"):
        matching = [r for r in rounds if r.status == status]
        if matching:
            return max(matching, key=lambda r: (r.opened_at or "", r.closed_at or "", r.seq)).id
    return None


class AudienceVoting(Retranslatable, QWidget):
    def __init__(self, store: Store, round_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience.voting_panel")
        self.store = store
        self.fixed_round = round_id
        self.round_id: str | None = None
        self.showing_counts = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows = QFrame(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        layout.addWidget(self.question)
        layout.addWidget(self.status)
        layout.addWidget(self.rows, 1)
        self._later = DeferredRefresh(self, self.refresh)
        theme.theme_notifier().changed.connect(self.refresh)  # bound: dropped with the panel
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.speak.translate("AudienceVoting", "Voting screen"))
        self.refresh()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(VoteRound, Note):
            # At once, shown or not: a reopened round may hide its counts again, and no stale
            # number may stay even on a page of the audience window that is not shown.
            self.refresh()
        elif changes.touches(*COUNTS):
            self._later.request()  # dots: once the voters pause, in one redraw

    @property
    def speak(self) -> Speaker:
        """The workshop's language: the room reads the screen, whatever the facilitator's UI."""
        from reslab_desktop.services.workshop import get_workshop

        return speaker(get_workshop(self.store).language)

    def refresh(self, *_: object) -> None:
        from reslab_desktop.services.voting import get_round, round_candidates, voting_progress
        from reslab_desktop.services.voting_results import results

        self._later.cancel()
        self._clear_rows()
        self.round_id = self.fixed_round or current_round_id(self.store)
        self._style()
        if self.round_id is None:
            self.question.setText(self.speak.translate("AudienceVoting", "No voting round yet"))
            self.status.setText("")
            self.showing_counts = False
            return
        try:
            rnd = get_round(self.store, self.round_id)
        except NotFoundError:  # the round shown was deleted: show the current one instead
            self.fixed_round = None
            self.refresh()
            return
        self.question.setText(rnd.question)
        progress = voting_progress(self.store, rnd.id)
        voted = self.speak.translate("AudienceVoting", "%1 of %2 have voted").replace("%1", str(len(progress.voted)))
        voted = voted.replace("%2", str(progress.total))
        ranking = None
        if not rnd.counts_hidden:
            try:
                ranking = results(self.store, rnd.id)
            except ReslabError:
                ranking = None
        self.showing_counts = ranking is not None
        if rnd.status == "closed":
            self.status.setText(self.speak.translate("AudienceVoting", "Results"))
        elif ranking is None:
            hidden = self.speak.translate("AudienceVoting", "results are shown when the round closes")
            self.status.setText(f"{voted} · {hidden}")
        else:
            self.status.setText(voted)
        if ranking is not None:
            top = max((r.dots for r in ranking), default=0) or 1
            for row, record in enumerate(ranking[:MAX_ROWS]):
                self._add_row(row, f"{record.rank}.", record.text, record.dots, top)
        else:
            for row, note in enumerate(round_candidates(self.store, rnd.id)[:MAX_ROWS]):
                self._add_row(row, "•", note.text, None, 0)

    def _add_row(self, row: int, mark: str, text: str, dots: int | None, top: int) -> None:
        font = self._font(1 / 34)
        for col, value in enumerate((mark, " ".join(text.split())[:90])):
            label = QLabel(value, self.rows)
            label.setFont(font)
            label.setWordWrap(col == 1)
            self.grid.addWidget(label, row, col)
        if dots is not None:
            bar = QProgressBar(self.rows)
            bar.setRange(0, top)
            bar.setValue(dots)
            bar.setTextVisible(False)
            bar.setFixedWidth(max(120, self.width() // 5))
            bar.setFixedHeight(max(12, self.height() // 40))
            bar.setStyleSheet(
                f"QProgressBar {{ border: 1px solid {theme.current().note_outline}; background: transparent; }}"
                f" QProgressBar::chunk {{ background: {theme.current().accent}; }}"
            )
            count = QLabel(self.speak.translate("AudienceVoting", "%n dot(s)", "", dots), self.rows)
            count.setFont(font)
            self.grid.addWidget(bar, row, 2)
            self.grid.addWidget(count, row, 3)
        self.grid.setColumnStretch(1, 1)

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleteLater leaves it painted until the event loop runs
                widget.deleteLater()

    def _font(self, fraction: float, bold: bool = False) -> QFont:
        """A font sized as a fraction of the panel height (it fills a projector, or a preview)."""
        font = QFont(self.font())
        height = max(self.height(), 360)
        font.setPixelSize(max(10, int(height * fraction * min(theme.current().font_scale, 1.6))))
        font.setBold(bold)
        return font

    def _style(self) -> None:
        self.question.setFont(self._font(1 / 18, bold=True))
        self.status.setFont(self._font(1 / 26))

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        self.refresh()
