"""The facilitator's voting page beside the navigator fits a 1024×768 and a 1280×720 window in
English and Spanish — setup, an open round's progress, results with a tie and the promote row —
checked on the widgets' geometry and on screenshots (saved under ``$RESLAB_SHOTS`` when set)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

from reslab_desktop.services import boards
from reslab_desktop.services import voting as svc
from reslab_desktop.ui.voting import hooks
from tests.ui import test_voting_fit as fit

SIZES, _shot = fit.SIZES, fit._shot
crowded, language = fit.crowded, fit.language  # the fixtures: 40 voters, 20 notes; English and Spanish

LONG_BOARD = "Soluciones priorizadas por la red de organizaciones comunitarias de la zona norte"


def _host(page: QWidget) -> QWidget:
    """The widget whose width the page gets: the scroll area's viewport when there is one."""
    w: QWidget | None = page.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            return w.viewport()
        w = w.parentWidget()
    return page


def _fits(window, page, name: str) -> None:
    QApplication.processEvents()
    room = _host(page)
    assert page.minimumSizeHint().width() <= room.width(), (page.minimumSizeHint(), room.size())
    w: QWidget | None = page.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            assert not w.horizontalScrollBar().isVisible()
        w = w.parentWidget()
    for area in page.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(page) and area.objectName() != "voting.ranking":
            assert area.horizontalScrollBar().maximum() == 0, area.objectName()
    visible = room.rect()
    for widget in page.findChildren(QWidget):
        if widget.objectName().startswith("voting.") and widget.isVisibleTo(window):
            rect = QRect(widget.mapTo(room, widget.rect().topLeft()), widget.size())
            assert rect.right() <= visible.right() + 1, (widget.objectName(), rect, visible)
    for button in page.findChildren(QPushButton):  # the actions are on screen, not below the fold
        if button.isVisibleTo(window):
            rect = QRect(button.mapTo(room, button.rect().topLeft()), button.size())
            assert visible.contains(rect) and rect.height() >= 40, (button.text(), rect, visible)
    _shot(window, name)


@pytest.mark.parametrize(("w", "h"), SIZES)
def test_the_voting_page_fits_beside_the_navigator(language, crowded, qtbot, w, h):
    window = crowded
    boards.create_board(window.store, 3, LONG_BOARD)
    window.resize(w, h)
    window.show()
    qtbot.waitExposed(window)
    page = hooks.show_voting(window)
    _fits(window, page, f"page-empty-{language}-{w}x{h}")
    rid = page.create_round(window.test_board, question="¿Qué retos atendemos juntas primero, como red?",
                            dots_per_participant=3, max_per_note=1)
    _fits(window, page, f"page-draft-{language}-{w}x{h}")
    page.open_round()
    page.select_round(rid)
    _fits(window, page, f"page-open-{language}-{w}x{h}")
    voters = [v.id for v in svc.get_round(window.store, rid).voters]
    for i, voter in enumerate(voters[1:], start=1):
        svc.set_ballot(window.store, rid, voter, {(f"n{(i + j) % 6}", 0): 1 for j in range(3)})
    page.close_round(rid)
    page.select_round(rid)
    results = page.results
    from reslab_desktop.rules import voting as rules

    ranked = [rules.Ranked(r.note_id, r.dots, r.rank, r.tied, r.share) for r in svc.results(window.store, rid)]
    results.k.setValue(next(k for k in range(1, len(ranked)) if not rules.cut_off(ranked, k).clean))
    i = results.target.findText(LONG_BOARD)
    assert i >= 0
    results.target.setCurrentIndex(i)
    _fits(window, page, f"page-tie-{language}-{w}x{h}")
    assert results.runoff_button.isVisibleTo(window) and results.promote_button.isVisibleTo(window)
    assert LONG_BOARD in results.target.toolTip()
    results.k.setValue(next(k for k in range(1, len(ranked) + 1) if rules.cut_off(ranked, k).clean))
    _fits(window, page, f"page-results-{language}-{w}x{h}")
