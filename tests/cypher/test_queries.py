"""The analyst queries of cypher/queries/: every file runs with its example parameters
and returns rows, on every backend; their answers agree with the same questions asked
of the fetched graph in Python."""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.cli.common import parse_value
from relgraph.graph import projections, statements
from relgraph.graph.cypher_script import split_statements
from relgraph.graph.records import Node, Relationship
from relgraph.graph.statements import parse

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "belarus-cis"
QUERY_FILES = sorted((ROOT / "cypher" / "queries").glob("*.cypher"))
PARTY_LABELS = set(projections.PARTY_LABELS)

# The example dataset resolves every name, so a document with an unresolved party is
# added (as `relgraph load` stores one: a node with resolved = false) for
# unresolved_documents to find.
UNRESOLVED = "org:by:zarechye-trade-council"
SUPPLEMENT_NODES = [
    Node("Source", "source:test-fixture", {"name": "Test fixture", "title": "Test fixture"}),
    Node("Organization", UNRESOLVED, {"name": "Zarechye Trade Council", "country": "BY",
                                      "resolved": False}),
    Node("Document", "doc:test-unresolved", {"name": "Memorandum on fairs",
                                             "title": "Memorandum on fairs",
                                             "kind": "memorandum", "date": "2017-03"}),
]
SUPPLEMENT_RELS = [
    Relationship("SIGNED_AGREEMENT", party, "doc:test-unresolved",
                 {"date": "2017-03", "sources": ["source:test-fixture"]})
    for party in ("region:by:gomel", UNRESOLVED)
]

@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def example_store(request, load_example):
    """The example dataset (plus the supplement) on each available backend."""
    return load_example(request.getfixturevalue(f"_{request.param}_store"),
                        SUPPLEMENT_NODES, SUPPLEMENT_RELS)


@pytest.fixture
def example_graph(example_store) -> nx.MultiDiGraph:
    return example_store.fetch()


def run(store, name: str, **params) -> list[dict]:
    """Run a named query with its example parameters, overridden by ``params``."""
    st = statements.load(name)
    defaults = {k: parse_value(v.strip()) for k, v in st.params.items()}
    return store.run(name, {**defaults, **params})


# -- the files themselves ----------------------------------------------------------------

def test_there_are_at_least_twelve_queries():
    assert len(QUERY_FILES) >= 12
    assert {p.stem for p in QUERY_FILES} >= {
        "partners_of", "twinnings_by_year", "agreements_between_countries",
        "documents_signed_by", "suppliers_of", "most_ties_of_type", "shortest_chain",
        "unresolved_documents", "unsourced_relations", "ties_by_country_pair",
        "partners_as_of", "top_by_centrality"}


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_file_header(path):
    text = path.read_text(encoding="utf-8")
    st = parse(text, path=str(path))
    assert text.startswith(f"// name: {path.stem}\n")
    assert st.name == path.stem and len(st.description) > 30
    assert len(split_statements(st.text)) == 1, "one statement per file"
    used = set(re.findall(r"\$(\w+)", st.text))
    assert used == set(st.params), "every $parameter has an example :param line, and back"
    for literal in st.params.values():
        parse_value(literal.strip())   # the CLI can read every example value
    # Values are parameters: no node id is written into a query.
    assert not re.search(r"'(region|city|company|org|country|doc|source):", st.text)


def test_type_of_ties_is_a_parameter():
    text = statements.load("most_ties_of_type").text
    assert "type(r) = $type" in text and "{{" not in text


# -- every query, on the example dataset ---------------------------------------------------

@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_returns_rows_with_its_example_parameters(example_store, path):
    rows = run(example_store, path.stem)
    assert rows, f"{path.stem} returned no rows with its example parameters"


# -- answers agree with the fetched graph ------------------------------------------------

def _partner_counts(G, party, **options) -> Counter:
    P = projections.partner_network(G, **options)
    if party not in P:
        return Counter()
    return Counter({q: P[party][q]["count"] for q in P[party]})


@pytest.mark.parametrize("party", ["city:by:minsk", "region:by:gomel", "country:by",
                                   "company:by:minsk-tractor-works"])
def test_partners_of_lists_every_tie_of_the_partner_network(example_store, example_graph,
                                                            party):
    rows = run(example_store, "partners_of", id=party)
    assert Counter(r["partner_id"] for r in rows) == _partner_counts(example_graph, party)
    assert {r["tie"] for r in rows} <= set(projections.TIE_TYPES)
    for r in rows:
        if r["tie"] == "SUPPLIES_TO":
            supplier, recipient = ((r["partner_id"], party) if r["role"] == "supplier"
                                   else (party, r["partner_id"]))
            assert any(d["type"] == "SUPPLIES_TO"
                       for d in example_graph.get_edge_data(supplier, recipient).values())


@pytest.mark.parametrize("party, year", [("city:by:minsk", 2010), ("city:by:minsk", 2018),
                                         ("country:by", 2015), ("region:by:mogilev", 2009)])
def test_partners_as_of_matches_the_as_of_projection(example_store, example_graph, party,
                                                     year):
    rows = run(example_store, "partners_as_of", id=party, year=year)
    expected = _partner_counts(example_graph, party, as_of=year)
    assert {r["partner_id"]: r["count"] for r in rows} == dict(expected)
    assert all(r["since"] is None or r["since"] <= year for r in rows)


def test_partners_as_of_is_a_subset_of_all_partners(example_store):
    now = {r["partner_id"] for r in run(example_store, "partners_of", id="city:by:minsk")}
    then = {r["partner_id"] for r in run(example_store, "partners_as_of",
                                         id="city:by:minsk", year=2000)}
    assert then < now


def test_ties_by_country_pair_counts_every_tie(example_store, example_graph):
    expected: Counter = Counter()
    for u, v, tie in projections.iter_ties(example_graph):
        a, b = sorted([example_graph.nodes[u].get("country"),
                       example_graph.nodes[v].get("country")])
        expected[(a, b, tie["type"])] += 1
    got: Counter = Counter()
    for r in run(example_store, "ties_by_country_pair", countries=None):
        assert r["country_a"] <= r["country_b"]
        assert r["ties"] == r["twinnings"] + r["agreements"] + r["supplies"]
        for column, t in (("twinnings", "TWINNED_WITH"), ("agreements", "SIGNED_AGREEMENT"),
                          ("supplies", "SUPPLIES_TO")):
            if r[column]:
                got[(r["country_a"], r["country_b"], t)] = r[column]
    assert got == expected
    only_am = run(example_store, "ties_by_country_pair", countries=["AM"])
    assert only_am and all("AM" in (r["country_a"], r["country_b"]) for r in only_am)


@pytest.mark.parametrize("rel_type", ["TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"])
def test_most_ties_of_type(example_store, example_graph, rel_type):
    degree: Counter = Counter()
    for u, v, data in example_graph.edges(data=True):
        if data["type"] == rel_type:
            degree[u] += 1
            degree[v] += 1
    rows = run(example_store, "most_ties_of_type", type=rel_type, limit=5)
    assert len(rows) == 5
    for r in rows:
        assert r["ties"] == degree[r["id"]] and r["kind"] in PARTY_LABELS
    assert rows[0]["ties"] == max(c for n, c in degree.items()
                                  if example_graph.nodes[n]["label"] in PARTY_LABELS)
    assert [r["ties"] for r in rows] == sorted((r["ties"] for r in rows), reverse=True)


def test_most_ties_of_type_takes_the_type_as_a_value(example_store):
    before = example_store.stats()
    assert run(example_store, "most_ties_of_type", type="TWINNED_WITH' OR true //") == []
    assert run(example_store, "most_ties_of_type", type="twinned_with") == []
    assert example_store.stats() == before


@pytest.mark.parametrize("a, b", [("region:by:gomel", "region:ru:chechnya"),
                                  ("city:by:minsk", "country:sd"),
                                  ("city:by:minsk", "region:kz:pavlodar")])
def test_shortest_chain_is_shortest(example_store, example_graph, a, b):
    ties = nx.Graph(((u, v) for u, v, t in example_graph.edges(data="type")
                     if t in projections.TIE_TYPES))
    rows = run(example_store, "shortest_chain", from_id=a, to_id=b)
    assert len(rows) == 1
    chain = rows[0]
    assert chain["ids"][0] == a and chain["ids"][-1] == b
    assert chain["steps"] == len(chain["ties"]) == nx.shortest_path_length(ties, a, b)
    for u, v in pairwise(chain["ids"]):
        assert ties.has_edge(u, v)


@pytest.mark.parametrize("b", ["city:am:agarak", "source:monograph"])
def test_shortest_chain_no_row_when_unlinked(example_store, example_graph, b):
    ties = nx.Graph(((u, v) for u, v, t in example_graph.edges(data="type")
                     if t in projections.TIE_TYPES))
    assert not (b in ties and nx.has_path(ties, "city:by:minsk", b))
    assert run(example_store, "shortest_chain", from_id="city:by:minsk", to_id=b) == []


def test_twinnings_by_year(example_store, example_graph):
    years = [d.get("year") for *_, d in example_graph.edges(data=True)
             if d["type"] == "TWINNED_WITH"]
    rows = run(example_store, "twinnings_by_year", year_from=2008, year_to=2012)
    assert len(rows) == sum(1 for y in years if y is not None and 2008 <= y <= 2012) > 0
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    everything = run(example_store, "twinnings_by_year", year_from=None, year_to=None)
    assert len(everything) == len(years)


def test_documents_signed_by_respects_the_period(example_store, example_graph):
    party = "city:by:minsk"
    signed = {v for _, v, t in example_graph.out_edges(party, data="type")
              if t == "SIGNED_AGREEMENT"}
    all_rows = run(example_store, "documents_signed_by", id=party, year_from=None,
                   year_to=None)
    assert {r["document_id"] for r in all_rows} == signed
    rows = run(example_store, "documents_signed_by", id=party, year_from=2000, year_to=2019)
    assert rows and all(2000 <= r["year"] <= 2019 for r in rows)
    assert len(rows) < len(all_rows)


def test_agreements_between_countries(example_store, example_graph):
    G = example_graph
    expected = set()
    for d, attrs in G.nodes(data=True):
        if attrs["label"] != "Document":
            continue
        signers = [u for u, _, t in G.in_edges(d, data="type") if t == "SIGNED_AGREEMENT"]
        regions = [G.nodes[u] for u in signers if G.nodes[u]["label"] == "Region"]
        if ({r.get("country") for r in regions} >= {"BY", "RU"}):
            expected.add(d)
    rows = run(example_store, "agreements_between_countries", country_a="BY",
               country_b="RU")
    assert {r["document_id"] for r in rows} == expected
    assert all(r["regions_a"] and r["regions_b"] for r in rows)


def test_suppliers_of(example_store, example_graph):
    rows = run(example_store, "suppliers_of", id="region:ru:chechnya")
    expected = Counter(u for u, v, t in example_graph.in_edges("region:ru:chechnya",
                                                                data="type")
                       if t == "SUPPLIES_TO")
    assert Counter(r["supplier_id"] for r in rows) == expected
    assert all(r["goods"] for r in rows)


def test_unresolved_documents(example_store):
    rows = run(example_store, "unresolved_documents")
    assert [r["document_id"] for r in rows] == ["doc:test-unresolved"]
    assert rows[0]["unresolved"] == ["Zarechye Trade Council"]
    assert set(rows[0]["parties"]) == {"Zarechye Trade Council", "Gomel Region"}


def test_unsourced_relations(example_store, example_graph):
    unsourced = Counter(d["type"] for *_, d in example_graph.edges(data=True)
                        if not d.get("sources"))
    rows = run(example_store, "unsourced_relations", types=None)
    assert Counter(r["type"] for r in rows) == unsourced
    ties = ["TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"]
    assert len(run(example_store, "unsourced_relations", types=ties)) == sum(
        unsourced[t] for t in ties)


def test_relations_citing_source(example_store, example_graph):
    source = "source:belta-2017-sudan-tractor-assembly"
    rows = run(example_store, "relations_citing_source", source=source)
    assert len(rows) == sum(1 for *_, d in example_graph.edges(data=True)
                            if source in (d.get("sources") or ()))


def test_find_party_matches_aliases(example_store):
    rows = run(example_store, "find_party", text="ГОМЕЛЬСКАЯ")   # an alias, any case
    assert [r["id"] for r in rows] == ["region:by:gomel"]
    rows = run(example_store, "find_party", text="homyel")
    assert {"region:by:gomel", "city:by:gomel"} <= {r["id"] for r in rows}
    assert all(r["kind"] in PARTY_LABELS for r in rows)


def test_supplies_of_goods(example_store):
    rows = run(example_store, "supplies_of_goods", word="TRACTOR")
    assert rows and all("tractor" in r["goods"].lower() for r in rows)


# -- top_by_centrality: before and after scores are written -------------------------------

def _small_graph(store):
    nodes = [Node("City", f"city:by:{c}", {"name": c.title(), "country": "BY"})
             for c in ("alpha", "beta", "gamma", "delta")]
    nodes.append(Node("Document", "doc:x", {"name": "Doc", "title": "Doc"}))
    store.upsert(nodes, [Relationship("TWINNED_WITH", "city:by:alpha", "city:by:beta")])


def test_top_by_centrality_before_any_score(embedded_store):
    _small_graph(embedded_store)
    rows = run(embedded_store, "top_by_centrality", measure="betweenness", limit=10)
    assert [r["name"] for r in rows] == ["Alpha", "Beta", "Delta", "Gamma"]
    assert all(r["score"] is None for r in rows)


def test_top_by_centrality_orders_scores_with_nulls_last(embedded_store):
    _small_graph(embedded_store)
    embedded_store.set_node_properties([
        {"id": "city:by:gamma", "props": {"betweenness": 0.2, "pagerank": 0.9}},
        {"id": "city:by:beta", "props": {"betweenness": 0.7, "pagerank": 0.1}}])
    rows = run(embedded_store, "top_by_centrality", measure="betweenness", limit=3)
    assert [(r["id"], r["score"]) for r in rows] == [
        ("city:by:beta", 0.7), ("city:by:gamma", 0.2), ("city:by:alpha", None)]
    rows = run(embedded_store, "top_by_centrality", measure="pagerank", limit=2)
    assert [r["id"] for r in rows] == ["city:by:gamma", "city:by:beta"]


# -- the command line ------------------------------------------------------------------------

def test_query_list_shows_every_file():
    result = CliRunner().invoke(cli, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.output)["rows"]}
    assert set(rows) >= {p.stem for p in QUERY_FILES}
    assert "id='city:by:minsk'" in rows["partners_of"]["params"]


@pytest.fixture
def bolt_args(embedded_server, _embedded_store, load_example):
    load_example(_embedded_store, SUPPLEMENT_NODES, SUPPLEMENT_RELS)
    server, status = embedded_server
    return ["--uri", status.uri, "--user", "root", "--database", "relgraph"], \
        {"NEO4J_PASSWORD": server.password()}


def test_query_by_name_with_param(bolt_args):
    opts, env = bolt_args
    result = CliRunner().invoke(cli, [*opts, "query", "--name", "suppliers_of", "--param",
                                      "id=country:sd", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    assert rows and {r["supplier_id"] for r in rows} >= {"company:by:minsk-tractor-works"}


def test_query_by_name_uses_the_example_parameters(bolt_args):
    opts, env = bolt_args
    result = CliRunner().invoke(cli, [*opts, "query", "--name", "most_ties_of_type",
                                      "--param", "limit=3", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    assert len(rows) == 3 and rows[0]["id"] == "city:by:minsk"
