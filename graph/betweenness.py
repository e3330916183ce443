"""Betweenness centrality: exact, or KADABRA's approximation with a stated error bound.

Every score is NetworkX's ``betweenness_centrality`` (normalised by default): the share
of shortest paths between other pairs that run through a node. How it is computed:

- **Exact** (Brandes' algorithm, one shortest-path search per node): rustworkx for hop
  counts (undirected or directed), networkit when edges have lengths (``weight`` names
  an edge attribute read as a *distance*, NetworkX's meaning). Both give NetworkX's
  numbers to rounding; the tests compare them on random, disconnected, directed and
  weighted graphs.
- **KADABRA** (Borassi & Natale 2016; networkit's parallel implementation), for the
  undirected hop-count networks where exact is slow: it samples shortest paths between
  random pairs of nodes, adaptively, until with probability at least ``1 - delta`` every
  node's estimate is within ``epsilon`` of its true share of the n·(n-1) ordered pairs.
  In NetworkX's normalisation (pairs not containing the node) that bound is
  ``epsilon·n/(n-2)``, which the result reports as ``error_bound``. Seeded: the same
  graph, ``epsilon``, ``delta`` and ``seed`` give the same numbers (on one thread: on
  two, networkit's samplers raced and the numbers changed). Two things measured in
  networkit 11's implementation: its scores are about 1 % high (corrected here, see
  :func:`_kadabra`), and where two nodes are joined by many shortest paths of equal
  length (grids, dense cores) its sampler does not pick among them uniformly, so errors
  can exceed the bound there (on a 12x12 grid, 14 times ``epsilon``). Where shortest
  paths are mostly unique, as in the tree-like twin networks, the bound holds in the
  tests, and the benchmark reports the measured error against exact betweenness on the
  real networks.

``exact=None`` decides by size: exact while the work of Brandes' algorithm (sum over
components of n_C·(n_C+m_C) node and edge visits) stays under :data:`EXACT_WORK`, KADABRA
above it. The threshold comes from ``python -m benchmarks.centrality_bench``: it is where
exact betweenness starts to cost more than KADABRA at the default ``epsilon`` (about 2
CPU seconds, a network of some 4,500 twin towns), while KADABRA ranks the top 100 as
exact does (Spearman 0.98-0.99 on the Wikipedia twin network, 0.99 on Wikidata's).
Directed and weighted graphs are always computed exactly: KADABRA works on undirected
graphs with hop counts.

>>> import networkx as nx
>>> scores, info = betweenness(nx.path_graph(3))
>>> scores, info["method"], info["engine"]
({0: 0.0, 1: 1.0, 2: 0.0}, 'exact', 'rustworkx')
"""

from __future__ import annotations

from collections.abc import Hashable

from relgraph.graph.errors import UsageError

# Work units (node and edge visits of all single-source searches) up to which
# betweenness is exact by default. Measured (benchmarks/README.md): exact costs about
# 2 CPU seconds at 47M (the Wikidata twin network, 4,541 places) and 20-35 at 420-490M,
# while KADABRA at the default epsilon costs 0.5-1.6 s from 1k to 17k nodes; exact and
# KADABRA cost the same near 35-40M. Exact up to 50M keeps exact answers where they take
# a couple of seconds; above it KADABRA is 2 to 25 times faster.
EXACT_WORK = 50_000_000
EPSILON = 0.003
DELTA = 0.1
METHODS = ("exact", "kadabra")
_START_FACTOR = 100         # networkit's KadabraBetweenness default


def components(G) -> list[list[Hashable]]:
    """Node lists of the (weakly) connected components of ``G``, largest first.

    Nodes inside a list keep ``G``'s order (sets of strings iterate in a per-process
    order).

    >>> import networkx as nx
    >>> components(nx.Graph([(3, 4), (1, 2), (2, 5)]))
    [[1, 2, 5], [3, 4]]
    """
    import networkx as nx

    find = nx.weakly_connected_components if G.is_directed() else nx.connected_components
    index = {n: i for i, n in enumerate(G)}
    comps = [sorted(c, key=index.__getitem__) for c in find(G)]
    comps.sort(key=lambda c: (-len(c), index[c[0]]))
    return comps


def work(G, comps: list[list[Hashable]] | None = None) -> int:
    """Units of work of exact betweenness on ``G``: sum of n_C·(n_C+m_C) over components.

    >>> import networkx as nx
    >>> work(nx.path_graph(4))        # 4 searches of 4 nodes and 3 edges
    28
    """
    comps = components(G) if comps is None else comps
    total = 0
    for c in comps:
        if len(c) > 2:
            deg = G.out_degree(c) if G.is_directed() else G.degree(c)
            size = sum(d for _, d in deg)
            total += len(c) * (len(c) + (size if G.is_directed() else size // 2))
    return total


def check_accuracy(epsilon: float | None, delta: float | None) -> tuple[float, float]:
    """``(epsilon, delta)`` with the defaults filled in, or :class:`UsageError`.

    >>> check_accuracy(None, None)
    (0.003, 0.1)
    >>> check_accuracy(2, None)
    Traceback (most recent call last):
    ...
    relgraph.graph.errors.UsageError: --epsilon takes a number between 0 and 1 (exclusive), got 2
    """
    out = []
    for name, value, default in (("epsilon", epsilon, EPSILON), ("delta", delta, DELTA)):
        if value is None:
            value = default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                not 0 < value < 1:
            raise UsageError(f"--{name} takes a number between 0 and 1 (exclusive), "
                             f"got {value!r}")
        out.append(float(value))
    return out[0], out[1]


def betweenness(G, *, exact: bool | None = None, epsilon: float | None = None,
                delta: float | None = None, seed: int = 42, weight: str | None = None,
                normalized: bool = True) -> tuple[dict, dict]:
    """Betweenness of every node of ``G`` and a dict describing how it was computed.

    ``exact=None`` chooses by size (see the module docstring), ``True`` forces exact,
    ``False`` forces KADABRA with ``epsilon`` (default :data:`EPSILON`), ``delta``
    (default :data:`DELTA`) and ``seed``. ``weight`` names an edge attribute used as a
    distance. ``info`` holds ``method``, ``engine``, ``work``, ``components`` and, for
    KADABRA, ``epsilon``, ``delta``, ``seed``, ``samples``, ``error_bound`` (in the
    scale of the scores) and ``guarantee`` (a sentence).
    """
    epsilon, delta = check_accuracy(epsilon, delta)
    comps = components(G)
    cost = work(G, comps)
    n = len(G)
    can_approximate = not G.is_directed() and weight is None and n > 2
    if exact is False and not can_approximate:
        raise UsageError("approximate betweenness (KADABRA) needs an undirected graph "
                         "with hop counts (the partner network without --weighted)")
    if exact is None:
        exact = not can_approximate or cost <= EXACT_WORK
    info = {"method": "exact" if exact else "kadabra", "normalized": normalized,
            "weight": weight, "work": cost, "components": len(comps)}
    if n == 0:
        return {}, {**info, "engine": None}
    if exact:
        scores, engine = _exact(G, weight)
        info["engine"] = engine
    else:
        scores, extra = _kadabra(G, epsilon=epsilon, delta=delta, seed=seed)
        info.update(engine="networkit", **extra)
    if not normalized and n > 2:
        # NetworkX's raw values: ordered pairs, halved on an undirected graph.
        scale = (n - 1) * (n - 2) / (1.0 if G.is_directed() else 2.0)
        scores = {v: s * scale for v, s in scores.items()}
        if "error_bound" in info:
            info["error_bound"] *= scale
    return scores, info


def _exact(G, weight: str | None) -> tuple[dict, str]:
    """NetworkX-normalised exact betweenness, and the engine that computed it."""
    n = len(G)
    if weight is None:
        import rustworkx as rx

        from relgraph.graph.engines import to_rustworkx
        g, nodes = to_rustworkx(G)
        found = rx.betweenness_centrality(g, normalized=True)
        return {v: float(found[i]) for i, v in enumerate(nodes)}, "rustworkx"
    import networkit as nk

    from relgraph.graph.engines import to_networkit
    g, nodes = to_networkit(G, weight=weight)
    raw = nk.centrality.Betweenness(g, normalized=False).run().scores()
    # networkit sums ordered pairs on every graph; NetworkX normalises by (n-1)(n-2).
    scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    return {v: float(raw[i]) * scale for i, v in enumerate(nodes)}, "networkit"


def _kadabra(G, *, epsilon: float, delta: float, seed: int) -> tuple[dict, dict]:
    import networkit as nk

    from relgraph.graph.engines import networkit_single_thread, seed_networkit, to_networkit
    n = len(G)
    g, nodes = to_networkit(G)
    # deterministic=True still gave other numbers for the same seed when two threads
    # sampled (tests/graph/test_centrality.py); on one thread it is reproducible. The
    # thread count must be set before the object is made: it sizes its samplers then.
    with networkit_single_thread():
        seed_networkit(seed)
        run = nk.centrality.KadabraBetweenness(g, err=epsilon, delta=delta,
                                               deterministic=True)
        run.run()
    # networkit reports twice the share of the n(n-1) ordered pairs on an undirected
    # graph; NetworkX divides by the (n-1)(n-2) pairs that leave the node out.
    to_networkx = n / (2.0 * (n - 2))
    # networkit 11 adds the paths of its first, calibrating round (omega / startFactor
    # samples, startFactor = 100) to the counts but not to the divisor, so every score
    # comes out about 1 % high; scale by the true share. Tested on stars, paths and
    # trees against exact values (tests/graph/test_centrality.py).
    samples = int(run.getNumberOfIterations())
    first_round = int(run.getOmega() / _START_FACTOR)
    if samples > first_round:
        to_networkx *= (samples - first_round) / samples
    found = run.scores()
    scores = {v: float(found[i]) * to_networkx for i, v in enumerate(nodes)}
    bound = epsilon * n / (n - 2)
    return scores, {
        "epsilon": epsilon, "delta": delta, "seed": seed,
        "samples": samples, "error_bound": bound,
        "guarantee": (f"with probability >= {1 - delta:g}, every score is within "
                      f"{bound:.3g} of exact (KADABRA, epsilon={epsilon:g}, "
                      f"delta={delta:g}, seed={seed})"),
    }
