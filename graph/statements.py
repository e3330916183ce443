"""Named Cypher statements from ``cypher/`` (one statement per file), loaded by name.

A file starts with a header of ``//`` comment lines::

    // name: partners_of
    // Partners of a party: every tie with its documents and dates.
    // :param id => 'region:by:gomel'
    MATCH ...

``:param`` lines are Neo4j Browser's syntax, so analysts can paste the header as is.
Statements may contain ``{{label}}``-style slots for labels and relationship types;
:func:`render` is the one audited place where they are filled, and only with names the
schema allow-list accepts. Values are always ``$parameters``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from relgraph.graph.errors import SchemaError, UnknownQuery
from relgraph.graph.schema import SCHEMA

_SLOT = re.compile(r"\{\{(\w+)\}\}")
_PARAM = re.compile(r"^:param\s+(\w+)\s*(?:=>|:)\s*(.+?);?\s*$")


@dataclass(frozen=True)
class Statement:
    name: str
    text: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)   # name -> Cypher literal example
    path: str = ""

    @property
    def slots(self) -> set[str]:
        return set(_SLOT.findall(self.text))


def parse(text: str, *, name: str = "", path: str = "") -> Statement:
    """Split a statement file into its header and body.

    >>> s = parse("// name: one\\n// Returns one.\\n// :param x => 1\\nRETURN $x AS x\\n")
    >>> (s.name, s.description, s.params, s.text)
    ('one', 'Returns one.', {'x': '1'}, 'RETURN $x AS x')
    """
    header, body, in_header = [], [], True
    for line in text.splitlines():
        stripped = line.strip()
        if in_header and (stripped.startswith("//") or not stripped):
            header.append(stripped.lstrip("/").strip())
            continue
        in_header = False
        body.append(line)
    description, params, notes = [], {}, False
    for line in header:
        if line.startswith("name:"):
            name = line.split(":", 1)[1].strip()
        elif (m := _PARAM.match(line)):
            params[m.group(1)] = m.group(2)
        elif line and not notes:
            description.append(line)
        elif not line and description:
            notes = True   # the first paragraph is the description; the rest are notes
    return Statement(name=name, text="\n".join(body).strip().rstrip(";").strip(),
                     description=" ".join(description), params=params, path=path)


@cache
def catalogue() -> dict[str, Statement]:
    """Every statement shipped in ``cypher/`` and ``cypher/queries/``, by name."""
    found: dict[str, Statement] = {}
    root = resources.files("relgraph.cypher")
    for folder, prefix in ((root, ""), (root / "queries", "queries/")):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".cypher"):
                stem = entry.name[: -len(".cypher")]
                st = parse(entry.read_text(encoding="utf-8"), name=stem,
                           path=prefix + entry.name)
                found[st.name] = st
    return found


def analyst_queries() -> list[Statement]:
    """The queries meant for people (``cypher/queries/``), sorted by name."""
    return [s for s in catalogue().values() if s.path.startswith("queries/")]


def load(name: str) -> Statement:
    try:
        return catalogue()[name]
    except KeyError:
        raise UnknownQuery(f"no statement named {name!r}") from None


def render(name: str, **names: str) -> str:
    """The text of statement ``name`` with its label/type slots filled.

    Slot values must be labels or relationship types of the schema: this is what keeps
    user input out of the statement text.

    >>> "CREATE (n:Region" in render("upsert_nodes", label="Region")
    True
    >>> render("upsert_nodes", label="Region) DETACH DELETE (x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    relgraph.graph.errors.SchemaError: unknown label 'Region) DETACH DELETE (x'; known: ...
    """
    st = load(name)
    values: dict[str, str] = {}
    for slot, value in names.items():
        if slot.endswith("label"):
            SCHEMA.label(value)
        elif slot == "type":
            SCHEMA.relationship(value)
        else:
            raise SchemaError(f"statement slot {slot!r} is not a label or type slot")
        values[slot] = value
        values[slot + "_lower"] = value.lower()
    missing = st.slots - values.keys()
    if missing:
        raise SchemaError(f"statement {name!r} needs {', '.join(sorted(missing))}")
    return _SLOT.sub(lambda m: values[m.group(1)], st.text)
