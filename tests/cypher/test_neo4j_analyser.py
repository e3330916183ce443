"""Neo4j's own Cypher parser and semantic analyser over every Cypher text relgraph can
send, for Cypher 5 and Cypher 25.

No Neo4j server runs here, but Neo4j publishes the front end of its Cypher compiler
as JavaScript (``@neo4j-cypher/language-support``, the engine of its editors). The
Node script in ``tests/cypher/lint/`` runs it; the version is pinned in
``tests/cypher/lint/package.json`` and installed with ``npm ci`` there (``.ci/run``
does it). Without Node.js or the package these tests skip and say why, except when
``RELGRAPH_REQUIRE_CYPHER_ANALYSER`` is set (CI), where they fail instead.

What is linted:

- every statement of ``cypher/`` rendered for every label and relationship type the
  schema allows (for relationship statements: every allowed start and end label);
- every analyst query of ``cypher/queries/``, with the parameters its header declares
  (a parameter the query uses but the header does not declare is an error), and the
  header's ``:param`` lines as Neo4j Browser commands;
- the Cypher export script of a sample graph with every label, type and kind of value;
- the Cypher of the README: its ``cypher`` blocks (Browser commands included) and the
  texts given to ``relgraph query``.

The analyser knows the schema (labels, relationship types, property keys, which
labels each type joins) and Neo4j's built-in functions and procedures, so it also
reports misspelt properties, patterns the schema cannot match and APOC calls.
Errors and deprecations always fail; a warning fails unless ACCEPTED_WARNINGS lists
it with the reason.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from relgraph.graph import statements
from relgraph.graph.cypher_script import split_statements
from relgraph.graph.exports.cypher import statements_for
from relgraph.graph.schema import SCHEMA

ROOT = Path(__file__).resolve().parents[2]
LINT_DIR = Path(__file__).resolve().parent / "lint"
PACKAGE = "@neo4j-cypher/language-support"
VERSIONS = ("CYPHER 5", "CYPHER 25")
REQUIRED = "RELGRAPH_REQUIRE_CYPHER_ANALYSER"

# Warnings accepted, each with its reason: (item id regex, message regex, why).
# Errors and deprecations cannot be accepted.
ACCEPTED_WARNINGS: list[tuple[str, str, str]] = [
    # `row` is a map from `UNWIND $rows`, not a node: `row.start`/`row.end` are its keys
    # (the ends of the relationship to write; `row.old` the id a node is renamed from),
    # which the analyser's property-key check (enabled by giving it the schema's
    # property keys) wrongly looks up as properties.
    (r"^cypher/", r"^(start|end|old) is not present in the database", "UNWIND map keys"),
]


# -- what relgraph can send ------------------------------------------------------------

def _lint_schema() -> dict:
    properties = set()
    for spec in [*SCHEMA.labels.values(), *SCHEMA.relationships.values()]:
        properties |= set(spec.properties)
    return {
        "labels": list(SCHEMA.labels),
        "relationshipTypes": list(SCHEMA.relationships),
        "propertyKeys": sorted(properties),
        "graphSchema": [{"from": a, "to": b, "relType": name}
                        for name, spec in SCHEMA.relationships.items()
                        for a in spec.from_labels for b in spec.to_labels],
    }


def _slot_fillings(slots: set[str]) -> Iterator[dict[str, str]]:
    """Every way the schema allows to fill a statement's label/type slots."""
    slots = {s for s in slots if not s.endswith("_lower")}
    if "type" in slots:
        for name, spec in SCHEMA.relationships.items():
            starts = spec.from_labels if "start_label" in slots else [None]
            ends = spec.to_labels if "end_label" in slots else [None]
            for start, end in itertools.product(starts, ends):
                filled = {"type": name, "start_label": start, "end_label": end}
                yield {k: v for k, v in filled.items() if k in slots}
        return
    unknown = slots - {"label"}
    assert not unknown, f"no rule to fill slots {unknown}: teach _slot_fillings"
    if slots:
        for label in SCHEMA.labels:
            yield {"label": label}
    else:
        yield {}


def statement_items() -> list[dict]:
    items = []
    for name, st in sorted(statements.catalogue().items()):
        if st.path.startswith("queries/"):
            continue
        for slots in _slot_fillings(st.slots):
            suffix = "".join(f"[{v}]" for v in slots.values())
            items.append({"id": f"cypher/{name}{suffix}",
                          "text": statements.render(name, **slots), "parameters": None})
    return items


def query_items() -> list[dict]:
    items = []
    for st in statements.analyst_queries():
        items.append({"id": f"queries/{st.name}", "text": st.text,
                      "parameters": dict(st.params)})
        if st.params:
            browser = ";\n".join(f":param {k} => {v}" for k, v in st.params.items())
            items.append({"id": f"queries/{st.name}:params", "text": browser + ";",
                          "parameters": {}, "console": True})
    return items


def export_sample() -> nx.MultiDiGraph:
    """A graph with every label, every relationship type and every kind of value."""
    G = nx.MultiDiGraph()
    tricky = "O'Brien \\ \"Гомель\" // not a comment; $param `tick` {brace}\n\ttab\u2028"
    nodes = {
        "country:by": ("Country", {"name": "Belarus", "country": "BY", "aliases": []}),
        "region:by:gomel": ("Region", {"name": "Gomel Region", "level": 1, "lat": 52.4,
                                       "lon": 31.0, "aliases": ["Homiel", tricky],
                                       "wikidata": "Q1", "resolved": True,
                                       "betweenness": 0.25,
                                       "centrality_run": {"projection": "partner"}}),
        "city:by:gomel": ("City", {"name": tricky, "country": "BY", "population": 500000}),
        "city:ru:bryansk": ("City", {"name": "Bryansk", "country": "RU"}),
        "company:by:mtz": ("Company", {"name": "MTZ", "country": "BY", "odd key": 1}),
        "org:by:chamber": ("Organization", {"name": "Chamber", "resolved": False}),
        "doc:1": ("Document", {"name": "Agreement", "title": tricky, "kind": "agreement",
                               "date": "2018-06", "year": 2018, "valid_to": "2023",
                               "status": "in_force", "sources": ["source:s"]}),
        "source:s": ("Source", {"name": "News", "title": "News", "published": "2018",
                                "url": "https://example.org/a?b=1&c='2'"}),
    }
    for n, (label, props) in nodes.items():
        G.add_node(n, label=label, id=n, **props)
    ties = [
        ("city:by:gomel", "city:ru:bryansk", "TWINNED_WITH",
         {"since": "1998", "year": 1998, "status": "active", "document_id": "doc:1"}),
        ("region:by:gomel", "doc:1", "SIGNED_AGREEMENT",
         {"body": tricky, "evidence": {"file": "a.txt", "line": 3, "quote": tricky},
          "confidence": 0.75, "sources": ["source:s"]}),
        ("company:by:mtz", "city:ru:bryansk", "SUPPLIES_TO",
         {"goods": "tractors", "value_usd": 2.5e6, "date": "2019", "year": 2019}),
        ("city:by:gomel", "region:by:gomel", "LOCATED_IN", {}),
        ("region:by:gomel", "country:by", "LOCATED_IN", {}),
    ]
    for i, (u, v, t, props) in enumerate(ties):
        G.add_edge(u, v, key=f"r{i}", type=t, id=f"r{i}", **props)
    return G


def export_items() -> list[dict]:
    return [{"id": f"export:{i}", "text": text, "parameters": {}}
            for i, text in enumerate(statements_for(export_sample()), 1)]


_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)
_QUERY_ARG = re.compile(r"relgraph query \"([^\"]+)\"")


def readme_items() -> list[dict]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    items = []
    for m in _FENCE.finditer(text):
        lang, body = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        if lang == "cypher":
            items.append({"id": f"README.md:{line}", "text": body, "parameters": None,
                          "console": True})
        elif lang in ("sh", "bash", ""):
            for q in _QUERY_ARG.finditer(body):
                items.append({"id": f"README.md:{line}:query", "text": q.group(1),
                              "parameters": None})
    return items


def all_items() -> list[dict]:
    return statement_items() + query_items() + export_items() + readme_items()


# -- running the analyser --------------------------------------------------------------

def _unavailable() -> str | None:
    if shutil.which("node") is None:
        return ("Node.js is not installed (apt-get install nodejs npm, then npm ci in "
                "tests/cypher/lint; bash .ci/run does both)")
    if not (LINT_DIR / "node_modules" / PACKAGE / "package.json").exists():
        return f"{PACKAGE} is not installed: run `npm ci` in tests/cypher/lint"
    return None


def run_analyser(items: list[dict], versions=VERSIONS) -> dict:
    """Lint ``items`` with the Node script; {"package", "node", "functions", "results"}.

    The items are split between two Node processes run side by side (the analyser
    takes about a tenth of a second per statement and version).
    """
    reason = _unavailable()
    if reason:
        if os.environ.get(REQUIRED):
            pytest.fail(f"{REQUIRED} is set but {reason}")
        pytest.skip(reason)
    jobs = max(1, min(2, os.cpu_count() or 1, len(items)))
    chunks = [items[i::jobs] for i in range(jobs)]
    procs = []
    for chunk in chunks:
        proc = subprocess.Popen(["node", str(LINT_DIR / "lint.mjs")], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8")
        payload = json.dumps({"versions": list(versions), "schema": _lint_schema(),
                              "items": chunk})
        procs.append((proc, payload))
    outputs = []
    for proc, payload in procs:
        out, err = proc.communicate(payload, timeout=900)
        assert proc.returncode == 0, err
        outputs.append(json.loads(out))
    merged = dict(outputs[0])
    merged["results"] = [r for out in outputs for r in out["results"]]
    return merged


BAD = [
    ("deprecation", "CALL { MATCH (n:City) RETURN n } RETURN n.name AS name", None),
    ("error", "MATCH (n:City) RETURN m", None),
    ("error", "MATCH (n:City) RETURN apoc.coll.sum([1, 2]) AS s", None),
    ("error", "MATCH (n:City {id: $id}) RETURN n", {}),
    ("warning", "MATCH (n:Town) RETURN n.name AS name", None),
    ("warning", "MATCH (n:City) RETURN n.nmae AS name", None),
    ("warning", "MATCH (d:Document)-[:TWINNED_WITH]->(c:City) RETURN c", None),
    ("error", ":param year => 2010\n:param id => 'x'", {}),
]
BAD_ITEMS = [{"id": f"bad:{i}", "text": text, "parameters": params, "console": True}
             for i, (_, text, params) in enumerate(BAD)]


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return all_items()


@pytest.fixture(scope="module")
def analysis(items) -> dict:
    # One run lints the project's texts and texts it must reject (see the last test).
    return run_analyser(items + BAD_ITEMS)


def _kind(d: dict) -> str:
    if d["severity"] == "error":
        return "error"
    return "deprecation" if d["deprecated"] else d["severity"]


def _accepted(item_id: str, d: dict) -> bool:
    return _kind(d) in ("warning", "info", "hint") and any(
        re.search(ids, item_id) and re.search(msg, d["message"])
        for ids, msg, _ in ACCEPTED_WARNINGS)


def findings(analysis: dict, version: str) -> list[str]:
    return [f"{r['id']}:{d['line']}:{d['column']}: {_kind(d)}: {d['message']}"
            for r in _project(analysis) if r["version"] == version
            for d in r["diagnostics"] if not _accepted(r["id"], d)]


def _project(analysis: dict) -> list[dict]:
    return [r for r in analysis["results"] if not r["id"].startswith("bad:")]


# -- the tests -------------------------------------------------------------------------

@pytest.mark.parametrize("version", VERSIONS)
def test_neo4j_accepts_every_statement(analysis, version):
    problems = findings(analysis, version)
    assert not problems, f"{len(problems)} findings for {version}:\n" + "\n".join(problems)


def test_every_accepted_warning_still_occurs(analysis):
    for ids, msg, why in ACCEPTED_WARNINGS:
        assert why.strip()
        assert any(re.search(ids, r["id"]) and re.search(msg, d["message"])
                   for r in _project(analysis) for d in r["diagnostics"]), (
            f"accepted warning no longer occurs, remove it: {ids} / {msg}")


def test_the_analyser_is_the_pinned_version(analysis):
    pinned = json.loads((LINT_DIR / "package.json").read_text())["dependencies"][PACKAGE]
    locked = json.loads((LINT_DIR / "package-lock.json").read_text())
    assert analysis["package"] == pinned == \
        locked["packages"][f"node_modules/{PACKAGE}"]["version"]
    assert all(count > 100 for count in analysis["functions"].values())


def test_everything_relgraph_sends_is_collected(items):
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    catalogue = statements.catalogue()
    for name, st in catalogue.items():
        prefix = f"queries/{name}" if st.path.startswith("queries/") else f"cypher/{name}"
        assert any(i == prefix or i.startswith(prefix + "[") for i in ids), name
    upserts = [i for i in ids if i.startswith("cypher/upsert_nodes[")]
    assert len(upserts) == len(SCHEMA.labels)
    rels = [i for i in ids if i.startswith("cypher/upsert_relationships[")]
    assert len(rels) == sum(len(s.from_labels) * len(s.to_labels)
                            for s in SCHEMA.relationships.values())
    export = "\n".join(i["text"] for i in items if i["id"].startswith("export:"))
    assert all(f":{label} " in export for label in SCHEMA.labels)
    assert all(f":{t} " in export for t in SCHEMA.relationships)
    readme = [i for i in items if i["id"].startswith("README.md")]
    assert len(readme) >= 4
    # What the analyst queries send is what `relgraph query --name` runs.
    for item in items:
        if item["id"].startswith("queries/") and ":" not in item["id"]:
            assert split_statements(item["text"])[0].text == item["text"]



def test_the_analyser_reports_what_it_should(analysis):
    # The same run that passes the project's statements must flag these.
    for i, (kind, text, _) in enumerate(BAD):
        for version in VERSIONS:
            got = [_kind(d) for r in analysis["results"]
                   if r["id"] == f"bad:{i}" and r["version"] == version
                   for d in r["diagnostics"]]
            assert kind in got, (version, text, got)
