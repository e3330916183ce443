"""GEXF 1.3 for Gephi, written here rather than by NetworkX.

``nx.write_gexf`` writes GEXF 1.2draft by default; its ``version="1.3"`` declares a
wrong XML Schema instance namespace and a ``timeformat`` of ``long``, which GEXF 1.3
does not define (nor does Gephi read it); it writes one direction for the whole graph;
and it has no edge ``kind``. So this module writes the file with ElementTree;
NetworkX reads it back (``nx.read_gexf``), which the tests check, as long as the graph
does not mix directed and undirected edges (NetworkX cannot hold a mixed graph; Gephi
can).

What Gephi finds:

- ``<graph defaultedgetype=...>``: ``undirected`` for the partner projection,
  ``directed`` for the supply and full projections; with ``mixed`` the symmetric ties
  (twinnings, and co-signings in the partner projection) are undirected and every
  other edge directed, each edge saying which with its ``type``.
- time: ``mode="dynamic" timeformat="date" timerepresentation="interval"`` when any
  node or edge is dated; ``start``/``end`` on edges from ``since``/``date``/
  ``valid_from``/``valid_to`` and on nodes from their first tie (see
  :mod:`relgraph.graph.exports.projected`), so Gephi's timeline plays the network's
  growth. Undated elements have no interval and are always shown.
- edge ``label`` and ``kind``: the relationship type (Gephi keeps parallel edges of
  different kinds apart); ``weight`` where the projection has one.
- attributes as :func:`relgraph.graph.exports.networkx_files.flat_graph` writes them
  for GraphML: node ``type`` (Region, City...), lists and mappings as JSON text.

The output is deterministic (no modification date; attributes and elements in a fixed
order) and valid under GEXF 1.3's XSD and RELAX NG schemas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import networkx as nx

from relgraph.graph.exports.networkx_files import flat_graph
from relgraph.graph.exports.projected import interval, node_interval
from relgraph.graph.exports.values import xml_safe

NS = "http://gexf.net/1.3"

# GEXF attribute types for the scalars flat_graph leaves (NetworkX reads them back as
# bool, int, float, str).
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(xml_safe(value))


def _declare(parent: ET.Element, cls: str, items: list[dict], prefix: str) -> dict[str, str]:
    """An ``<attributes>`` block for every key in ``items``; returns key -> attribute id."""
    keys: dict[str, str] = {}
    types: dict[str, str] = {}
    for data in items:
        for key, value in data.items():
            if key not in keys:
                keys[key] = f"{prefix}{len(keys)}"
                types[key] = _TYPES.get(type(value), "string")
    if keys:
        block = ET.SubElement(parent, "attributes", {"class": cls})
        for key, attr_id in keys.items():
            ET.SubElement(block, "attribute", {"id": attr_id, "title": xml_safe(key),
                                               "type": types[key]})
    return keys


def _attvalues(element: ET.Element, data: dict, keys: dict[str, str]) -> None:
    if data:
        values = ET.SubElement(element, "attvalues")
        for key, value in data.items():
            ET.SubElement(values, "attvalue", {"for": keys[key], "value": _text(value)})


def gexf_tree(G: nx.MultiDiGraph, *, mixed: bool = False) -> ET.ElementTree:
    """The GEXF document of ``G`` (from :func:`projected.export_graph`).

    >>> from relgraph.graph.exports.projected import export_graph
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("city:by:brest", label="City", name="Brest", country="BY")
    >>> G.add_node("city:fr:brest", label="City", name="Brest", country="FR")
    >>> _ = G.add_edge("city:by:brest", "city:fr:brest", key="t1", id="t1",
    ...                type="TWINNED_WITH", since="1981")
    >>> root = gexf_tree(export_graph(G, projection="partner")).getroot()
    >>> graph = root.find("graph")
    >>> root.get("version"), graph.get("defaultedgetype"), graph.get("timeformat")
    ('1.3', 'undirected', 'date')
    >>> edge = graph.find("edges/edge")
    >>> edge.get("type"), edge.get("kind"), edge.get("start"), edge.get("end")
    ('undirected', 'TWINNED_WITH', '1981-01-01', None)
    """
    directed = G.graph.get("directed", True)
    undirected_types = set(G.graph.get("undirected_types") or ()) if mixed else set()
    F = flat_graph(G)
    edges = []
    for u, v, key, data in G.edges(keys=True, data=True):
        flat = dict(F.edges[u, v, key])
        rel_type = flat.pop("label", None)
        weight = flat.pop("weight", None)
        edge_directed = directed if not mixed else rel_type not in undirected_types
        edges.append((u, v, key, rel_type, weight, edge_directed, flat,
                      interval(G, data, target=v)))
    kinds = {e[5] for e in edges} or {directed}
    default = "undirected" if kinds == {False} else "directed"
    nodes = []
    for n in G.nodes:
        flat = dict(F.nodes[n])
        nodes.append((n, flat.pop("label"), flat, node_interval(G, n)))
    dated = any(s or e for *_, (s, e) in nodes) or any(s or e for *_, (s, e) in edges)

    # No xsi:schemaLocation: GEXF 1.3's RELAX NG schema does not allow it (its XSD
    # does); without it the file is valid under both.
    root = ET.Element("gexf", {"xmlns": NS, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "relgraph"
    ET.SubElement(meta, "description").text = _description(G)
    graph_attrs = {"defaultedgetype": default, "mode": "dynamic" if dated else "static"}
    if dated:
        graph_attrs.update(timeformat="date", timerepresentation="interval")
    graph = ET.SubElement(root, "graph", graph_attrs)
    node_keys = _declare(graph, "node", [flat for _, _, flat, _ in nodes], "n")
    edge_keys = _declare(graph, "edge", [e[6] for e in edges], "e")

    nodes_el = ET.SubElement(graph, "nodes", {"count": str(len(nodes))})
    for n, label, flat, (start, end) in nodes:
        attrs = {"id": _text(n), "label": _text(label)}
        attrs.update({k: v for k, v in (("start", start), ("end", end)) if v})
        _attvalues(ET.SubElement(nodes_el, "node", attrs), flat, node_keys)
    edges_el = ET.SubElement(graph, "edges", {"count": str(len(edges))})
    for u, v, key, rel_type, weight, edge_directed, flat, (start, end) in edges:
        attrs = {"id": _text(key), "source": _text(u), "target": _text(v),
                 "type": "directed" if edge_directed else "undirected"}
        if rel_type:
            attrs.update(label=_text(rel_type), kind=_text(rel_type))
        if weight is not None:
            attrs["weight"] = _text(float(weight))
        attrs.update({k: v for k, v in (("start", start), ("end", end)) if v})
        _attvalues(ET.SubElement(edges_el, "edge", attrs), flat, edge_keys)
    ET.indent(root, space="  ")
    return ET.ElementTree(root)


def _description(G: nx.Graph) -> str:
    projection = G.graph.get("projection", "full")
    filters = {k: v for k, v in (G.graph.get("filters") or {}).items() if v is not None}
    text = f"relgraph export, {projection} projection"
    if filters:
        text += "; filters: " + "; ".join(f"{k}={v}" for k, v in filters.items())
    return text


def write_gexf(G: nx.MultiDiGraph, path: Path, *, mixed: bool = False) -> None:
    gexf_tree(G, mixed=mixed).write(path, encoding="utf-8", xml_declaration=True)
