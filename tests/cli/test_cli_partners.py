"""``relgraph partners``, ``relgraph timeline`` and the new ``centrality`` options, run as
a user runs them against the embedded server holding the example dataset."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from relgraph.cli import cli


@pytest.fixture
def run(embedded_server, _embedded_store, load_example):
    load_example(_embedded_store)
    server, status = embedded_server
    opts = ["--uri", status.uri, "--user", "root", "--database", "relgraph"]
    env = {"NEO4J_PASSWORD": server.password()}

    def invoke(*args):
        return CliRunner().invoke(cli, [*opts, *args], env=env)
    return invoke


def test_partners_json(run):
    result = run("partners", "region:by:gomel", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["meta"]["party"] == "region:by:gomel"
    assert data["meta"]["measures"] == ["degree", "betweenness"]
    rows = data["rows"]
    assert rows and all(r["depth"] == 1 for r in rows)
    assert {"ties", "twinned", "agreements", "first", "last", "betweenness",
            "betweenness_rank"} <= set(rows[0])


def test_partners_depth_two_csv(run):
    result = run("partners", "Gomel Region", "--depth", "2", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {r["depth"] for r in rows} == {"1", "2"}
    assert all(r["via"] for r in rows if r["depth"] == "2")


def test_by_year_table_and_png(run, tmp_path):
    png, svg = tmp_path / "gomel.png", tmp_path / "gomel.svg"
    result = run("partners", "region:by:gomel", "--by-year", "--png", str(png),
                 "--svg", str(svg))
    assert result.exit_code == 0, result.output
    assert "timeline of Gomel Region" in result.output and "rank_of" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "<svg" in svg.read_text(encoding="utf-8")[:500]
    assert f"wrote {png}" in result.output


def test_timeline_all_csv(run):
    result = run("timeline", "--all", "--from", "2000", "--to", "2005", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["year"] for r in rows] == [str(y) for y in range(2000, 2006)]
    parties = [int(r["parties"]) for r in rows]
    assert parties[0] > 0


def test_centrality_country_level_and_communities(run):
    result = run("centrality", "-m", "degree", "--level", "country", "--communities",
                 "louvain", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["meta"]["level"] == "country"
    assert data["meta"]["communities"]["method"] == "louvain (networkx)"
    assert all(r["id"].startswith("country:") and r["community"] is not None
               for r in data["rows"])


@pytest.mark.parametrize("args, message", [
    (["partners", "Atlantis"], "no party named 'Atlantis'"),
    (["partners", "region:by:gomel", "--depth", "3"], "--depth"),
    (["partners", "region:by:gomel", "--png", "x.png"], "add --by-year"),
    (["timeline"], "give a PARTY or --all"),
    (["timeline", "region:by:gomel", "--as-of", "2010"], "--from/--to"),
    (["centrality", "--level", "country", "--write"], "--write stores party scores"),
])
def test_bad_input_exits_2(run, args, message):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output
