"""GraphML (for yEd, Gephi, NetworkX) and node-link JSON (for D3, NetworkX), and the
flat attributes GraphML and GEXF (:mod:`relgraph.graph.exports.gexf`) share.

GraphML and GEXF attributes are scalars, so :func:`flat_graph` rewrites the graph
first. What a reader finds:

- node ``label``: the name to show (name, else title, else id); Gephi displays it.
- node ``type``: the node's label in the database (Region, City, Document...).
  (Not ``kind``: documents have a ``kind`` property of their own.)
- edge ``label``: the relationship type (TWINNED_WITH...). GEXF reserves an edge's
  ``type`` for its direction, so the type cannot go there.
- node id: the node's ``id`` (not repeated as an attribute).
- edge key and GEXF/GraphML edge id: the relationship's ``id``, also kept as the
  edge attribute ``id`` (readers give a plain DiGraph when no two edges are parallel,
  and the key is lost then).
- every other property under its own name; lists (``aliases``, ``sources``) and
  dicts (``evidence``) as JSON text, decoded with ``json.loads``; absent values are
  left out rather than written empty.
- characters XML cannot hold (control characters other than tab and line breaks)
  become U+FFFD; XML readers also turn a text's ``\r\n`` into ``\n`` in GraphML.

Node-link JSON keeps every value as it is (lists, dicts), with ``label`` and
``type`` as ``Store.fetch()`` names them, and the export's settings under ``graph``.

An undirected projection (``graph["directed"]`` false: the partner network) is written
as an undirected graph: GraphML's ``edgedefault="undirected"``, node-link's
``"directed": false``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import networkx as nx

from relgraph.graph.exports.values import (
    check_finite,
    coerce,
    display_name,
    kind_of,
    scalar,
    unify,
    xml_safe,
)


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes GraphML and GEXF can hold (see the module doc).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("city:by:brest", label="City", name="Brest", aliases=["Brześć"])
    >>> G.add_node("city:fr:brest", label="City", name="Brest", level=None)
    >>> _ = G.add_edge("city:by:brest", "city:fr:brest", key="t1", type="TWINNED_WITH",
    ...                id="t1", value=2)
    >>> F = flat_graph(G)
    >>> F.nodes["city:by:brest"]
    {'label': 'Brest', 'type': 'City', 'name': 'Brest', 'aliases': '["Brześć"]'}
    >>> F.edges["city:by:brest", "city:fr:brest", "t1"]
    {'label': 'TWINNED_WITH', 'id': 't1', 'value': 2}
    """
    F = nx.MultiDiGraph()
    for n, attrs in G.nodes(data=True):
        data = {"label": xml_safe(display_name(n, attrs)), "type": attrs.get("label")}
        data.update(_flat(attrs, skip=("label", "id"), where=f"node {n}"))
        F.add_node(n, **{k: v for k, v in data.items() if v is not None})
    for u, v, key, attrs in G.edges(keys=True, data=True):
        data = {"label": attrs.get("type")}
        data.update(_flat(attrs, skip=("type",), where=f"relationship {key}"))
        F.add_edge(u, v, key=key, **{k: v for k, v in data.items() if v is not None})
    _unify_types([data for _, data in F.nodes(data=True)])
    _unify_types([data for *_, data in F.edges(keys=True, data=True)])
    return F


def _flat(attrs, *, skip, where) -> dict:
    out = {}
    for key, value in attrs.items():
        if key in skip or value is None:
            continue
        check_finite(value, f"{where}: {key}")
        out[key] = xml_safe(scalar(value))
    return out


def _unify_types(items: list[dict]) -> None:
    """Give each attribute one type across all nodes (or all edges), in place."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for data in items:
        for key, value in data.items():
            kinds[key].add(kind_of(value))
    for key, seen in kinds.items():
        if len(seen) > 1:
            target = unify(seen)
            for data in items:
                if key in data:
                    data[key] = coerce(data[key], target)


def _as_written(G: nx.MultiDiGraph, F: nx.MultiDiGraph | None = None):
    """``F`` (default ``G``), undirected when the projection ``G`` is."""
    F = G if F is None else F
    return F if G.graph.get("directed", True) else F.to_undirected(as_view=False)


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(_as_written(G, flat_graph(G)), path, encoding="utf-8")


def node_link(G: nx.MultiDiGraph) -> dict:
    """The node-link document: ``{"directed", "multigraph", "graph", "nodes", "edges"}``.

    >>> G = nx.MultiDiGraph(); G.add_node("city:by:brest", label="City", name="Brest")
    >>> node_link(G)["nodes"]
    [{'label': 'City', 'name': 'Brest', 'id': 'city:by:brest'}]
    """
    return nx.node_link_data(_as_written(G), edges="edges")


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(node_link(G), f, ensure_ascii=False, indent=1, sort_keys=False,
                  allow_nan=False)
        f.write("\n")
