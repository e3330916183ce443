"""Node positions computed in Python: force-directed, geographic and circular.

Positions are in *reference pixels*: the layout is scaled to fit a desktop canvas of
``REF_W`` x ``REF_H`` CSS pixels, so at the page's first zoom on a desktop one unit is
about one pixel, and node sizes and label boxes can be reasoned about in pixels
(see :mod:`relgraph.viz.labels`). They are deterministic for a given graph and seed, so
rebuilding an article's figure does not reshuffle it.

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
# The canvas a desktop reader sees (the page's canvas is at least this big from about
# 1,050 px of window width); MARGIN keeps nodes and their labels off the border.
REF_W, REF_H, MARGIN = 1000.0, 680.0, 40.0


@dataclass
class Layout:
    """Positions by node; for nodes placed without their own coordinates, why they are
    where they are (``approximate``); for geographic layouts the projection
    (``project(lon, lat) -> (x, y)``) and the lon/lat box the view covers."""

    positions: dict
    approximate: dict = field(default_factory=dict)
    project: object = None
    bbox: tuple | None = None


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
        return Layout(fit(_circular(G, order=order)))
    return Layout(fit(_force(G, seed=seed)))


def fit(pos: dict, *, width: float = REF_W, height: float = REF_H,
        margin: float = MARGIN) -> dict:
    """Scale and move ``pos`` (aspect kept) to fill ``width`` x ``height`` less margins.

    >>> fit({"a": (0, 0), "b": (1, 0)})["b"]
    (960.0, 340.0)
    """
    if not pos:
        return {}
    xs = np.array([p[0] for p in pos.values()], dtype=float)
    ys = np.array([p[1] for p in pos.values()], dtype=float)
    w, h = xs.max() - xs.min(), ys.max() - ys.min()
    inner_w, inner_h = width - 2 * margin, height - 2 * margin
    scale = min(inner_w / w if w > 0 else math.inf, inner_h / h if h > 0 else math.inf)
    if not math.isfinite(scale):
        scale = 1.0
    ox = margin + (inner_w - w * scale) / 2 - xs.min() * scale
    oy = margin + (inner_h - h * scale) / 2 - ys.min() * scale
    return {v: (float(x * scale + ox), float(y * scale + oy))
            for v, x, y in zip(pos, xs, ys, strict=True)}


# --- force-directed ---------------------------------------------------------------

def _force(G: nx.Graph, *, seed: int) -> dict:
    # Each connected component is laid out on its own and the pieces are packed in
    # rows: disconnected pieces would otherwise drift apart (or pile up).
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(G)),
                   key=lambda c: (-len(c), str(c[0])))
    pieces = [_fruchterman_reingold(G, nodes, seed=seed) for nodes in comps]
    return _pack(pieces)


def _fruchterman_reingold(G: nx.Graph, nodes: list, *, seed: int) -> dict:
    """Fruchterman-Reingold in numpy (float32, chunked all-pairs repulsion), scaled so
    that the median edge is one unit long.

    Large components start from a PivotMDS layout (networkit), which already has the
    global shape right, so a few dozen steps settle them. NetworkX's spring_layout
    (float64 (n, n, 2) temporaries) and rustworkx's take several times longer; igraph's
    is faster but GPL-licensed, which relgraph (MIT) does not depend on
    (``benchmarks/render_bench.py`` measures this one).
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

    side = math.sqrt(n)
    pos = _start(n, u_idx, v_idx, seed=seed).astype(np.float32)
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
    if len(u_idx):
        median = float(np.median(np.hypot(*(pos[u_idx] - pos[v_idx]).T)))
        if median > 0:
            pos /= median
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}



# Above this many nodes a component starts from PivotMDS: the all-pairs steps cost
# n^2 each, and a start with the global shape right needs few of them. Below it, a
# random start settles better: PivotMDS stacks the leaves of a hub on one point, and
# the views that small are the ones whose every label must find room.
PIVOT_MDS_MIN = 500


def _start(n: int, src, dst, *, seed: int) -> np.ndarray:
    """Start positions in a square of side sqrt(n) (ideal edge length 1): PivotMDS for
    large components, seeded random points otherwise (the same for a given seed)."""
    rng = np.random.default_rng(seed)
    xy = None
    if n > PIVOT_MDS_MIN:
        import networkit as nk

        from relgraph.graph.engines import networkit_single_thread, seed_networkit

        g = nk.Graph(n)
        for u, v in zip(src.tolist(), dst.tolist(), strict=True):
            if not g.hasEdge(u, v):
                g.addEdge(u, v)
        # PivotMDS takes a few milliseconds; OpenMP's threads spinning on a busy
        # machine made it take seconds, and one thread keeps it reproducible.
        with networkit_single_thread():
            seed_networkit(seed)             # it picks its pivots at random
            mds = nk.viz.PivotMDS(g, 2, min(30, n - 1))
            mds.run()
        xy = np.array([tuple(p) for p in mds.getCoordinates()], dtype=float)
        if not np.all(np.isfinite(xy)) or np.ptp(xy, axis=0).min() == 0:
            xy = None
    if xy is None:
        xy = rng.random((n, 2))
    xy = xy - xy.min(axis=0)
    extent = float(xy.max())
    # Nodes on one point would get no force direction: a tiny seeded jitter parts them.
    xy = xy / (extent if extent > 0 else 1.0) * math.sqrt(n)
    return xy + rng.normal(scale=1e-3, size=xy.shape)


def _pack(pieces: list[dict]) -> dict:
    """Shelf-pack laid-out components (largest first) into rows of similar width."""
    boxes = []
    for piece in pieces:
        xs = [p[0] for p in piece.values()]
        ys = [p[1] for p in piece.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    margin = 1.5
    area = sum((w + margin) * (h + margin) for _, _, w, h in boxes)
    # Rows about as wide as the canvas is wide compared to its height.
    row_width = max(math.sqrt(area * REF_W / REF_H) * 1.1, boxes[0][2] + margin)
    out, x, y, row_h = {}, 0.0, 0.0, 0.0
    for piece, (x0, y0, w, h) in zip(pieces, boxes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + margin, 0.0
        for v, (px, py) in piece.items():
            out[v] = (px - x0 + x, py - y0 + y)
        x += w + margin
        row_h = max(row_h, h)
    return out


# --- geographic -------------------------------------------------------------------

def _coords(data: dict, lat_key: str = "lat", lon_key: str = "lon"):
    try:
        lat, lon = float(data[lat_key]), float(data[lon_key])
    except (KeyError, TypeError, ValueError):
        return None
    if math.isnan(lat) or math.isnan(lon) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _jitter(node, radius: float) -> tuple[float, float]:
    # Deterministic small offset per node, so places sharing a point (a region and its
    # capital city) do not hide each other, and reruns give the same picture.
    h = hashlib.sha1(str(node).encode()).digest()
    angle = h[0] / 255 * 2 * math.pi
    r = radius * (0.5 + 0.5 * h[1] / 255)
    return r * math.cos(angle), r * math.sin(angle)


def geo_places(G: nx.Graph) -> tuple[dict, dict]:
    """``(lat, lon)`` for every node that can be put on a map, and for those placed
    without coordinates of their own the reason, for the legend and tooltips.

    A node's own ``lat``/``lon`` come first; then ``place_lat``/``place_lon`` (the
    place it is located in, with ``place_name``, set by the renderer from LOCATED_IN);
    then its country's capital (GeoNames); then the centre of its country's main
    territory (Natural Earth outlines).
    """
    from relgraph.viz import basemap

    known, why = {}, {}
    for v, d in G.nodes(data=True):
        c = _coords(d)
        if c is not None:
            known[v] = c
            continue
        c = _coords(d, "place_lat", "place_lon")
        if c is not None:
            known[v] = c
            why[v] = f"placed at {d.get('place_name') or 'the place it is in'}"
            continue
        from relgraph.viz.style import country_name
        cap = basemap.capital(d.get("country"))
        if cap is not None:
            known[v] = cap[1:]
            why[v] = f"placed at {cap[0]}, the capital of {country_name(d.get('country'))}"
            continue
        c = basemap.centroid(d.get("country"))
        if c is not None:
            known[v] = c
            why[v] = f"placed at the centre of {country_name(d.get('country'))}"
    return known, why


def _geo(G: nx.Graph, *, seed: int) -> Layout:
    known, why = geo_places(G)
    if not known:
        # Nothing to map: say so through `approximate` and fall back to the force layout.
        return Layout(fit(_force(G, seed=seed)),
                      approximate=dict.fromkeys(G, "no location known"))
    lats = [c[0] for c in known.values()]
    lons = [c[1] for c in known.values()]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    # At least a few degrees across, so a view of one city still shows its country.
    pad_lat = max(2.0 - (north - south) / 2, 0.0)
    pad_lon = max(3.0 - (east - west) / 2, 0.0)
    south, north = max(south - pad_lat, -85.0), min(north + pad_lat, 85.0)
    west, east = west - pad_lon, east + pad_lon
    lat0 = (south + north) / 2
    kx = math.cos(math.radians(lat0))
    # Equirectangular projection true to scale at the middle latitude: straight
    # meridians and parallels, readable at the regional scale of these maps.
    inner_w, inner_h = REF_W - 2 * MARGIN, REF_H - 2 * MARGIN
    w, h = (east - west) * kx, north - south
    scale = min(inner_w / w, inner_h / h)
    ox = MARGIN + (inner_w - w * scale) / 2 - west * kx * scale
    oy = MARGIN + (inner_h - h * scale) / 2 + north * scale

    def project(lon: float, lat: float) -> tuple[float, float]:
        return lon * kx * scale + ox, -lat * scale + oy

    pos = {v: project(lon, lat) for v, (lat, lon) in known.items()}
    jitter = 7.0
    seen: dict = {}
    for v in sorted(pos, key=str):
        key = (round(pos[v][0]), round(pos[v][1]))
        if key in seen or v in why:
            dx, dy = _jitter(v, jitter)
            pos[v] = (pos[v][0] + dx, pos[v][1] + dy)
        seen[key] = True

    # Nodes without any location sit at the mean of their placed neighbours (a few
    # passes, so chains of unplaced nodes fill in too).
    missing = [v for v in G if v not in pos]
    for _ in range(3):
        placed_now = {}
        for v in missing:
            around = [pos[u] for u in G[v] if u in pos]
            if around:
                dx, dy = _jitter(v, jitter * 2)
                placed_now[v] = (sum(p[0] for p in around) / len(around) + dx,
                                 sum(p[1] for p in around) / len(around) + dy)
                why[v] = "no location known: placed near its partners"
        pos.update(placed_now)
        missing = [v for v in missing if v not in pos]
        if not missing:
            break
    # The rest (no location, no placed partner) go along the bottom edge.
    for i, v in enumerate(sorted(missing, key=str)):
        pos[v] = (MARGIN + (i * 30) % (REF_W - 2 * MARGIN), REF_H - MARGIN / 2)
        why[v] = "no location known"
    # The map reaches beyond the nodes as far as a wide desktop canvas (x) or a square
    # phone canvas (y) shows at the first zoom, so outlines fill the frame.
    ext_x, ext_y = 0.25 * REF_W, 0.25 * REF_H
    bbox = ((-ext_x - ox) / (kx * scale), max(-85.0, (oy - REF_H - ext_y) / scale),
            (REF_W + ext_x - ox) / (kx * scale), min(85.0, (oy + ext_y) / scale))
    return Layout(pos, approximate=why, project=project, bbox=bbox)


# --- circular ---------------------------------------------------------------------

def _circular(G: nx.Graph, *, order: dict | None) -> dict:
    if order is None:
        order = {v: (str(d.get("country") or "~").lower(), str(d.get("name") or v).lower())
                 for v, d in G.nodes(data=True)}
    nodes = sorted(G, key=lambda v: (order.get(v, ()), str(v)))
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    return {v: (math.cos(2 * math.pi * i / n - math.pi / 2),
                math.sin(2 * math.pi * i / n - math.pi / 2))
            for i, v in enumerate(nodes)}
