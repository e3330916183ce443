"""The example dataset through every command, against the embedded server: what a
user does after `relgraph load examples/belarus-cis/`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.graph.projections import partner_network
from relgraph.loaders.load import load_paths

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "belarus-cis"


@pytest.fixture
def loaded(embedded_server, embedded_store):
    load_paths(embedded_store, [EXAMPLE])
    server, status = embedded_server
    opts = ["--uri", status.uri, "--user", "root", "--database", "relgraph"]
    env = {"NEO4J_PASSWORD": server.password()}

    def run(*args):
        result = CliRunner().invoke(cli, [*opts, *args], env=env)
        assert result.exit_code == 0, result.output
        return result.output
    return embedded_store, run


def test_betweenness_equals_networkx_on_the_partner_network(loaded):
    store, run = loaded
    out = json.loads(run("centrality", "--measure", "betweenness", "--top", "10",
                         "--format", "json"))
    expected = nx.betweenness_centrality(partner_network(store.fetch()))
    assert len(out["rows"]) == 10
    for row in out["rows"]:
        assert row["score"] == pytest.approx(expected[row["id"]], abs=1e-9)
    best = sorted(expected.values(), reverse=True)[:10]
    assert [r["score"] for r in out["rows"]] == pytest.approx(best, abs=1e-9)


def test_as_of_2010_ranks_the_graph_of_2010(loaded):
    store, run = loaded
    now = json.loads(run("centrality", "--measure", "degree", "--top", "0",
                         "--format", "json"))
    then = json.loads(run("centrality", "--measure", "degree", "--top", "0",
                          "--as-of", "2010", "--format", "json"))
    expected = dict(partner_network(store.fetch(), as_of=2010).degree())
    assert {r["id"]: r["score"] for r in then["rows"]} == pytest.approx(expected)
    assert sum(r["score"] for r in then["rows"]) < sum(r["score"] for r in now["rows"])
    # no tie of 2010's network is dated after 2010
    for _, _, d in partner_network(store.fetch(), as_of=2010).edges(data=True):
        assert all(t.get("year") is None or t["year"] <= 2010 for t in d["ties"])


def test_write_puts_scores_on_nodes_for_cypher(loaded):
    store, run = loaded
    run("centrality", "--measure", "betweenness", "--write")
    rows = store.run("MATCH (n) WHERE n.betweenness IS NOT NULL "
                     "RETURN n.id AS id, n.betweenness AS b ORDER BY n.betweenness DESC "
                     "LIMIT 1")
    expected = nx.betweenness_centrality(partner_network(store.fetch()))
    assert rows[0]["b"] == pytest.approx(max(expected.values()), abs=1e-9)


def test_render_writes_an_offline_page(loaded, tmp_path):
    _, run = loaded
    out = tmp_path / "out.html"
    run("render", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="https?://', html)
    assert "Gomel" in html and "<canvas" not in html.split("<body", 1)[0]


def test_every_analyst_query_returns_rows(loaded):
    store, run = loaded
    listed = json.loads(run("query", "--list", "--format", "json"))["rows"]
    assert len(listed) >= 12
    for q in listed:
        if q["name"] == "unresolved_documents":
            continue   # every name of the example resolves; tested on its own data
        rows = json.loads(run("query", "--name", q["name"], "--format", "json"))["rows"]
        assert rows, f"{q['name']} returned no rows"
