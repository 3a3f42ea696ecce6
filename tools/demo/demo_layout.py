"""Where the demo's sticky notes go: a neat grid inside each zone, clear of zones drawn on top.

Columns are laid out across the zone's full width and kept only where a note fits, so the
notes of one zone line up even when a nested zone (the person in the centre of the empathy
map, the inner circles of the stakeholder map) takes a bite out of some rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reslab_desktop.interchange.reader import json_number
from reslab_desktop.rules.templates import TemplateZone

HEADER = 70  # the zone's title and prompt
PAD = 15  # from the zone's edge
GAP_X, GAP_Y = 15, 12
CLEAR = 6  # keep away from curved edges and from zones on top

FREE_ORIGIN = (60, 60)
FREE_GAP = 40


def place_in_zone(
    zone: TemplateZone, zones: Sequence[TemplateZone], sizes: Sequence[tuple[float, float]], where: str
) -> list[tuple[float, float]]:
    """Top-left corners for notes of ``sizes`` in ``zone`` (row by row, left to right)."""
    if not sizes:
        return []
    w = max(s[0] for s in sizes)
    h = max(s[1] for s in sizes)
    on_top = [z for z in zones[zones.index(zone) + 1 :] if _overlap(_rect(z), _rect(zone))]
    cols = max(1, int((zone.w - 2 * PAD + GAP_X) // (w + GAP_X)))
    x0 = zone.x + (zone.w - (cols * w + (cols - 1) * GAP_X)) / 2
    rows: list[list[float]] = []
    y = zone.y + HEADER
    while y + h <= zone.y + zone.h - PAD:
        if zone.shape == "ellipse":
            xs = [x for a, b in _free_spans(zone, on_top, y, w, h) for x in _pack(a, b, w)]
        else:
            xs = [x0 + c * (w + GAP_X) for c in range(cols)]
        rows.append([x for x in xs if _fits(zone, on_top, (x, y, w, h))])
        y += h + GAP_Y
    cells: list[tuple[float, float]] = []
    for r, xs in enumerate(rows):
        y = zone.y + HEADER + r * (h + GAP_Y)
        left = len(sizes) - len(cells)
        if 0 < left < len(xs) and (zone.shape == "ellipse" or not cells):
            # A short last row sits in the middle of its row, when the row is one free run.
            shift = (xs[-1] - xs[left - 1]) / 2
            moved = [x + shift for x in xs[:left]]
            if all(_fits(zone, on_top, (x, y, w, h)) for x in moved) and _one_run(xs, w):
                xs = moved
        cells += [(json_number(float(round(x))), json_number(float(round(y)))) for x in xs[:left]]
    if len(cells) < len(sizes):
        raise SystemExit(f"{where}: zone {zone.key!r} holds {len(cells)} notes, not {len(sizes)}")
    return cells


def _one_run(xs: Sequence[float], w: float) -> bool:
    return all(b - a <= w + GAP_X + 1 for a, b in zip(xs, xs[1:], strict=False))


def _free_spans(zone: TemplateZone, on_top: Sequence[TemplateZone], y: float, w: float, h: float):  # type: ignore[no-untyped-def]
    """Runs of left edges where a note fits in a row of a curved zone (as (first, last))."""
    spans, start = [], None
    for x in range(int(zone.x), int(zone.x + zone.w - w) + 2):
        if _fits(zone, on_top, (x, y, w, h)):
            start = x if start is None else start
        elif start is not None:
            spans.append((start, x - 1))
            start = None
    if start is not None:
        spans.append((start, int(zone.x + zone.w - w) + 1))
    return spans


def _pack(first: float, last: float, w: float) -> list[float]:
    """As many notes as fit between left edges ``first`` and ``last``, centred."""
    n = int((last - first) // (w + GAP_X)) + 1
    left = first + ((last - first) - (n - 1) * (w + GAP_X)) / 2
    return [left + i * (w + GAP_X) for i in range(n)]


def place_free(count: int, columns: int, w: float = 160, h: float = 100) -> list[tuple[float, float]]:
    """A plain grid for a board without zones."""
    x0, y0 = FREE_ORIGIN
    return [(x0 + (i % columns) * (w + FREE_GAP), y0 + (i // columns) * (h + FREE_GAP)) for i in range(count)]


Rect = tuple[float, float, float, float]


def _rect(z: TemplateZone) -> Rect:
    return z.x, z.y, z.w, z.h


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _grow(r: Rect, d: float) -> Rect:
    return r[0] - d, r[1] - d, r[2] + 2 * d, r[3] + 2 * d


def _fits(zone: TemplateZone, on_top: Sequence[TemplateZone], note: Rect) -> bool:
    padded = _grow(note, CLEAR)
    if zone.shape == "ellipse":
        x, y, w, h = padded
        if not all(_in_ellipse(zone, px, py) for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))):
            return False
    return not any(_hits(z, padded) for z in on_top)


def _in_ellipse(z: TemplateZone, px: float, py: float) -> bool:
    rx, ry = z.w / 2, z.h / 2
    return ((px - z.x - rx) / rx) ** 2 + ((py - z.y - ry) / ry) ** 2 <= 1


def _hits(z: TemplateZone, r: Rect) -> bool:
    """Does rectangle ``r`` touch zone ``z`` (its rectangle or its ellipse)?"""
    if not _overlap(_rect(z), r):
        return False
    if z.shape != "ellipse":
        return True
    # The point of the rectangle nearest the ellipse's centre decides.
    cx, cy = z.x + z.w / 2, z.y + z.h / 2
    nx = min(max(cx, r[0]), r[0] + r[2])
    ny = min(max(cy, r[1]), r[1] + r[3])
    return _in_ellipse(z, nx, ny)
