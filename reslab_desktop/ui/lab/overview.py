"""The Lab overview, the app's home for an open workshop.

The six steps as a pathway (status set by the facilitator, boards, counts, localization per
step), the next suggested action, and the localization pathway chart; then the Lab's own
views as tabs: resources, initiatives and action plans, decisions, learning log, sessions.
Emits ``board_requested(board_id)``; the shell opens the board.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.model import (
    ActionItem,
    Board,
    Decision,
    Initiative,
    Iteration,
    IterationBoard,
    LearningEntry,
    Need,
    Note,
    PhaseStatus,
    Pledge,
    VoteRound,
    WorkSession,
    Workshop,
)
from reslab_desktop.model.lab_vocab import PHASE_STATUSES
from reslab_desktop.model.vocab import PHASES, phase_name
from reslab_desktop.rules.lab_flow import PhaseOverview, Suggestion
from reslab_desktop.services.lab import phases
from reslab_desktop.storage import WINDOW, ChangeSet, Store
from reslab_desktop.storage.changes import ACTION
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.lab.common import run, vocab, watch
from reslab_desktop.ui.lab.pathway_chart import PathwayChart
from reslab_desktop.ui.store_signals import StoreSignals
from reslab_desktop.ui.window_context import WindowContext

#: What changes what the overview shows (counts, statuses, localization, suggestion).
OVERVIEW_ENTITIES = (
    Board, Note, VoteRound, PhaseStatus, Decision, Pledge, Need, Initiative, Iteration, IterationBoard,
    ActionItem, LearningEntry, WorkSession, Workshop,
)
BOARD_TEXT_WIDTH = 170  # px; longer board titles end in "…" (the tooltip has all of it)
#: Suggestions the shell performs through its action table.
WINDOW_ACTIONS = {"create_board": "board.new", "vote": "voting.show"}
#: Suggestions that open one of the overview's own tabs.
TABS = {"resources": "resources", "initiatives": "initiatives", "action_plan": "initiatives", "carry": "initiatives",
        "decisions": "decisions", "learning": "learning", "iterate": "initiatives"}


def suggested_status(p: PhaseOverview) -> str | None:
    """"in_progress" for a step still marked "not started" that has notes, votes or
    decisions (boards alone are set up ahead); ``None`` when the marked status fits."""
    active = any(p.count(k) for k in ("notes", "votes", "decisions", "pledges"))
    return "in_progress" if p.status == "not_started" and active else None


class StepCard(QFrame):
    """One step of the pathway: its status, counts and boards."""

    status_chosen = Signal(int, str)
    board_clicked = Signal(str)

    def __init__(self, phase: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setObjectName(f"step{phase}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(170)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("stepStatus")
        for key in PHASE_STATUSES:
            self.status.addItem(vocab(key), key)
        self.status.activated.connect(lambda _: self.status_chosen.emit(self.phase, self.status.currentData()))
        self.suggest = QPushButton(self)  # "Not started" while the step has work: one click fixes it
        self.suggest.setObjectName("stepSuggestedStatus")
        self.suggest.setFlat(True)
        self.suggest.setStyleSheet("text-align: left; padding: 2px; text-decoration: underline;")
        self.suggest.clicked.connect(lambda: self.status_chosen.emit(self.phase, "in_progress"))
        self.suggest.hide()
        self.counts = QLabel(self)
        self.counts.setObjectName("stepCounts")
        self.counts.setWordWrap(True)
        self.boards = QVBoxLayout()
        self.boards.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.suggest)
        layout.addWidget(self.counts)
        layout.addLayout(self.boards)
        layout.addStretch(1)

    def show_phase(self, p: PhaseOverview, current: bool, language: str) -> None:
        """``language``: the workshop's (step names as the sidebar says them)."""
        self.title.setText(f"{p.phase}. {phase_name(p.phase, language)}")
        self.status.setCurrentIndex(self.status.findData(p.status))
        self.status.setAccessibleName(self.tr("Status of step %1").replace("%1", str(p.phase)))
        lines = [
            self.tr("%n board(s)", "", p.count("boards")),
            self.tr("%n note(s)", "", p.count("notes")),
            self.tr("%n vote round(s)", "", p.count("votes")),
            self.tr("%n decision(s)", "", p.count("decisions")),
        ]
        if p.phase == 3:
            lines.append(self.tr("%n pledge(s)", "", p.count("pledges")))
        if p.localization is not None:
            lines.append(self.tr("Decided locally: %1").replace("%1", f"{p.localization:.0%}"))
        self.counts.setText("\n".join(lines))
        self.suggest.setText(self.tr("Work started here: mark it “%1”").replace("%1", vocab("in_progress")))
        self.suggest.setVisible(suggested_status(p) == "in_progress")
        while self.boards.count():
            item = self.boards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for bid, title in p.boards:
            button = QPushButton(self)
            button.setText(button.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, BOARD_TEXT_WIDTH))
            button.setAccessibleName(title)
            button.setObjectName("stepBoard")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px;")
            button.setToolTip(title)
            button.clicked.connect(lambda _=False, b=bid: self.board_clicked.emit(b))
            self.boards.addWidget(button)
        self.setProperty("current", current)
        self.setStyleSheet(f"#step{p.phase} {{ border: 2px solid palette(highlight); border-radius: 6px; }}"
                           if current else "")


class LabOverview(QWidget):
    board_requested = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labOverview")
        self.store = store
        self.undo_stack = undo_stack
        self.suggestion: Suggestion | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("labTabs")
        self.tabs.addTab(self._pathway_page(), self.tr("Pathway"))
        self._views: dict[str, QWidget] = {}
        self._add_views()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._stale = False
        watch(self, store, OVERVIEW_ENTITIES, self._changed)
        self.refresh()

    # -- layout --------------------------------------------------------------------------------
    def _pathway_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("pathwayPage")
        self.heading = QLabel(page)
        self.heading.setObjectName("labHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        banner = QFrame(page)
        banner.setObjectName("suggestionBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("#suggestionBanner { background: palette(alternate-base); border-radius: 6px; }")
        self.suggestion_label = QLabel(banner)
        self.suggestion_label.setObjectName("suggestionText")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_button = QPushButton(self.tr("Do it"), banner)
        self.suggestion_button.setObjectName("suggestionButton")
        self.suggestion_button.clicked.connect(self.follow_suggestion)
        row = QHBoxLayout(banner)
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.suggestion_button)
        self.cards = [StepCard(p, page) for p in PHASES]
        steps = QHBoxLayout()
        for card in self.cards:
            card.status_chosen.connect(self.set_status)
            card.board_clicked.connect(self.board_requested)
            steps.addWidget(card, 1)
        self.chart_title = QLabel(self.tr("Localization pathway: who decides in each step"), page)
        self.chart_title.setObjectName("chartTitle")
        font = self.chart_title.font()
        font.setBold(True)
        self.chart_title.setFont(font)
        self.chart = PathwayChart(page)
        inner = QWidget(page)
        column = QVBoxLayout(inner)
        column.addWidget(self.heading)
        column.addWidget(banner)
        column.addLayout(steps)
        column.addWidget(self.chart_title)
        column.addWidget(self.chart, 1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return page

    def _add_views(self) -> None:
        """One tab per lab view, each built the first time it is shown or asked for (the
        window opens on the pathway: building five tables up front slowed every start)."""
        self._lazy = {
            "resources": ("resources_view", "ResourcesView", self.tr("Resources")),
            "initiatives": ("initiatives_view", "InitiativesView", self.tr("Initiatives and action plans")),
            "decisions": ("decisions_view", "DecisionsView", self.tr("Decisions")),
            "learning": ("learning_view", "LearningView", self.tr("Learning log")),
            "sessions": ("sessions_view", "SessionsView", self.tr("Sessions")),
        }
        self._tab_keys = ["pathway", *self._lazy]
        for _module, _cls, title in self._lazy.values():
            self.tabs.addTab(QWidget(self), title)
        self.tabs.currentChanged.connect(lambda index: self.view(self._tab_keys[index]) if index > 0 else None)
        if not self.store.read_only:
            StoreSignals.of(self.store).changed.connect(self._ask_who_decided)

    def _ask_who_decided(self, changes: ChangeSet) -> None:
        """A round the facilitator just closed logged its priorities (the core does, in the
        close's own transaction): ask who decided, in one click."""
        if changes.initiator != WINDOW or changes.cause != ACTION:
            return
        for did in changes.of(Decision).added:
            row = changes.image(Decision, did)
            if row is not None and row["source_kind"] == "vote_round":
                from reslab_desktop.ui.lab.decisions_view import ask_who_decided

                self.last_prompt = ask_who_decided(self, self.store, self.undo_stack, did)

    def view(self, key: str) -> QWidget:
        if key not in self._views:
            import importlib

            module, cls, title = self._lazy[key]
            view = getattr(importlib.import_module(f"reslab_desktop.ui.lab.{module}"), cls)(
                self.store, self.undo_stack, self)
            self._views[key] = view
            index, current = self._tab_keys.index(key), self.tabs.currentIndex()
            placeholder = self.tabs.widget(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        return self._views[key]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.view(key) if key in self._lazy else self.tabs.widget(0))

    # -- behaviour -----------------------------------------------------------------------------
    def _changed(self) -> None:
        # Notes move all the time while the board is shown: count them again only when seen.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_lazy"):
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """A live language switch: tab titles, the chart's title, the cards (the lab's views
        retranslate themselves)."""
        titles = {"resources": self.tr("Resources"), "initiatives": self.tr("Initiatives and action plans"),
                  "decisions": self.tr("Decisions"), "learning": self.tr("Learning log"), "sessions": self.tr("Sessions")}
        self.tabs.setTabText(0, self.tr("Pathway"))
        for key, (module, cls, _) in list(self._lazy.items()):
            self._lazy[key] = (module, cls, titles[key])
            self.tabs.setTabText(self._tab_keys.index(key), titles[key])
        self.chart_title.setText(self.tr("Localization pathway: who decides in each step"))
        self.suggestion_button.setText(self.tr("Do it"))
        for card in self.cards:
            for i in range(card.status.count()):
                card.status.setItemText(i, vocab(card.status.itemData(i)))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        from reslab_desktop.services.workshop import get_workshop

        ov = phases.overview(self.store)
        info = get_workshop(self.store)
        overall = ov.overall.index
        share = "—" if overall is None else f"{overall:.0%}"
        counts = " · ".join((self.tr("%n initiative(s)", "", ov.initiatives), self.tr("%n session(s)", "", ov.sessions),
                             self.tr("decided by local organizations overall: %1").replace("%1", share)))
        where = " · ".join(x for x in (info.learning_community, info.place, self._dates(info.starts_on, info.ends_on)) if x)
        self.heading.setText(f"<h2>{escape(info.title)}</h2>" + (f"<p><b>{escape(where)}</b></p>" if where else "")
                             + f"<p>{escape(counts)}</p>")
        current = ov.suggestion.phase if ov.suggestion.action != "iterate" else None
        for card, p in zip(self.cards, ov.phases, strict=True):
            card.show_phase(p, p.phase == current, info.language)
        self.suggestion = ov.suggestion
        self.suggestion_label.setText(
            self.tr("Next, in step %1: %2").replace("%1", str(ov.suggestion.phase))
            .replace("%2", ov.suggestion.text(current_language())))
        self.suggestion_button.setEnabled(not self.store.read_only or ov.suggestion.action in TABS)
        self.chart.set_points(ov.pathway)

    def _dates(self, start: str | None, end: str | None) -> str:
        """"17 de marzo de 2026 – 19 de marzo de 2026", one date, or "" (the workshop's dates)."""
        from datetime import date

        from reslab_desktop.ui.i18n import format_date

        def one(iso: str) -> str:
            try:
                return format_date(date.fromisoformat(iso))
            except ValueError:
                return iso

        if start and end and start != end:
            return self.tr("%1 to %2").replace("%1", one(start)).replace("%2", one(end))
        return one(start or end) if (start or end) else ""

    def set_status(self, phase: int, status: str) -> None:
        run(self, self.undo_stack, self.tr("Mark step %1: %2").replace("%1", str(phase)).replace("%2", vocab(status)),
            lambda: phases.set_phase_status(self.store, phase, status))
        self.refresh()  # a refused change puts the combo box back

    def follow_suggestion(self) -> None:
        s = self.suggestion
        if s is None:
            return
        if s.action == "open_board" and s.board_id:
            self.board_requested.emit(s.board_id)
        elif s.action == "mark_done":
            self.set_status(s.phase, "done")
        elif s.action in TABS:
            self.show_tab(TABS[s.action])
        elif s.action in WINDOW_ACTIONS:
            window = self.window()
            actions = window.actions_by_id if isinstance(window, WindowContext) else {}
            action = actions.get(WINDOW_ACTIONS[s.action])
            if action is not None:
                action.trigger()
