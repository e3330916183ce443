"""NetworkX graphs handed to the compiled libraries that compute the heavy measures.

NetworkX is the model and the reference definition; the work runs in the library a
benchmark picked (``python -m benchmarks.centrality_bench``): networkit (MIT) for
KADABRA, closeness and weighted betweenness, rustworkx (Apache-2.0) for exact hop-count
betweenness and eigenvector centrality. Both are imported here, inside the functions,
so commands that need none of them never load them.

A conversion numbers the nodes in ``G``'s order (``list(G)``), so a score array maps
back to nodes by position.

>>> import networkx as nx
>>> g, nodes = to_networkit(nx.path_graph(["a", "b", "c"]))
>>> g.numberOfNodes(), g.numberOfEdges(), nodes
(3, 2, ['a', 'b', 'c'])
"""

from __future__ import annotations

import contextlib
from collections.abc import Hashable


def edge_index(G, weight: str | None = None):
    """``(nodes, sources, targets, weights)``: ``G``'s edges as index arrays (numpy).

    ``weights`` is ``None`` unless ``weight`` names an edge attribute (missing: 1).
    Self-loops are kept; they lie on no shortest path, and the libraries ignore them
    the way NetworkX does.
    """
    import numpy as np

    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    m = G.number_of_edges()
    if weight is None:
        pairs = np.fromiter((index[x] for e in G.edges() for x in e), dtype=np.int64,
                            count=2 * m)
        weights = None
    else:
        flat, weights_list = [], []
        for u, v, w in G.edges(data=weight, default=1):
            flat += (index[u], index[v])
            weights_list.append(float(w))
        pairs = np.asarray(flat, dtype=np.int64)
        weights = np.asarray(weights_list, dtype=np.float64)
    return nodes, pairs[0::2], pairs[1::2], weights


def to_networkit(G, *, weight: str | None = None, reverse: bool = False
                 ) -> tuple[object, list[Hashable]]:
    """A ``networkit.Graph`` with ``G``'s nodes (in order) and edges.

    ``weight``: the edge attribute to copy as networkit's edge weight (a *length* for
    its path algorithms); ``reverse``: flip directed edges (NetworkX's closeness of a
    directed graph uses incoming distances, networkit's outgoing).
    """
    import networkit as nk
    import numpy as np
    import scipy.sparse as sp

    nodes, u, v, w = edge_index(G, weight)
    if reverse:
        u, v = v, u
    n = len(nodes)
    data = w if w is not None else np.ones(len(u))
    coo = sp.coo_matrix((data, (u, v)), shape=(n, n))
    g = nk.graph.GraphFromCoo(coo, n, directed=G.is_directed(), weighted=w is not None)
    return g, nodes


def to_rustworkx(G, *, weight: str | None = None) -> tuple[object, list[Hashable]]:
    """A ``rustworkx.PyGraph``/``PyDiGraph`` with ``G``'s nodes (in order) and edges;
    the edge payload is the weight (1.0 unless ``weight`` names an attribute)."""
    import rustworkx as rx

    nodes, u, v, w = edge_index(G, weight)
    g = rx.PyDiGraph(multigraph=False) if G.is_directed() else rx.PyGraph(multigraph=False)
    g.add_nodes_from(range(len(nodes)))
    weights = w.tolist() if w is not None else [1.0] * len(u)
    g.add_edges_from(list(zip(u.tolist(), v.tolist(), weights, strict=True)))
    return g, nodes


@contextlib.contextmanager
def networkit_single_thread():
    """Run networkit on one thread inside the block (and restore its setting after).

    Its parallel samplers and Leiden's threads race, so the same seed gave different
    numbers from run to run (measured: KADABRA in tests/graph/test_centrality.py); and
    on a busy machine its OpenMP threads spinning made short runs take seconds.
    """
    import networkit as nk

    threads = nk.getCurrentNumberOfThreads()
    nk.setNumberOfThreads(1)
    try:
        yield
    finally:
        nk.setNumberOfThreads(threads)


def seed_networkit(seed: int) -> None:
    """Seed networkit's generator, one stream per thread (what its samplers need)."""
    import networkit as nk

    nk.engineering.setSeed(int(seed), True)
