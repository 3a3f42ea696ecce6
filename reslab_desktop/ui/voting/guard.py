"""Deleting a note people voted on asks first (issue 17.5). Closed rounds keep their record
(``vote_closed_candidates``); an open round loses the note's dots."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reslab_desktop.services import voting as svc
from reslab_desktop.storage import Store


def confirm_delete_voted(parent: QWidget, store: Store, note_ids: Sequence[str]) -> bool:
    """True when nothing voted is deleted, or the facilitator says yes (default: no)."""
    rounds = svc.rounds_voted_on(store, note_ids)
    if not rounds:
        return True
    from reslab_desktop.ui.voting.page import confirm_no_default

    names = ", ".join(f"“{r.question}”" for r in rounds[:3]) + ("…" if len(rounds) > 3 else "")
    translate = QCoreApplication.translate
    question = translate("Voting", "People voted on this in %1. Closed rounds keep their results as they were; "
                                   "an open round loses these dots. Delete anyway?").replace("%1", names)
    return confirm_no_default(parent, translate("Voting", "Delete a note people voted on?"), question)
