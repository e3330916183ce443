"""Choosing what a view shows: one party's ego network.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("region:by:gomel", name="Gomel Region")
>>> G.add_node("city:ru:bryansk", name="Bryansk")
>>> G.add_edge("region:by:gomel", "city:ru:bryansk")
>>> find_party(G, "gomel region")
'region:by:gomel'
>>> sorted(ego_network(G, "Bryansk", depth=1))
['city:ru:bryansk', 'region:by:gomel']
"""

from __future__ import annotations

import difflib
import unicodedata

import networkx as nx

from relgraph.graph.errors import UsageError


def _fold(s) -> str:
    # Case- and accent-insensitive comparison, so "Hrodna" finds "Hródna".
    s = unicodedata.normalize("NFKD", str(s))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def find_party(G: nx.Graph, name: str) -> str:
    """The node id that ``name`` means: an exact id, or a unique name or alias.

    Raises :class:`UsageError` when nothing matches (with close names as a hint) or
    when the name is ambiguous (listing the ids to choose from).
    """
    if name in G:
        return name
    want = _fold(name)
    hits = []
    for node, data in G.nodes(data=True):
        names = [data.get("name"), *(data.get("aliases") or [])]
        if any(n and _fold(n) == want for n in names):
            hits.append(node)
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        shown = ", ".join(sorted(map(str, hits))[:8])
        raise UsageError(f"{name!r} names {len(hits)} parties: {shown}",
                         hint="pass the id of the one you mean to --ego")
    names = {_fold(d.get("name") or n): d.get("name") or n for n, d in G.nodes(data=True)}
    close = difflib.get_close_matches(want, list(names), n=3, cutoff=0.6)
    hint = ("did you mean " + ", ".join(repr(names[c]) for c in close) + "?") if close \
        else "check the name, or use the party's id"
    raise UsageError(f"no party named {name!r} in this network", hint=hint)


def ego_network(G: nx.Graph, name: str, *, depth: int = 1) -> nx.Graph:
    """The parties within ``depth`` ties of ``name`` and the ties among them.

    The centre is marked with the node attribute ``ego=True``; the result is a copy,
    so marking it does not touch ``G``.
    """
    if depth < 1:
        raise UsageError(f"--depth must be at least 1, not {depth}")
    centre = find_party(G, name)
    H = nx.ego_graph(G, centre, radius=depth).copy()
    H.nodes[centre]["ego"] = True
    H.graph = dict(G.graph, ego=centre, ego_depth=depth)
    return H
