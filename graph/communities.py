"""Communities of a partner network: Louvain, seeded, with the partition's modularity.

Graph first, options keyword-only, like NetworkX. Community ids are small integers,
numbered from the largest community down (ties broken by the smallest member id), so
the same graph and seed always give the same ids, in the store, the tables and the
views alike.

>>> import networkx as nx
>>> G = nx.barbell_graph(4, 0)           # two cliques joined by one edge
>>> found = louvain(G, seed=1)
>>> sorted(set(found.membership.values())), round(found.modularity, 3)
([0, 1], 0.423)
>>> found.membership[0] == found.membership[3] != found.membership[7]
True
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Communities:
    """A partition: ``membership`` maps each node to its community id."""

    membership: dict[Hashable, int]
    modularity: float
    method: str
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(set(self.membership.values()))


def louvain(G, *, weight: str | None = "weight", resolution: float = 1.0,
            seed: int = 42) -> Communities:
    """Louvain communities of undirected ``G`` (NetworkX's implementation, seeded).

    ``weight``: the edge attribute to use (None: every edge counts 1); ``resolution``
    above 1 favours smaller communities. An empty graph has no community and
    modularity 0.
    """
    import networkx as nx

    settings = {"weight": weight, "resolution": resolution, "seed": seed}
    if G.number_of_nodes() == 0:
        return Communities({}, 0.0, "louvain (networkx)", settings)
    if G.is_directed():
        G = G.to_undirected(as_view=True)
    parts = nx.community.louvain_communities(G, weight=weight, resolution=resolution,
                                             seed=seed)
    ordered = sorted(parts, key=lambda c: (-len(c), min(map(str, c))))
    membership = {node: i for i, part in enumerate(ordered) for node in part}
    quality = (nx.community.modularity(G, ordered, weight=weight, resolution=resolution)
               if G.number_of_edges() else 0.0)
    return Communities(membership, float(quality), "louvain (networkx)", settings)
