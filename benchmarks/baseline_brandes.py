"""The betweenness engine relgraph used before it moved to networkit and rustworkx, kept
here only as the baseline of ``benchmarks.centrality_bench`` (not part of the package).

Breadth-first searches from many sources at once with sparse matrices: Brandes'
betweenness and closeness for unweighted graphs.

NetworkX runs one breadth-first search per source in Python: about 75 ms per source on
a 10,000-node, 32,000-edge partner network here. The same algorithm over a batch of
sources at once is a sequence of sparse-matrix-times-dense-matrix products (the
algebraic form of Brandes' algorithm, as in GraphBLAS): the frontier of every source
advances one level per product, path counts add up in the same step, and the
dependencies flow back level by level. Same arithmetic, same result as
``nx.betweenness_centrality`` up to floating-point summation order (tests compare the
two), 20-40 times faster, in scipy's compiled code.

Closeness needs only the levels of the same searches (:func:`closeness`).

Only hop counts (no ``weight``): weighted shortest paths stay with NetworkX.

>>> import networkx as nx
>>> G = nx.path_graph(4)
>>> raw = raw_betweenness(G)
>>> [float(x) for x in raw]  # ordered pairs: (0,2), (2,0), (0,3), (3,0), (1,3), (3,1) via 1 or 2
[0.0, 4.0, 4.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp

# Dense working matrices are n x batch float64; small ones stay in cache. Measured on
# 2 cores: 32 sources per batch best on 2,000 nodes, 16 on 10,000 and 50,000.
_CELLS = 300_000


def batch_size(n: int) -> int:
    """Sources per batch for a graph of ``n`` nodes (between 16 and 128)."""
    return int(max(16, min(128, _CELLS // max(1, n))))


def _adjacency(G: nx.Graph, nodes: list):
    A = sp.csr_array(nx.to_scipy_sparse_array(G, nodelist=nodes, weight=None,
                                              dtype=np.float64, format="csr"))
    A.data[:] = 1.0
    return A


def raw_betweenness(G: nx.Graph, sources: Sequence[Hashable] | None = None, *,
                    batch: int | None = None) -> np.ndarray:
    """Sum over ``sources`` s (default: all nodes) and targets t != s of the share of
    shortest s-t paths through each node, aligned with ``list(G)``.

    Ordered pairs, endpoints excluded, no scaling: NetworkX's sums before ``_rescale``.
    Edge weights are ignored; directed graphs follow edge direction.
    """
    nodes = list(G)
    n = len(nodes)
    out = np.zeros(n)
    if n == 0:
        return out
    index = {v: i for i, v in enumerate(nodes)}
    src = np.arange(n) if sources is None else np.fromiter(
        (index[s] for s in sources), dtype=np.int64)
    A = _adjacency(G, nodes)
    AT = A.T.tocsr() if G.is_directed() else A
    size = batch or batch_size(n)
    for start in range(0, len(src), size):
        out += _batch(A, AT, src[start:start + size], n)
    return out


def _batch(A, AT, src: np.ndarray, n: int) -> np.ndarray:
    b = len(src)
    cols = np.arange(b)
    sigma = np.zeros((n, b))
    sigma[src, cols] = 1.0
    visited = sigma > 0
    levels = [visited.copy()]
    frontier = sigma.copy()
    # Forward: level by level, the number of shortest paths into each new node is the
    # sum over its predecessors on the previous level (AT: along edge direction).
    while True:
        reached = AT @ frontier
        new = reached > 0
        new &= ~visited
        if not new.any():
            break
        np.copyto(sigma, reached, where=new)
        visited |= new
        levels.append(new)
        reached *= new
        frontier = reached
    # Backward: delta(v) = sum over successors w of sigma(v)/sigma(w) * (1 + delta(w)).
    inv = np.zeros((n, b))
    np.divide(1.0, sigma, out=inv, where=visited)
    delta = np.zeros((n, b))
    for d in range(len(levels) - 1, 0, -1):
        y = delta + 1.0
        y *= inv
        y *= levels[d]
        contrib = A @ y
        contrib *= sigma
        contrib *= levels[d - 1]
        delta += contrib
    delta[src, cols] = 0.0
    return delta.sum(axis=1)


def closeness(G: nx.Graph, *, wf_improved: bool = True, batch: int | None = None) -> dict:
    """``nx.closeness_centrality(G, wf_improved=wf_improved)`` by batched searches.

    Directed graphs use incoming distances, as NetworkX does.

    >>> import networkx as nx
    >>> closeness(nx.path_graph(3)) == nx.closeness_centrality(nx.path_graph(3))
    True
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    A = _adjacency(G, nodes)
    # Searching along reversed edges from u finds the nodes that reach u.
    step = A
    totals = np.zeros(n)
    reached_count = np.ones(n)
    size = batch or batch_size(n)
    for start in range(0, n, size):
        src = np.arange(start, min(n, start + size))
        cols = np.arange(len(src))
        visited = np.zeros((n, len(src)), dtype=bool)
        visited[src, cols] = True
        frontier = visited.astype(np.float64)
        level = 0
        while True:
            level += 1
            new = (step @ frontier) > 0
            new &= ~visited
            counts = new.sum(axis=0)
            if not counts.any():
                break
            totals[src] += level * counts
            reached_count[src] += counts
            visited |= new
            frontier = new.astype(np.float64)
    out = {}
    for i, v in enumerate(nodes):
        value = 0.0
        if totals[i] > 0 and n > 1:
            value = (reached_count[i] - 1.0) / totals[i]
            if wf_improved:
                value *= (reached_count[i] - 1.0) / (n - 1)
        out[v] = float(value)
    return out
