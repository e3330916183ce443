"""The measure that sizes nodes.

Known measures are computed with :func:`graph.centrality.measure` on the graph given;
``render_network`` gives it the whole network, not the part a view shows, so a view
shows the same numbers as ``relgraph centrality`` with the same filters. A score
stored on the nodes by an earlier run is *not* reused for them: it may have been
computed on a different projection. Any other numeric node attribute may be named too.

>>> import networkx as nx
>>> node_measure(nx.star_graph(3), "degree")[0]
3.0
"""

from __future__ import annotations

import networkx as nx

from relgraph.graph import centrality
from relgraph.graph.errors import UsageError

# Measures that make sense on the undirected partner network.
MEASURES = tuple(m for m in centrality.MEASURES if m not in ("in_degree", "out_degree"))


def node_measure(G: nx.Graph, measure: str, *, seed: int = 42) -> dict:
    """Value of ``measure`` for every node of ``G`` (floats; missing values are 0).

    ``measure`` is one of :data:`MEASURES` or the name of a numeric node attribute.
    """
    if G.number_of_nodes() == 0:
        return {}
    if measure in MEASURES:
        scores, _info = centrality.measure(G, measure, seed=seed)
        return {n: float(scores.get(n, 0.0)) for n in G}
    stored = nx.get_node_attributes(G, measure)
    numbers = {n: float(v) for n, v in stored.items()
               if isinstance(v, (int, float)) and not isinstance(v, bool)}
    if not numbers:
        raise UsageError(
            f"unknown size measure {measure!r}",
            hint="use one of " + ", ".join(MEASURES) + " or a numeric node property")
    return {n: numbers.get(n, 0.0) for n in G}


def scale_sizes(values: dict, *, lo: float, hi: float) -> dict:
    """Map values to sizes in ``[lo, hi]`` by square root, so area follows the value.

    >>> scale_sizes({"a": 0, "b": 4, "c": 16}, lo=10, hi=30)
    {'a': 10.0, 'b': 20.0, 'c': 30.0}
    """
    if not values:
        return {}
    roots = {n: max(float(v), 0.0) ** 0.5 for n, v in values.items()}
    top = max(roots.values())
    if top <= 0:
        return {n: (lo + hi) / 2 for n in values}
    return {n: lo + (hi - lo) * r / top for n, r in roots.items()}
