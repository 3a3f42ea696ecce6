"""Dot-voting rules: budgets can never be exceeded, tallies are sums, ties rank consistently."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reslab_desktop.rules import voting as rules

NOTES = [f"n{i}" for i in range(6)]

actions = st.lists(
    st.tuples(st.booleans(), st.sampled_from(NOTES), st.integers(0, 1)), max_size=60
)


@given(actions, st.integers(1, 20), st.data())
def test_no_sequence_of_casts_and_removals_exceeds_the_budget(seq, budget, data):
    max_per_note = data.draw(st.integers(1, budget))
    ballot: dict = {}
    for is_add, note, crit in seq:
        if is_add:
            if rules.can_add(ballot, note, crit, budget, max_per_note):
                ballot = rules.add_dot(ballot, note, crit, budget, max_per_note)
            else:
                with pytest.raises(rules.BallotError):
                    rules.add_dot(ballot, note, crit, budget, max_per_note)
        else:
            ballot = rules.remove_dot(ballot, note, crit)
        rules.check_ballot(ballot, budget, max_per_note, NOTES, criteria=2)
        for c in (0, 1):
            assert 0 <= rules.dots_left(ballot, budget, c) <= budget
        assert all(v >= 1 for v in ballot.values())


ballots = st.lists(
    st.dictionaries(st.tuples(st.sampled_from(NOTES), st.integers(0, 1)), st.integers(1, 5), max_size=6),
    max_size=12,
)


@given(ballots, st.dictionaries(st.tuples(st.sampled_from(NOTES), st.just(0)), st.integers(0, 9)))
def test_tallies_equal_the_sum_of_ballots(bs, paper):
    t = rules.tallies(bs, paper)
    for note in NOTES:
        for c in (0, 1):
            expected = sum(b.get((note, c), 0) for b in bs) + paper.get((note, c), 0)
            assert t.get((note, c), 0) == expected


@given(st.dictionaries(st.sampled_from(NOTES), st.integers(0, 8)), st.permutations(NOTES))
def test_ranking_is_competition_ranking_and_ties_are_consistent(scores, order):
    ranking = rules.rank(scores, order)
    assert sorted(r.note for r in ranking) == sorted(NOTES)
    for i, r in enumerate(ranking):
        assert r.rank == 1 + sum(1 for o in ranking if o.dots > r.dots)
        assert r.tied == (sum(1 for o in ranking if o.dots == r.dots) > 1)
        if i:
            assert ranking[i - 1].dots >= r.dots
    # order among equals follows the given order; ranks do not depend on it
    assert {r.note: r.rank for r in ranking} == {r.note: r.rank for r in rules.rank(scores, sorted(NOTES))}


@given(st.dictionaries(st.sampled_from(NOTES), st.integers(0, 5)), st.integers(1, 6))
def test_cut_off_splits_safe_and_tied(scores, k):
    ranking = rules.rank(scores, NOTES)
    cut = rules.cut_off(ranking, k)
    assert len(cut.safe) + cut.seats == min(k, len(ranking))
    if cut.tied:
        dots = {r.note: r.dots for r in ranking}
        boundary = {dots[n] for n in cut.tied}
        assert len(boundary) == 1 and len(cut.tied) > cut.seats >= 1
        assert all(dots[n] > next(iter(boundary)) for n in cut.safe)


def test_rank_example():
    r = rules.rank({"a": 5, "b": 3, "c": 3, "d": 1})
    assert [(x.note, x.rank, x.tied) for x in r] == [("a", 1, False), ("b", 2, True), ("c", 2, True), ("d", 4, False)]


@pytest.mark.parametrize("n,budget", [(0, 1), (1, 1), (3, 1), (9, 3), (12, 4), (30, 10), (100, 20)])
def test_default_budget(n, budget):
    assert rules.default_budget(n) == budget


def test_check_ballot_messages():
    with pytest.raises(rules.BallotError, match="budget is 3"):
        rules.check_ballot({("n0", 0): 2, ("n1", 0): 2}, 3, 2, NOTES)
    with pytest.raises(rules.BallotError, match="at most 2"):
        rules.check_ballot({("n0", 0): 3}, 3, 2, NOTES)
    with pytest.raises(rules.BallotError, match="not a candidate"):
        rules.check_ballot({("zz", 0): 1}, 3, 2, NOTES)


def test_matrix_quadrants():
    pts = {p.note: p.quadrant for p in rules.matrix({"a": (8, 8), "b": (8, 1), "c": (1, 8), "d": (0, 0)})}
    assert pts == {"a": (1, 1), "b": (1, 0), "c": (0, 1), "d": (0, 0)}
