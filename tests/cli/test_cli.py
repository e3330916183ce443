"""The command line: help everywhere, README coverage, formats and error handling."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from cli_invoke import invoke
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.graph.records import Node

README = Path(__file__).resolve().parents[2] / "README.md"


def all_commands(group: click.Group = cli, prefix: str = "relgraph"):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        path = f"{prefix} {name}"
        yield path, command
        if isinstance(command, click.Group):
            yield from all_commands(command, path)


@pytest.mark.parametrize("path, command", list(all_commands()), ids=lambda x: str(x))
def test_every_command_has_help(path, command):
    assert command.help and len(command.help.strip()) > 20, f"{path} has no help text"
    args = path.split()[1:] + ["--help"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("path", [p for p, _ in all_commands()])
def test_every_command_is_in_the_readme(path):
    assert f"`{path}" in README.read_text(encoding="utf-8"), f"README does not name `{path}`"


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and re.search(r"\d+\.\d+", result.output)




def test_stats_counts_per_label_and_type(bolt_args, embedded_store):
    embedded_store.upsert([Node("City", "city:by:brest", {"name": "Brest", "country": "BY"})])
    result = invoke(bolt_args, "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {(r["kind"], r["name"]): r["count"] for r in json.loads(result.output)["rows"]}
    assert rows[("node", "City")] == 1 and rows[("relationship", "TWINNED_WITH")] == 0


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda out: json.loads(out)["rows"] == [{"x": 1, "s": "a,b"}]),
    ("csv", lambda out: out.splitlines() == ["x,s", '1,"a,b"']),
    ("table", lambda out: out.splitlines()[0].split() == ["x", "s"] and "a,b" in out),
])
def test_query_formats(bolt_args, fmt, check):
    result = invoke(bolt_args, "query", "RETURN $x AS x, $s AS s", "--param", "x=1",
                    "--param", "s=a,b", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert check(result.output), result.output


def test_query_parameters_are_values_not_cypher(bolt_args, embedded_store):
    embedded_store.upsert([Node("City", "city:by:brest", {"name": "Brest", "country": "BY"})])
    hostile = "x'}) DETACH DELETE n //"
    result = invoke(bolt_args, "query", "MATCH (n:City) WHERE n.name = $name RETURN n",
                    "--param", f"name={hostile}", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output)["rows"] == []
    assert embedded_store.stats()["labels"]["City"] == 1


def test_server_error_is_one_line_with_exit_1(bolt_args):
    result = invoke(bolt_args, "query", "MATCH (n RETURN n")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[0].startswith("Error:") and "Traceback" not in result.output


def test_bad_usage_exit_2(bolt_args):
    assert invoke(bolt_args, "query", "--param", "novalue", "RETURN 1").exit_code == 2
    assert invoke(bolt_args, "stats", "--format", "xml").exit_code == 2
    assert invoke(bolt_args, "query", "--name", "no_such_query").exit_code == 2


def test_debug_shows_the_traceback(bolt_args):
    opts, env = bolt_args
    result = CliRunner().invoke(cli, ["--debug", *opts, "query", "MATCH (n RETURN n"], env=env)
    assert result.exit_code == 1 and "Traceback (most recent call last)" in result.stderr


def test_unreachable_server_names_no_password():
    result = CliRunner().invoke(cli, ["--uri", "bolt://127.0.0.1:1", "--user", "u",
                                      "--password", "s3cret-pw", "stats"])
    assert result.exit_code == 1
    assert "s3cret-pw" not in result.output and "Error:" in result.output


def test_query_file_runs_in_order_and_names_the_failing_line(bolt_args, tmp_path,
                                                             embedded_store):
    script = tmp_path / "s.cypher"
    script.write_text("// make two cities\nCREATE (:City {id: 'city:xx:a', name: 'A;B'});\n"
                      "CREATE (:City {id: 'city:xx:b', name: 'B'});\n\n"
                      "MATCH (n:City RETURN n;\nCREATE (:City {id: 'city:xx:c', name: 'C'});\n")
    result = invoke(bolt_args, "query", "--file", str(script))
    assert result.exit_code == 1
    assert f"{script}:5: statement 3 of 4 failed" in result.output
    assert "statements 1-2 were committed" in result.output
    assert embedded_store.stats()["labels"]["City"] == 2
