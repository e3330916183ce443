"""The graph an export writes: a projection of the stored graph, one edge per tie, and
the time interval of every node and edge.

``Store.fetch()`` gives the typed multigraph. Exports write one of the projections of
``relgraph centrality`` (:mod:`relgraph.graph.projections`), with the same filters:

- ``full``: the typed multigraph (documents included), one edge per relationship.
  Source nodes are never linked by a relationship (ties cite them by id), so they are
  left out unless asked for: they would float unconnected in a network view.
- ``partner``: the parties of the partner network, one edge per tie (a twinning, a
  co-signed document, a supply), so a timeline can show each tie appear; collapsed to
  one edge per pair it is exactly the graph ``relgraph centrality`` ranks. Edges keep
  the tie's fields (``date``, ``year``, ``document_id``, ``document_title``, ``goods``,
  ``status``...) and ``weight``, the tie type's weight (1 unless ``weights`` says
  otherwise), so the weights of a pair add up to its partner-network weight.
- ``supply``: suppliers and recipients, one edge per supply, supplier -> recipient.

Whatever the projection, the result is a ``MultiDiGraph`` (edges oriented as stored:
supplier -> recipient, a party -> the document it signed) whose ``graph["directed"]``
says whether the projection is directed, and whose ``graph["undirected_types"]`` names
the relationship types a format that can mix both kinds should write as undirected.

Time: :func:`interval` gives a node's or an edge's ``(start, end)`` as full ISO dates
(``2018`` starts on 2018-01-01; a ``valid_to`` of ``2023-06`` ends on 2023-06-30), from
``since``/``date``/``valid_from``/``valid_to``, for Gephi's timeline.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from typing import Any

import networkx as nx

from relgraph.graph import projections
from relgraph.graph.errors import UsageError

PROJECTIONS = projections.PROJECTIONS
SYMMETRIC_TYPES = ("TWINNED_WITH",)   # stored once, read as undirected

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?")


def export_graph(G: nx.MultiDiGraph, *, projection: str = "full", rel_types=None,
                 kinds=None, countries=None, as_of: int | None = None,
                 weights: Mapping[str, float] | None = None,
                 with_sources: bool = False) -> nx.MultiDiGraph:
    """The ``projection`` of ``G`` (a ``Store.fetch()`` graph) as exports write it.

    >>> G = nx.MultiDiGraph()
    >>> for n in ("city:by:gomel", "city:ru:bryansk"):
    ...     G.add_node(n, label="City", name=n, country=n.split(":")[1].upper())
    >>> G.add_node("doc:1", label="Document", title="Agreement", date="2019-05",
    ...            valid_to="2024")
    >>> G.add_node("source:s", label="Source", title="News")
    >>> _ = G.add_edge("city:by:gomel", "city:ru:bryansk", key="t1", id="t1",
    ...                type="TWINNED_WITH", since="1998")
    >>> for i, n in enumerate(["city:by:gomel", "city:ru:bryansk"]):
    ...     _ = G.add_edge(n, "doc:1", key=f"s{i}", id=f"s{i}", type="SIGNED_AGREEMENT")
    >>> P = export_graph(G, projection="partner")
    >>> sorted(k for *_, k in P.edges(keys=True)), P.graph["directed"]
    (['doc:1+city:by:gomel+city:ru:bryansk', 't1'], False)
    >>> [interval(P, d) for *_, d in sorted(P.edges(data=True), key=lambda e: e[2]["type"])]
    [('2019-05-01', '2024-12-31'), ('1998-01-01', None)]
    >>> sorted(export_graph(G)), sorted(export_graph(G, with_sources=True))[-1]
    (['city:by:gomel', 'city:ru:bryansk', 'doc:1'], 'source:s')
    """
    if projection not in PROJECTIONS:
        raise UsageError(f"unknown projection {projection!r}; valid: {', '.join(PROJECTIONS)}")
    if weights and projection != "partner":
        raise UsageError("per-type weights apply to the partner projection only")
    options = dict(rel_types=rel_types, kinds=kinds, countries=countries, as_of=as_of)
    if projection == "full":
        H = projections.full_graph(G, **options)
        if not with_sources:
            H.remove_nodes_from([n for n, label in list(H.nodes(data="label"))
                                 if label == "Source" and H.degree(n) == 0])
        H.graph.update(directed=True, undirected_types=list(SYMMETRIC_TYPES))
        return H
    if projection == "partner":
        P = projections.partner_network(G, weights=weights, **options)
        type_weights = P.graph["weights"]
        types = P.graph["filters"]["rel_types"] or projections.TIE_TYPES
    else:
        P = projections.supply_network(G, **options)
        type_weights = {"SUPPLIES_TO": 1.0}
        types = ("SUPPLIES_TO",)
    H = nx.MultiDiGraph()
    H.add_nodes_from(P.nodes(data=True))
    for u, v, tie in projections.iter_ties(G, rel_types=types, as_of=P.graph["filters"]["as_of"],
                                           parties=set(P)):
        data = {k: value for k, value in tie.items() if value is not None and value != []}
        data["weight"] = type_weights[tie["type"]]
        doc = G.nodes[tie["document_id"]] if tie["document_id"] in G else {}
        if tie["type"] == "SIGNED_AGREEMENT":
            data.update({k: doc[k] for k in ("valid_from", "valid_to") if doc.get(k)})
        key = tie["id"] or "+".join([tie["document_id"] or tie["type"], u, v])
        while H.has_edge(u, v, key):       # two co-signings of one pair and document
            key += "'"
        data["id"] = key
        H.add_edge(u, v, key=key, **data)
    H.graph.update(P.graph)
    H.graph.update(pairs=P.number_of_edges(), directed=projection == "supply",
                   undirected_types=["TWINNED_WITH", "SIGNED_AGREEMENT"]
                   if projection == "partner" else [])
    return H


# -- time ------------------------------------------------------------------------------

def day(text: Any, *, end: bool = False) -> str | None:
    """An ISO date of reduced precision as a full date: its first day, or its last
    with ``end``. Anything else gives None.

    >>> day("2018"), day("2018-06", end=True), day("2016-02", end=True), day(2019)
    ('2018-01-01', '2018-06-30', '2016-02-29', '2019-01-01')
    >>> day("circa 1990"), day("1990s"), day("2018-13"), day(None)
    (None, None, None, None)
    """
    if isinstance(text, int) and not isinstance(text, bool):
        text = f"{text:04d}"
    if not isinstance(text, str):
        return None
    m = _DATE.fullmatch(text.strip())
    if not m:
        return None
    year, month, dom = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return f"{year:04d}-12-31" if end else f"{year:04d}-01-01"
    month = int(month)
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if dom is None:
        return f"{year:04d}-{month:02d}-{last if end else 1:02d}"
    if not 1 <= int(dom) <= last:
        return None
    return f"{year:04d}-{month:02d}-{int(dom):02d}"


def interval(G: nx.MultiDiGraph, data: Mapping, *, target: Any = None
             ) -> tuple[str | None, str | None]:
    """``(start, end)`` of an edge's ``data`` (``target``: its end node, for a signature
    in the full graph, whose document holds the dates) or of a Document node's."""
    doc: Mapping = {}
    if target is not None and target in G and G.nodes[target].get("label") == "Document":
        doc = G.nodes[target]
    start = None
    for value in (data.get("since"), data.get("date"), data.get("valid_from"),
                  doc.get("date"), doc.get("valid_from"), data.get("year"), doc.get("year")):
        start = day(value)
        if start:
            break
    end = day(data.get("valid_to") or doc.get("valid_to"), end=True)
    if start and end and end < start:
        end = None   # contradictory dates: keep the start, drop the end
    return start, end


def node_interval(G: nx.MultiDiGraph, n: Any) -> tuple[str | None, str | None]:
    """A document's own dates; another node starts with its first tie when every one
    of its ties is dated (with an undated tie it is there from the start)."""
    attrs = G.nodes[n]
    if attrs.get("label") == "Document":
        return interval(G, attrs)
    starts = [interval(G, d, target=v)[0] for _, v, d in G.out_edges(n, data=True)]
    starts += [interval(G, d, target=n)[0] for _, _, d in G.in_edges(n, data=True)]
    if not starts or not all(starts):
        return None, None
    return min(starts), None
