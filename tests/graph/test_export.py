"""Exports: GraphML, GEXF and JSON read back with NetworkX, the Cypher script rebuilds
the same graph, the CSV files follow the neo4j-admin import format."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from relgraph.cli import RelgraphGroup, cli
from relgraph.cli import export as export_cli
from relgraph.cli.centrality import centrality as centrality_command
from relgraph.cli.export import export as export_command
from relgraph.graph import exports, projections
from relgraph.graph.centrality import MEASURES
from relgraph.graph.cypher_script import run_script, split_statements
from relgraph.graph.errors import UsageError
from relgraph.graph.exports import sheets
from relgraph.graph.exports.cypher import literal, script, string_literal
from relgraph.graph.exports.networkx_files import flat_graph
from relgraph.graph.exports.projected import day, export_graph, interval, node_interval
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


def _check_flat_round_trip(G: nx.MultiDiGraph, H: nx.Graph) -> None:
    """``H``, read from a GraphML or GEXF file, holds ``G``'s nodes and edges with the
    same attributes; GEXF's time intervals (``start``/``end``) are what
    :func:`projected.interval` gives."""
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    assert H.is_directed() == G.graph.get("directed", True)
    for n, attrs in G.nodes(data=True):
        got = H.nodes[n]
        assert got["type"] == attrs["label"]
        assert got["label"] == (attrs.get("name") or attrs.get("title") or n)
        kept = {k: v for k, v in attrs.items() if k not in ("label", "id") and v is not None}
        assert set(got) - {"label", "type", "start", "end"} == set(kept)
        for key, value in kept.items():
            assert _same_value(_decoded(got[key]), value), (n, key)
        start, end = node_interval(G, n) if "start" in got or "end" in got else (None, None)
        assert (got.get("start"), got.get("end")) == (start, end), n
    # Readers return a DiGraph when no two edges are parallel: match edges by their id.
    read_edges = {d["id"]: (u, v, d) for u, v, d in H.edges(data=True)}
    assert len(read_edges) == H.number_of_edges()
    for u, v, key, attrs in G.edges(keys=True, data=True):
        ru, rv, got = read_edges[key]
        if H.is_directed():
            assert (ru, rv) == (u, v)
        else:
            assert {ru, rv} == {u, v}
        assert got["label"] == attrs["type"]
        for k, value in attrs.items():
            if k != "type" and value is not None:
                assert _same_value(_decoded(got[k]), value), (key, k)
        if "start" in got or "end" in got:
            assert (got.get("start"), got.get("end")) == interval(G, attrs, target=v)


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
    assert done.statements == len(split_statements(text))


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
    # Sources are left out: no relationship links them.
    sources = {n for n, label in expected.nodes(data="label") if label == "Source"}
    assert all(expected.degree(n) == 0 for n in sources)
    assert set(G.nodes) == set(expected.nodes) - sources
    with_sources = exports.select(_embedded_store, with_sources=True, **options)
    assert set(with_sources.nodes) == set(expected.nodes)
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
                          commands={"export": export_command,
                                    "centrality": centrality_command})
    opts = ["--uri", status.uri, "--user", USER, "--database", DATABASE]

    def invoke(*args, command="export"):
        return CliRunner().invoke(group, [*opts, command, *args],
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


# -- projections and time ------------------------------------------------------------------

@pytest.fixture
def partner_graph(example_graph) -> nx.MultiDiGraph:
    return export_graph(example_graph, projection="partner")


def test_partner_projection_is_the_partner_network_one_edge_per_tie(example_graph,
                                                                     partner_graph):
    P = projections.partner_network(example_graph)
    assert set(partner_graph) == set(P)
    assert partner_graph.number_of_edges() == P.graph["ties"] == sum(
        d["count"] for *_, d in P.edges(data=True))
    pairs: dict[frozenset, float] = {}
    for u, v, d in partner_graph.edges(data=True):
        pairs[frozenset((u, v))] = pairs.get(frozenset((u, v)), 0) + d["weight"]
    assert pairs == {frozenset((u, v)): d["weight"] for u, v, d in P.edges(data=True)}
    assert partner_graph.graph["pairs"] == P.number_of_edges()
    # Supplies keep their direction; twinnings and supplies keep their relationship id.
    supplies = [(u, v, d) for u, v, d in partner_graph.edges(data=True)
                if d["type"] == "SUPPLIES_TO"]
    assert supplies
    for u, v, d in supplies:
        assert example_graph.edges[u, v, d["id"]]["type"] == "SUPPLIES_TO"


def test_supply_projection_is_directed_supplier_to_recipient(example_graph):
    S = export_graph(example_graph, projection="supply")
    expected = projections.supply_network(example_graph)
    assert set(S) == set(expected) and S.graph["directed"] is True
    assert {(u, v) for u, v in S.edges()} == set(expected.edges())
    assert S.number_of_edges() == expected.graph["ties"]


@pytest.mark.parametrize("options", [{"as_of": 2005}, {"countries": ["BY", "RU"]},
                                     {"rel_types": ["TWINNED_WITH"]}])
def test_partner_projection_takes_the_centrality_filters(example_graph, options):
    G = export_graph(example_graph, projection="partner", **options)
    P = projections.partner_network(example_graph, **options)
    assert set(G) == set(P) and G.number_of_edges() == P.graph["ties"]
    assert G.graph["filters"] == P.graph["filters"]


def test_weights_and_bad_projection(example_graph):
    G = export_graph(example_graph, projection="partner", weights={"SUPPLIES_TO": 3})
    assert {d["weight"] for *_, d in G.edges(data=True) if d["type"] == "SUPPLIES_TO"} == {3.0}
    with pytest.raises(UsageError, match="partner projection only"):
        export_graph(example_graph, projection="supply", weights={"SUPPLIES_TO": 3})
    with pytest.raises(UsageError, match="unknown projection"):
        export_graph(example_graph, projection="parties")


# -- GEXF 1.3 ------------------------------------------------------------------------------

GEXF_NS = "{http://gexf.net/1.3}"
# Attribute types and time formats GEXF 1.3's schema defines.
GEXF_ATTR_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring",
                   "anyURI"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _gexf(path: Path):
    import xml.etree.ElementTree as ET
    return ET.parse(path).getroot()


def test_partner_gexf_opens_in_networkx_undirected_with_time_intervals(partner_graph,
                                                                     tmp_path):
    path = tmp_path / "partners.gexf"
    exports.write(partner_graph, "gexf", path)
    H = nx.read_gexf(path)
    assert not H.is_directed() and H.is_multigraph()
    _check_flat_round_trip(partner_graph, H)
    undated = partner_graph.graph["undated_ties"]
    dated = [d for *_, d in H.edges(data=True) if "start" in d]
    assert len(dated) == H.number_of_edges() - undated > H.number_of_edges() / 2
    assert all(ISO_DAY.match(d["start"]) for d in dated)
    assert all(d["end"] >= d["start"] for d in dated if "end" in d)
    assert any("end" in d for d in dated)          # documents with a valid_to
    # A node starts with its first tie, when all its ties are dated.
    for n, attrs in H.nodes(data=True):
        starts = [d.get("start") for *_, d in H.edges(n, data=True)]
        assert attrs.get("start") == (min(starts) if all(starts) else None), n
    graph = _gexf(path).find(f"{GEXF_NS}graph")
    assert (graph.get("defaultedgetype"), graph.get("mode"), graph.get("timeformat"),
            graph.get("timerepresentation")) == ("undirected", "dynamic", "date", "interval")


def test_gexf_is_gexf_1_3(partner_graph, tmp_path):
    path = tmp_path / "partners.gexf"
    exports.write(partner_graph, "gexf", path)
    root = _gexf(path)
    assert root.tag == f"{GEXF_NS}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF_NS}graph")
    for block in graph.findall(f"{GEXF_NS}attributes"):
        assert block.get("class") in ("node", "edge")
        assert {a.get("type") for a in block} <= GEXF_ATTR_TYPES
    nodes, edges = graph.find(f"{GEXF_NS}nodes"), graph.find(f"{GEXF_NS}edges")
    assert int(nodes.get("count")) == len(nodes) == partner_graph.number_of_nodes()
    assert int(edges.get("count")) == len(edges) == partner_graph.number_of_edges()
    for edge in edges:
        assert edge.get("type") == "undirected"
        assert edge.get("kind") == edge.get("label") in projections.TIE_TYPES
    # No date of writing: the same graph gives the same bytes.
    again = tmp_path / "again.gexf"
    exports.write(partner_graph, "gexf", again)
    assert again.read_bytes() == path.read_bytes()


def test_mixed_gexf_has_undirected_symmetric_ties_and_directed_supplies(example_graph,
                                                                       tmp_path):
    path = tmp_path / "mixed.gexf"
    exports.write(export_graph(example_graph, projection="partner"), "gexf", path,
                  mixed=True)
    edges = _gexf(path).find(f"{GEXF_NS}graph/{GEXF_NS}edges")
    kinds = {(e.get("kind"), e.get("type")) for e in edges}
    assert kinds == {("TWINNED_WITH", "undirected"), ("SIGNED_AGREEMENT", "undirected"),
                     ("SUPPLIES_TO", "directed")}
    with pytest.raises(nx.NetworkXError):    # NetworkX holds no mixed graph; Gephi does
        nx.read_gexf(path)
    full = tmp_path / "full.gexf"
    exports.write(export_graph(example_graph), "gexf", full, mixed=True)
    edges = _gexf(full).find(f"{GEXF_NS}graph/{GEXF_NS}edges")
    assert {e.get("kind") for e in edges if e.get("type") == "undirected"} == {"TWINNED_WITH"}


def test_supply_gexf_is_directed(example_graph, tmp_path):
    S = export_graph(example_graph, projection="supply")
    path = tmp_path / "supply.gexf"
    exports.write(S, "gexf", path)
    H = nx.read_gexf(path)
    assert H.is_directed()
    _check_flat_round_trip(S, H)


@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_partner_graphml_and_json_are_undirected(partner_graph, tmp_path, fmt):
    path = tmp_path / f"partners.{fmt}"
    exports.write(partner_graph, fmt, path)
    if fmt == "graphml":
        H = nx.read_graphml(path)
        _check_flat_round_trip(partner_graph, H)
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["directed"] is False and data["graph"]["projection"] == "partner"
        H = nx.node_link_graph(data, edges="edges")
        assert H.number_of_edges() == partner_graph.number_of_edges()
    assert not H.is_directed()


@pytest.mark.parametrize("text, start, end", [
    ("2018", "2018-01-01", "2018-12-31"), ("2016-02", "2016-02-01", "2016-02-29"),
    ("2019-06-28", "2019-06-28", "2019-06-28"), ("1990s", None, None),
    ("2019-02-30", None, None)])
def test_reduced_precision_dates_become_days(text, start, end):
    assert (day(text), day(text, end=True)) == (start, end)


# -- sheets for Flourish and Kumu ----------------------------------------------------------

def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _sheets_graph(folder: Path, directed: bool) -> nx.Graph:
    """The sheets as Flourish or a NetworkX user reads them: points, then links."""
    G = nx.DiGraph() if directed else nx.Graph()
    for row in _read_csv(folder / "nodes.csv"):
        G.add_node(row["id"], **row)
    for row in _read_csv(folder / "links.csv"):
        assert row["source"] in G and row["target"] in G
        G.add_edge(row["source"], row["target"])
    return G


@pytest.mark.parametrize("projection", ["partner", "supply"])
def test_sheets_load_into_networkx_with_the_counts_centrality_reports(relgraph, tmp_path,
                                                                      projection):
    measure = "in_degree" if projection == "supply" else "degree"
    ranked = relgraph("--projection", projection, "-m", measure, "--format", "json",
                      "--country", "BY,RU", command="centrality")
    assert ranked.exit_code == 0, ranked.output
    meta = json.loads(ranked.output)["meta"]
    out = tmp_path / "sheets"
    result = relgraph("--projection", projection, "--format", "sheets", "-o", str(out),
                      "--country", "BY,RU")
    assert result.exit_code == 0, result.output
    G = _sheets_graph(out, directed=projection == "supply")
    assert (G.number_of_nodes(), G.number_of_edges()) == (meta["nodes"], meta["edges"]) > (
        0, 0)
    links = _read_csv(out / "links.csv")
    assert len(links) == meta["ties"]          # one row per tie


def test_sheets_columns_and_values(partner_graph, tmp_path):
    G = partner_graph.copy()
    some = sorted(G)[:3]
    for i, n in enumerate(some):
        G.nodes[n]["betweenness"] = i / 10
    exports.write(G, "sheets", tmp_path)
    nodes = _read_csv(tmp_path / "nodes.csv")
    assert list(nodes[0]) == ["id", "label", "kind", "country", "lat", "lon", "betweenness"]
    for row in nodes:
        attrs = G.nodes[row["id"]]
        assert row["label"] == (attrs.get("name") or row["id"])
        assert row["kind"] == attrs["label"] and row["country"] == (attrs.get("country") or "")
        for key in ("lat", "lon"):
            assert (float(row[key]) if row[key] else None) == attrs.get(key)
        score = G.nodes[row["id"]].get("betweenness")
        assert (float(row["betweenness"]) if row["betweenness"] else None) == score
    links = _read_csv(tmp_path / "links.csv")
    assert list(links[0])[:6] == ["source", "target", "type", "date", "year", "weight"]
    by_id = {row["id"]: row for row in links}
    assert len(by_id) == G.number_of_edges()
    for u, v, key, d in G.edges(keys=True, data=True):
        row = by_id[key]
        assert (row["source"], row["target"], row["type"]) == (u, v, d["type"])
        assert row["year"] == (str(d["year"]) if d.get("year") is not None else "")
        assert float(row["weight"]) == d["weight"]
        assert row["direction"] == ("directed" if d["type"] == "SUPPLIES_TO" else "undirected")
        assert row["sources"] == "|".join(d.get("sources", []))
        if d.get("date"):
            assert row["date"] == d["date"]
    kumu_elements = _read_csv(tmp_path / "kumu-elements.csv")
    kumu_connections = _read_csv(tmp_path / "kumu-connections.csv")
    assert list(kumu_elements[0])[:3] == ["ID", "Label", "Type"]
    assert list(kumu_connections[0])[:4] == ["ID", "From", "To", "Type"]
    assert [r["ID"] for r in kumu_elements] == [r["id"] for r in nodes]
    assert {(r["From"], r["To"], r["ID"]) for r in kumu_connections} == {
        (r["source"], r["target"], r["id"]) for r in links}


FORMULAS = ["=HYPERLINK(\"http://example.org\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)",
            "\t=1", "\r=1"]


def test_sheets_neutralise_spreadsheet_formulas(embedded_store, tmp_path):
    nodes = [Node("City", f"city:by:f{i}", {"name": text, "country": "BY", "lat": -1.5 - i,
                                             "lon": -70.25})
             for i, text in enumerate(FORMULAS)]
    rels = [Relationship("SUPPLIES_TO", "city:by:f0", "city:by:f1", {"goods": "=1+2"})]
    embedded_store.upsert(nodes, rels)
    G = export_graph(embedded_store.fetch(), projection="full")
    exports.write(G, "sheets", tmp_path)
    rows = {r["id"]: r for r in _read_csv(tmp_path / "nodes.csv")}
    for i, text in enumerate(FORMULAS):
        assert rows[f"city:by:f{i}"]["label"] == "'" + text
        assert float(rows[f"city:by:f{i}"]["lat"]) == -1.5 - i    # numbers stay numbers
    assert _read_csv(tmp_path / "links.csv")[0]["goods"] == "'=1+2"
    assert _read_csv(tmp_path / "kumu-elements.csv")[0]["Label"].startswith("'")


# -- neo4j-admin: the command line and empty values ----------------------------------------

def test_import_sh_passes_the_database_name_before_the_files(example_graph, tmp_path):
    folder = tmp_path / "import"
    exports.write(example_graph, "csv", folder)
    script_path = folder / "import.sh"
    assert subprocess.run(["sh", "-n", str(script_path)]).returncode == 0
    # A stand-in neo4j-admin that records its arguments, one per line.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub = bin_dir / "neo4j-admin"
    stub.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "$ARGS_OUT"\n')
    stub.chmod(0o755)
    for given, database in ((["graphdb"], "graphdb"), ([], "neo4j")):
        out = tmp_path / f"args-{database}.txt"
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
               "ARGS_OUT": str(out)}
        done = subprocess.run(["sh", str(script_path), *given], env=env, cwd=tmp_path)
        assert done.returncode == 0
        args = out.read_text(encoding="utf-8").splitlines()
        # As documented: neo4j-admin database import full [<database>] [options]; the
        # name must precede --nodes/--relationships, which take several files each.
        assert args[:4] == ["database", "import", "full", database]
        assert all(a.startswith("--") for a in args[4:])
        files = [a.split("=", 1)[1] for a in args if a.startswith(("--nodes=",
                                                                    "--relationships="))]
        assert files and all((folder / f).is_file() for f in files)
        assert "--overwrite-destination" in args
    text = script_path.read_text(encoding="utf-8")
    assert "STOP DATABASE" in text and "Community" in text and "Aura" in text


def test_csv_empty_texts_survive_and_empty_lists_are_left_out(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("city:by:e", label="City", name="E", aliases=[], wikidata="")
    G.add_node("city:by:f", label="City", name="F", aliases=["Ef"], wikidata="Q1")
    exports.write(G, "csv", tmp_path)
    lines = (tmp_path / "nodes_City.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id:ID,:LABEL,name:string,aliases:string[],wikidata:string"
    assert lines[1:] == ['city:by:e,City,E,,""', "city:by:f,City,F,Ef,Q1"]


# -- the command line ----------------------------------------------------------------------

def test_cli_names_match_the_library():
    assert export_cli.FORMATS == exports.FORMATS
    assert export_cli.PROJECTIONS == projections.PROJECTIONS
    assert export_cli.ARRAY_DELIMITER == exports.ARRAY_DELIMITER
    assert sheets.SCORES == MEASURES


def test_export_command_partner_gexf(relgraph, tmp_path):
    out = tmp_path / "partners.gexf"
    result = relgraph("--projection", "partner", "-o", str(out), "--as-of", "2010")
    assert result.exit_code == 0, result.output
    assert "projection: partner" in result.output
    H = nx.read_gexf(out)
    assert not H.is_directed()
    assert all(int(d["start"][:4]) <= 2010 for *_, d in H.edges(data=True) if "start" in d)


@pytest.mark.parametrize("args, message", [
    (["--projection", "partner", "--format", "csv", "-o", "x/"], "full projection"),
    (["--projection", "supply", "-o", "x.cypher"], "full projection"),
    (["--mixed", "-o", "x.graphml"], "GEXF only"),
    (["--projection", "supply", "--weight", "SUPPLIES_TO=2", "-o", "x.gexf"], "partner")])
def test_export_command_refuses_what_cannot_be_written(relgraph, tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith("x") else a for a in args]
    result = relgraph(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output and not list(tmp_path.iterdir())
