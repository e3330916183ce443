"""Centrality of parties in a projection of the stored graph.

:func:`centrality` takes the typed multigraph from ``Store.fetch()``, builds a
projection (:mod:`relgraph.graph.projections`), computes the measures and returns ranked rows
plus the run's settings. :func:`measure` computes one measure on a graph you built.

Every number is NetworkX's on the projection; the choices:

========== =================================================================================
degree     ``G.degree()``: number of distinct partners (supply: suppliers + recipients);
           a count, not divided by n-1.
strength   ``G.degree(weight="weight")``: sum of tie weights (the number of ties, unless
           per-type weights were given).
in_degree  ``G.in_degree()`` / ``G.out_degree()``, supply network only: how many
out_degree  suppliers a party has / how many parties it supplies.
betweenness``nx.betweenness_centrality``, normalised (NetworkX default). Unweighted
           (hops) by default, since a NetworkX weight is a *distance*; ``weighted=True``
           uses ``distance`` = 1/weight, so many ties make a short link. Exact (rustworkx,
           networkit) up to a size threshold, KADABRA above it, with its error bound
           reported: see :mod:`relgraph.graph.betweenness`.
closeness  ``nx.closeness_centrality`` with NetworkX's default Wasserman-Faust scaling
           (``wf_improved``) for disconnected graphs; directed graphs use incoming
           distances (NetworkX's convention). ``weighted`` as for betweenness. Computed
           by networkit's ``Closeness`` (generalised variant: the same formula).
eigenvector``nx.eigenvector_centrality`` (power iteration from the all-ones vector,
           ``max_iter=1000``, NetworkX's tolerance), unweighted unless ``weighted``,
           computed by rustworkx's port of it. On a disconnected graph it concentrates
           on the component with the largest eigenvalue; nodes elsewhere get scores
           near 0. If power iteration does not converge, ``nx.eigenvector_centrality_numpy``
           is used and the method says so; where that is undefined too (NetworkX refuses
           disconnected graphs), :class:`CentralityError`.
pagerank   ``nx.pagerank`` with alpha 0.85, unweighted unless ``weighted`` (then
           ``weight``); NetworkX's own scipy implementation was the fastest measured.
========== =================================================================================

On the ``full`` projection the measures run on its undirected simple view: one edge
per linked pair (documents and LOCATED_IN included), ``weight`` = number of
relationships.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for c in ("a", "b", "c"):
...     G.add_node(f"city:by:{c}", label="City", name=c.upper(), country="BY")
>>> _ = G.add_edge("city:by:a", "city:by:b", type="TWINNED_WITH")
>>> _ = G.add_edge("city:by:b", "city:by:c", type="TWINNED_WITH")
>>> result = centrality(G, measures=["betweenness", "degree"], top=1)
>>> [(r["measure"], r["id"], r["score"], r["rank"]) for r in result.rows]
[('betweenness', 'city:by:b', 1.0, 1), ('degree', 'city:by:b', 2.0, 1)]
>>> result.meta["nodes"], result.meta["edges"], result.meta["methods"]["betweenness"]
(3, 2, 'exact')
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from relgraph.graph import betweenness as _bc
from relgraph.graph.errors import RelgraphError, UsageError

MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank",
            "in_degree", "out_degree")
DIRECTED_ONLY = ("in_degree", "out_degree")
PROJECTIONS = ("partner", "supply", "full")          # = projections.PROJECTIONS
LEVELS = ("party", "region", "country")              # = projections.LEVELS
COMMUNITY_METHODS = ("louvain", "leiden")
PAGERANK_ALPHA = 0.85
EIGENVECTOR_MAX_ITER = 1000
EIGENVECTOR_TOL = 1e-6                                # NetworkX's default


class CentralityError(RelgraphError):
    """A measure that cannot be computed on this graph."""

    hint = "try another measure (pagerank is defined on every graph)"


@dataclass
class CentralityResult:
    """Ranked ``rows`` (one per node and measure, best first), the run's ``meta``, the
    full ``scores`` (measure -> {node: score}) of every node of ``graph`` and, when asked
    for, the ``communities`` (:class:`relgraph.graph.communities.Communities`)."""

    rows: list[dict[str, Any]]
    meta: dict[str, Any]
    scores: dict[str, dict] = field(default_factory=dict)
    graph: Any = field(default=None, repr=False)
    communities: Any = None

    def write_rows(self) -> list[dict]:
        """Rows for ``Store.set_node_properties``: every node's scores (and community
        id) plus the run's settings.

        >>> import networkx as nx
        >>> G = nx.MultiDiGraph(); G.add_node("city:by:a", label="City", name="A")
        >>> centrality(G, measures=["degree"]).write_rows()  # no ties, no nodes
        []
        """
        rows = []
        run = dict(self.meta)
        for node in self.graph if self.graph is not None else ():
            props = {m: float(s[node]) for m, s in self.scores.items() if node in s}
            props["centrality_run"] = run
            if self.communities is not None and node in self.communities.membership:
                props["community"] = int(self.communities.membership[node])
                props["community_run"] = self.communities.run_meta()
            rows.append({"id": node, "label": self.graph.nodes[node].get("label"),
                         "props": props})
        return rows


def valid_measures(projection: str = "partner") -> tuple[str, ...]:
    """Measures defined on a projection (in/out degree only on the directed one)."""
    if projection == "supply":
        return MEASURES
    return tuple(m for m in MEASURES if m not in DIRECTED_ONLY)


def check_measures(measures: Iterable[str] | str, projection: str = "partner"
                   ) -> tuple[str, ...]:
    """Canonical measure names, or :class:`UsageError` naming the valid ones.

    >>> check_measures("PageRank,degree")
    ('pagerank', 'degree')
    >>> check_measures(["in_degree"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    relgraph.graph.errors.UsageError: unknown measure 'in_degree' for the partner ...
    """
    valid = valid_measures(projection)
    if isinstance(measures, str):
        measures = [measures]
    out: list[str] = []
    for raw in measures:
        for item in str(raw).split(","):
            name = item.strip().lower().replace("-", "_")
            if not name:
                continue
            if name not in valid:
                raise UsageError(f"unknown measure {item.strip()!r} for the {projection} "
                                 f"projection; valid: {', '.join(valid)}")
            if name not in out:
                out.append(name)
    if not out:
        raise UsageError(f"no measure given; valid: {', '.join(valid)}")
    return tuple(out)


def measure(G, name: str, *, weighted: bool = False, exact: bool | None = None,
            epsilon: float | None = None, delta: float | None = None,
            seed: int = 42) -> tuple[dict, dict]:
    """Scores of every node of ``G`` for measure ``name`` and how they were computed.

    ``G`` is a projection (``nx.Graph`` or ``nx.DiGraph``) whose edges carry ``weight``
    and ``distance``; the choices are in the module docstring. ``exact``, ``epsilon``,
    ``delta``, ``seed``: betweenness (:func:`relgraph.graph.betweenness.betweenness`).

    >>> import networkx as nx
    >>> G = nx.star_graph(3)
    >>> scores, info = measure(G, "pagerank")
    >>> round(scores[0], 3), info["method"]
    (0.48, 'power')
    """
    if name not in MEASURES:
        raise UsageError(f"unknown measure {name!r}; valid: {', '.join(MEASURES)}")
    if name in DIRECTED_ONLY and not G.is_directed():
        raise UsageError(f"{name} needs a directed graph (the supply projection)")
    if len(G) == 0:
        return {}, {"method": "none (empty graph)"}
    distance = "distance" if weighted else None
    weight = "weight" if weighted else None
    if name == "degree":
        return {n: float(d) for n, d in G.degree()}, {"method": "count"}
    if name == "strength":
        return ({n: float(d) for n, d in G.degree(weight="weight")},
                {"method": "sum of weights", "weight": "weight"})
    if name == "in_degree":
        return {n: float(d) for n, d in G.in_degree()}, {"method": "count"}
    if name == "out_degree":
        return {n: float(d) for n, d in G.out_degree()}, {"method": "count"}
    if name == "betweenness":
        return _bc.betweenness(G, exact=exact, epsilon=epsilon, delta=delta, seed=seed,
                               weight=distance)
    if name == "closeness":
        return _closeness(G, distance), {"method": "exact", "wf_improved": True,
                                         "weight": distance, "engine": "networkit"}
    if name == "eigenvector":
        return _eigenvector(G, weight)
    import networkx as nx
    return (nx.pagerank(G, alpha=PAGERANK_ALPHA, weight=weight),
            {"method": "power", "alpha": PAGERANK_ALPHA, "weight": weight,
             "engine": "networkx"})


def _closeness(G, distance: str | None) -> dict:
    """``nx.closeness_centrality(G, distance=distance)`` (Wasserman-Faust) by networkit."""
    import networkit as nk

    from relgraph.graph.engines import to_networkit
    # NetworkX measures incoming distances on a directed graph, networkit outgoing.
    g, nodes = to_networkit(G, weight=distance, reverse=G.is_directed())
    run = nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED)
    found = run.run().scores()
    return {v: float(found[i]) for i, v in enumerate(nodes)}


def _eigenvector(G, weight: str | None) -> tuple[dict, dict]:
    import networkx as nx
    import rustworkx as rx

    from relgraph.graph.engines import to_rustworkx
    info = {"method": "power", "max_iter": EIGENVECTOR_MAX_ITER, "weight": weight,
            "engine": "rustworkx"}
    g, nodes = to_rustworkx(G, weight=weight)
    try:
        found = rx.eigenvector_centrality(g, weight_fn=float, max_iter=EIGENVECTOR_MAX_ITER,
                                          tol=EIGENVECTOR_TOL)
        return {v: float(found[i]) for i, v in enumerate(nodes)}, info
    except rx.FailedToConverge:
        pass
    try:
        scores = nx.eigenvector_centrality_numpy(G, weight=weight)
    except (nx.NetworkXException, ArithmeticError, ValueError) as e:
        raise CentralityError(f"eigenvector centrality is not defined on this graph: {e}"
                              ) from None
    except Exception as e:  # scipy's ARPACK errors share no public base class
        if type(e).__module__.startswith("scipy"):
            raise CentralityError("eigenvector centrality did not converge on this graph"
                                  ) from None
        raise
    return scores, {**info, "engine": "networkx",
                    "method": "numpy (power iteration did not converge)"}


def centrality(G, *, measures: Iterable[str] | str = ("betweenness",),
               projection: str = "partner", level: str = "party", rel_types=None,
               kinds=None, countries=None, as_of: int | None = None,
               weights: Mapping[str, float] | None = None, weighted: bool = False,
               top: int | None = None, exact: bool | None = None,
               epsilon: float | None = None, delta: float | None = None, seed: int = 42,
               communities: str | None = None, resolution: float = 1.0
               ) -> CentralityResult:
    """Rank the nodes of a projection of ``G`` (a ``Store.fetch()`` graph).

    ``measures``: names from :data:`MEASURES` (a comma-separated string works too).
    ``projection``: ``partner``, ``supply`` or ``full``; ``level``: ``party`` (default),
    or ``region``/``country`` to rank regions or countries by the ties of their parties
    (:func:`relgraph.graph.projections.aggregate`); ``rel_types``, ``kinds``,
    ``countries``, ``as_of``, ``weights``: see :mod:`relgraph.graph.projections`.
    ``weighted`` makes path measures use ``distance`` = 1/weight and eigenvector/PageRank
    use ``weight``. ``top``: rows per measure. ``exact``, ``epsilon``, ``delta``,
    ``seed``: betweenness (see :mod:`relgraph.graph.betweenness`). ``communities``:
    ``louvain`` or ``leiden`` adds each node's community id to its rows (and the
    partition's modularity to ``meta``), seeded with ``seed``, at ``resolution``. Bad
    names raise :class:`UsageError`.

    Rows: ``measure, rank, id, name, kind, country, score`` (plus ``community``);
    equal scores share a rank. ``meta``: projection, level, filters, measures and
    methods, betweenness's method and guarantee, node and edge counts, tie counts
    (``undated_ties``...), components, seconds per measure; JSON-able.
    """
    from relgraph.graph import projections

    names = check_measures(measures, projection)
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise UsageError(f"--top takes a positive whole number, got {top!r}")
    if level not in LEVELS:
        raise UsageError(f"unknown level {level!r}; valid: {', '.join(LEVELS)}")
    if level != "party" and projection == "full":
        raise UsageError("--level region/country aggregates the partner or supply network, "
                         "not the full graph")
    if communities is not None and communities not in COMMUNITY_METHODS:
        raise UsageError(f"unknown community method {communities!r}; valid: "
                         f"{', '.join(COMMUNITY_METHODS)}")
    if exact is not None or epsilon is not None or delta is not None:
        _bc.check_accuracy(epsilon, delta)
    options = dict(rel_types=rel_types, kinds=kinds, countries=countries, as_of=as_of)
    if projection == "partner":
        options["weights"] = weights
    elif weights:
        raise UsageError("per-type weights apply to the partner projection only")
    P = projections.project(G, projection, **options)
    if level != "party":
        P = projections.aggregate(P, level=level, full=G)
    H = undirected_view(P) if projection == "full" else P
    meta: dict[str, Any] = {
        "projection": projection,
        "level": level,
        "graph": {"partner": "undirected", "supply": "directed",
                  "full": "undirected simple view of the typed multigraph"}[projection],
        "filters": P.graph["filters"],
        "measures": list(names),
        "weighted": weighted,
    }
    if projection == "partner":
        meta["weights"] = P.graph["weights"]
    comps = _bc.components(H)
    meta.update(nodes=H.number_of_nodes(), edges=H.number_of_edges(),
                ties=P.graph["ties"], undated_ties=P.graph["undated_ties"],
                dropped_future=P.graph["dropped_future"],
                dropped_ended=P.graph["dropped_ended"],
                components=len(comps), largest_component=len(comps[0]) if comps else 0)
    if level != "party":
        meta["aggregated"] = P.graph["aggregated"]
    scores: dict[str, dict] = {}
    methods: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    for name in names:
        started = time.perf_counter()
        scores[name], info = measure(H, name, weighted=weighted, exact=exact,
                                     epsilon=epsilon, delta=delta, seed=seed)
        seconds[name] = round(time.perf_counter() - started, 3)
        methods[name] = info.get("method")
        if name == "betweenness":
            meta["betweenness"] = {key: info[key] for key in
                                   ("method", "engine", "epsilon", "delta", "seed",
                                    "samples", "error_bound", "work") if key in info}
            meta["guarantee"] = info.get("guarantee", "exact")
    meta["methods"] = methods
    bc = meta.get("betweenness", {})
    # Top-level copies: what a reader of a header looks for first.
    meta["exact"] = bc.get("method") == "exact" if bc else None
    meta["seed"] = seed
    meta["top"] = top
    found = None
    if communities is not None:
        from relgraph.graph import communities as _communities
        started = time.perf_counter()
        detect = getattr(_communities, communities)
        found = detect(H, weight="weight", resolution=resolution,
                       seed=seed)
        seconds["communities"] = round(time.perf_counter() - started, 3)
        meta["communities"] = found.run_meta()
    meta["seconds"] = seconds
    rows = []
    for name in names:
        rows.extend(ranked_rows(H, scores[name], measure_name=name, top=top))
    if found is not None:
        for row in rows:
            row["community"] = found.membership.get(row["id"])
    return CentralityResult(rows=rows, meta=meta, scores=scores, graph=H,
                            communities=found)


def ranked_rows(G, scores: Mapping, *, measure_name: str,
                top: int | None = None) -> list[dict]:
    """Rows best first; equal scores (to 12 significant digits) share the better rank.

    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_nodes_from(["a", "b", "c"])
    >>> [(r["id"], r["rank"]) for r in ranked_rows(G, {"a": 1, "b": 2, "c": 2},
    ...                                             measure_name="degree")]
    [('b', 1), ('c', 1), ('a', 3)]
    """
    # Rounding makes ties robust to summation order (parallel sums).
    order = sorted(scores, key=lambda n: (-_key(scores[n]), str(n)))
    rows, rank, previous = [], 0, None
    for position, node in enumerate(order, start=1):
        if top is not None and position > top:
            break
        value = _key(scores[node])
        if value != previous:
            rank, previous = position, value
        attrs = G.nodes[node]
        rows.append({"measure": measure_name, "rank": rank, "id": node,
                     "name": attrs.get("name"), "kind": attrs.get("label"),
                     "country": attrs.get("country"), "score": float(scores[node])})
    return rows


def ranks(scores: Mapping) -> dict:
    """Rank of every node (1 = best; equal scores share the better rank).

    >>> ranks({"a": 1.0, "b": 3.0, "c": 3.0})
    {'b': 1, 'c': 1, 'a': 3}
    """
    order = sorted(scores, key=lambda n: (-_key(scores[n]), str(n)))
    out, rank, previous = {}, 0, None
    for position, node in enumerate(order, start=1):
        value = _key(scores[node])
        if value != previous:
            rank, previous = position, value
        out[node] = rank
    return out


def _key(value: float) -> float:
    return float(f"{float(value):.12g}")


def undirected_view(M):
    """One undirected edge per linked pair of ``M``; ``weight`` = number of
    relationships, ``distance`` = 1/weight; node attributes copied.

    >>> import networkx as nx
    >>> M = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(undirected_view(M).edges(data="weight"))
    [('a', 'b', 2), ('b', 'c', 1)]
    """
    import networkx as nx

    H = nx.Graph()
    H.add_nodes_from(M.nodes(data=True))
    for u, v in M.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    for _, _, data in H.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    return H
