"""Node positions computed in Python: force-directed, geographic and circular.

Positions are in screen units (y grows downwards, as in vis-network and in images),
about ``UNIT`` pixels per ideal edge length. They are deterministic for a given graph
and seed, so rebuilding an article's figure does not reshuffle it.

>>> import networkx as nx
>>> pos = layout_positions(nx.path_graph(4), layout="circular").positions
>>> sorted(pos) == [0, 1, 2, 3]
True
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from relgraph.graph.errors import UsageError

LAYOUTS = ("force", "geo", "circular")
UNIT = 70.0  # pixels per ideal edge length


@dataclass
class Layout:
    """Positions by node, and the nodes whose position is a guess (no coordinates)."""

    positions: dict
    approximate: set = field(default_factory=set)


def layout_positions(G: nx.Graph, *, layout: str = "force", seed: int = 0,
                     order: dict | None = None) -> Layout:
    """Positions for every node of ``G`` with the named layout.

    ``order`` (node -> sort key) decides the sequence around the circle for the
    circular layout; by default nodes are grouped by country, then by name.
    """
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout {layout!r}", hint="use one of " + ", ".join(LAYOUTS))
    if G.number_of_nodes() == 0:
        return Layout({})
    if layout == "geo":
        return _geo(G, seed=seed)
    if layout == "circular":
        return Layout(_circular(G, order=order))
    return Layout(_force(G, seed=seed))


# --- force-directed ---------------------------------------------------------------

def _force(G: nx.Graph, *, seed: int) -> dict:
    # Each connected component is laid out on its own and the pieces are packed in
    # rows: disconnected pieces would otherwise drift apart (or pile up) and the
    # all-pairs cost is quadratic in the component, not in the whole graph.
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(G)),
                   key=lambda c: (-len(c), str(c[0])))
    pieces = [_fruchterman_reingold(G, nodes, seed=seed) for nodes in comps]
    return _pack(pieces)


def _fruchterman_reingold(G: nx.Graph, nodes: list, *, seed: int) -> dict:
    """Fruchterman-Reingold in numpy (float32, chunked repulsion), unit edge length.

    NetworkX's spring_layout does the same with float64 (n, n, 2) temporaries and
    takes over ten seconds for 2,000 nodes on a small machine; this takes about one.
    """
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    sub = G.subgraph(nodes)
    us, vs, ws = [], [], []
    for u, v, w in sub.edges(data="weight", default=1):
        if u == v:
            continue
        us.append(index[u])
        vs.append(index[v])
        # Many ties pull harder, but only logarithmically, so a pair with 30 documents
        # does not collapse onto itself.
        ws.append(1.0 + math.log1p(max(float(w or 1), 1.0) - 1.0))
    u_idx = np.array(us, dtype=np.intp)
    v_idx = np.array(vs, dtype=np.intp)
    w_arr = np.array(ws, dtype=np.float32)

    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = (rng.random((n, 2)) * side).astype(np.float32)
    iterations = int(max(20, min(80, 80 * 1500 / max(n, 1))))
    temp = side / 8.0
    cooling = (0.02 / 1.0) ** (1.0 / iterations)  # geometric, down to 2 % of the start
    chunk = max(1, 2_000_000 // n)
    disp = np.empty((n, 2), dtype=np.float32)
    for _ in range(iterations):
        disp.fill(0.0)
        for s in range(0, n, chunk):
            block = pos[s:s + chunk]
            dx = block[:, None, 0] - pos[None, :, 0]
            dy = block[:, None, 1] - pos[None, :, 1]
            d2 = dx * dx + dy * dy
            np.maximum(d2, 1e-2, out=d2)
            np.reciprocal(d2, out=d2)  # repulsion k^2/d along the unit vector = dx/d^2
            disp[s:s + chunk, 0] += (dx * d2).sum(axis=1)
            disp[s:s + chunk, 1] += (dy * d2).sum(axis=1)
        if len(u_idx):
            delta = pos[u_idx] - pos[v_idx]
            dist = np.sqrt((delta * delta).sum(axis=1))
            f = delta * (dist * w_arr)[:, None]  # attraction d^2/k along the unit vector
            np.subtract.at(disp, u_idx, f)
            np.add.at(disp, v_idx, f)
        # Weak gravity keeps leaves and loose branches from flying to the border.
        disp -= 0.02 * (pos - pos.mean(axis=0))
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, 1e-6, out=length)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp *= cooling
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}


def _pack(pieces: list[dict]) -> dict:
    """Shelf-pack laid-out components (largest first) into rows of similar width."""
    boxes = []
    for piece in pieces:
        xs = [p[0] for p in piece.values()]
        ys = [p[1] for p in piece.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    margin = 1.5
    area = sum((w + margin) * (h + margin) for _, _, w, h in boxes)
    row_width = max(math.sqrt(area) * 1.3, boxes[0][2] + margin)
    out, x, y, row_h = {}, 0.0, 0.0, 0.0
    for piece, (x0, y0, w, h) in zip(pieces, boxes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + margin, 0.0
        for v, (px, py) in piece.items():
            out[v] = ((px - x0 + x) * UNIT, (py - y0 + y) * UNIT)
        x += w + margin
        row_h = max(row_h, h)
    return out


# --- geographic -------------------------------------------------------------------

def _coords(data: dict):
    try:
        lat, lon = float(data["lat"]), float(data["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        return None
    return lat, lon


def _jitter(node, radius: float) -> tuple[float, float]:
    # Deterministic small offset per node, so places sharing a point (a region and its
    # capital city) do not hide each other, and reruns give the same picture.
    h = hashlib.sha1(str(node).encode()).digest()
    angle = h[0] / 255 * 2 * math.pi
    r = radius * (0.4 + 0.6 * h[1] / 255)
    return r * math.cos(angle), r * math.sin(angle)


def _geo(G: nx.Graph, *, seed: int) -> Layout:
    known = {v: c for v, d in G.nodes(data=True) if (c := _coords(d)) is not None}
    if not known:
        # Nothing to map: say so through `approximate` and fall back to the force layout.
        return Layout(_force(G, seed=seed), approximate=set(G.nodes))
    lat0 = sum(c[0] for c in known.values()) / len(known)
    kx = math.cos(math.radians(lat0))
    # Equirectangular projection around the mean latitude: good enough for the regional
    # scale these maps have, and needs no map data.
    xy = {v: (lon * kx, -lat) for v, (lat, lon) in known.items()}
    xs = [p[0] for p in xy.values()]
    ys = [p[1] for p in xy.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-6)
    target = max(900.0, math.sqrt(len(G)) * UNIT * 1.6)
    scale = target / span
    pos = {v: ((x - min(xs)) * scale, (y - min(ys)) * scale) for v, (x, y) in xy.items()}
    jitter = UNIT * 0.25
    seen: dict = {}
    for v in sorted(pos, key=str):
        key = (round(pos[v][0], 1), round(pos[v][1], 1))
        if key in seen:
            dx, dy = _jitter(v, jitter)
            pos[v] = (pos[v][0] + dx, pos[v][1] + dy)
        seen[key] = True

    # Nodes without coordinates sit at the mean of their placed neighbours (a few
    # passes, so chains of unplaced nodes fill in too), marked as approximate.
    missing = [v for v in G if v not in pos]
    approximate = set(missing)
    for _ in range(3):
        placed_now = {}
        for v in missing:
            around = [pos[u] for u in G[v] if u in pos]
            if around:
                mx = sum(p[0] for p in around) / len(around)
                my = sum(p[1] for p in around) / len(around)
                dx, dy = _jitter(v, jitter * 2)
                placed_now[v] = (mx + dx, my + dy)
        pos.update(placed_now)
        missing = [v for v in missing if v not in pos]
        if not missing:
            break
    # The rest (no placed neighbour at all) go in a row under the map.
    bottom = max(p[1] for p in pos.values()) + UNIT * 1.5
    left = min(p[0] for p in pos.values())
    per_row = max(1, int(target / UNIT))
    for i, v in enumerate(sorted(missing, key=str)):
        pos[v] = (left + (i % per_row) * UNIT, bottom + (i // per_row) * UNIT)
    return Layout(pos, approximate=approximate)


# --- circular ---------------------------------------------------------------------

def _circular(G: nx.Graph, *, order: dict | None) -> dict:
    if order is None:
        order = {v: (str(d.get("country") or "~").lower(), str(d.get("name") or v).lower())
                 for v, d in G.nodes(data=True)}
    nodes = sorted(G, key=lambda v: (order.get(v, ()), str(v)))
    n = len(nodes)
    radius = max(250.0, n * UNIT * 0.45 / (2 * math.pi))
    return {v: (radius * math.cos(2 * math.pi * i / n - math.pi / 2),
                radius * math.sin(2 * math.pi * i / n - math.pi / 2))
            for i, v in enumerate(nodes)}
