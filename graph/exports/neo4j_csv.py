"""CSV files in the header format of ``neo4j-admin database import``.

One nodes file per label and one relationships file per type, in a folder::

    nodes_Region.csv          id:ID,:LABEL,name:string,aliases:string[],lat:double,...
    relationships_TWINNED_WITH.csv   :START_ID,:END_ID,:TYPE,id:string,since:string,...

Ids are unique across labels (they carry a prefix: ``region:``, ``city:``), so one
global id space is used and relationship files need no per-label id groups. Header
types come from the schema: integers are ``long`` and numbers ``double`` (Python's
precision; neo4j-admin's ``int`` and ``float`` are 32-bit), dates stay ISO text
(reduced precision such as ``2018-06`` is not a Neo4j ``date``), lists are
``string[]`` joined with the array delimiter (``;``, neo4j-admin's default), JSON
properties are JSON text.

Empty values: an empty cell is an absent property, so a value that is absent (None) is
written as an empty cell; an empty text is written as a quoted ``""``, which
neo4j-admin keeps as an empty string (its ``--ignore-empty-strings`` is off by
default); an empty list is left out, because neo4j-admin does not store empty arrays
(relgraph reads a missing list as an empty one). The Cypher export keeps all three.

The folder also gets ``import.sh`` (the neo4j-admin command line for these files) and
``constraints.cypher`` (the key constraints, to run once the import is done).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from relgraph.graph import statements
from relgraph.graph.errors import UsageError
from relgraph.graph.exports.values import check_finite, kind_of, stored_properties
from relgraph.graph.schema import SCHEMA

ARRAY_DELIMITER = ";"

# Schema property type -> neo4j-admin header type.
_HEADER_TYPES = {"string": "string", "date": "string", "country": "string", "json": "string",
                 "integer": "long", "float": "double", "boolean": "boolean",
                 "string_list": "string[]"}
_VALUE_TYPES = {"boolean": "boolean", "integer": "long", "float": "double",
                "string": "string"}


def header_type(specs: dict, key: str, values: Iterable[Any]) -> str:
    """The neo4j-admin type of property ``key``: from the schema, else from the values.

    >>> header_type(SCHEMA.labels["Region"].properties, "lat", [])
    'double'
    >>> header_type({}, "tags", [["a"], ["b"]]), header_type({}, "n", [1, 2.5])
    ('string[]', 'double')
    """
    if key in specs:
        return _HEADER_TYPES[specs[key].type]
    seen = {("list" if isinstance(v, list) else kind_of(v)) for v in values}
    if seen == {"list"}:
        return "string[]"
    if seen <= {"integer", "float"} and "float" in seen:
        return "double"
    return _VALUE_TYPES[seen.pop()] if len(seen) == 1 else "string"


def cell(value: Any, kind: str, delimiter: str = ARRAY_DELIMITER) -> str | None:
    """One CSV cell for a value of header type ``kind``; None for no property.

    >>> cell(["Gomel", "Гомель"], "string[]"), cell(True, "boolean"), cell(2, "double")
    ('Gomel;Гомель', 'true', '2.0')
    >>> cell(None, "string"), cell([], "string[]"), cell("", "string")
    (None, None, '')
    >>> cell(["a;b"], "string[]")
    Traceback (most recent call last):
    ...
    relgraph.graph.errors.UsageError: list item 'a;b' contains the array delimiter ';'
    """
    if value is None:
        return None
    if kind == "string[]":
        items = value if isinstance(value, list) else [value]
        if not items:
            return None
        for item in items:
            if delimiter in str(item):
                raise UsageError(f"list item {item!r} contains the array delimiter "
                                 f"{delimiter!r}",
                                 hint="choose another one with --array-delimiter")
        return delimiter.join(str(item) for item in items)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind == "long" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _columns(label_or_type: str, rows: list[dict]) -> list[tuple[str, str]]:
    """(property, header type) pairs, in schema order, then unknown ones sorted."""
    spec = SCHEMA.labels.get(label_or_type) or SCHEMA.relationships.get(label_or_type)
    specs = spec.properties if spec else {}
    present = {k for row in rows for k in row}
    keys = [k for k in specs if k in present and k != "id"]
    keys += sorted(present - set(specs) - {"id"})
    return [(k, header_type(specs, k, [r[k] for r in rows if k in r])) for k in keys]


def csv_field(text: str | None) -> str:
    """A field as neo4j-admin reads it: None an empty field (no property), an empty
    text a quoted ``""`` (an empty string), quotes where a comma, quote or line break
    needs them.

    >>> [csv_field(t) for t in (None, "", "Gomel", 'say "hi", twice')]
    ['', '""', 'Gomel', '"say ""hi"", twice"']
    """
    if text is None:
        return ""
    if text == "" or any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _write(path: Path, header: list[str], rows: Iterable[list[str | None]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(csv_field(h) for h in header) + "\n")
        for row in rows:
            f.write(",".join(csv_field(c) for c in row) + "\n")
            count += 1
    return count


def write_csv(G: nx.MultiDiGraph, folder: Path, *,
              array_delimiter: str = ARRAY_DELIMITER) -> list[dict]:
    """Write the files into ``folder`` (created); return ``{file, content, rows}`` rows.

    >>> import tempfile
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("city:by:brest", label="City", id="city:by:brest", name="Brest",
    ...            aliases=["Brześć", "Berestye"], lat=52.1)
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_csv(G, Path(d))
    ...     print((Path(d) / "nodes_City.csv").read_text(encoding="utf-8"), end="")
    id:ID,:LABEL,name:string,aliases:string[],lat:double
    city:by:brest,City,Brest,Brześć;Berestye,52.1
    """
    if len(array_delimiter) != 1 or array_delimiter in ",\"'\n\r":
        raise UsageError(f"the array delimiter must be one character other than a comma, "
                         f"a quote or a line break, got {array_delimiter!r}")
    folder.mkdir(parents=True, exist_ok=True)
    done: list[dict] = []
    nodes: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for n, attrs in G.nodes(data=True):
        nodes[attrs["label"]].append((n, stored_properties(attrs["label"], attrs,
                                                           skip=("label", "id"))))
    rels: dict[str, list[tuple[str, str, str, dict]]] = defaultdict(list)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        props = stored_properties(attrs["type"], attrs, skip=("type",))
        props.setdefault("id", key)
        rels[attrs["type"]].append((u, v, attrs["type"], props))

    node_files, rel_files = [], []
    for label in _ordered(nodes, SCHEMA.labels):
        items = sorted(nodes[label], key=lambda item: item[0])
        cols = _columns(label, [props for _, props in items])
        header = ["id:ID", ":LABEL"] + [f"{k}:{t}" for k, t in cols]
        name = f"nodes_{label}.csv"
        rows = ([n, label] + [_cell(props.get(k), t, array_delimiter, n, k) for k, t in cols]
                for n, props in items)
        done.append({"file": name, "content": f"nodes {label}",
                     "rows": _write(folder / name, header, rows)})
        node_files.append(name)
    for rel_type in _ordered(rels, SCHEMA.relationships):
        items = sorted(rels[rel_type], key=lambda item: item[3]["id"])
        cols = [("id", "string")] + _columns(rel_type, [item[3] for item in items])
        header = [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{t}" for k, t in cols]
        name = f"relationships_{rel_type}.csv"
        rows = ([u, v, t] + [_cell(props.get(k), kind, array_delimiter, props["id"], k)
                             for k, kind in cols]
                for u, v, t, props in items)
        done.append({"file": name, "content": f"relationships {rel_type}",
                     "rows": _write(folder / name, header, rows)})
        rel_files.append(name)
    (folder / "import.sh").write_text(import_script(node_files, rel_files, array_delimiter),
                                      encoding="utf-8")
    done.append({"file": "import.sh", "content": "neo4j-admin command", "rows": None})
    constraints = "".join(statements.render("schema", label=label) + ";\n"
                          for label in _ordered(nodes, SCHEMA.labels))
    (folder / "constraints.cypher").write_text(constraints, encoding="utf-8")
    done.append({"file": "constraints.cypher", "content": "key constraints",
                 "rows": None})
    return done


def _cell(value, kind, delimiter, owner, key) -> str | None:
    check_finite(value, f"{owner}: {key}")
    text = cell(value, kind, delimiter)
    if text is not None and "\x00" in text:
        # neo4j-admin reads C strings: the value would be cut there. Values stay exact,
        # so the export stops (relgraph itself never stores a NUL).
        raise UsageError(f"{owner}: {key}: the value contains a NUL character, which "
                         "neo4j-admin import cannot read",
                         hint="remove it in the database (Cypher replace()) and export again")
    return text


def _ordered(present, schema_names) -> list[str]:
    # Schema order first, so files come out in the same order every time.
    return [n for n in schema_names if n in present] + sorted(set(present) - set(schema_names))


def import_script(node_files: list[str], rel_files: list[str],
                  array_delimiter: str = ARRAY_DELIMITER) -> str:
    """A shell script running ``neo4j-admin database import full`` on these files.

    The database name comes right after ``full``: ``--nodes`` and ``--relationships``
    take several files each, so a name after them is read as one more file (from
    Neo4j 5.19: "File 'neo4j' doesn't exist").

    >>> print(import_script(["nodes_City.csv"], ["relationships_LOCATED_IN.csv"]),
    ...       end="")  # doctest: +ELLIPSIS
    #!/bin/sh
    ...
    neo4j-admin database import full "${1:-neo4j}" --overwrite-destination \\
      --array-delimiter=';' --multiline-fields=true \\
      --nodes=nodes_City.csv \\
      --relationships=relationships_LOCATED_IN.csv
    """
    lines = [
        "#!/bin/sh",
        "# Import these files into a Neo4j 5 (or 2025.x) database, replacing what it holds:",
        "#   sh import.sh [DATABASE]        (default: neo4j)",
        "# neo4j-admin writes the database's files itself, so run this where Neo4j is",
        "# installed (neo4j-admin on the PATH), with the database stopped:",
        "# - Neo4j Community has one database and no STOP DATABASE: stop the server",
        "#   (neo4j stop), run this script, start the server (neo4j start).",
        "# - Enterprise: STOP DATABASE neo4j (in the system database), run this script,",
        "#   then START DATABASE neo4j; or import into a new name, then CREATE DATABASE.",
        "# - Aura cannot run neo4j-admin: replay a Cypher export instead",
        "#   (relgraph export --format cypher), with cypher-shell or relgraph query --file.",
        "# Then create the key constraints: cypher-shell -f constraints.cypher",
        "# (or paste constraints.cypher into Neo4j Browser).",
        "# Empty values: an empty cell is no property; an empty text (\"\") stays an empty",
        "# string; an empty list is left out (neo4j-admin stores no empty arrays).",
        "set -e",
        'cd "$(dirname "$0")"',
        'neo4j-admin database import full "${1:-neo4j}" --overwrite-destination \\',
        f"  --array-delimiter='{array_delimiter}' --multiline-fields=true",
    ]
    args = [f"--nodes={name}" for name in node_files]
    args += [f"--relationships={name}" for name in rel_files]
    for arg in args:
        lines[-1] += " \\"
        lines.append(f"  {arg}")
    return "\n".join(lines) + "\n"
