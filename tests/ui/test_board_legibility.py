"""Readable from the back of the room: a floor under note text, the text size applied to
boards, long notes cut with "…" and shown whole when selected."""

from __future__ import annotations

import pytest
from board_helpers import shown_editor

from reslab_desktop.rules.geometry import NOTE_TEXT_SIZES
from reslab_desktop.services import boards, notes
from reslab_desktop.storage import Store
from reslab_desktop.ui import theme
from reslab_desktop.ui.board import items, style, textfit
from reslab_desktop.ui.board.items import AUTHOR_PX, PROMPT_PX

LONG = ("Las familias no saben a qué oficina acudir cuando un niño deja la escuela, y cada "
        "institución les pide papeles distintos que tardan semanas en conseguir")
SHORT = "Falta agua"


@pytest.fixture
def themed(qapp):
    """``themed(name, size)`` applies a theme for the test; the normal look comes back after."""
    def apply(name: str, size: int) -> None:
        theme.apply_theme(name, size)
        style.refresh()
    yield apply
    theme.apply_theme(theme.NORMAL, 100)
    style.refresh()


def _text(fitted: textfit.FittedText) -> str:
    return "\n".join(layout.text() for layout in fitted.layouts)


def test_long_text_stops_at_the_legible_floor_and_ends_with_an_ellipsis(themed) -> None:
    themed(theme.NORMAL, 100)
    fitted = textfit.fit(LONG, 144, 80)
    assert fitted.pixel_size == NOTE_TEXT_SIZES[-1] == 12  # not 8 px as before
    assert fitted.elided and _text(fitted).endswith("…") and fitted.height <= 80
    assert not textfit.fit(SHORT, 144, 80).elided


@pytest.mark.parametrize(("name", "size", "scale"), [
    (theme.NORMAL, 150, 1.5), (theme.PROJECTOR, 100, 1.35), (theme.PROJECTOR, 150, 2.025)])
def test_the_text_size_and_the_projector_theme_enlarge_note_text(themed, name, size, scale) -> None:
    themed(theme.NORMAL, 100)
    long_before, short_before = textfit.fit(LONG, 144, 80).pixel_size, textfit.fit(SHORT, 144, 80).pixel_size
    themed(name, size)
    assert textfit.fit(LONG, 144, 80).pixel_size == round(long_before * scale)  # long notes grow too
    assert textfit.fit(SHORT, 144, 80).pixel_size >= short_before
    assert style.scaled_font(AUTHOR_PX).pixelSize() == round(AUTHOR_PX * scale)
    assert items._zone_px(PROMPT_PX, items.PROMPT_ROOM) == min(PROMPT_PX * scale, items.PROMPT_ROOM) > 13


def test_a_long_note_selected_alone_shows_all_its_text(qtbot, store: Store, themed) -> None:
    themed(theme.PROJECTOR, 150)
    board = boards.create_board(store, 1, "Tablero")
    long_id = notes.add_note(store, board, LONG, 100, 100)
    short_id = notes.add_note(store, board, SHORT, 400, 100)
    ed = shown_editor(qtbot, store, board)
    item = ed.scene.notes[long_id]
    height = item.boundingRect().height()
    ed.select_notes([long_id])
    assert item.boundingRect().height() > height + 100  # grown to hold the whole text
    assert item._whole is not None and "…" not in _text(item._whole) and item.zValue() > ed.scene.notes[short_id].zValue()
    ed.view.viewport().repaint()
    ed.select_notes([short_id])  # a short note never grows, the long one shrinks back
    assert item.boundingRect().height() == height and ed.scene.notes[short_id]._whole is None
    ed.select_notes([long_id, short_id])
    assert item._whole is None
