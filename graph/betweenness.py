"""Betweenness centrality that stays fast on large graphs.

Exact betweenness (Brandes) costs one shortest-path search per source node, so
O(n·(n+m)) for the whole graph: NetworkX takes minutes for a few thousand nodes. Two
things keep it affordable here without changing what it means:

- **Components.** A shortest path never leaves its (weakly) connected component, so a
  node's raw betweenness depends on its component alone. Each component is computed on
  its own and the raw values are normalised with the size of the whole graph, exactly
  as NetworkX normalises them: the result equals ``nx.betweenness_centrality(G)``.
  Components of one or two nodes have no betweenness and cost nothing.
- **Sampling.** Above :data:`EXACT_WORK` units of work (n·(n+m) summed over
  components), sources are sampled (Brandes & Pich 2007): NetworkX's own ``k``
  estimator is run per component with a share of ``k`` proportional to the component's
  size, so the sample is not spent on small components, which are computed exactly
  (up to :data:`SMALL_COMPONENT` nodes, or whenever the share covers them). The
  estimate is unbiased; the number of sources and the seed are reported so a run can
  be repeated. On a connected graph it is NetworkX's ``betweenness_centrality(G, k=k,
  seed=seed)``.

Any NetworkX backend configured through NetworkX's own dispatching
(``nx.config.backend_priority``, ``NETWORKX_BACKEND_PRIORITY``) or named with
``backend=`` runs the per-component calls; results are the backend's.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx

# One unit = one node or edge visited by one single-source search. NetworkX does about
# 0.5-0.7 million units per second per core here, so 2e7 is roughly half a minute.
EXACT_WORK = 20_000_000
# Default sampled budget: about 12 s of searches on the largest component.
SAMPLE_WORK = 8_000_000
MIN_K = 100
SMALL_COMPONENT = 50


def components(G: nx.Graph) -> list[list[Hashable]]:
    """Node lists of the (weakly) connected components of ``G``, largest first.

    Nodes inside a list keep ``G``'s order (sets of strings iterate in a per-process
    order, which would make sampling depend on the interpreter run).

    >>> import networkx as nx
    >>> components(nx.Graph([(3, 4), (1, 2), (2, 5)]))
    [[1, 2, 5], [3, 4]]
    """
    find = nx.weakly_connected_components if G.is_directed() else nx.connected_components
    index = {n: i for i, n in enumerate(G)}
    comps = [sorted(c, key=index.__getitem__) for c in find(G)]
    comps.sort(key=lambda c: (-len(c), index[c[0]]))
    return comps


def work(G: nx.Graph, comps: list[list[Hashable]] | None = None) -> int:
    """Units of work of exact betweenness on ``G``: sum of n_C·(n_C+m_C) over components."""
    comps = components(G) if comps is None else comps
    total = 0
    for c in comps:
        if len(c) > 2:
            total += len(c) * (len(c) + _size(G, c))
    return total


def default_k(G: nx.Graph, comps: list[list[Hashable]] | None = None) -> int:
    """The number of sources used when sampling and no ``k`` is given.

    :data:`SAMPLE_WORK` divided by the size (n+m) of the largest component, at least
    :data:`MIN_K` and at most the number of nodes.
    """
    comps = components(G) if comps is None else comps
    if not comps:
        return 0
    big = comps[0]
    k = SAMPLE_WORK // max(1, len(big) + _size(G, big))
    return int(min(len(G), max(MIN_K, k)))


def betweenness(G: nx.Graph, *, exact: bool | None = None, k: int | None = None,
                seed: int = 42, weight: str | None = None, normalized: bool = True,
                backend: str | None = None) -> tuple[dict, dict]:
    """Betweenness of every node of ``G`` and a dict describing how it was computed.

    ``exact=None`` chooses: exact up to :data:`EXACT_WORK`, sampled above it (``k``
    sources, default :func:`default_k`); ``exact=True`` forces exact, ``exact=False``
    forces sampling. Giving ``k`` alone asks for sampling with ``k`` sources.
    ``weight`` names an edge attribute used as *distance* (NetworkX's meaning).

    >>> import networkx as nx
    >>> scores, info = betweenness(nx.path_graph(3))
    >>> scores, info["method"]
    ({0: 0.0, 1: 1.0, 2: 0.0}, 'exact')
    """
    comps = components(G)
    cost = work(G, comps)
    if exact is None:
        exact = k is None and cost <= EXACT_WORK
    if k is not None and (isinstance(k, bool) or not isinstance(k, int) or k < 1):
        raise ValueError(f"k must be a positive whole number, got {k!r}")
    if not exact and k is None:
        k = default_k(G, comps)
    n = len(G)
    info = {"method": "exact" if exact else "sampled", "k": None if exact else k,
            "seed": None if exact else seed, "sources": 0, "normalized": normalized,
            "weight": weight, "work": cost, "components": len(comps),
            "sampled_components": 0}
    kwargs = {"backend": backend} if backend else {}
    scores = dict.fromkeys(G, 0.0)
    # Sampled share of k per component, proportional to size, among the components
    # that are too big to be computed exactly anyway.
    big = [c for c in comps if len(c) > SMALL_COMPONENT]
    big_total = sum(len(c) for c in big)
    for comp in comps:
        if len(comp) <= 2:
            continue
        k_c = None
        if not exact and len(comp) > SMALL_COMPONENT:
            k_c = max(2, math.ceil(k * len(comp) / big_total))
            if k_c >= len(comp):
                k_c = None
        sub = G if len(comp) == n else _subgraph(G, comp, weight)
        raw = nx.betweenness_centrality(sub, k=k_c, normalized=False, weight=weight,
                                        seed=seed, **kwargs)
        info["sources"] += k_c or len(comp)
        info["sampled_components"] += k_c is not None
        scores.update(raw)
    if normalized and n > 2:
        # NetworkX: raw sums over ordered pairs / ((n-1)(n-2)); the unnormalised values
        # of an undirected graph are already halved, hence the 2.
        scale = (1.0 if G.is_directed() else 2.0) / ((n - 1) * (n - 2))
        for v in scores:
            scores[v] *= scale
    return scores, info


def _size(G: nx.Graph, nodes: list) -> int:
    deg = G.out_degree(nodes) if G.is_directed() else G.degree(nodes)
    total = sum(d for _, d in deg)
    return total if G.is_directed() else total // 2


def _subgraph(G: nx.Graph, nodes: list, weight: str | None) -> nx.Graph:
    """A copy of ``G`` induced on ``nodes``, nodes in the order given, edges in ``G``'s."""
    sub = G.__class__()
    sub.add_nodes_from(nodes)
    if weight is None:
        sub.add_edges_from(G.edges(nodes))
    else:
        sub.add_edges_from((u, v, {weight: w}) for u, v, w in G.edges(nodes, data=weight))
    return sub
