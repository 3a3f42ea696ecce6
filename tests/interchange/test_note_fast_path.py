"""The import's fast path for notes accepts only what the path-aware checks accept, with the
same row; anything else goes to the checks (which name the problem)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange.core_sections import BoardsSection
from reslab_desktop.interchange.section import ImportContext

values = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**7, max_value=10**7),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["#FFE066", "#ffe066", "#FFE06", "z0", "p0", "n1", " ", "a\x00b", "\ud800", "ñ"]),
)
note = st.fixed_dictionaries(
    {},
    optional={k: values for k in ("id", "text", "color", "x", "y", "w", "h", "zone", "author")},
)


class Checked(dict):
    """A note the fast path refuses (not exactly a dict): only the path-aware checks decide."""


def _import(notes: list) -> tuple[list | None, str | None]:
    ctx = ImportContext()
    ctx.claim("participant", "p0", "participants[0].id")
    doc = [{"id": "b", "phase": 2, "title": "B", "zones": [{"id": "z0", "x": 0, "y": 0, "w": 9, "h": 9,
                                                           "color": "#FFFFFF"}], "notes": notes}]
    try:
        return BoardsSection().validate(doc, ctx)["notes"], None
    except InterchangeError as exc:
        return None, str(exc)


@settings(max_examples=300, deadline=None)
@given(st.lists(note, max_size=3))
def test_fast_and_checked_paths_agree(notes: list) -> None:
    rows, error = _import(notes)
    checked_rows, checked_error = _import([Checked(n) for n in notes])
    assert (rows, error is None) == (checked_rows, checked_error is None)
    if error is not None:
        assert error == checked_error
