"""The localization index rule (rules/localization.py) with hypothesis."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reslab_desktop.rules.localization import localization_index, overall, pathway, tally

counts = st.integers(min_value=0, max_value=500)


@given(counts, counts, counts)
def test_index_is_between_0_and_1_or_none_without_decisions(f, s, loc):
    value = localization_index(f, s, loc)
    if f + s + loc == 0:
        assert value is None
    else:
        assert 0.0 <= value <= 1.0


@given(counts, counts, counts)
def test_one_more_local_decision_never_lowers_the_index(f, s, loc):
    before = localization_index(f, s, loc)
    after = localization_index(f, s, loc + 1)
    assert after is not None
    assert before is None or after >= before
    if f + s > 0:
        assert after > before


@given(counts, counts, counts)
def test_one_more_facilitator_decision_never_raises_it(f, s, loc):
    before = localization_index(f, s, loc)
    after = localization_index(f + 1, s, loc)
    assert before is None or after <= before


@given(st.integers(min_value=1, max_value=500))
def test_shared_counts_half(n):
    assert localization_index(0, n, 0) == pytest.approx(0.5)
    # two shared decisions weigh as much as one local and one facilitator decision
    assert localization_index(0, 2 * n, 0) == pytest.approx(localization_index(n, 0, n))


def test_extremes():
    assert localization_index(3, 0, 0) == 0.0
    assert localization_index(0, 0, 3) == 1.0
    assert localization_index(1, 1, 2) == pytest.approx((0.5 + 2) / 4)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        localization_index(-1, 0, 0)


@given(st.lists(st.tuples(st.integers(1, 6), st.sampled_from(["facilitators", "shared", "local"])), max_size=60))
def test_pathway_has_six_points_and_sums_to_the_overall_tally(decisions):
    points = pathway(decisions)
    assert [p.phase for p in points] == [1, 2, 3, 4, 5, 6]
    total = overall(points)
    assert total.total == len(decisions)
    assert total == tally(d for _, d in decisions)
    for p in points:
        mine = [d for ph, d in decisions if ph == p.phase]
        assert p.index == localization_index(mine.count("facilitators"), mine.count("shared"), mine.count("local"))


def test_unknown_values_are_refused():
    with pytest.raises(ValueError):
        tally(["everyone"])
    with pytest.raises(ValueError):
        pathway([(7, "local")])
