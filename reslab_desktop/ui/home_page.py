"""Stand-in home page until the lab overview lands: the workshop at a glance."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reslab_desktop.model.vocab import PHASES, phase_name
from reslab_desktop.storage import Store
from reslab_desktop.ui.store_signals import StoreSignals


class HomePage(QWidget):
    def __init__(self, store: Store, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.label = QLabel(self)
        self.label.setObjectName("homeSummary")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.label)
        signals.changed.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from reslab_desktop.services.boards import list_boards
        from reslab_desktop.services.people import list_organizations, list_participants
        from reslab_desktop.services.workshop import get_workshop

        info = get_workshop(self.store)
        per_phase = Counter(b.phase for b in list_boards(self.store))
        lines = [f"<h1>{escape(info.title)}</h1>"]
        facts = [info.learning_community, info.place, " – ".join(d for d in (info.starts_on, info.ends_on) if d)]
        lines.append("<p>" + escape(" · ".join(f for f in facts if f)) + "</p>")
        lines.append("<p>" + self.tr("%1 organizations · %2 participants").replace(
            "%1", str(len(list_organizations(self.store)))).replace(
            "%2", str(len(list_participants(self.store)))) + "</p>")
        lines.append("<ol>" + "".join(
            f"<li>{escape(phase_name(p, info.language))}: "
            + self.tr("%n board(s)", "", per_phase[p]) + "</li>" for p in PHASES) + "</ol>")
        self.label.setText("".join(lines))
        self.setAccessibleName(self.tr("Workshop overview"))
