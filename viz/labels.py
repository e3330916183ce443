"""Labels that do not overlap: measuring, spreading nodes apart, choosing places.

Labels are drawn at a fixed size on screen (``FONT_PX``), so on a desktop canvas
(``layout.REF_W`` x ``layout.REF_H``) their boxes can be computed in the layout's own
units. Three steps, used by the page and the static image alike:

1. :func:`text_width` measures a name (DejaVu Sans through matplotlib, a little wider
   than the usual system fonts, so a place found here also fits in a browser).
2. :func:`spread` pushes the nodes of a force or circular layout apart until every
   node with its label below it has room (PRISM-like overlap removal, kept inside the
   canvas); geographic layouts are never moved.
3. :func:`place` picks, in order of importance, the first of the candidate places
   (:data:`CANDIDATES`: below, above, right, left, the corners, then further out with a
   leader line) that touches no other label and no other node, or failing that no
   other label. The page repeats the same search at every zoom, starting with the
   place chosen here.

>>> boxes = place([("a", 100, 100, 5, 40, 14), ("b", 100, 118, 5, 40, 14)],
...               nodes=[("a", 100, 100, 5), ("b", 100, 118, 5)])
>>> boxes["a"][0], boxes["b"][0]    # a's label goes above, clear of b
(1, 0)
"""

from __future__ import annotations

import functools
import math

import numpy as np

FONT_PX = 12.0
# At most this many labels are placed here (about 220 fit on a desktop canvas even in
# a view of 5,000 parties); the page places the rest where zooming makes room.
PLACE_MAX = 600
LINE_PX = 15.0
GAP = 2.0
# (dx, dy, leader): dx/dy in units of the node's radius plus gap (first number) and
# half the label's width/height (second); leader=True draws a line back to the node.
# The page script holds the same table (page.JS, CANDIDATES).
CANDIDATES = [
    # below, above, right, left
    ((0, 0), (1, 1), False), ((0, 0), (-1, -1), False),
    ((1, 1), (0, 0), False), ((-1, -1), (0, 0), False),
    # corners
    ((0.7, 1), (0.7, 1), False), ((-0.7, -1), (0.7, 1), False),
    ((0.7, 1), (-0.7, -1), False), ((-0.7, -1), (-0.7, -1), False),
    # further out, with a leader line
    ((0, 0), (1, 3.2), True), ((0, 0), (-1, -3.2), True),
    ((2.6, 1), (0, 0), True), ((-2.6, -1), (0, 0), True),
    ((1.8, 1), (1.8, 2.2), True), ((-1.8, -1), (1.8, 2.2), True),
    ((1.8, 1), (-1.8, -2.2), True), ((-1.8, -1), (-1.8, -2.2), True),
    ((0, 0), (1, 5.6), True), ((0, 0), (-1, -5.6), True),
    ((4.5, 1), (0, 0), True), ((-4.5, -1), (0, 0), True),
]


def candidate_box(k: int, x: float, y: float, r: float, w: float, h: float = LINE_PX):
    """Box ``(x0, y0, x1, y1)`` of label place ``k`` for a node at ``(x, y)`` of radius
    ``r`` and a label ``w`` x ``h``.

    >>> candidate_box(0, 0, 0, 5, 40, 14)    # below: centred, just under the node
    (-20.0, 7.0, 20.0, 21.0)
    """
    (ax, bx), (ay, by), _ = CANDIDATES[k]
    cx = x + ax * (r + GAP) + bx * w / 2
    cy = y + ay * (r + GAP) + by * h / 2
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


@functools.cache
def _renderer():
    from matplotlib.backends.backend_agg import RendererAgg
    return RendererAgg(10, 10, 72)


@functools.cache
def _font(bold: bool):
    from matplotlib.font_manager import FontProperties
    return FontProperties(family="DejaVu Sans", size=FONT_PX,
                          weight="bold" if bold else "normal")


@functools.cache
def _char_width(char: str, bold: bool) -> float:
    w, _h, _d = _renderer().get_text_width_height_descent(char, _font(bold), ismath=False)
    return float(w)


def text_width(text: str, *, bold: bool = False) -> float:
    """Width in CSS pixels of ``text`` at the label size (plus a little air).

    Summed per character (measured once each): a thousand names take milliseconds,
    and leaving out kerning only ever overestimates.

    >>> 30 < text_width("Gomel Region") < 110
    True
    """
    if not text:
        return 0.0
    return sum(_char_width(c, bold) for c in text) * 1.02 + 4.0


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Boxes bucketed by cell, for overlap queries in about constant time."""

    def __init__(self, cell: float = 60.0):
        self.cell, self.cells = cell, {}

    def _keys(self, box):
        c = self.cell
        for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield i, j

    def add(self, box, owner=None):
        for key in self._keys(box):
            self.cells.setdefault(key, []).append((box, owner))

    def hits(self, box, ignore=None, *, labels_only: bool = False) -> bool:
        for key in self._keys(box):
            for other, owner in self.cells.get(key, ()):
                if owner is not None and (owner == ignore or labels_only):
                    continue
                if _overlaps(box, other):
                    return True
        return False


def place(items, *, nodes=(), bounds=None) -> dict:
    """Label places, greedily in the order given (most important first).

    ``items``: ``(id, x, y, r, w, h)`` for each label; ``nodes``: ``(id, x, y, r)`` of
    every drawn node (labels avoid them, their own node excepted); ``bounds``: the
    canvas ``(x0, y0, x1, y1)`` labels must stay inside. Returns ``{id: (k, box)}`` for
    the labels that found room (``k`` indexes :data:`CANDIDATES`).
    """
    grid = _Grid()
    items = list(items)[:PLACE_MAX]
    for node, x, y, r in nodes:
        grid.add((x - r, y - r, x + r, y + r), owner=node)
    out = {}
    for node, x, y, r, w, h in items:
        # First a place clear of labels and nodes; failing that (a crowded map), one
        # clear of labels, over some other node (the label's halo keeps it legible).
        for labels_only in (False, True):
            for k in range(len(CANDIDATES)):
                box = candidate_box(k, x, y, r, w, h)
                if bounds and (box[0] < bounds[0] or box[1] < bounds[1]
                               or box[2] > bounds[2] or box[3] > bounds[3]):
                    continue
                if not grid.hits(box, ignore=node, labels_only=labels_only):
                    grid.add(box)
                    out[node] = (k, box)
                    break
            if node in out:
                break
    return out


def spread(pos: dict, radius: dict, label_w: dict, *, bounds, iterations: int = 300,
           h: float = LINE_PX, even: float = 0.5) -> dict:
    """Move nodes apart until each node's box (its disc and its label below it) clears
    every other, staying inside ``bounds`` ``(x0, y0, x1, y1)``.

    First the density is evened out: each coordinate moves ``even`` of the way to where
    its rank would put it on an even spread across the bounds, which keeps every
    left-of and above relation and thins the crowded middle of a force layout (without
    it, pushing apart jammed in dense clusters and left labels over other nodes in 13 of
    18 hundred-node views tried). Then overlapping pairs are pushed apart along the axis
    where they overlap least, half each, as in Graphviz's PRISM; iterations stop when
    nothing overlaps. Nodes without a label (``label_w`` 0) need only their disc.

    >>> out = spread({"a": (100, 100), "b": (101, 100)}, {"a": 5, "b": 5},
    ...              {"a": 40, "b": 40}, bounds=(0, 0, 400, 400))
    >>> dx, dy = abs(out["a"][0] - out["b"][0]), abs(out["a"][1] - out["b"][1])
    >>> dx >= 43 or dy >= 30      # boxes 43 wide, 30 tall (disc, gap, label) now clear
    True
    """
    nodes = list(pos)
    n = len(nodes)
    if n < 2:
        return dict(pos)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    r = np.array([radius[v] for v in nodes], dtype=float)
    half_w = np.maximum(np.array([label_w.get(v, 0.0) for v in nodes]) / 2, r) + 1.5
    up = r + 1.5                                  # box above the centre
    down = np.where(np.array([label_w.get(v, 0.0) for v in nodes]) > 0,
                    r + GAP + h, r) + 1.5         # and below it, label included
    x0, y0, x1, y1 = bounds
    if even:
        # Typical box sizes as margins: the widest label would squeeze everyone.
        mx, top, bottom = (float(np.median(a)) for a in (half_w, up, down))
        for axis, lo, hi in ((0, x0 + mx, x1 - mx), (1, y0 + top, y1 - bottom)):
            rank = np.empty(n)
            rank[np.argsort(xy[:, axis], kind="stable")] = np.arange(n)
            xy[:, axis] += even * (lo + rank / (n - 1) * (hi - lo) - xy[:, axis])
    for _ in range(iterations):
        dx = xy[:, None, 0] - xy[None, :, 0]
        dy = xy[:, None, 1] - xy[None, :, 1]
        need_x = half_w[:, None] + half_w[None, :]
        # i above j (dy < 0): i's bottom part meets j's top part, and the other way.
        need_y = np.where(dy < 0, down[:, None] + up[None, :], up[:, None] + down[None, :])
        over_x = need_x - np.abs(dx)
        over_y = need_y - np.abs(dy)
        hit = (over_x > 0) & (over_y > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        along_x = over_x < over_y
        # Coincident nodes: break the tie by index, so they separate deterministically.
        sx = np.where(dx == 0, np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]),
                      np.sign(dx))
        sy = np.where(dy == 0, np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]),
                      np.sign(dy))
        push_x = np.where(hit & along_x, sx * (over_x / 2 + 0.5), 0.0).sum(axis=1)
        push_y = np.where(hit & ~along_x, sy * (over_y / 2 + 0.5), 0.0).sum(axis=1)
        # Damped, so a crowd relaxes instead of oscillating.
        counts = np.maximum(hit.sum(axis=1), 1)
        xy[:, 0] += push_x / np.sqrt(counts)
        xy[:, 1] += push_y / np.sqrt(counts)
        xy[:, 0] = np.clip(xy[:, 0], x0 + half_w, x1 - half_w)
        xy[:, 1] = np.clip(xy[:, 1], y0 + up, y1 - down)
    return {v: (float(xy[i, 0]), float(xy[i, 1])) for i, v in enumerate(nodes)}
