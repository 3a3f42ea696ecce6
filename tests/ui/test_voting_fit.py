"""Issue 17.3: every voting view fits a 1024×768 and a 1280×720 projector with 40 voters and
20 candidates — names, ballot, pass card, results and runoff — checked on screenshots (saved
under ``$RESLAB_SHOTS`` when set, to look at) and on the widgets' geometry."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from reslab_desktop.model import Note
from reslab_desktop.services import boards, people
from reslab_desktop.services import voting as svc
from reslab_desktop.storage import Store
from reslab_desktop.ui.voting import hooks
from reslab_desktop.ui.voting.screen import BALLOT, PASS, WHO

FIRST = ["María José", "Ana", "Beto", "Guadalupe", "Juan Carlos", "Lupita", "Xóchitl", "Ximena", "Rosa", "Tomás"]
LAST = ["Hernández Ruiz", "López", "García Márquez", "Pérez", "Martínez Soto"]
CHALLENGES = [
    "Familias sin herramientas de crianza sin violencia", "Falta de agua potable en la colonia",
    "Jóvenes sin espacios seguros por la tarde", "Financiamiento", "Salud mental tras la pandemia",
    "Coordinación entre organizaciones", "Datos", "Transporte nocturno inseguro para mujeres trabajadoras",
    "Basura en el río", "Huertos urbanos abandonados", "Comedores comunitarios sin fondos",
    "Violencia en el noviazgo adolescente", "Escuelas sin internet", "Adultos mayores solos",
    "Migración de jóvenes", "Alumbrado público", "Acceso a la justicia", "Empleo informal",
    "Desnutrición infantil en la sierra", "Falta de confianza en las autoridades municipales",
]
SIZES = [(1024, 768), (1280, 720)]


@pytest.fixture
def crowded(open_window, tmp_path):
    path = tmp_path / "w.reslab"
    with Store.create(path, "Taller grande") as store:
        bid = boards.create_board(store, 2, "Retos")
        with store.write() as tx:
            for i, text in enumerate(CHALLENGES):
                tx.session.add(Note(id=f"n{i}", board_id=bid, seq=i, text=text, color="#FFE066",
                                    x=i * 200.0, y=0.0, w=180.0, h=120.0))
        for i in range(40):
            people.add_participant(store, f"{FIRST[i % 10]} {LAST[i % 5]}")
    window = open_window(path)
    window.test_board = bid
    return window


def _shot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()  # the grids lay out again once their width is known
    image = widget.grab()
    assert not image.isNull()
    folder = os.environ.get("RESLAB_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))


def _inside(widget: QWidget, top: QWidget) -> bool:
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    return top.rect().contains(rect)


def _no_sideways_scroll(top: QWidget) -> None:
    for area in top.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(top):
            assert area.horizontalScrollBar().maximum() == 0, area.objectName()


def _fits(screen, w: int, h: int) -> None:
    QApplication.processEvents()
    assert screen.minimumSizeHint().width() <= w and screen.minimumSizeHint().height() <= h
    assert screen.size().width() == w and screen.size().height() == h
    _no_sideways_scroll(screen)


@pytest.fixture(params=["en", "es"])
def language(request):
    from reslab_desktop.ui import i18n

    i18n.set_language(request.param)  # Spanish texts are longer ("Salir de la pantalla de votación")
    yield request.param
    i18n.set_language("en")


@pytest.mark.parametrize(("w", "h"), SIZES)
def test_every_voting_view_fits_the_projector(language, crowded, qtbot, w, h):
    window = crowded
    page = hooks.show_voting(window)
    rid = page.create_round(window.test_board, question="¿Qué retos atendemos juntas primero, como red?",
                            dots_per_participant=3, max_per_note=1)
    page.open_round()
    screen = page.audience_widget()
    qtbot.addWidget(screen)
    screen.resize(w, h)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.state() == WHO and len(screen.voter_buttons) == 40
    _fits(screen, w, h)
    for b in screen.voter_buttons.values():
        rect = QRect(b.mapTo(screen.voter_grid, b.rect().topLeft()), b.size())
        assert rect.right() <= screen.voter_scroll.viewport().width(), b.text()
    for b in (screen.leave_button, screen.reveal_button, screen.lock_button):
        assert _inside(b, screen)
    _shot(screen, f"names-{language}-{w}x{h}")

    voters = [v.id for v in svc.get_round(window.store, rid).voters]
    qtbot.mouseClick(screen.voter_buttons[voters[0]], Qt.MouseButton.LeftButton)
    assert screen.state() == BALLOT
    _fits(screen, w, h)
    for b in (screen.done_button, screen.left_label, screen.cancel_button, screen.leave_button):
        assert _inside(b, screen), b.objectName()
    view = screen.card_scroll.viewport().width()
    assert screen.card_grid.column_count() >= 3
    for card in screen.cards.values():
        assert QRect(card.mapTo(screen.card_grid, card.rect().topLeft()), card.size()).right() <= view
    qtbot.mouseClick(screen.cards["n0"], Qt.MouseButton.LeftButton)
    _shot(screen, f"ballot-{language}-{w}x{h}")
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert screen.state() == PASS
    _fits(screen, w, h)
    assert _inside(screen.continue_button, screen)
    _shot(screen, f"pass-{language}-{w}x{h}")
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)

    # the results of the round as the room sees them, then a runoff among the tied notes
    for i, voter in enumerate(voters[1:], start=1):
        svc.set_ballot(window.store, rid, voter, {(f"n{(i + j) % 6}", 0): 1 for j in range(3)})
    screen.close()
    page.close_round(rid)
    from reslab_desktop.ui.room.voting_panel import AudienceVoting

    results = AudienceVoting(window.store)
    qtbot.addWidget(results)
    results.resize(w, h)
    results.show()
    results.refresh()
    assert results.minimumSizeHint().width() <= w and results.minimumSizeHint().height() <= h
    _shot(results, f"results-{language}-{w}x{h}")
    from reslab_desktop.rules import voting as rules

    ranked = [rules.Ranked(r.note_id, r.dots, r.rank, r.tied, r.share) for r in svc.results(window.store, rid)]
    k = next(k for k in range(1, len(ranked)) if not rules.cut_off(ranked, k).clean)  # a tie at the cut
    runoff = page.runoff(rid, k)
    page.select_round(runoff)
    second = page.audience_widget()
    qtbot.addWidget(second)
    second.resize(w, h)
    second.show()
    _fits(second, w, h)
    qtbot.mouseClick(next(iter(second.voter_buttons.values())), Qt.MouseButton.LeftButton)
    _fits(second, w, h)
    assert _inside(second.done_button, second)
    _shot(second, f"runoff-{language}-{w}x{h}")
    second.close()
