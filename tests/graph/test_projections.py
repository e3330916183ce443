"""Projections of the typed multigraph: partner, supply, full; filters and as-of."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.graph.errors import UsageError
from relgraph.graph.projections import (
    PARTY_LABELS,
    TIE_FIELDS,
    check_filters,
    full_graph,
    partner_network,
    project,
    supply_network,
)

GOMEL, BRYANSK, CHERNIHIV = "region:by:gomel", "region:ru:bryansk", "region:ua:chernihiv"
MINSK, MOGILEV, SMOLENSK = "city:by:minsk", "city:by:mogilev", "city:ru:smolensk"
MTZ, BY = "company:by:mtz", "country:by"
DOC3, DOC_OLD, DOC_UNDATED = "doc:three", "doc:old", "doc:undated"


def _node(G, node_id, label, name, country=None, **props):
    G.add_node(node_id, label=label, name=name, **({"country": country} if country else {}),
               **props)


@pytest.fixture
def typed() -> nx.MultiDiGraph:
    """A small graph in Store.fetch() form, with every case the projections handle."""
    G = nx.MultiDiGraph()
    _node(G, BY, "Country", "Belarus", "BY")
    _node(G, GOMEL, "Region", "Gomel Oblast", "BY", level=1, lat=52.4, lon=31.0)
    _node(G, BRYANSK, "Region", "Bryansk Oblast", "RU", level=1)
    _node(G, CHERNIHIV, "Region", "Chernihiv Oblast", "UA", level=1)
    _node(G, MINSK, "City", "Minsk", "BY", lat=53.9, lon=27.6)
    _node(G, MOGILEV, "City", "Mogilev", "BY")
    _node(G, SMOLENSK, "City", "Smolensk", "RU")
    _node(G, MTZ, "Company", "Minsk Tractor Works", "BY")
    _node(G, "source:a", "Source", "Monograph", title="Monograph")
    _node(G, DOC3, "Document", "Trilateral agreement", title="Trilateral agreement",
          kind="agreement", date="2001-06-12", year=2001, status="in_force",
          sources=["source:a"])
    _node(G, DOC_OLD, "Document", "Programme 2005-2010", title="Programme 2005-2010",
          kind="programme", date="2005", year=2005, valid_to="2010", status="expired")
    _node(G, DOC_UNDATED, "Document", "Memorandum", title="Memorandum", kind="memorandum",
          status="terminated")
    for party in (GOMEL, BRYANSK, CHERNIHIV):
        G.add_edge(party, DOC3, key=f"sa:{party}:3", type="SIGNED_AGREEMENT",
                   date="2001-06-12", sources=[f"source:{party}"])
    # Two signature edges of one party (different bodies) are still one party.
    G.add_edge(GOMEL, DOC3, key="sa:gomel:3b", type="SIGNED_AGREEMENT", body="Council")
    for party in (GOMEL, BRYANSK):
        G.add_edge(party, DOC_OLD, key=f"sa:{party}:old", type="SIGNED_AGREEMENT")
    for party in (MINSK, SMOLENSK):
        G.add_edge(party, DOC_UNDATED, key=f"sa:{party}:u", type="SIGNED_AGREEMENT")
    G.add_edge(MOGILEV, SMOLENSK, key="tw:1", type="TWINNED_WITH", since="1998",
               year=1998, status="active", document_id=DOC3, sources=["source:a"])
    G.add_edge(MINSK, MOGILEV, key="tw:2", type="TWINNED_WITH", since="1970", year=1970,
               status="ended")
    G.add_edge(MTZ, BRYANSK, key="su:1", type="SUPPLIES_TO", goods="tractors",
               year=2012, date="2012", value_usd=2.5e6, status="fact")
    G.add_edge(MTZ, BRYANSK, key="su:2", type="SUPPLIES_TO", goods="tractors",
               year=2014, date="2014", status="fact")
    G.add_edge(MTZ, SMOLENSK, key="su:3", type="SUPPLIES_TO", goods="buses",
               status="planned")
    for child, parent in ((MINSK, BY), (GOMEL, BY), (MOGILEV, GOMEL), (MTZ, MINSK)):
        G.add_edge(child, parent, key=f"li:{child}", type="LOCATED_IN")
    return G


def _pairs(P) -> dict[frozenset, Counter]:
    return {frozenset((u, v)): Counter(t["type"] for t in d["ties"])
            for u, v, d in P.edges(data=True)}


# -- partner network --------------------------------------------------------------------

def test_partner_network_ties(typed):
    P = partner_network(typed)
    assert isinstance(P, nx.Graph) and not P.is_directed() and not P.is_multigraph()
    assert _pairs(P) == {
        frozenset((GOMEL, BRYANSK)): Counter(SIGNED_AGREEMENT=2),
        frozenset((GOMEL, CHERNIHIV)): Counter(SIGNED_AGREEMENT=1),
        frozenset((BRYANSK, CHERNIHIV)): Counter(SIGNED_AGREEMENT=1),
        frozenset((MINSK, SMOLENSK)): Counter(SIGNED_AGREEMENT=1),
        frozenset((MOGILEV, SMOLENSK)): Counter(TWINNED_WITH=1),
        frozenset((MINSK, MOGILEV)): Counter(TWINNED_WITH=1),
        frozenset((MTZ, BRYANSK)): Counter(SUPPLIES_TO=2),
        frozenset((MTZ, SMOLENSK)): Counter(SUPPLIES_TO=1),
    }
    # Documents, sources and parties without ties (the country) are not nodes.
    assert set(P) == {GOMEL, BRYANSK, CHERNIHIV, MINSK, MOGILEV, SMOLENSK, MTZ}
    assert P.graph["undated_ties"] == 2   # undated memorandum, undated planned supply
    assert P.graph["ties"] == 10


def test_partner_network_edge_and_node_attributes(typed):
    P = partner_network(typed)
    data = P.edges[GOMEL, BRYANSK]
    assert data["count"] == 2 and data["weight"] == 2.0 and data["distance"] == 0.5
    assert data["types"] == ["SIGNED_AGREEMENT"]
    first = data["ties"][0]
    assert set(TIE_FIELDS) <= set(first)
    assert first == {**first, "type": "SIGNED_AGREEMENT", "date": "2001-06-12", "year": 2001,
                     "document_id": DOC3, "document_title": "Trilateral agreement",
                     "document_kind": "agreement", "status": "in_force"}
    # The document's sources and both signatures' sources, once each.
    assert first["sources"] == ["source:a", f"source:{GOMEL}", f"source:{BRYANSK}"]
    assert [t["year"] for t in data["ties"]] == [2001, 2005]    # chronological
    twin = P.edges[MOGILEV, SMOLENSK]["ties"][0]
    assert (twin["date"], twin["document_title"], twin["sources"]) == (
        "1998", "Trilateral agreement", ["source:a"])
    supply = P.edges[MTZ, BRYANSK]["ties"]
    assert [(t["goods"], t["value_usd"]) for t in supply] == [("tractors", 2.5e6),
                                                              ("tractors", None)]
    assert P.nodes[GOMEL] == typed.nodes[GOMEL]


def test_partner_weights_per_type(typed):
    P = partner_network(typed, weights={"supplies_to": 3, "TWINNED_WITH": 0.5})
    assert P.edges[MTZ, BRYANSK]["weight"] == 6.0
    assert P.edges[MTZ, BRYANSK]["count"] == 2
    assert P.edges[MOGILEV, SMOLENSK]["weight"] == 0.5
    assert P.graph["weights"] == {"TWINNED_WITH": 0.5, "SIGNED_AGREEMENT": 1.0,
                                  "SUPPLIES_TO": 3.0}


@pytest.mark.parametrize("weights, message", [
    ({"LOCATED_IN": 1}, "unknown relation type 'LOCATED_IN'"),
    ({"SUPPLIES_TO": 0}, "positive"),
    ({"SUPPLIES_TO": "x"}, "must be a number"),
    ({"SUPPLIES_TO": float("inf")}, "positive"),
])
def test_partner_bad_weights(typed, weights, message):
    with pytest.raises(UsageError, match=message):
        partner_network(typed, weights=weights)


def test_partner_include_isolates(typed):
    P = partner_network(typed, include_isolates=True)
    assert BY in P and P.degree(BY) == 0
    assert {P.nodes[n]["label"] for n in P} <= set(PARTY_LABELS)


# -- filters ----------------------------------------------------------------------------

@pytest.mark.parametrize("options, nodes", [
    ({"rel_types": ["TWINNED_WITH"]}, {MINSK, MOGILEV, SMOLENSK}),
    ({"rel_types": "supplies_to"}, {MTZ, BRYANSK, SMOLENSK}),
    ({"rel_types": ["twinned_with,SUPPLIES_TO"]}, {MINSK, MOGILEV, SMOLENSK, MTZ, BRYANSK}),
    ({"kinds": ["region"]}, {GOMEL, BRYANSK, CHERNIHIV}),
    ({"kinds": ["City", "company"]}, {MINSK, MOGILEV, SMOLENSK, MTZ}),
    ({"countries": ["by"]}, {MINSK, MOGILEV}),
    ({"countries": ["BY", "RU"]}, {GOMEL, BRYANSK, MINSK, MOGILEV, SMOLENSK, MTZ}),
])
def test_partner_filters(typed, options, nodes):
    assert set(partner_network(typed, **options)) == nodes


def test_country_filter_keeps_ties_inside_selection_only(typed):
    P = partner_network(typed, countries=["BY", "RU"])
    assert not P.has_edge(GOMEL, CHERNIHIV) and P.has_edge(GOMEL, BRYANSK)
    assert P.graph["filters"]["countries"] == ["BY", "RU"]


@pytest.mark.parametrize("options, message", [
    ({"kinds": ["Village"]}, r"unknown kind 'Village'; valid: Country, Region, City, "
                             r"Company, Organization"),
    ({"kinds": ["Document"]}, "unknown kind 'Document'"),
    ({"rel_types": ["LOCATED_IN"]}, r"unknown relation type 'LOCATED_IN'; valid: "
                                     r"TWINNED_WITH, SIGNED_AGREEMENT, SUPPLIES_TO"),
    ({"countries": ["FR"]}, r"unknown country 'FR'; countries in the graph: BY, RU, UA"),
    ({"as_of": "soon"}, "takes a year"),
])
def test_bad_filters_list_valid_values(typed, options, message):
    with pytest.raises(UsageError, match=message) as info:
        partner_network(typed, **options)
    assert info.value.exit_code == 2


def test_check_filters_full_projection_allows_every_label(typed):
    f = check_filters(typed, projection="full", kinds=["document", "source"],
                      rel_types=["located_in"])
    assert f.kinds == ("Document", "Source") and f.rel_types == ("LOCATED_IN",)
    with pytest.raises(UsageError, match="valid: SUPPLIES_TO"):
        check_filters(typed, projection="supply", rel_types=["TWINNED_WITH"])
    with pytest.raises(UsageError, match="unknown projection"):
        project(typed, "ego")


# -- as of ------------------------------------------------------------------------------

def _types_as_of(G, year):
    return _pairs(partner_network(G, as_of=year))


def test_as_of_drops_future_and_ended_ties(typed):
    pairs = _types_as_of(typed, 2000)
    # 1998 twinning holds; the 1970 twinning has ended; the 2001 document is future;
    # the memorandum is terminated (no end date: ended); the undated supply is kept.
    assert pairs == {frozenset((MOGILEV, SMOLENSK)): Counter(TWINNED_WITH=1),
                     frozenset((MTZ, SMOLENSK)): Counter(SUPPLIES_TO=1)}
    P = partner_network(typed, as_of=2000)
    assert P.graph["undated_ties"] == 1
    assert P.graph["dropped_ended"] == 2 and P.graph["dropped_future"] == 6


@pytest.mark.parametrize("year, old_programme_counts", [(2004, False), (2005, True),
                                                         (2010, True), (2011, False)])
def test_as_of_document_validity(typed, year, old_programme_counts):
    pairs = _types_as_of(typed, year)
    count = pairs[frozenset((GOMEL, BRYANSK))]["SIGNED_AGREEMENT"]
    assert count == 1 + old_programme_counts


def test_as_of_supplies_by_year(typed):
    P = partner_network(typed, as_of=2013, rel_types=["SUPPLIES_TO"])
    assert P.edges[MTZ, BRYANSK]["count"] == 1


# -- supply network ---------------------------------------------------------------------

def test_supply_network(typed):
    S = supply_network(typed)
    assert S.is_directed() and set(S.edges) == {(MTZ, BRYANSK), (MTZ, SMOLENSK)}
    assert S.edges[MTZ, BRYANSK]["weight"] == 2
    assert S.edges[MTZ, BRYANSK]["value_usd"] == 2.5e6
    assert S.edges[MTZ, SMOLENSK]["value_usd"] is None
    assert S.nodes[MTZ]["name"] == "Minsk Tractor Works"
    assert set(supply_network(typed, as_of=2013).edges) == {(MTZ, BRYANSK), (MTZ, SMOLENSK)}
    assert set(supply_network(typed, countries=["BY", "RU"], kinds=["Company", "Region"])
               .edges) == {(MTZ, BRYANSK)}


# -- full graph -------------------------------------------------------------------------

def test_full_graph_filters(typed):
    H = full_graph(typed)
    assert H.number_of_edges() == typed.number_of_edges() and H is not typed
    H = full_graph(typed, rel_types=["LOCATED_IN"])
    assert {d["type"] for *_, d in H.edges(data=True)} == {"LOCATED_IN"}
    H = full_graph(typed, countries=["BY"])
    assert BRYANSK not in H and DOC3 in H     # documents have no country: kept
    H = full_graph(typed, kinds=["Region", "Document"])
    assert set(H) == {GOMEL, BRYANSK, CHERNIHIV, DOC3, DOC_OLD, DOC_UNDATED}


def test_full_graph_as_of(typed):
    H = full_graph(typed, as_of=2000)
    assert DOC3 not in H and DOC_OLD not in H and DOC_UNDATED not in H
    assert H.has_edge(MOGILEV, SMOLENSK) and not H.has_edge(MINSK, MOGILEV)
    assert H.has_edge(MOGILEV, GOMEL)     # LOCATED_IN is structure, always kept
    assert H.has_edge(MTZ, SMOLENSK) and not H.has_edge(MTZ, BRYANSK)


# -- property: the partner network counts every tie exactly once -------------------------

_PARTIES = [f"city:x{i % 3}:c{i}" for i in range(7)]


@st.composite
def typed_graphs(draw):
    G = nx.MultiDiGraph()
    for i, n in enumerate(_PARTIES):
        G.add_node(n, label="City", name=n, country=f"X{i % 3}")
    n_docs = draw(st.integers(0, 4))
    for d in range(n_docs):
        G.add_node(f"doc:{d}", label="Document", title=f"D{d}")
        for p in draw(st.lists(st.sampled_from(_PARTIES), max_size=5)):
            G.add_edge(p, f"doc:{d}", type="SIGNED_AGREEMENT")
    for t in ("TWINNED_WITH", "SUPPLIES_TO", "LOCATED_IN"):
        for u, v in draw(st.lists(st.tuples(st.sampled_from(_PARTIES),
                                            st.sampled_from(_PARTIES)), max_size=8)):
            G.add_edge(u, v, type=t)
    return G


@settings(max_examples=60, deadline=None)
@given(typed_graphs())
def test_partner_counts_match_brute_force(G):
    expected: Counter = Counter()
    for u, v, t in G.edges(data="type"):
        if t in ("TWINNED_WITH", "SUPPLIES_TO") and u != v:
            expected[frozenset((u, v))] += 1
    for doc in (n for n, label in G.nodes(data="label") if label == "Document"):
        for a, b in combinations(sorted(set(G.predecessors(doc))), 2):
            expected[frozenset((a, b))] += 1
    P = partner_network(G)
    assert {frozenset(e): d["count"] for *e, d in P.edges(data=True)} == dict(expected)
    assert all(d["weight"] == d["count"] == len(d["ties"]) for *_, d in P.edges(data=True))
    assert P.graph["ties"] == sum(expected.values())
