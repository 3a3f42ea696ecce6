"""Note text fitting picks the same size as trying every size from the largest down."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reslab_desktop.ui.board import style, textfit

WORDS = ["Procuraduría", "niñez", "red", "de", "prevención", "violencia", "comunidad", "a", "kit",
         "financiamiento", "Oaxaca", "capacitación", "x" * 30, "datos", "escuela"]
#: Words with their own break opportunities (hyphen, slash, CJK, emoji, a non-breaking space),
#: punctuation that sticks to its word, tabs and line breaks: texts the cheap measures must
#: treat with care (a size is only refused when it surely does not fit).
AWKWARD = ["¿Qué?", "(datos)", "«red»", "niñez,", "AVATAR", "LT", "To", "Wo.", "co-diseño", "ida/vuelta",
           "社区网络", "🙂🙂", "mil\u00a0pesos", "e\u0301xito", "\t", "\n", "\n\n", "Ωμέγα", "Привет"]


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


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS + AWKWARD), max_size=25), width=st.floats(20, 300),
       height=st.floats(10, 250))
def test_fit_matches_trying_every_size_with_awkward_text(qapp, words: list[str], width: float, height: float) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    assert textfit.fit(text, width, height).pixel_size == _reference(text, width, height)


def test_a_plain_note_is_laid_out_once(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Word widths and line counts refuse the sizes that cannot fit: one layout, the one drawn."""
    made: list[int] = []
    real = textfit._layout

    def counting(text: str, pixel_size: int, width: float) -> textfit.FittedText:
        made.append(pixel_size)
        return real(text, pixel_size, width)

    for px in textfit.SIZES:
        textfit._line_height(px)  # measured once per size, not once per note
    monkeypatch.setattr(textfit, "_layout", counting)
    texts = ["Universidad jóvenes mapa aprendizaje alianza mérida confianza prevención",
             "Paz red capacitación salud jóvenes mapa jóvenes aprendizaje violencia violencia kit",
             "Red mapa mérida", "¿Quién lo hace con nosotros? Voz de la Sierra: difusión."]
    for text in texts:
        made.clear()
        fitted = textfit.fit(text, 144, 84)
        laid_out = list(made)
        assert fitted.pixel_size == _reference(text, 144, 84)
        assert laid_out == [fitted.pixel_size]


def test_fonts_are_copies(qapp) -> None:  # type: ignore[no-untyped-def]
    """The board font is made once per size, but a caller changing its copy changes nothing else."""
    font = style.font(14)
    font.setBold(True)
    assert not style.font(14).bold()
    assert style.font(14.2).pixelSize() == 14
