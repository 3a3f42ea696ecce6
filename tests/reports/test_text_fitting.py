"""Wrapping and fitting text for notes and labels (the bundled font's real metrics)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as hs

from reslab_desktop.reports.fonts import FONT, fit_text, register_fonts, text_width, wrap_lines

register_fonts()
_TEXT = hs.text(hs.characters(max_codepoint=0x17F, blacklist_categories=("Cs", "Cc")) | hs.just("\n"),
                max_size=300)


@given(text=_TEXT, width=hs.floats(5, 400), size=hs.floats(4, 20))
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: float, size: float) -> None:
    lines = wrap_lines(text, width, size)
    for line in lines:
        assert text_width(line, size, FONT) <= width + 1e-6 or len(line) == 1
    assert re.sub(r"\s+", "", "".join(lines)) == re.sub(r"\s+", "", text)


@given(text=hs.text(hs.characters(max_codepoint=0x17F, blacklist_categories=("Cs", "Cc")), max_size=200),
       width=hs.floats(20, 300))
def test_fitted_labels_fit(text: str, width: float) -> None:
    shown = fit_text(text, width, 9)
    assert text_width(shown, 9) <= width or shown == "…"
    assert shown == text or shown.endswith("…")


def test_a_huge_word_wraps_in_one_pass() -> None:
    lines = wrap_lines("x" * 100_000, 100, 10)
    assert "".join(lines) == "x" * 100_000 and all(text_width(line, 10) <= 100 for line in lines)
