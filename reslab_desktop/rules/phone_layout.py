"""Where notes from phones land: a grid in the chosen zone that never covers anything.

Cells are taken in reading order inside the zone, below its title and prompt (inside the
ellipse for a round zone), skipping any cell a note or image already covers, so notes the
facilitator moved away leave room for the next ones. When the zone is full the grid grows
outward from the zone, past the edge of the board's zones nearest to it (left of the
empathy map's "Dice", right of "Piensa", below "Dolores", above "Persona"), level with the
zone; those notes
keep the zone as theirs. Notes for no zone go beside the board's content, in a grid of their own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Protocol

from reslab_desktop.rules.geometry import GAP, NOTE_H, NOTE_W, ZONE_TITLE_H, Rect, ZoneShape

PADDING = 16.0
PROMPT_H = 40.0  # a zone's guiding question under its title
LOOSE_COLUMNS = 4
BLANK_COLUMNS = 6
_MAX_ROWS = 10_000  # a bound on the search, never reached by a real board


class ZoneLike(ZoneShape, Protocol):
    @property
    def prompt(self) -> str: ...


def overlaps(a: Rect, b: Rect, margin: float = 0.0) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return (ax < bx + bw + margin and bx < ax + aw + margin
            and ay < by + bh + margin and by < ay + ah + margin)


class _Taken:
    """Rectangles bucketed on a coarse grid, so "is this cell free?" looks only nearby; and
    the top-left corners of them all, so a cell where a note already stands (most cells of a
    filling grid, walked again for every batch) is refused by one set lookup."""

    _HUGE = (10**9, 10**9)

    def __init__(self, rects: Sequence[Rect], size: float) -> None:
        self.size = size
        self.buckets: defaultdict[tuple[int, int], list[Rect]] = defaultdict(list)
        self.corners = {(r[0], r[1]) for r in rects if r[2] > 0 and r[3] > 0}
        buckets, huge = self.buckets, self._HUGE
        for rect in rects:  # add() inlined: this runs for every note of the board, every batch
            x, y, w, h = rect
            i0, i1, j0, j1 = int(x // size), int((x + w) // size), int(y // size), int((y + h) // size)
            if (i1 - i0 + 1) * (j1 - j0 + 1) > 4096:
                buckets[huge].append(rect)
            elif i0 == i1 and j0 == j1:
                buckets[(i0, j0)].append(rect)
            else:
                for i in range(i0, i1 + 1):
                    for j in range(j0, j1 + 1):
                        buckets[(i, j)].append(rect)

    def _span(self, rect: Rect, margin: float) -> tuple[int, int, int, int]:
        x, y, w, h = rect
        s = self.size
        return (math.floor((x - margin) / s), math.floor((x + w + margin) / s),
                math.floor((y - margin) / s), math.floor((y + h + margin) / s))

    def add(self, rect: Rect) -> None:
        if rect[2] > 0 and rect[3] > 0:
            self.corners.add((rect[0], rect[1]))
        i0, i1, j0, j1 = self._span(rect, 0.0)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > 4096:  # a huge image: one bucket per cell would be wasteful
            self.buckets[self._HUGE].append(rect)
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                self.buckets[(i, j)].append(rect)

    def free(self, cell: Rect, margin: float = 2.0) -> bool:
        if cell[2] > 0 and cell[3] > 0 and (cell[0], cell[1]) in self.corners:
            return False  # something of positive size starts where the cell starts: they overlap
        buckets = self.buckets
        huge = buckets.get(self._HUGE)
        if huge and any(overlaps(cell, t, margin) for t in huge):
            return False
        i0, i1, j0, j1 = self._span(cell, margin)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                for t in buckets.get((i, j), ()):  # get: looking must not add empty buckets
                    if overlaps(cell, t, margin):
                        return False
        return True


def zone_frame(zone: ZoneLike) -> Rect:
    """The part of a zone notes may fill: inside its padding, below its title and prompt."""
    top = ZONE_TITLE_H + (PROMPT_H if zone.prompt else 0.0) + (6.0 if zone.shape == "ellipse" else 0.0)
    return (zone.x + PADDING, zone.y + top, zone.w - 2 * PADDING, zone.h - top - PADDING)


def _inside(zone: ZoneLike, cell: Rect) -> bool:
    x, y, w, h = cell
    fx, fy, fw, fh = zone_frame(zone)
    if x < fx - 1e-6 or y < fy - 1e-6 or x + w > fx + fw + 1e-6 or y + h > fy + fh + 1e-6:
        return False
    if zone.shape != "ellipse":
        return True
    rx, ry = zone.w / 2, zone.h / 2
    cx, cy = zone.x + rx, zone.y + ry
    return all(((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 <= 1.0
               for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)))


def _outward(zone: ZoneLike, zones: Sequence[ZoneLike], left: float, w: float, h: float,
             gap: float) -> Iterator[Rect]:
    """Cells past the edge of all the zones nearest to ``zone``, level with it, outward."""
    boxes = [(z.x, z.y, z.w, z.h) for z in (*zones, zone)]
    bx0 = min(b[0] for b in boxes)
    by0 = min(b[1] for b in boxes)
    bx1 = max(b[0] + b[2] for b in boxes)
    by1 = max(b[1] + b[3] for b in boxes)
    # the nearest edge; between edges as near, sideways for most zones, down for a wide band
    order = ("bottom", "top", "left", "right") if zone.w > 2.5 * zone.h else ("left", "right", "bottom", "top")
    distance = {"left": zone.x - bx0, "right": bx1 - zone.x - zone.w, "top": zone.y - by0,
                "bottom": by1 - zone.y - zone.h}
    side = min(order, key=lambda s: (round(distance[s], 3), order.index(s)))
    step_x, step_y = w + gap, h + gap
    if side in ("left", "right"):
        rows = max(1, math.floor((zone.h + gap) / step_y))
        for k in range(_MAX_ROWS):
            x = bx1 + 2 * gap + k * step_x if side == "right" else bx0 - 2 * gap - w - k * step_x
            for row in range(rows):
                yield (x, zone.y + row * step_y, w, h)
    else:
        cols = _columns(zone_frame(zone)[2], w, gap)
        for k in range(_MAX_ROWS):
            y = by1 + 2 * gap + k * step_y if side == "bottom" else by0 - 2 * gap - h - k * step_y
            for col in range(cols):
                yield (left + col * step_x, y, w, h)


def _columns(width: float, w: float, gap: float) -> int:
    return max(1, math.floor((width + gap) / (w + gap)))


def place(
    count: int, zone: ZoneLike | None, occupied: Sequence[Rect], zones: Sequence[ZoneLike] = (),
    w: float = NOTE_W, h: float = NOTE_H, gap: float = GAP,
) -> list[tuple[float, float]]:
    """Top-left corners for ``count`` new notes (see the module doc).

    ``occupied``: the rectangles of the board's notes and images; ``zones``: all the board's
    zones (a full zone's grid grows past their edge).
    """
    if count <= 0:
        return []
    taken = _Taken(occupied, max(w, h) + gap)
    free = taken.free
    out: list[tuple[float, float]] = []

    def take(cell: Rect) -> None:
        taken.add(cell)
        out.append((cell[0], cell[1]))

    if zone is not None:
        fx, fy, fw, fh = zone_frame(zone)
        cols = _columns(fw, w, gap)
        left = fx + (fw - (cols * w + (cols - 1) * gap)) / 2  # the grid centred in the zone
        rows = max(0, math.floor((fh + gap) / (h + gap)))
        for row in range(rows):
            for col in range(cols):
                if len(out) == count:
                    return out
                cell = (left + col * (w + gap), fy + row * (h + gap), w, h)
                if _inside(zone, cell) and free(cell):
                    take(cell)
        cells: Iterator[Rect] = _outward(zone, zones, left, w, h, gap)
    elif zones:  # right of the zones, on the same grid as the notes of a full right-hand zone
        cells = _rows(max(z.x + z.w for z in zones) + 2 * gap, min(z.y for z in zones), LOOSE_COLUMNS, w, h, gap)
    else:  # a blank board: the free places among what is on it, in reading order
        x0 = min((b[0] for b in occupied), default=0.0)
        y0 = min((b[1] for b in occupied), default=0.0)
        cells = _rows(x0, y0, BLANK_COLUMNS, w, h, gap)
    for cell in cells:
        if len(out) == count:
            break
        if free(cell):
            take(cell)
    return out


def _rows(x0: float, y0: float, cols: int, w: float, h: float, gap: float) -> Iterator[Rect]:
    for row in range(_MAX_ROWS):
        for col in range(cols):
            yield (x0 + col * (w + gap), y0 + row * (h + gap), w, h)
