"""Pure board geometry: which zone holds a point, grids for pasted notes, align/distribute.

Everything here works on plain tuples and records so that services, the scene and tests share
one definition of "inside a zone" and "laid out in a grid".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Protocol

Rect = tuple[float, float, float, float]  # x, y, w, h

NOTE_W = 160.0
NOTE_H = 110.0
GAP = 20.0
ZONE_TITLE_H = 44.0
#: Note text sizes in board units, largest first: a note shrinks its text down this ladder to
#: fit, and no further. The last is the smallest size legible on a projector at the zoom that
#: fits a template board (text that does not fit it ends with "…"; the note shows all of it
#: when it is the one selected). The board multiplies them by the text size (theme, setting);
#: the PDF uses them as they are.
NOTE_TEXT_SIZES = (22.0, 20.0, 18.0, 16.0, 15.0, 14.0, 13.0, 12.0)


class ZoneShape(Protocol):
    """A zone's frame, read-only: frozen records (``ZoneRecord``) and mapped rows both fit."""

    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def w(self) -> float: ...
    @property
    def h(self) -> float: ...
    @property
    def shape(self) -> str: ...


class _ZoneLike(ZoneShape, Protocol):
    @property
    def id(self) -> str: ...
    @property
    def seq(self) -> int: ...


def zone_title_band(shape: str, w: float) -> Rect:
    """Where a zone's title sits, in the zone's own units (the board and the PDF draw it there):
    across the top of a rectangle; centred in the middle half of an ellipse, a little below
    its top, where the shape is wide enough for it."""
    if shape == "ellipse":
        return (w * 0.25, 6.0, w * 0.5, ZONE_TITLE_H)
    return (0.0, 0.0, w, ZONE_TITLE_H)


#: Room under a zone's title for its guiding prompt (the board wraps it there, two lines).
ZONE_PROMPT_H = 40.0


def zone_header(zone: _ZoneLike, prompt: str = "") -> Rect:
    """The zone's title band (and its prompt below it), in board coordinates: what must stay
    visible, so a group drawn inside the zone starts below it."""
    bx, by, bw, bh = zone_title_band(zone.shape, zone.w)
    return (zone.x + bx, zone.y + by, bw, bh + (ZONE_PROMPT_H if prompt else 0.0))


def below_headers(frame: Rect, headers: Iterable[Rect], gap: float = 6.0) -> Rect:
    """``frame`` with its top moved down below every header it would cover (its bottom stays)."""
    x, y, w, h = frame
    bottom = y + h
    for header in headers:
        if overlaps((x, y, w, h), header):
            y = max(y, header[1] + header[3] + gap)
    return (x, y, w, max(bottom - y, 1.0))


def contains(zone: _ZoneLike, px: float, py: float) -> bool:
    """True when point (px, py) lies inside the zone's rectangle or ellipse."""
    if zone.shape == "ellipse":
        rx, ry = zone.w / 2, zone.h / 2
        if rx <= 0 or ry <= 0:
            return False
        dx = (px - (zone.x + rx)) / rx
        dy = (py - (zone.y + ry)) / ry
        return dx * dx + dy * dy <= 1.0
    return zone.x <= px <= zone.x + zone.w and zone.y <= py <= zone.y + zone.h


def zone_at(zones: Iterable[_ZoneLike], px: float, py: float) -> str | None:
    """The id of the zone a note centred at (px, py) belongs to.

    Zones overlap (a stakeholder map's circles nest; a group drawn inside a column), so the
    smallest containing zone wins: it is the most specific one. Ties go to the later zone
    (drawn on top).
    """
    best: tuple[float, int] | None = None
    best_id = None
    for z in zones:
        if contains(z, px, py):
            key = (z.w * z.h, -z.seq)
            if best is None or key < best:
                best, best_id = key, z.id
    return best_id


def center(rect: Rect) -> tuple[float, float]:
    x, y, w, h = rect
    return x + w / 2, y + h / 2


def bounds(rects: Iterable[Rect]) -> Rect | None:
    """The smallest rectangle around all ``rects`` (None when there are none)."""
    xs0, ys0, xs1, ys1 = [], [], [], []
    for x, y, w, h in rects:
        xs0.append(x)
        ys0.append(y)
        xs1.append(x + w)
        ys1.append(y + h)
    if not xs0:
        return None
    return min(xs0), min(ys0), max(xs1) - min(xs0), max(ys1) - min(ys0)


def grid_positions(
    count: int, x: float, y: float, w: float = NOTE_W, h: float = NOTE_H, gap: float = GAP,
    columns: int | None = None,
) -> list[tuple[float, float]]:
    """Top-left corners for ``count`` notes in a roughly square grid starting at (x, y)."""
    if count <= 0:
        return []
    cols = columns or max(1, math.ceil(math.sqrt(count * 1.5)))
    return [(x + (i % cols) * (w + gap), y + (i // cols) * (h + gap)) for i in range(count)]


ALIGN_MODES = ("left", "right", "top", "bottom", "hcenter", "vcenter")
DISTRIBUTE_MODES = ("horizontal", "vertical")


def align(rects: Sequence[Rect], mode: str) -> list[tuple[float, float]]:
    """New top-left corners that line up ``rects`` on one edge or centre line."""
    if mode not in ALIGN_MODES:
        raise ValueError(mode)
    box = bounds(rects)
    if box is None:
        return []
    bx, by, bw, bh = box
    out = []
    for x, y, w, h in rects:
        if mode == "left":
            x = bx
        elif mode == "right":
            x = bx + bw - w
        elif mode == "hcenter":
            x = bx + bw / 2 - w / 2
        elif mode == "top":
            y = by
        elif mode == "bottom":
            y = by + bh - h
        else:
            y = by + bh / 2 - h / 2
        out.append((x, y))
    return out


def distribute(rects: Sequence[Rect], mode: str) -> list[tuple[float, float]]:
    """Equal gaps between ``rects`` along one axis; the first and last stay where they are.

    When the rects are too big for equal gaps (they would overlap backwards), their centres are
    spaced evenly instead, so the order along the axis never changes.
    """
    if mode not in DISTRIBUTE_MODES:
        raise ValueError(mode)
    out = [(x, y) for x, y, _, _ in rects]
    if len(rects) < 3:
        return out
    axis = 0 if mode == "horizontal" else 1
    size = 2 + axis
    order = sorted(range(len(rects)), key=lambda i: (rects[i][axis] + rects[i][size] / 2, i))
    first, last = rects[order[0]], rects[order[-1]]
    gap = (last[axis] + last[size] - first[axis] - sum(r[size] for r in rects)) / (len(rects) - 1)
    c0 = first[axis] + first[size] / 2
    step = (last[axis] + last[size] / 2 - c0) / (len(rects) - 1)
    pos = first[axis]
    for k, i in enumerate(order):
        corner = list(out[i])
        corner[axis] = pos if gap >= 0 else c0 + k * step - rects[i][size] / 2
        out[i] = (corner[0], corner[1])
        pos += rects[i][size] + gap
    return out


def snap(value: float, step: float) -> float:
    return round(value / step) * step if step > 0 else value


def overlaps(a: Rect, b: Rect, margin: float = 0.0) -> bool:
    """True when rectangles ``a`` and ``b`` (grown by ``margin``) share any area."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw + margin and bx < ax + aw + margin and ay < by + bh + margin and by < ay + ah + margin


def free_spot(
    occupied: Sequence[Rect], x: float, y: float, w: float, h: float, area: Rect | None = None,
    gap: float = GAP,
) -> tuple[float, float]:
    """The top-left nearest (x, y), in reading order, where a ``w`` × ``h`` thing covers none of
    ``occupied``: the spot itself, then the next ones to its right and in the rows below, a
    note's width and height (plus ``gap``) apart, as far as ``area`` reaches (the visible part
    of the board). New notes cascade instead of stacking; "type the next note" fills a row.

    When every spot in ``area`` is taken, the first place to the right of everything occupied
    (level with ``y``): free, if off the view.
    """
    step_x, step_y = w + gap, h + gap
    ax, ay, aw, ah = area if area is not None else (x, y, step_x * 8, step_y * 8)
    columns = max(1, int((ax + aw - x + gap) // step_x))
    # rows below the spot first, then the rows above it that the area shows (wrapping)
    rows_below = max(1, int((ay + ah - y + gap) // step_y))
    rows_above = max(0, int((y - ay) // step_y))
    lefts = [x + c * step_x for c in range(columns)]
    lefts += [x - c * step_x for c in range(1, int((x - ax) // step_x) + 1)]
    tops = [y + r * step_y for r in range(rows_below)] + [y - r * step_y for r in range(1, rows_above + 1)]
    for top in tops:
        for left in lefts:
            if not any(overlaps((left, top, w, h), r, gap / 2 - 0.01) for r in occupied):
                return left, top
    box = bounds(occupied)
    return (box[0] + box[2] + gap, y) if box is not None else (x, y)


# -- connectors ---------------------------------------------------------------------------------
#: How far a connector keeps from the notes it goes around, and at most how many notes it
#: looks at (more: it goes straight, as before; a board is not a circuit diagram).
ROUTE_CLEARANCE = 14.0
ROUTE_MAX_OBSTACLES = 40

Point = tuple[float, float]


def _crosses(p: Point, q: Point, rect: Rect) -> bool:
    """True when segment p–q passes through the inside of ``rect`` (Liang–Barsky clipping)."""
    x, y, w, h = rect
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for edge_p, edge_q in ((-dx, p[0] - x), (dx, x + w - p[0]), (-dy, p[1] - y), (dy, y + h - p[1])):
        if edge_p == 0:
            if edge_q <= 0:
                return False
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return t1 - t0 > 1e-9


def edge_point(rect: Rect, toward: Point) -> Point:
    """Where the segment from ``rect``'s centre towards ``toward`` leaves the rectangle."""
    cx, cy = center(rect)
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    t = min((rect[2] / 2) / abs(dx) if dx else math.inf, (rect[3] / 2) / abs(dy) if dy else math.inf, 1.0)
    return cx + dx * t, cy + dy * t


def route(a: Rect, b: Rect, obstacles: Sequence[Rect], clearance: float = ROUTE_CLEARANCE) -> list[Point]:
    """The points of a connector from note ``a`` to note ``b`` that crosses none of the
    ``obstacles`` (the other notes): the shortest path in the visibility graph of the
    obstacles' corners, each grown by ``clearance`` (the classic method for shortest paths
    among polygons, Lozano-Pérez & Wesley 1979). It starts and ends on the notes' edges.
    Straight when nothing is in the way, when there are too many obstacles, or when no path
    exists (the ends are walled in)."""
    start, goal = center(a), center(b)
    grown = [(x - clearance, y - clearance, w + 2 * clearance, h + 2 * clearance) for x, y, w, h in obstacles]
    blocking = [r for r in grown if _crosses(start, goal, r)]
    if not blocking or len(grown) > ROUTE_MAX_OBSTACLES:
        return [edge_point(a, goal), edge_point(b, start)]
    ends = (a, b)
    walls = [r for r in grown if not any(overlaps(r, end) for end in ends)] or blocking
    nodes: list[Point] = [start, goal]
    for x, y, w, h in walls:
        for corner in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
            if not any(_inside(corner, r) for r in walls) and not any(_inside(corner, end) for end in ends):
                nodes.append(corner)

    def visible(p: Point, q: Point) -> bool:
        return not any(_crosses(p, q, r) for r in walls)

    best = {0: 0.0}
    previous: dict[int, int] = {}
    todo = {0}
    done: set[int] = set()
    while todo:
        i = min(todo, key=best.__getitem__)
        todo.discard(i)
        if i == 1:
            break
        done.add(i)
        for j in range(len(nodes)):
            if j in done or j == i or not visible(nodes[i], nodes[j]):
                continue
            d = best[i] + math.dist(nodes[i], nodes[j])
            if d < best.get(j, math.inf):
                best[j], previous[j] = d, i
                todo.add(j)
    if 1 not in previous:
        return [edge_point(a, goal), edge_point(b, start)]
    path = [nodes[1]]
    i = 1
    while i != 0:
        i = previous[i]
        path.append(nodes[i])
    path.reverse()
    path[0] = edge_point(a, path[1])
    path[-1] = edge_point(b, path[-2])
    return path


def _inside(p: Point, rect: Rect) -> bool:
    x, y, w, h = rect
    return x + 1e-6 < p[0] < x + w - 1e-6 and y + 1e-6 < p[1] < y + h - 1e-6
