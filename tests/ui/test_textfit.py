"""Note text fitting picks the same size as trying every size from the largest down."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reslab_desktop.ui.board import style, textfit

WORDS = ["Procuraduría", "niñez", "red", "de", "prevención", "violencia", "comunidad", "a", "kit",
         "financiamiento", "Oaxaca", "capacitación", "x" * 30, "datos", "escuela"]


def _reference(text: str, width: float, height: float) -> int:
    """The largest size whose layout fits, preferring sizes that keep every word whole."""
    from PySide6.QtGui import QFontMetricsF

    text = textfit.shortened(text)
    fits = [px for px in textfit.SIZES if textfit._layout(text, px, width).height <= height]
    whole = [px for px in fits if max((QFontMetricsF(style.font(px)).horizontalAdvance(w) for w in text.split()),
                                      default=0.0) <= width]
    return (whole or fits or [textfit.SIZES[-1]])[0]


@settings(max_examples=120, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=30), width=st.floats(40, 400), height=st.floats(20, 300))
def test_fit_matches_trying_every_size(qapp, words: list[str], width: float, height: float) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    assert textfit.fit(text, width, height).pixel_size == _reference(text, width, height)
