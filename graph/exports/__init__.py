"""Export the stored graph, or a filtered part of it, for other tools.

=========  ===============================================================================
graphml    GraphML for Gephi, yEd, NetworkX (``nx.read_graphml``); one file.
gexf       GEXF for Gephi (``nx.read_gexf``); one file.
json       NetworkX node-link JSON (``nx.node_link_graph(data, edges="edges")``), values
           unchanged (lists stay lists); one file.
csv        ``neo4j-admin database import`` files: one per label and one per relationship
           type, plus ``import.sh`` and ``constraints.cypher``; a folder.
cypher     A script of constraints and idempotent ``MERGE`` statements that rebuilds the
           graph (``cypher-shell -f``, Neo4j Browser, ``relgraph query --file``); one file.
=========  ===============================================================================

How attributes are written for each format: :mod:`relgraph.graph.exports.networkx_files`,
:mod:`relgraph.graph.exports.neo4j_csv`, :mod:`relgraph.graph.exports.cypher`.

Filters are those of ``relgraph centrality`` (:func:`graph.projections.full_graph`):
relationship types, node kinds, countries (nodes without a country, such as documents
and sources, are kept) and an as-of year. Nodes passing the filters are exported even
when no exported relationship touches them.

>>> export_format("partners.gexf"), export_format("dump/"), export_format("x", "json")
('gexf', 'csv', 'json')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from relgraph.graph import projections
from relgraph.graph.errors import UsageError
from relgraph.graph.exports.cypher import write_cypher
from relgraph.graph.exports.neo4j_csv import ARRAY_DELIMITER, write_csv
from relgraph.graph.exports.networkx_files import write_gexf, write_graphml, write_json

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".cypher": "cypher",
             ".cql": "cypher"}


@dataclass
class ExportReport:
    """What was written: the format, where, the counts, and one row per file."""

    format: str
    path: str
    nodes: int
    relationships: int
    filters: dict[str, Any]
    files: list[dict[str, Any]] = field(default_factory=list)

    @property
    def meta(self) -> dict[str, Any]:
        return {"format": self.format, "path": self.path, "nodes": self.nodes,
                "relationships": self.relationships,
                **{k: v for k, v in self.filters.items() if v is not None}}


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """The format asked for, else the one ``path``'s suffix names (a folder: csv)."""
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown export format {fmt!r}; valid: {', '.join(FORMATS)}")
        return fmt
    text = str(path)
    suffix = Path(text).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if text.endswith(("/", "\\")) or Path(text).is_dir():
        return "csv"
    raise UsageError(f"cannot tell the format from {text!r}",
                     hint=f"give --format ({', '.join(FORMATS)}) or a file ending in "
                          f"{', '.join(_SUFFIXES)}")


def select(store, *, rel_types=None, kinds=None, countries=None,
           as_of: int | None = None) -> nx.MultiDiGraph:
    """The part of the stored graph to export, as a typed multigraph.

    Relationship types and kinds are checked first and passed to ``Store.fetch`` so
    only what is wanted is read; countries and the as-of rule are applied by
    :func:`graph.projections.full_graph`.
    """
    wanted = projections.check_filters(nx.MultiDiGraph(), projection="full",
                                       rel_types=rel_types, kinds=kinds)
    G = store.fetch(rel_types=wanted.rel_types, labels=wanted.kinds)
    return projections.full_graph(G, rel_types=wanted.rel_types, kinds=wanted.kinds,
                                  countries=countries, as_of=as_of)


def write(G: nx.MultiDiGraph, fmt: str, path: str | Path, *,
          array_delimiter: str = ARRAY_DELIMITER) -> ExportReport:
    """Write ``G`` (from :func:`select` or ``Store.fetch``) to ``path`` as ``fmt``."""
    fmt = export_format(path, fmt)
    path = Path(path)
    if fmt != "csv" and path.is_dir():
        raise UsageError(f"{path} is a folder; {fmt} is written to a file")
    if fmt == "csv" and path.exists() and not path.is_dir():
        raise UsageError(f"{path} is a file; csv is written to a folder")
    if fmt != "csv":
        path.parent.mkdir(parents=True, exist_ok=True)
    filters = dict(G.graph.get("filters") or {})
    report = ExportReport(fmt, str(path), G.number_of_nodes(), G.number_of_edges(), filters)
    try:
        if fmt == "csv":
            report.files = write_csv(G, path, array_delimiter=array_delimiter)
            return report
        count = None
        if fmt == "graphml":
            write_graphml(G, path)
        elif fmt == "gexf":
            write_gexf(G, path)
        elif fmt == "json":
            write_json(G, path)
        else:
            count = write_cypher(G, path)
    except ValueError as e:   # NaN, infinity or a value no format can hold
        raise UsageError(f"cannot export: {e}") from None
    content = f"{count} statements" if fmt == "cypher" else "graph"
    report.files = [{"file": path.name, "content": content,
                     "rows": G.number_of_nodes() + G.number_of_edges()}]
    return report


def export(store, fmt: str | None, path: str | Path, *, rel_types=None, kinds=None,
           countries=None, as_of: int | None = None,
           array_delimiter: str = ARRAY_DELIMITER) -> ExportReport:
    """Select the graph from ``store`` with the filters and write it (what the CLI runs).

    ``fmt`` None: taken from ``path`` (see :func:`export_format`).
    """
    fmt = export_format(path, fmt)
    G = select(store, rel_types=rel_types, kinds=kinds, countries=countries, as_of=as_of)
    return write(G, fmt, path, array_delimiter=array_delimiter)
