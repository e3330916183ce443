"""Cypher scripts: many statements to a transaction, schema changes alone, a summary of
what changed, and at the first failure: its line, what was committed, nothing after."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from relgraph.cli import cli
from relgraph.graph.cypher_script import run_script, split_statements, transactions_of
from relgraph.graph.errors import QueryError
from relgraph.graph.server import DATABASE, USER


def city(i: int) -> str:
    return f"MERGE (n:City {{id: 'city:xx:c{i}'}}) SET n += {{name: 'City {i}'}};\n"


def twin(i: int, j: int) -> str:
    return (f"MATCH (a:City {{id: 'city:xx:c{i}'}}) MATCH (b:City {{id: 'city:xx:c{j}'}})\n"
            f"  MERGE (a)-[r:TWINNED_WITH {{id: 't{i}-{j}'}}]->(b) SET r += {{since: '1990'}};\n")


CONSTRAINT = "CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;\n"


def cities(store) -> set[str]:
    return {r["id"] for r in store.run("MATCH (n:City) RETURN n.id AS id")}


def test_grouping_puts_schema_changes_alone():
    text = city(1) + city(2) + CONSTRAINT + city(3) + city(4) + city(5) + twin(1, 2)
    groups = [(first, len(group), together)
              for first, group, together in transactions_of(split_statements(text), size=3)]
    assert groups == [(0, 2, True), (2, 1, False), (3, 3, True), (6, 1, True)]


def test_a_script_runs_in_few_transactions_and_reports_counters(embedded_store):
    text = "// a comment\n" + CONSTRAINT + "".join(city(i) for i in range(40)) \
        + "".join(twin(i, i + 1) for i in range(39)) + "MATCH (n:City) RETURN n.id;\n"
    seen = []
    report = run_script(embedded_store, text, size=25, progress=seen.append,
                        on_total=lambda n: seen.append(("total", n)))
    assert report.statements == 81 and seen[0] == ("total", 81) and sum(seen[1:]) == 81
    assert report.transactions == 1 + 4          # the constraint alone, then 80 in 25s
    assert report.counters["nodes_created"] == 40
    assert report.counters["relationships_created"] == 39
    assert report.rows == 40
    again = run_script(embedded_store, text, size=25)
    assert "nodes_created" not in again.counters                 # idempotent script
    assert embedded_store.stats()["relationships"]["TWINNED_WITH"] == 39


@pytest.mark.parametrize("bad_at", [0, 1, 4, 7, 9])
def test_the_first_failure_stops_the_script_after_committing_what_came_before(
        embedded_store, bad_at):
    lines = [city(i) for i in range(10)]
    lines[bad_at] = "MERGE (n:City {id: 'broken'}) SET n.name = ;\n"
    text = "// header\n\n" + "".join(lines)
    with pytest.raises(QueryError) as err:
        run_script(embedded_store, text, origin="rebuild.cypher", size=4)
    message, hint = str(err.value), err.value.hint
    assert message.startswith(f"rebuild.cypher:{bad_at + 3}: statement {bad_at + 1} of 10 failed")
    assert cities(embedded_store) == {f"city:xx:c{i}" for i in range(bad_at)}
    assert ("nothing was committed" if bad_at == 0 else
            f"1-{bad_at} were committed" if bad_at > 1 else "statement 1 was committed") in hint
    assert f"the {9 - bad_at} statement(s) after it were not run" in hint


def test_split_reports_the_line_each_statement_starts_on():
    text = "// c\n" + city(1) + "\n" + twin(1, 2) + "RETURN ';' AS x"
    assert [s.line for s in split_statements(text)] == [2, 4, 6]


@pytest.fixture
def bolt(embedded_server, embedded_store):
    server, status = embedded_server
    return ["--uri", status.uri, "--user", USER, "--database", DATABASE], \
        {"NEO4J_PASSWORD": server.password()}


def test_query_file_prints_a_summary(bolt, tmp_path):
    opts, env = bolt
    path = tmp_path / "s.cypher"
    path.write_text(CONSTRAINT + "".join(city(i) for i in range(30)), encoding="utf-8")
    result = CliRunner().invoke(cli, [*opts, "query", "--file", str(path), "--format",
                                      "json"], env=env)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    counts = {r["what"]: r["count"] for r in out["rows"]}
    assert counts["statements"] == 31 and counts["nodes created"] == 30
    assert counts["transactions"] == 2 and len(out["rows"]) < 10


def test_query_file_failure_names_the_line_and_what_was_committed(bolt, embedded_store,
                                                                 tmp_path):
    opts, env = bolt
    path = tmp_path / "s.cypher"
    path.write_text(city(1) + city(2) + "NOT CYPHER AT ALL;\n" + city(3), encoding="utf-8")
    result = CliRunner().invoke(cli, [*opts, "query", "--file", str(path)], env=env)
    assert result.exit_code == 1
    assert f"{path}:3: statement 3 of 4 failed" in result.output
    assert "statements 1-2 were committed" in result.output
    assert cities(embedded_store) == {"city:xx:c1", "city:xx:c2"}


def reference_split(script: str) -> list[tuple[str, int]]:
    """The plain character-by-character splitter, to check the fast one: each
    statement's text and where its part of the script starts."""
    out, buf, quote, i, begin = [], [], None, 0, 0
    while i < len(script):
        ch, nxt = script[i], script[i + 1:i + 2]
        if quote:
            buf.append(ch)
            if ch == "\\" and quote != "`" and nxt:
                buf.append(nxt)
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
            buf.append(ch)
        elif ch == "/" and nxt in ("/", "*"):
            end = script.find("\n" if nxt == "/" else "*/", i + 2)
            end = len(script) if end == -1 else end + (0 if nxt == "/" else 2)
            buf.append(script[i:end])
            i = end
            continue
        elif ch == ";":
            out.append(("".join(buf).strip(), begin))
            buf, begin = [], i + 1
        else:
            buf.append(ch)
        i += 1
    out.append(("".join(buf).strip(), begin))
    return [(t, b) for t, b in out if t and not all(
        not ln.strip() or ln.strip().startswith("//") for ln in t.splitlines())]


@given(st.lists(st.sampled_from(["RETURN 1", "MATCH (n)", ";", "'", '"', "`", "\\", "//",
                                 "/*", "*/", "\n", " ", "x"]), max_size=40).map("".join))
def test_the_fast_splitter_agrees_with_the_plain_one(script):
    statements = split_statements(script)
    reference = reference_split(script)
    assert [s.text for s in statements] == [text for text, _ in reference]
    for s, (_, part) in zip(statements, reference, strict=True):
        # The line is the one where the statement's code starts, its comments aside.
        begin = script.index(s.text, part)
        text, skip = s.text, 0
        while True:
            skip += len(text[skip:]) - len(text[skip:].lstrip())
            if text.startswith("//", skip):
                end = text.find("\n", skip)
                skip = len(text) if end == -1 else end
            elif text.startswith("/*", skip):
                end = text.find("*/", skip + 2)
                skip = len(text) if end == -1 else end + 2
            else:
                break
        if skip < len(text):
            assert s.line == script.count("\n", 0, begin + skip) + 1
