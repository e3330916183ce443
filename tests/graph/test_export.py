"""Exports: GraphML, GEXF and JSON read back with NetworkX, the Cypher script rebuilds
the same graph, the CSV files follow the neo4j-admin import format."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from relgraph.cli import RelgraphGroup, cli
from relgraph.cli.export import export as export_command
from relgraph.graph import exports, projections
from relgraph.graph.cypher_script import run_script, split_statements
from relgraph.graph.errors import UsageError
from relgraph.graph.exports.cypher import literal, script, string_literal
from relgraph.graph.exports.networkx_files import flat_graph
from relgraph.graph.records import Node, Relationship
from relgraph.graph.server import DATABASE, USER

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "belarus-cis"

@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def example_store(request, load_example):
    """The example dataset on each available backend, loaded once per backend."""
    return load_example(request.getfixturevalue(f"_{request.param}_store"))


@pytest.fixture
def example_graph(_embedded_store, load_example) -> nx.MultiDiGraph:
    return load_example(_embedded_store).fetch()


TRICKY = ["O'Brien \"quoted\"", "back\\slash \\n not a newline", "two\nlines\r\n\ttab",
          "semi; colon // not a comment /* nor this */", "Гомель · 戈梅利 · 😀",
          "bell\x07 tab\x0b sep\u2028", "`backtick` {brace} $param"]
# (A NUL is refused by the schema, so no stored graph holds one; see
# test_csv_refuses_a_nul_it_cannot_keep_exact.)


@pytest.fixture
def tricky_graph(embedded_store) -> nx.MultiDiGraph:
    """A small graph whose texts try to break every format's escaping."""
    nodes = [Node("City", f"city:by:t{i}", {"name": text, "aliases": [text, "plain"],
                                             "country": "BY", "lat": 52.1 + i / 3,
                                             "population": 1000 + i, "resolved": i % 2 == 0})
             for i, text in enumerate(TRICKY)]
    nodes.append(Node("Document", "doc:t", {"name": "Doc", "title": TRICKY[0],
                                            "kind": "agreement", "date": "2018-06"}))
    rels = [Relationship("TWINNED_WITH", "city:by:t0", "city:by:t1",
                         {"since": "1990", "status": "active", "sources": TRICKY[:3]}),
            Relationship("SIGNED_AGREEMENT", "city:by:t2", "doc:t",
                         {"body": TRICKY[3], "evidence": {"file": "a.txt", "line": 3,
                                                          "quote": TRICKY[4]},
                          "confidence": 0.75}),
            Relationship("SUPPLIES_TO", "city:by:t3", "city:by:t4",
                         {"goods": TRICKY[5], "value_usd": 1000000, "status": "fact"}),
            Relationship("SUPPLIES_TO", "city:by:t4", "city:by:t3",
                         {"goods": TRICKY[6], "value_usd": 2.5e6, "status": "planned"})]
    embedded_store.upsert(nodes, rels)
    return embedded_store.fetch()


def _decoded(value):
    """A GraphML/GEXF attribute back as the value it was (lists and dicts are JSON)."""
    if isinstance(value, str) and value[:1] in "[{":
        return json.loads(value)
    return value


def _same_value(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return float(a) == float(b)
    return a == b


def _check_flat_round_trip(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    for n, attrs in G.nodes(data=True):
        got = H.nodes[n]
        assert got["type"] == attrs["label"]
        assert got["label"] == (attrs.get("name") or attrs.get("title") or n)
        kept = {k: v for k, v in attrs.items() if k not in ("label", "id") and v is not None}
        assert set(got) - {"label", "type"} == set(kept)
        for key, value in kept.items():
            assert _same_value(_decoded(got[key]), value), (n, key)
    # Readers return a DiGraph when no two edges are parallel: match edges by their id.
    read_edges = {d["id"]: (u, v, d) for u, v, d in H.edges(data=True)}
    assert len(read_edges) == H.number_of_edges()
    for u, v, key, attrs in G.edges(keys=True, data=True):
        ru, rv, got = read_edges[key]
        assert (ru, rv) == (u, v) and got["label"] == attrs["type"]
        for k, value in attrs.items():
            if k != "type" and value is not None:
                assert _same_value(_decoded(got[k]), value), (key, k)


# -- GraphML, GEXF, JSON ---------------------------------------------------------------------

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_gexf_read_back_with_the_same_graph(example_graph, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    report = exports.write(example_graph, fmt, path)
    assert report.nodes == example_graph.number_of_nodes() > 300
    H = READERS[fmt](path)
    assert isinstance(H, nx.MultiDiGraph)   # the example has parallel ties
    _check_flat_round_trip(example_graph, H)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_gexf_keep_tricky_texts(tricky_graph, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    exports.write(tricky_graph, fmt, path)
    # What XML can carry: control characters XML 1.0 forbids become U+FFFD (inside
    # lists they survive, as JSON escapes), and GraphML element text loses its \r.
    G = tricky_graph.copy()
    for n in G:
        G.nodes[n]["name"] = _as_xml(G.nodes[n]["name"], fmt)
    for *_, d in G.edges(keys=True, data=True):
        if "goods" in d:
            d["goods"] = _as_xml(d["goods"], fmt)
        if "body" in d:
            d["body"] = _as_xml(d["body"], fmt)
    _check_flat_round_trip(G, READERS[fmt](path))


def _as_xml(text: str, fmt: str) -> str:
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", text)
    return text.replace("\r\n", "\n") if fmt == "graphml" else text


def test_flat_graph_gives_each_attribute_one_type(tricky_graph):
    F = flat_graph(tricky_graph)
    values = [d["value_usd"] for *_, d in F.edges(keys=True, data=True) if "value_usd" in d]
    assert sorted(values) == [1e6, 2.5e6] and all(isinstance(v, float) for v in values)


def test_json_is_node_link_with_values_unchanged(example_graph, tmp_path):
    path = tmp_path / "g.json"
    exports.write(example_graph, "json", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    H = nx.node_link_graph(data, edges="edges")
    assert (H.number_of_nodes(), H.number_of_edges()) == (
        example_graph.number_of_nodes(), example_graph.number_of_edges())
    for n, attrs in example_graph.nodes(data=True):
        assert {**H.nodes[n], "id": n} == attrs   # node-link keeps the id as the node key
    for u, v, key, attrs in example_graph.edges(keys=True, data=True):
        assert H.edges[u, v, key] == attrs


# -- Cypher script -------------------------------------------------------------------------

def _graph_state(G: nx.MultiDiGraph):
    return ({n: dict(a) for n, a in G.nodes(data=True)},
            {k: (u, v, dict(d)) for u, v, k, d in G.edges(keys=True, data=True)})


def test_cypher_script_rebuilds_the_example(example_store, tmp_path):
    before_stats, before = example_store.stats(), example_store.fetch()
    path = tmp_path / "rebuild.cypher"
    exports.export(example_store, "cypher", path)
    example_store.clear()
    assert sum(example_store.stats()["labels"].values()) == 0
    text = path.read_text(encoding="utf-8")
    done = run_script(example_store, text, origin=str(path))
    assert example_store.stats() == before_stats
    assert _graph_state(example_store.fetch()) == _graph_state(before)
    run_script(example_store, text)   # idempotent: a second run changes nothing
    assert example_store.stats() == before_stats
    assert len(done) == len(split_statements(text))


def test_cypher_script_replayed_with_relgraph_query_file(tricky_graph, embedded_server,
                                                        embedded_store, tmp_path):
    path = tmp_path / "tricky.cypher"
    exports.write(tricky_graph, "cypher", path)
    embedded_store.clear()
    server, status = embedded_server
    result = CliRunner().invoke(cli, ["--uri", status.uri, "--user", USER, "--database",
                                      DATABASE, "query", "--file", str(path)],
                                env={"NEO4J_PASSWORD": server.password()})
    assert result.exit_code == 0, result.output
    assert _graph_state(embedded_store.fetch()) == _graph_state(tricky_graph)


def test_cypher_script_order_and_form(tricky_graph):
    text = script(tricky_graph)
    parts = [s.text for s in split_statements(text)]
    kinds = ["constraint" if p.lstrip("/ \n").startswith("CREATE CONSTRAINT")
             or "CREATE CONSTRAINT" in p.splitlines()[-1] else
             "node" if p.startswith("MERGE (n:") else "rel" for p in parts]
    assert kinds == sorted(kinds, key=["constraint", "node", "rel"].index)
    assert kinds.count("node") == tricky_graph.number_of_nodes()
    assert kinds.count("rel") == tricky_graph.number_of_edges()
    assert "$" not in text.replace("$param", "")    # parameter-free
    assert "CREATE (" not in text                   # idempotent: MERGE only
    assert script(tricky_graph) == text             # deterministic


@pytest.mark.parametrize("text", TRICKY)
def test_string_literal_round_trips_through_the_server(embedded_store, text):
    assert embedded_store.run(f"RETURN {string_literal(text)} AS s")[0]["s"] == text


def test_literal_refuses_what_cypher_cannot_hold():
    with pytest.raises(ValueError):
        literal(float("inf"))
    with pytest.raises(ValueError):
        literal({"a": 1})


# -- CSV for neo4j-admin -------------------------------------------------------------------

ADMIN_TYPE = re.compile(r"^(\w+):(string|long|double|boolean|string\[\])$")


def _read_admin_csv(path: Path, delimiter=";"):
    """Parse a file as neo4j-admin would: typed columns, empty cell = no property."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, out = rows[0], []
    for row in rows[1:]:
        item = {}
        for column, cell in zip(header, row, strict=True):
            if cell == "":
                continue
            name, _, kind = column.rpartition(":")
            if kind == "long":
                value = int(cell)
            elif kind == "double":
                value = float(cell)
            elif kind == "boolean":
                assert cell in ("true", "false")
                value = cell == "true"
            elif kind == "string[]":
                value = cell.split(delimiter)
            else:
                value = cell
            item[column if not name else name] = value
        out.append(item)
    return header, out


def test_csv_headers_follow_neo4j_admin(example_graph, tmp_path):
    report = exports.write(example_graph, "csv", tmp_path / "out")
    files = {f["file"] for f in report.files}
    labels = {a["label"] for _, a in example_graph.nodes(data=True)}
    types = {t for *_, t in example_graph.edges(data="type")}
    assert files == ({f"nodes_{lab}.csv" for lab in labels}
                     | {f"relationships_{t}.csv" for t in types}
                     | {"import.sh", "constraints.cypher"})
    for lab in labels:
        header, _ = _read_admin_csv(tmp_path / "out" / f"nodes_{lab}.csv")
        assert header[:2] == ["id:ID", ":LABEL"]
        assert all(ADMIN_TYPE.match(h) for h in header[2:]), header
    for t in types:
        header, _ = _read_admin_csv(tmp_path / "out" / f"relationships_{t}.csv")
        assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "id:string"]
        assert all(ADMIN_TYPE.match(h) for h in header[4:]), header
    region_header, _ = _read_admin_csv(tmp_path / "out" / "nodes_Region.csv")
    assert {"aliases:string[]", "lat:double", "level:long", "resolved:boolean"} <= set(
        region_header)
    script_text = (tmp_path / "out" / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script_text
    assert all(f"--nodes=nodes_{lab}.csv" in script_text for lab in labels)


def test_csv_values_read_back_as_the_graph(tricky_graph, tmp_path):
    # The tricky texts contain ";", the default array delimiter (see the next test).
    exports.write(tricky_graph, "csv", tmp_path, array_delimiter="|")
    nodes, edges = {}, {}
    for path in tmp_path.glob("nodes_*.csv"):
        for row in _read_admin_csv(path, "|")[1]:
            nodes[row.pop("id")] = row
    for path in tmp_path.glob("relationships_*.csv"):
        for row in _read_admin_csv(path, "|")[1]:
            edges[row["id"]] = row
    assert len(nodes) == tricky_graph.number_of_nodes()
    for n, attrs in tricky_graph.nodes(data=True):
        assert nodes[n][":LABEL"] == attrs["label"]
        for key, value in attrs.items():
            if key not in ("label", "id") and value is not None:
                assert _same_value(nodes[n][key], value), (n, key)
    for u, v, key, attrs in tricky_graph.edges(keys=True, data=True):
        row = edges[key]
        assert (row[":START_ID"], row[":END_ID"], row[":TYPE"]) == (u, v, attrs["type"])
        for k, value in attrs.items():
            if k == "evidence":
                assert json.loads(row[k]) == value
            elif k != "type" and value is not None:
                assert _same_value(row[k], value), (key, k)


def test_csv_refuses_a_nul_it_cannot_keep_exact(tmp_path):
    # A graph fetched from a server other tools also write to may hold one.
    G = nx.MultiDiGraph()
    G.add_node("city:by:x", label="City", id="city:by:x", name="nul\x00 inside")
    with pytest.raises(UsageError, match="city:by:x: name: .*NUL"):
        exports.write(G, "csv", tmp_path / "a")
    assert not any(b"\x00" in p.read_bytes() for p in (tmp_path / "a").glob("*.csv"))


def test_csv_array_delimiter_inside_a_value(embedded_store, tmp_path):
    embedded_store.upsert([Node("City", "city:by:x", {"name": "X", "aliases": ["a;b"]})])
    G = embedded_store.fetch()
    with pytest.raises(UsageError, match="array delimiter"):
        exports.write(G, "csv", tmp_path / "a")
    exports.write(G, "csv", tmp_path / "b", array_delimiter="|")
    _, rows = _read_admin_csv(tmp_path / "b" / "nodes_City.csv", delimiter="|")
    assert rows[0]["aliases"] == ["a;b"]
    assert "--array-delimiter='|'" in (tmp_path / "b" / "import.sh").read_text()


# -- filters, formats and the command ------------------------------------------------------

@pytest.mark.parametrize("options", [
    {"rel_types": ["TWINNED_WITH"]},
    {"kinds": ["Region", "City"]},
    {"countries": ["BY"], "as_of": 2010},
    {"rel_types": "twinned_with,supplies_to", "countries": "by,ru"},
])
def test_filters_are_those_of_the_full_projection(_embedded_store, example_graph, options,
                                                  load_example):
    G = exports.select(load_example(_embedded_store), **options)
    expected = projections.full_graph(example_graph, **options)
    assert set(G.nodes) == set(expected.nodes)
    assert set(G.edges(keys=True)) == set(expected.edges(keys=True))
    if "rel_types" in options:
        wanted = {t.upper() for t in re.split(r"[,\s]+", ",".join(
            [options["rel_types"]] if isinstance(options["rel_types"], str)
            else options["rel_types"]))}
        assert {t for *_, t in G.edges(data="type")} == wanted


def test_bad_filter_names_the_valid_values(_embedded_store):
    with pytest.raises(UsageError, match="TWINNED_WITH"):
        exports.select(_embedded_store, rel_types=["TWINNED"])


@pytest.mark.parametrize("path, fmt, expected", [
    ("a.graphml", None, "graphml"), ("a.GEXF", None, "gexf"), ("a.cql", None, "cypher"),
    ("out/", None, "csv"), ("a.txt", "json", "json")])
def test_export_format(path, fmt, expected):
    assert exports.export_format(path, fmt) == expected


def test_export_format_unknown():
    with pytest.raises(UsageError, match="cannot tell the format") as e:
        exports.export_format("a.txt")
    assert "--format" in e.value.hint


@pytest.fixture
def relgraph(embedded_server, _embedded_store, load_example):
    """Run ``relgraph [global options] export ...`` on the example dataset.

    The command is added to a copy of the top-level group here, so the test does not
    depend on (or change) the group's registered commands.
    """
    load_example(_embedded_store)
    server, status = embedded_server
    group = RelgraphGroup(name="relgraph", callback=cli.callback, params=cli.params,
                          commands={"export": export_command})
    opts = ["--uri", status.uri, "--user", USER, "--database", DATABASE, "export"]

    def invoke(*args):
        return CliRunner().invoke(group, [*opts, *args],
                                  env={"NEO4J_PASSWORD": server.password()})
    return invoke


def test_export_command(relgraph, example_graph, tmp_path):
    out = tmp_path / "partners.gexf"
    result = relgraph("-o", str(out), "--rel", "TWINNED_WITH", "--country", "BY,AM")
    assert result.exit_code == 0, result.output
    assert "format: gexf" in result.output and "partners.gexf" in result.output
    H = nx.read_gexf(out)
    expected = projections.full_graph(example_graph, rel_types=["TWINNED_WITH"],
                                      countries=["BY", "AM"])
    assert H.number_of_edges() == expected.number_of_edges() > 0


@pytest.mark.parametrize("args", [["-o", "x.txt"], ["-o", "x.gexf", "--country", "XX"],
                                  ["--format", "xml", "-o", "x.xml"]])
def test_export_command_bad_input_exits_2(relgraph, tmp_path, args):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    result = relgraph(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and not list(tmp_path.iterdir())
