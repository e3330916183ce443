"""One clear data folder: a command that only reads never starts an empty database; it
names the folder it looked in and the ways to choose another. Every command's output
names the database it used."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from relgraph.cli import cli

READ_ONLY = [
    ["stats"],
    ["query", "MATCH (n) RETURN count(n) AS n"],
    ["query", "--name", "partners_of"],
    ["centrality", "--top", "5"],
    ["partners", "Minsk"],
    ["timeline", "--all"],
    ["render", "-o", "view.html"],
    ["export", "-o", "graph.graphml"],
]


@pytest.fixture
def newcomer(tmp_path, monkeypatch):
    """A folder with nothing in it, as the current folder, with no database settings."""
    monkeypatch.chdir(tmp_path)
    for name in ("RELGRAPH_HOME", "NEO4J_URI"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: " ".join(a))
def test_a_read_only_command_on_no_database_says_where_and_creates_nothing(newcomer, args):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith("Error: no relgraph database in ")
    assert str(newcomer / ".relgraph") in first
    assert "--data-dir" in first and "RELGRAPH_HOME" in first
    assert list(newcomer.iterdir()) == []


@pytest.mark.parametrize("where", ["option before", "option after", "environment"])
def test_the_chosen_folder_is_named_and_not_created(newcomer, where):
    folder = newcomer / "elsewhere" / "data"
    args, env = {"option before": (["--data-dir", str(folder), "stats"], {}),
                 "option after": (["stats", "--data-dir", str(folder)], {}),
                 "environment": (["stats"], {"RELGRAPH_HOME": str(folder)})}[where]
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exit_code == 2
    assert f"no relgraph database in {folder};" in result.stderr
    assert list(newcomer.iterdir()) == []


def test_a_subfolder_is_pointed_to_the_database_above_it(newcomer, monkeypatch):
    (newcomer / ".relgraph" / "arcadedb" / "databases" / "relgraph").mkdir(parents=True)
    (newcomer / "notes").mkdir()
    monkeypatch.chdir(newcomer / "notes")
    result = CliRunner().invoke(cli, ["stats"])
    assert result.exit_code == 2
    assert f"a database exists in {newcomer / '.relgraph'}" in result.stderr
    assert list((newcomer / "notes").iterdir()) == []


@pytest.mark.parametrize("args", [["server", "status"], ["server", "stop"]])
def test_asking_about_the_server_creates_no_folder(newcomer, args):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert list(newcomer.iterdir()) == []


def test_output_names_the_database_used(embedded_server, embedded_store):
    server, status = embedded_server
    args = ["--uri", status.uri, "--user", "root", "--database", "relgraph"]
    env = {"NEO4J_PASSWORD": server.password()}
    table = CliRunner().invoke(cli, [*args, "stats"], env=env)
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split() == ["kind", "name", "count"]  # table first
    assert f"# database: {status.uri} as root, database relgraph" in table.output
    as_json = CliRunner().invoke(cli, ["stats", *args, "--format", "json"], env=env)
    assert json.loads(as_json.output)["meta"]["database"].startswith(status.uri)
