"""A Cypher script that rebuilds the graph: constraints, then nodes, then relationships.

Every statement is parameter-free and idempotent (``MERGE`` on the id, then
``SET += {...}``), so the script runs unchanged with ``cypher-shell -f``, pasted into
Neo4j Browser, or with ``relgraph query --file``, and running it twice changes
nothing. Labels and types come from the schema allow-list; every value is a literal
written by :func:`literal`, which escapes quotes, backslashes and control characters
and keeps other unicode as it is (the file is UTF-8).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("city:by:brest", label="City", id="city:by:brest", name="Brest")
>>> G.add_node("city:fr:brest", label="City", id="city:fr:brest", name="Brest")
>>> _ = G.add_edge("city:by:brest", "city:fr:brest", key="t1", type="TWINNED_WITH",
...                id="t1", since="1981")
>>> print(script(G, header=False), end="")  # doctest: +NORMALIZE_WHITESPACE
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
MERGE (n:City {id: 'city:by:brest'}) SET n += {name: 'Brest'};
MERGE (n:City {id: 'city:fr:brest'}) SET n += {name: 'Brest'};
MATCH (a:City {id: 'city:by:brest'}) MATCH (b:City {id: 'city:fr:brest'})
  MERGE (a)-[r:TWINNED_WITH {id: 't1'}]->(b) SET r += {since: '1981'};
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from relgraph.graph import statements
from relgraph.graph.exports.values import stored_properties
from relgraph.graph.schema import SCHEMA

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
# Control characters, plus the line and paragraph separators some editors and the
# Browser treat as line breaks; everything else is written as it is.
_SPECIAL = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")


def string_literal(text: str) -> str:
    r"""A single-quoted Cypher string for ``text``.

    >>> print(string_literal("O'Brien \\ Гомель\nline2\x01"))
    'O\'Brien \\ Гомель\nline2\u0001'
    """
    def escape(m: re.Match) -> str:
        ch = m.group(0)
        return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"
    return "'" + _SPECIAL.sub(escape, text) + "'"


def key_literal(name: str) -> str:
    """A property key, backquoted unless it is a plain identifier.

    >>> key_literal("since"), key_literal("odd key`")
    ('since', '`odd key```')
    """
    return name if _IDENT.match(name) else "`" + name.replace("`", "``") + "`"


def literal(value: Any) -> str:
    """A Cypher literal for a property value (text, number, boolean, list of them).

    >>> literal(["a", "b'"]), literal(True), literal(3), literal(0.1), literal(None)
    ("['a', 'b\\\\'']", 'true', '3', '0.1', 'null')
    >>> literal(float("nan"))
    Traceback (most recent call last):
    ...
    ValueError: nan cannot be written as a Cypher literal
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} cannot be written as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise ValueError(f"{type(value).__name__} cannot be written as a Cypher literal")


def map_literal(props: Mapping[str, Any]) -> str:
    return "{" + ", ".join(f"{key_literal(k)}: {literal(v)}" for k, v in props.items()) + "}"


def _set_clause(var: str, props: Mapping[str, Any]) -> str:
    return f" SET {var} += {map_literal(props)}" if props else ""


def _ordered(present, schema_names) -> list[str]:
    return [n for n in schema_names if n in present] + sorted(set(present) - set(schema_names))


def statements_for(G: nx.MultiDiGraph) -> Iterator[str]:
    """The script's statements, without the trailing ``;``, in order."""
    labels = {attrs["label"] for _, attrs in G.nodes(data=True)}
    for label in _ordered(labels, SCHEMA.labels):
        yield statements.render("schema", label=label)
    for label in _ordered(labels, SCHEMA.labels):
        SCHEMA.label(label)   # allow-list: only schema labels reach the text
        for n in sorted(n for n, a in G.nodes(data=True) if a["label"] == label):
            props = stored_properties(label, G.nodes[n], skip=("label", "id"))
            yield f"MERGE (n:{label} {{id: {literal(n)}}}){_set_clause('n', props)}"
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[3]["type"], str(e[2])))
    types = {data["type"] for *_, data in edges}
    for rel_type in _ordered(types, SCHEMA.relationships):
        SCHEMA.relationship(rel_type)
        for u, v, key, data in edges:
            if data["type"] != rel_type:
                continue
            props = stored_properties(rel_type, data, skip=("type", "id"))
            rel_id = data.get("id", key)
            a, b = G.nodes[u]["label"], G.nodes[v]["label"]
            yield (f"MATCH (a:{a} {{id: {literal(u)}}}) MATCH (b:{b} {{id: {literal(v)}}})\n"
                   f"  MERGE (a)-[r:{rel_type} {{id: {literal(rel_id)}}}]->(b)"
                   f"{_set_clause('r', props)}")


def script(G: nx.MultiDiGraph, *, header: bool = True) -> str:
    """The whole script as text (see the module docstring)."""
    return _text(G, list(statements_for(G)), header)


def _text(G: nx.MultiDiGraph, body: list[str], header: bool) -> str:
    lines = []
    if header:
        lines += [
            f"// relgraph graph export: {G.number_of_nodes()} nodes, "
            f"{G.number_of_edges()} relationships.",
            "// Rebuilds (or completes) the graph in a Neo4j 5 database or a relgraph store:",
            "//   cypher-shell -f FILE  |  relgraph query --file FILE  |  paste into Neo4j Browser",
            "// Idempotent: every node and relationship is merged on its id.",
        ]
    lines += [st + ";" for st in body]
    return "\n".join(lines) + "\n"


def write_cypher(G: nx.MultiDiGraph, path: Path) -> int:
    """Write the script to ``path``; return the number of statements."""
    body = list(statements_for(G))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(_text(G, body, header=True))
    return len(body)
