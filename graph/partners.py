"""A party's partners, ranked: who it is tied to, how, since when, and how central they are.

:func:`partners` answers "rank Gomel Region's partners" in one call on the stored graph
(``Store.fetch()``): one row per partner with the number of ties and their kinds, the
first and last dates, and the partner's global scores and ranks in the partner network
(the same projection and filters as ``relgraph centrality``). ``depth=2`` adds the
partners of the partners, each with the partners it is reached through.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("region:by:gomel", "region:ru:bryansk", "city:ru:bryansk"):
...     G.add_node(n, label=n.split(":")[0].title(), name=n.split(":")[2].title(),
...                country=n.split(":")[1].upper())
>>> _ = G.add_edge("region:by:gomel", "region:ru:bryansk", type="TWINNED_WITH", since="1998")
>>> _ = G.add_edge("region:ru:bryansk", "city:ru:bryansk", type="SUPPLIES_TO", date="2019")
>>> found = partners(G, "Gomel", depth=2, measures=["degree"])
>>> [(r["id"], r["depth"], r["ties"], r["first"], r["degree"]) for r in found.rows]
[('region:ru:bryansk', 1, 1, '1998', 2.0), ('city:ru:bryansk', 2, 1, '2019', 1.0)]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from relgraph.graph.errors import UsageError

# Columns of a partner row, in the order the CLI prints them (measures follow).
COLUMNS = ["rank", "id", "name", "kind", "country", "depth", "via", "ties", "twinned",
           "agreements", "supplies_in", "supplies_out", "first", "last"]
TIE_COLUMNS = {"TWINNED_WITH": "twinned", "SIGNED_AGREEMENT": "agreements"}


@dataclass
class PartnersResult:
    """``rows`` (partners, ranked), ``meta`` (the party, filters, methods; JSON-able)."""

    rows: list[dict[str, Any]]
    meta: dict[str, Any]
    columns: list[str] = field(default_factory=list)


def _fold(text) -> str:
    text = unicodedata.normalize("NFKD", str(text or ""))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def find_party(G, text: str) -> str:
    """The id of the party ``text`` names in ``G``: an id, a name or an alias (case and
    accents ignored), or a name plus "region"/"oblast"/"city" ("Gomel" alone prefers the
    region when a region and a city share the name). :class:`UsageError` when nothing or
    several parties match.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("region:by:gomel", label="Region", name="Gomel Region", aliases=["Gomel Oblast"])
    >>> G.add_node("city:by:gomel", label="City", name="Gomel")
    >>> find_party(G, "gomel oblast"), find_party(G, "Gomel"), find_party(G, "city:by:gomel")
    ('region:by:gomel', 'city:by:gomel', 'city:by:gomel')
    """
    from relgraph.graph.projections import PARTY_LABELS

    if text in G and G.nodes[text].get("label") in PARTY_LABELS:
        return text
    wanted = _fold(text)
    if not wanted:
        raise UsageError("no party given", hint="give an id such as region:by:gomel or a name")
    exact, loose = [], []
    for node, attrs in G.nodes(data=True):
        if attrs.get("label") not in PARTY_LABELS:
            continue
        names = [_fold(attrs.get("name"))] + [_fold(a) for a in attrs.get("aliases") or ()]
        if wanted in names or wanted == _fold(node):
            exact.append(node)
        elif any(wanted in (f"{n} {s}", f"{s} {n}") or n in (f"{wanted} {s}",)
                 for n in names for s in ("region", "oblast", "city")):
            loose.append(node)
    found = exact or loose
    if len(found) == 1:
        return found[0]
    if not found:
        raise UsageError(f"no party named {text!r} in the graph",
                         hint="relgraph query --name find_party --param text=NAME finds ids")
    shown = ", ".join(sorted(found)[:8]) + (" ..." if len(found) > 8 else "")
    raise UsageError(f"{text!r} names {len(found)} parties: {shown}",
                     hint="give the id of the one you mean")


def partners(G, party: str, *, depth: int = 1, rel_types=None, kinds=None, countries=None,
             as_of: int | None = None, measures: Iterable[str] | str = ("degree",
                                                                        "betweenness"),
             exact: bool | None = None, epsilon: float | None = None,
             delta: float | None = None, seed: int = 42) -> PartnersResult:
    """The partners of ``party`` (an id or a name, see :func:`find_party`) in ``G``.

    Filters as for :func:`relgraph.graph.projections.partner_network`. Each row: the
    partner (``id, name, kind, country``), ``depth`` (1, or 2 for a partner's partner),
    ``via`` (depth 2: the partners it is reached through), ``ties`` (their number; at
    depth 2, ties with those partners) and per kind (``twinned``, ``agreements``,
    ``supplies_in`` = supplies to the party, ``supplies_out`` = from it; at depth 2, to
    and from the partners it is reached through), ``first`` and
    ``last`` (the earliest and latest tie dates, ISO with the precision known), then
    each measure's global score and ``<measure>_rank`` in the whole partner network.
    Ranked by depth, then ties, then the first measure's score.
    """
    from relgraph.graph.centrality import check_measures, measure, ranks
    from relgraph.graph.projections import partner_network

    if depth not in (1, 2):
        raise UsageError(f"--depth takes 1 or 2, got {depth!r}")
    names = check_measures(measures or ("degree",), "partner")
    node = find_party(G, party)
    P = partner_network(G, rel_types=rel_types, kinds=kinds, countries=countries,
                        as_of=as_of)
    meta: dict[str, Any] = {"party": node, "name": G.nodes[node].get("name"),
                            "depth": depth, "filters": P.graph["filters"],
                            "measures": list(names), "network_nodes": P.number_of_nodes(),
                            "network_edges": P.number_of_edges()}
    scores, rank_of, methods = {}, {}, {}
    for name in names:
        scores[name], info = measure(P, name, exact=exact, epsilon=epsilon, delta=delta,
                                     seed=seed)
        rank_of[name] = ranks(scores[name])
        methods[name] = info.get("method")
        if name == "betweenness":
            meta["guarantee"] = info.get("guarantee", "exact")
    meta["methods"] = methods
    if node not in P:
        meta.update(partners=0, partners_of_partners=0)
        meta["party_scores"] = {}
        return PartnersResult([], meta, COLUMNS + _measure_columns(names))
    meta["party_scores"] = {name: {"score": scores[name][node], "rank": rank_of[name][node]}
                            for name in names}
    rows = [_row(P, node, other, [P[node][other]], names, scores, rank_of, depth=1)
            for other in P[node]]
    if depth == 2:
        first = set(P[node])
        second: dict = {}
        for via in first:
            for other in P[via]:
                if other != node and other not in first:
                    second.setdefault(other, []).append(via)
        for other, vias in second.items():
            vias.sort(key=lambda v: (-P[v][other]["count"], str(v)))
            row = _row(P, vias, other, [P[v][other] for v in vias], names, scores,
                       rank_of, depth=2)
            row["via"] = [P.nodes[v].get("name") or v for v in vias]
            rows.append(row)
    lead = names[0]
    rows.sort(key=lambda r: (r["depth"], -r["ties"], -r[lead], str(r["id"])))
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
    meta["partners"] = sum(1 for r in rows if r["depth"] == 1)
    meta["partners_of_partners"] = sum(1 for r in rows if r["depth"] == 2)
    return PartnersResult(rows, meta, COLUMNS + _measure_columns(names))


def _measure_columns(names) -> list[str]:
    return [c for name in names for c in (name, f"{name}_rank")]


def _row(P, near, other, edges: list[dict], names, scores, rank_of, *, depth: int) -> dict:
    """``near``: the party (depth 1) or the partners ``other`` is reached through."""
    near = set(near) if isinstance(near, list) else {near}
    ties = [t for edge in edges for t in edge["ties"]]
    attrs = P.nodes[other]
    row: dict[str, Any] = {"rank": None, "id": other, "name": attrs.get("name"),
                           "kind": attrs.get("label"), "country": attrs.get("country"),
                           "depth": depth, "via": None, "ties": len(ties), "twinned": 0,
                           "agreements": 0, "supplies_in": 0, "supplies_out": 0}
    for tie in ties:
        if tie["type"] in TIE_COLUMNS:
            row[TIE_COLUMNS[tie["type"]]] += 1
        elif tie["type"] == "SUPPLIES_TO":
            row["supplies_out" if tie.get("supplier") in near else "supplies_in"] += 1
    dates = sorted(str(t["date"] or t["year"]) for t in ties if t["date"] or t["year"])
    row["first"] = dates[0] if dates else None
    row["last"] = dates[-1] if dates else None
    for name in names:
        row[name] = float(scores[name][other])
        row[f"{name}_rank"] = rank_of[name][other]
    return row
