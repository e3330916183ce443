"""Paths a query returns read as chains: ``Minsk -[TWINNED_WITH 2010]- Bryansk``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from relgraph.cli import cli

CHAIN = ("MATCH p = (:City {id: 'city:by:minsk'})-[:TWINNED_WITH]-(:City)"
         "<-[:SUPPLIES_TO]-(:Company) RETURN p AS path, length(p) AS steps")


@pytest.fixture
def chain_args(embedded_server, embedded_store):
    embedded_store.run(
        "CREATE (m:City {id: 'city:by:minsk', name: 'Minsk'}), "
        "(b:City {id: 'city:ru:bryansk', name: 'Bryansk'}), "
        "(c:Company {id: 'company:by:mtz', name: 'Minsk Tractor Works'}), "
        "(m)-[:TWINNED_WITH {since: '2010'}]->(b), "
        "(c)-[:SUPPLIES_TO {year: 2012, goods: 'tractors'}]->(b)")
    server, status = embedded_server
    return ["--uri", status.uri, "--user", "root", "--database", "relgraph",
            "--password", server.password()]


def test_a_path_is_a_readable_chain_in_a_table_and_csv(chain_args):
    table = CliRunner().invoke(cli, ["query", CHAIN, *chain_args])
    assert table.exit_code == 0, table.output
    text = "Minsk -[TWINNED_WITH 2010]- Bryansk <-[SUPPLIES_TO 2012]- Minsk Tractor Works"
    assert text in table.output.splitlines()[2]
    csv = CliRunner().invoke(cli, ["query", CHAIN, *chain_args, "--format", "csv"])
    assert csv.output.splitlines() == ["path,steps", f"{text},2"]


def test_a_path_in_json_keeps_every_property_and_direction(chain_args):
    result = CliRunner().invoke(cli, ["query", CHAIN, *chain_args, "--format", "json"])
    path = json.loads(result.output)["rows"][0]["path"]
    assert [n["id"] for n in path["nodes"]] == ["city:by:minsk", "city:ru:bryansk",
                                                "company:by:mtz"]
    supply = path["relationships"][1]
    assert (supply["type"], supply["start"], supply["end"]) == \
        ("SUPPLIES_TO", "company:by:mtz", "city:ru:bryansk")
    assert supply["properties"] == {"year": 2012, "goods": "tractors"}
