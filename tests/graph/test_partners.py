"""Partners, timelines, communities and country level on the example dataset, checked
against the store's own Cypher queries (an independent path to the same answers)."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
import pytest

from relgraph.graph.centrality import centrality
from relgraph.graph.communities import leiden, louvain
from relgraph.graph.errors import UsageError
from relgraph.graph.partners import find_party, partners
from relgraph.graph.projections import aggregate, partner_network
from relgraph.graph.timeline import timeline

PARTIES = ["region:by:gomel", "city:by:minsk", "region:by:mogilev", "country:by"]
KIND = {"TWINNED_WITH": "twinned", "SIGNED_AGREEMENT": "agreements"}


@pytest.fixture(scope="module")
def example(_embedded_store, load_example):
    store = load_example(_embedded_store)
    return store, store.fetch()


def _when(row, G) -> str | None:
    """The tie's date as the query gives it; an undated document falls back to its
    valid_from (the projection's documented rule, shared with partners_as_of)."""
    value = row["date"] if row["date"] is not None else row["year"]
    if value is None and row["document_id"] in G:
        value = G.nodes[row["document_id"]].get("valid_from")
    return None if value is None else str(value)


@pytest.mark.parametrize("party", PARTIES)
def test_partners_agree_with_the_partners_of_query(example, party):
    store, G = example
    expected: dict[str, dict] = defaultdict(lambda: {"ties": 0, "twinned": 0, "agreements": 0,
                                                     "supplies_in": 0, "supplies_out": 0,
                                                     "dates": []})
    for row in store.run("partners_of", {"id": party}):
        e = expected[row["partner_id"]]
        e["ties"] += 1
        if row["tie"] in KIND:
            e[KIND[row["tie"]]] += 1
        else:
            e["supplies_in" if row["role"] == "supplier" else "supplies_out"] += 1
        if _when(row, G):
            e["dates"].append(_when(row, G))
    found = partners(G, party, measures=["degree"])
    assert expected, "the example dataset gives this party partners"
    assert {r["id"] for r in found.rows} == set(expected)
    for r in found.rows:
        e = expected[r["id"]]
        for column in ("ties", "twinned", "agreements", "supplies_in", "supplies_out"):
            assert r[column] == e[column], (r["id"], column)
        assert (r["first"], r["last"]) == ((min(e["dates"]), max(e["dates"])) if e["dates"]
                                           else (None, None)), r["id"]
    assert found.meta["partners"] == len(expected)
    assert [r["rank"] for r in found.rows] == list(range(1, len(found.rows) + 1))
    assert [r["ties"] for r in found.rows] == sorted((r["ties"] for r in found.rows),
                                                     reverse=True)


def test_gomel_region_partners_and_global_scores(example):
    store, G = example
    found = partners(G, "Gomel Region", measures=["degree", "betweenness"])
    result = centrality(G, measures=["degree", "betweenness"])
    assert found.meta["party"] == "region:by:gomel"
    for r in found.rows:
        assert r["depth"] == 1 and r["agreements"] >= 1
        for name in ("degree", "betweenness"):
            assert r[name] == pytest.approx(result.scores[name][r["id"]])
            assert r[f"{name}_rank"] == next(row["rank"] for row in result.rows
                                             if row["measure"] == name and row["id"] == r["id"])
    own = found.meta["party_scores"]["degree"]
    assert own["score"] == len(found.rows)


def test_depth_two_reaches_partners_of_partners(example):
    _, G = example
    P = partner_network(G)
    found = partners(G, "region:by:gomel", depth=2, measures=["degree"])
    first = {r["id"] for r in found.rows if r["depth"] == 1}
    second = {r["id"] for r in found.rows if r["depth"] == 2}
    expected = {q for p in first for q in P[p]} - first - {"region:by:gomel"}
    assert second == expected and second
    for r in found.rows:
        if r["depth"] == 2:
            vias = [p for p in first if P.has_edge(p, r["id"])]
            assert sorted(r["via"]) == sorted(P.nodes[p]["name"] for p in vias)
            assert r["ties"] == sum(P[p][r["id"]]["count"] for p in vias)


@pytest.mark.parametrize("party", ["region:by:gomel", "city:by:minsk", "region:by:mogilev"])
def test_timeline_agrees_with_the_partners_as_of_query(example, party):
    store, G = example
    found = timeline(G, party)
    assert found.rows and found.rows[0]["partners"] >= 1
    for row in found.rows:
        answer = store.run("partners_as_of", {"id": party, "year": row["year"]})
        dated = [a for a in answer if a["since"] is not None]
        assert row["partners"] == len(dated), row["year"]
        if found.meta["undated_ties"] == 0:
            assert row["ties"] == sum(a["count"] for a in answer), row["year"]
        assert row["ties"] == row["twinned"] + row["agreements"] + row["supplies"]


def test_gomel_region_by_year(example):
    """The three agreements of the example: 2002, 2016-11 and 2018-10."""
    _, G = example
    rows = {r["year"]: r for r in timeline(G, "region:by:gomel").rows}
    signed = sorted(int(str(r["first"])[:4]) for r in partners(G, "region:by:gomel").rows)
    assert min(rows) == signed[0]
    for year, row in rows.items():
        assert row["partners"] == sum(1 for y in signed if y <= year)
        assert row["new_ties"] == signed.count(year)
        assert 1 <= row["rank"] <= row["rank_of"]


def test_timeline_rank_and_undated_ties():
    G = nx.MultiDiGraph()
    for n in "abcde":
        G.add_node(f"city:by:{n}", label="City", name=n.upper(), country="BY")
    for u, v, year in [("a", "b", 2000), ("c", "d", 2000), ("c", "e", 2001), ("a", "e", None)]:
        G.add_edge(f"city:by:{u}", f"city:by:{v}", type="TWINNED_WITH", year=year)
    rows = timeline(G, "city:by:a").rows
    assert [(r["year"], r["partners"], r["rank"], r["rank_of"]) for r in rows] == \
        [(2000, 1, 1, 4), (2001, 1, 2, 5)]       # c overtakes a once it has two partners
    whole = timeline(G, None)
    assert [(r["year"], r["parties"], r["ties"], r["components"]) for r in whole.rows] == \
        [(2000, 4, 2, 2), (2001, 5, 3, 2)]
    assert whole.meta["undated_ties"] == 1


def test_country_level_agrees_with_the_ties_by_country_pair_query(example):
    store, G = example
    C = aggregate(partner_network(G), level="country")
    internal = Counter()
    for row in store.run("ties_by_country_pair", {"countries": None}):
        a, b = f"country:{row['country_a'].lower()}", f"country:{row['country_b'].lower()}"
        if a == b:
            internal[a] += row["ties"]
            continue
        assert C.has_edge(a, b), (a, b)
        assert C[a][b]["count"] == row["ties"], (a, b)
        kinds = {"TWINNED_WITH": row["twinnings"], "SIGNED_AGREEMENT": row["agreements"],
                 "SUPPLIES_TO": row["supplies"]}
        assert set(C[a][b]["types"]) == {t for t, n in kinds.items() if n}
    assert {n: d for n, d in C.nodes(data="internal_ties") if d} == dict(internal)
    assert C.nodes["country:by"]["name"] == G.nodes["country:by"]["name"]
    result = centrality(G, measures="degree", level="country")
    assert result.meta["nodes"] == C.number_of_nodes()
    assert result.rows[0]["id"] == "country:by"


def test_region_level_places_parties_in_their_regions(example):
    _, G = example
    R = centrality(G, measures="degree", level="region").graph
    assert all(G.nodes[n]["label"] == "Region" for n in R)
    P = partner_network(G)
    gomel_city_partners = set(P["city:by:gomel"]) if "city:by:gomel" in P else set()
    if gomel_city_partners:
        assert "region:by:gomel" in R


@pytest.mark.parametrize("detect", [louvain, leiden])
def test_communities_are_seeded_partitions_with_modularity(example, detect):
    _, G = example
    P = partner_network(G)
    found = detect(P, seed=3)
    assert found == detect(P, seed=3)
    assert set(found.membership) == set(P)
    parts = defaultdict(set)
    for node, c in found.membership.items():
        parts[c].add(node)
    assert found.modularity == pytest.approx(nx.community.modularity(P, parts.values()))
    assert found.modularity > 0.5       # a network of separate national hubs
    sizes = [len(parts[c]) for c in sorted(parts)]
    assert sizes == sorted(sizes, reverse=True)


def test_community_ids_are_written_with_the_settings(example):
    store, G = example
    result = centrality(G, measures="degree", communities="leiden", seed=5)
    assert all("community" in row for row in result.rows)
    try:
        store.set_node_properties(result.write_rows())
        stored = {r["id"]: r for r in store.run(
            "MATCH (n) WHERE n.community IS NOT NULL RETURN n.id AS id, n.community AS c, "
            "n.community_run AS run")}
    finally:   # the example store is shared: leave it as loaded
        store.run("MATCH (n) WHERE n.community IS NOT NULL "
                  "REMOVE n.community, n.community_run, n.degree, n.centrality_run")
    assert {k: v["c"] for k, v in stored.items()} == result.communities.membership
    assert '"leiden (networkit)"' in next(iter(stored.values()))["run"]


def test_find_party_errors(example):
    _, G = example
    with pytest.raises(UsageError, match="no party named 'Atlantis'"):
        find_party(G, "Atlantis")
    with pytest.raises(UsageError, match="--depth takes 1 or 2"):
        partners(G, "region:by:gomel", depth=3)
    with pytest.raises(UsageError, match="unknown rank measure"):
        timeline(G, "region:by:gomel", rank_by="fame")


@pytest.mark.parametrize("projection, weighted", [("partner", False), ("partner", True),
                                                  ("supply", False)])
def test_exact_measures_equal_networkx_on_the_example(example, projection, weighted):
    """The example dataset's own networks: exact betweenness and closeness as NetworkX."""
    from relgraph.graph.projections import project
    _, G = example
    H = project(G, projection)
    d = "distance" if weighted else None
    result = centrality(G, measures="betweenness,closeness", projection=projection,
                        weighted=weighted, exact=True)
    for name, expected in (("betweenness", nx.betweenness_centrality(H, weight=d)),
                           ("closeness", nx.closeness_centrality(H, distance=d))):
        got = result.scores[name]
        assert got.keys() == expected.keys()
        assert max(abs(got[v] - expected[v]) for v in H) < 1e-12, name
