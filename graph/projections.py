"""Projections of the stored graph for analytics and views.

The store hands over the full typed multigraph (``Store.fetch()``): parties, documents
and sources as nodes, every relationship as a keyed edge. Centrality and the views need
simpler graphs, built here, graph first and options keyword-only:

- :func:`full_graph`: the typed multigraph itself, filtered.
- :func:`partner_network`: an undirected ``nx.Graph`` of parties (countries, regions,
  cities, companies, organisations) tied by twinning, by co-signing a document (every
  pair of a document's parties) or by a supply link. An edge keeps every tie behind it
  (``ties``: type, date, year, document, sources, goods, status) so a tooltip can list
  them; ``count`` is the number of ties, ``weight`` their sum under per-type weights
  (1 each by default) and ``distance`` = 1 / weight for path-based measures.
- :func:`supply_network`: a ``nx.DiGraph`` supplier -> recipient, ``weight`` = number
  of supplies, ``value_usd`` = their total value where known.
- :func:`aggregate`: the partner or supply network one level up, countries or regions
  as nodes, tied by the ties of their parties (``--level country``).

Filters, the same for every projection:

- ``rel_types``: which relationship types count (names as in the schema, any case).
- ``kinds``: which node labels may be nodes (``Region``, ``region``, ``org`` ...).
- ``countries``: ISO alpha-2 codes; a node is kept when its ``country`` is one of them.
- ``as_of``: a year. A tie counts when it is dated up to that year and has not ended:
  a twinning whose status is ``ended``, or a document that expired (``valid_to``
  before that year, or status ``expired``/``terminated`` with no ``valid_to``, since
  then it is known to have ended but not when) are dropped. Undated ties are kept and
  counted in ``graph.graph["undated_ties"]``.

Unknown names raise :class:`graph.errors.UsageError` listing the valid values.
Each projection records its settings and tie counts in ``H.graph``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("city:by:gomel", label="City", name="Gomel", country="BY")
>>> G.add_node("city:ru:bryansk", label="City", name="Bryansk", country="RU")
>>> G.add_node("doc:1", label="Document", title="Agreement", date="2019-05", year=2019)
>>> _ = G.add_edge("city:by:gomel", "city:ru:bryansk", key="t1", type="TWINNED_WITH",
...                since="1998", status="active")
>>> _ = G.add_edge("city:by:gomel", "doc:1", key="s1", type="SIGNED_AGREEMENT")
>>> _ = G.add_edge("city:ru:bryansk", "doc:1", key="s2", type="SIGNED_AGREEMENT")
>>> P = partner_network(G)
>>> P["city:by:gomel"]["city:ru:bryansk"]["count"]
2
>>> [t["type"] for t in P["city:by:gomel"]["city:ru:bryansk"]["ties"]]
['TWINNED_WITH', 'SIGNED_AGREEMENT']
>>> partner_network(G, as_of=2000)["city:by:gomel"]["city:ru:bryansk"]["count"]
1
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any

import networkx as nx

from relgraph.graph.errors import UsageError
from relgraph.graph.schema import SCHEMA, year_of

PARTY_LABELS = ("Country", "Region", "City", "Company", "Organization")
TIE_TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")
PROJECTIONS = ("partner", "supply", "full")
LEVELS = ("party", "region", "country")

# Statuses that mean a tie no longer holds. Twinnings record no end date, so an
# ended twinning is dropped for every as-of year.
_ENDED_TWINNING = frozenset({"ended"})
_ENDED_DOCUMENT = frozenset({"expired", "terminated"})

TIE_FIELDS = ("type", "date", "year", "document_id", "document_title", "document_kind",
               "sources", "goods", "status")


@dataclass(frozen=True)
class Filters:
    """Checked, canonical filter settings (``None`` means no filter)."""

    rel_types: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    as_of: int | None = None

    def as_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}


# -- checking the options ---------------------------------------------------------------

def valid_rel_types(projection: str) -> tuple[str, ...]:
    """Relationship types a projection can filter on."""
    _check_projection(projection)
    if projection == "partner":
        return TIE_TYPES
    if projection == "supply":
        return ("SUPPLIES_TO",)
    return tuple(SCHEMA.relationships)


def valid_kinds(projection: str) -> tuple[str, ...]:
    """Node labels a projection can hold (documents and sources only in ``full``)."""
    _check_projection(projection)
    return tuple(SCHEMA.labels) if projection == "full" else PARTY_LABELS


def graph_countries(G: nx.Graph) -> list[str]:
    """The country codes present on the nodes of ``G``, sorted."""
    return sorted({c for _, c in G.nodes(data="country") if isinstance(c, str) and c})


def check_filters(G: nx.Graph, *, projection: str = "partner",
                  rel_types: Iterable[str] | str | None = None,
                  kinds: Iterable[str] | str | None = None,
                  countries: Iterable[str] | str | None = None,
                  as_of: int | None = None) -> Filters:
    """Canonical :class:`Filters`, or :class:`UsageError` naming the valid values.

    Names are matched without regard to case; kinds also by id prefix (``org``).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("city:by:minsk", label="City", country="BY")
    >>> check_filters(G, kinds=["city"], countries="by", rel_types="twinned_with")
    Filters(rel_types=('TWINNED_WITH',), kinds=('City',), countries=('BY',), as_of=None)
    >>> check_filters(G, countries=["FR"])
    Traceback (most recent call last):
    ...
    relgraph.graph.errors.UsageError: unknown country 'FR'; countries in the graph: BY
    """
    _check_projection(projection)
    rels = _match(rel_types, {t.lower(): t for t in valid_rel_types(projection)},
                  "relation type", valid_rel_types(projection))
    kind_names = {k.lower(): k for k in valid_kinds(projection)}
    kind_names.update({SCHEMA.labels[k].id_prefix: k for k in valid_kinds(projection)})
    kind_list = _match(kinds, kind_names, "kind", valid_kinds(projection))
    present = graph_countries(G)
    country_list = _match(countries, {c.lower(): c for c in present}, "country", present,
                          where="countries in the graph")
    if as_of is not None:
        if isinstance(as_of, bool) or not isinstance(as_of, int):
            try:
                as_of = int(str(as_of).strip())
            except ValueError:
                raise UsageError(f"--as-of takes a year, got {as_of!r}") from None
        if not 1 <= as_of <= 9999:
            raise UsageError(f"--as-of takes a year, got {as_of}")
    return Filters(rels, kind_list, country_list, as_of)


def _check_projection(projection: str) -> None:
    if projection not in PROJECTIONS:
        raise UsageError(f"unknown projection {projection!r}; valid: {', '.join(PROJECTIONS)}")


def _match(given, names: Mapping[str, str], what: str, valid: Iterable[str], *,
           where: str = "valid") -> tuple[str, ...] | None:
    if given is None:
        return None
    if isinstance(given, str):
        given = [given]
    out: list[str] = []
    for raw in given:
        # Accept "a,b" as well as repeated options: shells and spreadsheets use both.
        for item in str(raw).split(","):
            item = item.strip()
            if not item:
                continue
            try:
                name = names[item.lower()]
            except KeyError:
                valid_text = ", ".join(valid) or "(none)"
                raise UsageError(f"unknown {what} {item!r}; {where}: {valid_text}") from None
            if name not in out:
                out.append(name)
    return tuple(out) if out else None


# -- ties and time ----------------------------------------------------------------------

def _doc_ended(doc: Mapping, as_of: int) -> bool:
    end = year_of(doc.get("valid_to"))
    if end is not None:
        return end < as_of
    return doc.get("status") in _ENDED_DOCUMENT


def _tie_year(data: Mapping, *fallback_dates) -> int | None:
    year = data.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        return year
    for date in (data.get("date"), *fallback_dates):
        y = year_of(date)
        if y is not None:
            return y
    return None


class _Clock:
    """Decides whether a tie holds as of a year, and counts what it kept and dropped."""

    def __init__(self, as_of: int | None):
        self.as_of = as_of
        self.counts = {"ties": 0, "undated_ties": 0, "dropped_future": 0, "dropped_ended": 0}

    def keep(self, year: int | None, ended: bool) -> bool:
        if self.as_of is None:
            self.counts["ties"] += 1
            self.counts["undated_ties"] += year is None
            return True
        if ended:
            self.counts["dropped_ended"] += 1
            return False
        if year is not None and year > self.as_of:
            self.counts["dropped_future"] += 1
            return False
        self.counts["ties"] += 1
        self.counts["undated_ties"] += year is None
        return True


def _document(G: nx.Graph, doc_id: str | None) -> Mapping:
    if doc_id and doc_id in G:
        return G.nodes[doc_id]
    return {}


def _sources(*lists) -> list[str]:
    seen: dict[str, None] = {}
    for lst in lists:
        for s in lst or ():
            seen.setdefault(s)
    return list(seen)


def _tie(type_: str, data: Mapping, doc: Mapping, *, doc_id=None, date=None, year=None,
         sources=None) -> dict:
    return {
        "type": type_,
        "date": date if date is not None else data.get("date"),
        "year": year,
        "document_id": doc_id,
        "document_title": doc.get("title") or doc.get("name"),
        "document_kind": doc.get("kind"),
        "sources": sources if sources is not None else list(data.get("sources") or ()),
        "goods": data.get("goods"),
        "status": data.get("status"),
        # The relationship behind the tie (a co-signing has two, so none): exports
        # name their edges after it.
        "id": data.get("id"),
    }


def iter_ties(G: nx.MultiDiGraph, *, rel_types: Iterable[str] = TIE_TYPES,
              as_of: int | None = None, parties: set | None = None,
              clock: _Clock | None = None):
    """Yield ``(u, v, tie)`` for every tie between two parties of ``G``.

    A document with parties ``a, b, c`` yields one SIGNED_AGREEMENT tie per pair; its
    date is the document's (else the later signature). Ties that do not hold ``as_of``
    are skipped, and so are ties with an end outside ``parties`` (default: every node
    labelled as a party). ``tie`` has the keys the views list (``TIE_FIELDS``) and the
    relationship's ``id`` (None for a co-signing); supplies also carry ``value_usd``.
    """
    clock = clock or _Clock(as_of)
    if parties is None:
        parties = {n for n, label in G.nodes(data="label") if label in PARTY_LABELS}
    wanted = set(rel_types)
    signers: dict[str, dict[str, Mapping]] = defaultdict(dict)
    for u, v, data in G.edges(data=True):
        t = data.get("type")
        if t not in wanted:
            continue
        if t == "SIGNED_AGREEMENT":
            # Several signature edges of one party (different bodies) are one party.
            signers[v].setdefault(u, data)
            continue
        if u == v or u not in parties or v not in parties:
            continue
        if t == "TWINNED_WITH":
            doc_id = data.get("document_id")
            year = _tie_year(data, data.get("since"))
            date = data.get("date") or data.get("since")
            ended = data.get("status") in _ENDED_TWINNING
            if clock.keep(year, ended):
                yield u, v, _tie(t, data, _document(G, doc_id), doc_id=doc_id, date=date,
                                 year=year)
        elif t == "SUPPLIES_TO":
            year = _tie_year(data)
            if clock.keep(year, False):
                tie = _tie(t, data, {}, year=year)
                tie["value_usd"] = data.get("value_usd")
                # The partner network is undirected; the tie keeps who supplied whom.
                tie["supplier"], tie["recipient"] = u, v
                yield u, v, tie
    for doc_id, signers_of in signers.items():
        doc = _document(G, doc_id)
        party_ids = [p for p in signers_of if p in parties]
        for a, b in combinations(party_ids, 2):
            da, db = signers_of[a], signers_of[b]
            sign_years = [y for y in (_tie_year(da), _tie_year(db)) if y is not None]
            year = _tie_year(doc, doc.get("valid_from")) or (max(sign_years) if sign_years
                                                               else None)
            ended = clock.as_of is not None and _doc_ended(doc, clock.as_of)
            if clock.keep(year, ended):
                date = doc.get("date") or da.get("date") or db.get("date")
                yield a, b, _tie("SIGNED_AGREEMENT", {"status": doc.get("status")}, doc,
                                 doc_id=doc_id, date=date, year=year,
                                 sources=_sources(doc.get("sources"), da.get("sources"),
                                                  db.get("sources")))


def _node_ok(attrs: Mapping, f: Filters, allowed_labels: Iterable[str]) -> bool:
    label = attrs.get("label")
    if label not in allowed_labels:
        return False
    if f.kinds is not None and label not in f.kinds:
        return False
    if f.countries is not None and attrs.get("country") not in f.countries:
        return False
    return True


def _sort_key(tie: Mapping):
    # Undated ties last; the rest by year, then type, so tooltips read chronologically.
    return (tie["year"] is None, tie["year"] or 0, tie["type"], tie["date"] or "",
            tie["document_id"] or "", tie["goods"] or "")


# -- projections ------------------------------------------------------------------------

def partner_network(G: nx.MultiDiGraph, *, rel_types=None, kinds=None, countries=None,
                    as_of: int | None = None, weights: Mapping[str, float] | None = None,
                    include_isolates: bool = False) -> nx.Graph:
    """The undirected partner network of ``G`` (see the module docstring).

    Nodes are the parties with at least one tie in the projection (every party passing
    the filters when ``include_isolates``), with the attributes of ``G``'s node.
    ``weights`` maps a tie type to its weight (default 1 for each type).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for n in ("region:by:gomel", "region:ru:bryansk"):
    ...     G.add_node(n, label="Region", name=n, country=n.split(":")[1].upper())
    >>> _ = G.add_edge("region:by:gomel", "region:ru:bryansk", type="SUPPLIES_TO", year=2020)
    >>> _ = G.add_edge("region:by:gomel", "region:ru:bryansk", type="TWINNED_WITH")
    >>> P = partner_network(G, weights={"SUPPLIES_TO": 3})
    >>> P.edges["region:by:gomel", "region:ru:bryansk"]["weight"]
    4.0
    >>> P.graph["undated_ties"]
    1
    """
    f = check_filters(G, projection="partner", rel_types=rel_types, kinds=kinds,
                      countries=countries, as_of=as_of)
    type_weights = _check_weights(weights)
    P = nx.Graph()
    ok = {n for n, a in G.nodes(data=True) if _node_ok(a, f, PARTY_LABELS)}
    if include_isolates:
        P.add_nodes_from((n, dict(G.nodes[n])) for n in G if n in ok)
    clock = _Clock(f.as_of)
    _gather_ties(P, G, rel_types=f.rel_types or TIE_TYPES, parties=ok, clock=clock)
    for _, _, data in P.edges(data=True):
        ties = data["ties"]
        data["count"] = len(ties)
        data["weight"] = float(sum(type_weights[t["type"]] for t in ties))
        data["distance"] = 1.0 / data["weight"]
        data["types"] = sorted({t["type"] for t in ties}, key=TIE_TYPES.index)
    P.graph.update(_graph_meta("partner", f, clock, weights=type_weights))
    return P



def _gather_ties(P: nx.Graph, G: nx.MultiDiGraph, *, rel_types, parties, clock) -> None:
    """Collapse ``G``'s ties between ``parties`` into one edge of ``P`` per pair, each
    with its ``ties`` list in date order (the parties' attributes come along)."""
    for u, v, tie in iter_ties(G, rel_types=rel_types, parties=parties, clock=clock):
        for n in (u, v):
            if n not in P:
                P.add_node(n, **G.nodes[n])
        if P.has_edge(u, v):
            P[u][v]["ties"].append(tie)
        else:
            P.add_edge(u, v, ties=[tie])
    for _, _, data in P.edges(data=True):
        data["ties"].sort(key=_sort_key)

def supply_network(G: nx.MultiDiGraph, *, rel_types=None, kinds=None, countries=None,
                   as_of: int | None = None, include_isolates: bool = False) -> nx.DiGraph:
    """The directed supply network: supplier -> recipient.

    Edge attributes: ``weight`` (number of supplies), ``value_usd`` (total of the known
    values, ``None`` when no supply has one), ``ties`` and ``distance`` = 1 / weight.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:by:mtz", label="Company", country="BY")
    >>> G.add_node("region:ru:bryansk", label="Region", country="RU")
    >>> for v in (1e6, None):
    ...     _ = G.add_edge("company:by:mtz", "region:ru:bryansk", type="SUPPLIES_TO",
    ...                    goods="tractors", value_usd=v)
    >>> S = supply_network(G)
    >>> S.edges["company:by:mtz", "region:ru:bryansk"]["weight"], S.edges[
    ...     "company:by:mtz", "region:ru:bryansk"]["value_usd"]
    (2, 1000000.0)
    """
    f = check_filters(G, projection="supply", rel_types=rel_types, kinds=kinds,
                      countries=countries, as_of=as_of)
    S = nx.DiGraph()
    ok = {n for n, a in G.nodes(data=True) if _node_ok(a, f, PARTY_LABELS)}
    if include_isolates:
        S.add_nodes_from((n, dict(G.nodes[n])) for n in G if n in ok)
    clock = _Clock(f.as_of)
    _gather_ties(S, G, rel_types=("SUPPLIES_TO",), parties=ok, clock=clock)
    for _, _, data in S.edges(data=True):
        ties = data["ties"]
        values = [t["value_usd"] for t in ties if t.get("value_usd") is not None]
        data["weight"] = len(ties)
        data["count"] = len(ties)
        data["value_usd"] = float(sum(values)) if values else None
        data["distance"] = 1.0 / len(ties)
    S.graph.update(_graph_meta("supply", f, clock))
    return S


def full_graph(G: nx.MultiDiGraph, *, rel_types=None, kinds=None, countries=None,
               as_of: int | None = None) -> nx.MultiDiGraph:
    """The typed multigraph, filtered; a copy, ``G`` is left alone.

    ``countries`` keeps nodes of those countries and nodes without a country (documents,
    sources). ``as_of`` drops ties as for the partner network and documents not yet
    signed or ended by then; LOCATED_IN is structure, not a tie, and is always kept.
    """
    f = check_filters(G, projection="full", rel_types=rel_types, kinds=kinds,
                      countries=countries, as_of=as_of)
    H = nx.MultiDiGraph()
    for n, a in G.nodes(data=True):
        if f.kinds is not None and a.get("label") not in f.kinds:
            continue
        if f.countries is not None and a.get("country") and a["country"] not in f.countries:
            continue
        H.add_node(n, **a)
    clock = _Clock(f.as_of)
    types = set(f.rel_types or SCHEMA.relationships)
    for u, v, key, data in G.edges(keys=True, data=True):
        t = data.get("type")
        if t not in types or u not in H or v not in H:
            continue
        if t == "TWINNED_WITH":
            keep = clock.keep(_tie_year(data, data.get("since")),
                              data.get("status") in _ENDED_TWINNING)
        elif t == "SUPPLIES_TO":
            keep = clock.keep(_tie_year(data), False)
        elif t == "SIGNED_AGREEMENT":
            doc = G.nodes[v]
            year = _tie_year(doc, doc.get("valid_from")) or _tie_year(data)
            keep = clock.keep(year, f.as_of is not None and _doc_ended(doc, f.as_of))
        else:
            keep = True
        if keep:
            H.add_edge(u, v, key=key, **data)
    if f.as_of is not None:
        # A document none of whose signatures hold as of the year is not part of it.
        H.remove_nodes_from([n for n, a in list(H.nodes(data=True))
                             if a.get("label") == "Document" and H.degree(n) == 0
                             and G.degree(n) > 0])
    H.graph.update(_graph_meta("full", f, clock))
    return H


def project(G: nx.MultiDiGraph, projection: str = "partner", **options) -> nx.Graph:
    """Dispatch to :func:`partner_network`, :func:`supply_network` or :func:`full_graph`."""
    _check_projection(projection)
    build = {"partner": partner_network, "supply": supply_network,
             "full": full_graph}[projection]
    return build(G, **options)


def _check_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    out = dict.fromkeys(TIE_TYPES, 1.0)
    for name, value in (weights or {}).items():
        canon = {t.lower(): t for t in TIE_TYPES}.get(str(name).lower())
        if canon is None:
            raise UsageError(f"unknown relation type {name!r} in weights; valid: "
                             f"{', '.join(TIE_TYPES)}")
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise UsageError(f"weight of {canon} must be a number, got {value!r}") from None
        if not (math.isfinite(value) and value > 0):
            raise UsageError(f"weight of {canon} must be a positive number, got {value!r}")
        out[canon] = value
    return out


def _graph_meta(projection: str, f: Filters, clock: _Clock, **extra: Any) -> dict:
    return {"projection": projection, "filters": f.as_dict(), **clock.counts, **extra}


# -- levels -----------------------------------------------------------------------------

def region_of(G: nx.MultiDiGraph, node) -> str | None:
    """The first-level region a party lies in, following LOCATED_IN in ``G`` (a
    company in a city, the city in a district, the district in its region); a
    first-level region is its own. ``None`` for countries and unplaced parties.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("region:by:gomel", label="Region", level=1)
    >>> G.add_node("city:by:gomel", label="City")
    >>> _ = G.add_edge("city:by:gomel", "region:by:gomel", type="LOCATED_IN")
    >>> region_of(G, "city:by:gomel"), region_of(G, "region:by:gomel")
    ('region:by:gomel', 'region:by:gomel')
    """
    seen = set()
    current, found = node, None
    while current is not None and current not in seen:
        seen.add(current)
        attrs = G.nodes[current] if current in G else {}
        if attrs.get("label") == "Region":
            found = current
            if attrs.get("level") in (1, None):
                return current
        if attrs.get("label") == "Country":
            break
        current = next((v for _, v, t in G.out_edges(current, data="type")
                        if t == "LOCATED_IN"), None) if current in G else None
    return found


def aggregate(P: nx.Graph, *, level: str = "country", full: nx.MultiDiGraph | None = None
              ) -> nx.Graph:
    """``P`` (a partner or supply network) with parties grouped by country or region.

    A node per country (``country:xx``) or first-level region; an edge per pair of
    groups whose parties are tied, with ``count`` = the number of ties between them,
    ``weight`` = the sum of their weights, ``pairs`` = the number of party pairs behind
    them, ``types`` and ``distance`` = 1/weight. Ties inside a group are not edges: each
    node records them as ``internal_ties``, with ``parties`` = its number of parties.
    Parties without a country (or region, for ``level="region"``, found through
    LOCATED_IN in ``full``) are left out and counted in ``graph["aggregated"]``.

    >>> import networkx as nx
    >>> P = nx.Graph(projection="partner", filters={}, ties=3, undated_ties=0,
    ...              dropped_future=0, dropped_ended=0)
    >>> P.add_node("city:by:a", country="BY"); P.add_node("city:by:b", country="BY")
    >>> P.add_node("city:ru:c", country="RU")
    >>> P.add_edge("city:by:a", "city:ru:c", count=2, weight=2.0, types=["TWINNED_WITH"])
    >>> P.add_edge("city:by:b", "city:ru:c", count=1, weight=1.0, types=["SUPPLIES_TO"])
    >>> P.add_edge("city:by:a", "city:by:b", count=1, weight=1.0, types=["TWINNED_WITH"])
    >>> C = aggregate(P, level="country")
    >>> C.edges["country:by", "country:ru"]["count"], C.nodes["country:by"]["internal_ties"]
    (3, 1)
    """
    if level not in ("country", "region"):
        raise UsageError(f"unknown level {level!r}; valid: {', '.join(LEVELS)}")
    if level == "region" and full is None:
        raise UsageError("--level region needs the stored graph's LOCATED_IN ties")
    group: dict = {}
    for node, attrs in P.nodes(data=True):
        if level == "country":
            code = attrs.get("country")
            group[node] = f"country:{code.lower()}" if code else None
        else:
            group[node] = region_of(full, node)
    A = nx.DiGraph() if P.is_directed() else nx.Graph()
    for g in group.values():
        if g is None:
            continue
        if g not in A:
            A.add_node(g, **_group_attrs(g, level, full), parties=0, internal_ties=0)
        A.nodes[g]["parties"] += 1
    for u, v, data in P.edges(data=True):
        a, b = group[u], group[v]
        if a is None or b is None:
            continue
        if a == b:
            A.nodes[a]["internal_ties"] += data.get("count", 1)
            continue
        if not A.has_edge(a, b):
            A.add_edge(a, b, count=0, weight=0.0, pairs=0, types=[])
        edge = A[a][b]
        edge["count"] += data.get("count", 1)
        edge["weight"] += float(data.get("weight", 1.0))
        edge["pairs"] += 1
        for t in data.get("types") or sorted({t["type"] for t in data.get("ties", ())}):
            if t not in edge["types"]:
                edge["types"].append(t)
    for _, _, data in A.edges(data=True):
        data["types"].sort(key=lambda t: TIE_TYPES.index(t) if t in TIE_TYPES else 99)
        data["distance"] = 1.0 / data["weight"]
    A.graph.update(P.graph)
    A.graph["level"] = level
    A.graph["aggregated"] = {
        "level": level, "groups": A.number_of_nodes(),
        "parties_left_out": sum(1 for g in group.values() if g is None),
    }
    return A


def _group_attrs(group_id: str, level: str, full: nx.MultiDiGraph | None) -> dict:
    stored = dict(full.nodes[group_id]) if full is not None and group_id in full else {}
    code = group_id.split(":")[1].upper()
    name = stored.get("name")
    if not name and level == "country":
        try:
            import pycountry
            found = pycountry.countries.get(alpha_2=code)
        except (ImportError, LookupError, KeyError):
            found = None
        name = (getattr(found, "common_name", None) or found.name) if found else code
    return {"label": "Country" if level == "country" else "Region",
            "name": name or group_id, "country": stored.get("country") or code}
