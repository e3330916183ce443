"""Change over time: a party's partners, ties and rank year by year (or the whole network's).

For every year, the partner network as of that year is built with the rule of
``relgraph centrality --as-of`` (ties dated up to the year that had not ended by then:
an ended twinning, or a document past its ``valid_to`` or expired, drops out), keeping
only dated ties: an undated tie cannot be placed on a timeline, so it is left out of
every year and counted in ``meta["undated_ties"]``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("region:by:gomel", "region:ru:bryansk", "region:ru:smolensk"):
...     G.add_node(n, label="Region", name=n.split(":")[2].title(), country="BY")
>>> _ = G.add_edge("region:by:gomel", "region:ru:bryansk", type="TWINNED_WITH", since="2001")
>>> _ = G.add_edge("region:by:gomel", "region:ru:smolensk", type="SUPPLIES_TO", year=2003)
>>> found = timeline(G, "Gomel")
>>> [(r["year"], r["partners"], r["twinned"], r["supplies"], r["rank"]) for r in found.rows]
[(2001, 1, 1, 0, 1), (2002, 1, 1, 0, 1), (2003, 2, 1, 1, 1)]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from relgraph.graph.errors import UsageError

PARTY_COLUMNS = ["year", "partners", "ties", "twinned", "agreements", "supplies", "new_ties",
                 "rank", "rank_of", "score"]
NETWORK_COLUMNS = ["year", "parties", "ties", "twinned", "agreements", "supplies",
                   "new_ties", "components", "largest_component"]
KIND_COLUMNS = {"TWINNED_WITH": "twinned", "SIGNED_AGREEMENT": "agreements",
                "SUPPLIES_TO": "supplies"}
RANK_MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank")


@dataclass
class TimelineResult:
    """One row per year (``columns`` in order) and the run's ``meta``."""

    rows: list[dict[str, Any]]
    meta: dict[str, Any]
    columns: list[str] = field(default_factory=list)


def _dated(P):
    """``P`` without its undated ties (edges left without ties are dropped)."""
    import networkx as nx

    H = nx.Graph()
    for u, v, data in P.edges(data=True):
        ties = [t for t in data["ties"] if t["year"] is not None]
        if ties:
            for n in (u, v):
                if n not in H:
                    H.add_node(n, **P.nodes[n])
            H.add_edge(u, v, ties=ties, count=len(ties), weight=float(len(ties)),
                       distance=1.0 / len(ties))
    return H


def timeline(G, party: str | None = None, *, rel_types=None, kinds=None, countries=None,
             start: int | None = None, end: int | None = None, rank_by: str = "degree",
             seed: int = 42) -> TimelineResult:
    """Year-by-year counts for ``party`` (an id or a name), or for the whole network
    when ``party`` is ``None``.

    Party rows: ``year``, ``partners`` (distinct partners), ``ties`` and per kind
    (``twinned``, ``agreements``, ``supplies``), ``new_ties`` (dated that year),
    ``rank`` (the party's rank by ``rank_by`` among the ``rank_of`` parties of that
    year's network; equal scores share a rank) and ``score``. Network rows: ``parties``,
    the same tie counts, ``components`` and ``largest_component``. Years run from the
    first dated tie (of the party) to the last dated tie in ``G``, or ``start``/``end``.
    """
    from relgraph.graph.centrality import measure, ranks
    from relgraph.graph.partners import find_party
    from relgraph.graph.projections import check_filters, iter_ties

    if rank_by not in RANK_MEASURES:
        raise UsageError(f"unknown rank measure {rank_by!r}; valid: {', '.join(RANK_MEASURES)}")
    node = find_party(G, party) if party is not None else None
    f = check_filters(G, projection="partner", rel_types=rel_types, kinds=kinds,
                      countries=countries)
    options = dict(rel_types=f.rel_types, kinds=f.kinds, countries=f.countries)
    everything = list(iter_ties(G, rel_types=f.rel_types or tuple(KIND_COLUMNS)))
    years = [t["year"] for u, v, t in everything if t["year"] is not None]
    mine = [t["year"] for u, v, t in everything
            if t["year"] is not None and node in (u, v)] if node else years
    undated = sum(1 for u, v, t in everything
                  if t["year"] is None and (node is None or node in (u, v)))
    first = start if start is not None else (min(mine) if mine else None)
    last = end if end is not None else (max(years) if years else None)
    for name, value in (("--from", start), ("--to", end)):
        if value is not None and (isinstance(value, bool) or not 1 <= int(value) <= 9999):
            raise UsageError(f"{name} takes a year, got {value!r}")
    meta: dict[str, Any] = {"party": node, "name": G.nodes[node].get("name") if node else None,
                            "country": G.nodes[node].get("country") if node else None,
                            "filters": f.as_dict(), "rank_by": rank_by if node else None,
                            "undated_ties": undated, "from": first, "to": last}
    if first is None or last is None or first > last:
        return TimelineResult([], meta, PARTY_COLUMNS if node else NETWORK_COLUMNS)
    from relgraph.graph.betweenness import components
    from relgraph.graph.projections import partner_network

    rows = []
    for year in range(first, last + 1):
        H = _dated(partner_network(G, as_of=year, **options))
        if node is None:
            ties = [t for _, _, d in H.edges(data=True) for t in d["ties"]]
            comps = components(H)
            row = {"year": year, "parties": H.number_of_nodes(), "ties": len(ties)}
        else:
            ties = [t for other in (H[node] if node in H else ()) for t in H[node][other]["ties"]]
            row = {"year": year, "partners": len(H[node]) if node in H else 0,
                   "ties": len(ties)}
        for kind, column in KIND_COLUMNS.items():
            row[column] = sum(1 for t in ties if t["type"] == kind)
        row["new_ties"] = sum(1 for t in ties if t["year"] == year)
        if node is None:
            row["components"] = len(comps)
            row["largest_component"] = len(comps[0]) if comps else 0
        elif node in H:
            scores, _ = measure(H, rank_by, seed=seed)
            row.update(rank=ranks(scores)[node], rank_of=H.number_of_nodes(),
                       score=float(scores[node]))
        else:
            row.update(rank=None, rank_of=H.number_of_nodes(), score=None)
        rows.append(row)
    return TimelineResult(rows, meta, PARTY_COLUMNS if node else NETWORK_COLUMNS)
