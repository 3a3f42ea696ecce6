"""Board geometry rules (pure): zone containment, grids, align and distribute."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from reslab_desktop.rules import geometry
from reslab_desktop.services.records import ZoneRecord


def z(zid: str, x: float, y: float, w: float, h: float, shape: str = "rect", seq: int = 0) -> ZoneRecord:
    return ZoneRecord(id=zid, board_id="b", seq=seq, title="", x=x, y=y, w=w, h=h, color="#FFFFFF", shape=shape)


def test_smallest_containing_zone_wins() -> None:
    zones = [z("outer", 0, 0, 1000, 1000, "ellipse"), z("inner", 400, 400, 200, 200, "ellipse")]
    assert geometry.zone_at(zones, 500, 500) == "inner"
    assert geometry.zone_at(zones, 500, 150) == "outer"
    assert geometry.zone_at(zones, 20, 20) is None  # inside the bounding box, outside the circle


coords = st.floats(-5000, 5000, allow_nan=False)


@given(st.integers(1, 300), coords, coords)
def test_grid_cells_never_overlap(count: int, x: float, y: float) -> None:
    cells = geometry.grid_positions(count, x, y)
    assert len(cells) == count
    assert len({(round(cx, 6), round(cy, 6)) for cx, cy in cells}) == count
    assert min(cx for cx, _ in cells) == x and min(cy for _, cy in cells) == y


rects = st.lists(
    st.tuples(coords, coords, st.floats(40, 400), st.floats(40, 400)), min_size=1, max_size=20
)


@given(rects, st.sampled_from(geometry.ALIGN_MODES))
def test_align_stays_inside_the_original_bounds(rs, mode: str) -> None:
    box = geometry.bounds(rs)
    out = geometry.align(rs, mode)
    moved = [(x, y, w, h) for (x, y), (_, _, w, h) in zip(out, rs, strict=True)]
    after = geometry.bounds(moved)
    assert box is not None and after is not None
    assert after[0] >= box[0] - 1e-6 and after[1] >= box[1] - 1e-6
    assert after[0] + after[2] <= box[0] + box[2] + 1e-6 and after[1] + after[3] <= box[1] + box[3] + 1e-6


@given(rects, st.sampled_from(geometry.DISTRIBUTE_MODES))
def test_distribute_keeps_the_ends_and_the_order(rs, mode: str) -> None:
    out = geometry.distribute(rs, mode)
    axis, size = (0, 2) if mode == "horizontal" else (1, 3)
    if len(rs) < 3:
        assert out == [(x, y) for x, y, _, _ in rs]
        return
    centre = [r[axis] + r[size] / 2 for r in rs]
    order = sorted(range(len(rs)), key=lambda i: (centre[i], i))
    first, last = order[0], order[-1]
    assert abs(out[first][axis] - rs[first][axis]) < 1e-6
    assert abs(out[last][axis] - rs[last][axis]) < 1e-6 * max(1.0, abs(rs[last][axis]))
    new_centre = [out[i][axis] + rs[i][size] / 2 for i in order]
    assert all(a <= b + 1e-6 for a, b in zip(new_centre, new_centre[1:], strict=False))


def test_distribute_gives_equal_gaps_when_there_is_room() -> None:
    rs = [(0, 0, 100, 50), (130, 0, 100, 50), (900, 0, 100, 50), (400, 0, 200, 50)]
    out = geometry.distribute(rs, "horizontal")
    spans = sorted((x, x + r[2]) for (x, _), r in zip(out, rs, strict=True))
    gaps = {round(b[0] - a[1], 6) for a, b in zip(spans, spans[1:], strict=False)}
    assert gaps == {round((1000 - 500) / 3, 6)}


def test_free_spot_is_the_spot_when_nothing_is_there() -> None:
    assert geometry.free_spot([], 100, 50, 160, 110) == (100, 50)


def test_new_notes_cascade_to_the_right_then_to_the_next_row() -> None:
    area = (0.0, 0.0, 540.0, 400.0)  # three notes wide
    taken: list[geometry.Rect] = []
    spots = []
    for _ in range(4):
        x, y = geometry.free_spot(taken, 0, 0, 160, 110, area)
        taken.append((x, y, 160, 110))
        spots.append((x, y))
    assert spots == [(0, 0), (180, 0), (360, 0), (0, 130)]
    assert not any(geometry.overlaps(a, b) for i, a in enumerate(taken) for b in taken[i + 1:])


def test_a_spot_partly_covered_moves_on_and_a_full_area_goes_beside_the_content() -> None:
    taken = [(50.0, 20.0, 160.0, 110.0)]
    x, y = geometry.free_spot(taken, 0, 0, 160, 110, (0, 0, 400, 300))
    assert not geometry.overlaps((x, y, 160, 110), taken[0])
    full = [(0.0, 0.0, 1000.0, 1000.0)]
    assert geometry.free_spot(full, 100, 100, 160, 110, (0, 0, 800, 600)) == (1020.0, 100)


def test_a_frame_starts_below_the_headers_it_would_cover() -> None:
    header = (0.0, 0.0, 400.0, 84.0)
    assert geometry.below_headers((20.0, 30.0, 200.0, 200.0), [header]) == (20.0, 90.0, 200.0, 140.0)
    assert geometry.below_headers((20.0, 100.0, 200.0, 200.0), [header]) == (20.0, 100.0, 200.0, 200.0)


def _crosses_any(points, rects) -> bool:  # type: ignore[no-untyped-def]
    return any(geometry._crosses(p, q, r) for p, q in zip(points, points[1:], strict=False) for r in rects)


def _on_edge(p, rect) -> bool:  # type: ignore[no-untyped-def]
    x, y, w, h = rect
    inside = x - 1e-6 <= p[0] <= x + w + 1e-6 and y - 1e-6 <= p[1] <= y + h + 1e-6
    return inside and min(abs(p[0] - x), abs(p[0] - x - w), abs(p[1] - y), abs(p[1] - y - h)) < 1e-6


def test_a_connector_goes_straight_when_nothing_is_between() -> None:
    a, b = (0.0, 0.0, 160.0, 110.0), (400.0, 0.0, 160.0, 110.0)
    assert geometry.route(a, b, [(0.0, 300.0, 160.0, 110.0)]) == [(160.0, 55.0), (400.0, 55.0)]


def test_a_connector_goes_around_the_notes_between_and_starts_at_the_edges() -> None:
    a, b = (0.0, 0.0, 160.0, 110.0), (600.0, 0.0, 160.0, 110.0)
    between = [(220.0, -20.0, 160.0, 110.0), (400.0, 30.0, 160.0, 110.0)]
    points = geometry.route(a, b, between)
    assert len(points) > 2
    assert not _crosses_any(points, between)
    assert _on_edge(points[0], a) and _on_edge(points[-1], b)
    straight = math.dist(geometry.center(a), geometry.center(b))
    length = sum(math.dist(p, q) for p, q in zip(points, points[1:], strict=False))
    assert length < straight * 1.6  # around, not far away
