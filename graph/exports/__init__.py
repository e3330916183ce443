"""Export the stored graph, or a projection or filtered part of it, for other tools.

=========  ===============================================================================
graphml    GraphML for yEd, Gephi, NetworkX (``nx.read_graphml``); one file.
gexf       GEXF 1.3 for Gephi, with time intervals for its timeline (``nx.read_gexf``);
           one file.
json       NetworkX node-link JSON (``nx.node_link_graph(data, edges="edges")``), values
           unchanged (lists stay lists); one file.
sheets     ``nodes.csv`` and ``links.csv`` for Flourish and other network tools, and the
           same under Kumu's column names; a folder.
csv        ``neo4j-admin database import`` files: one per label and one per relationship
           type, plus ``import.sh`` and ``constraints.cypher``; a folder.
cypher     A script of constraints and idempotent ``MERGE`` statements that rebuilds the
           graph (``cypher-shell -f``, Neo4j Browser, ``relgraph query --file``); one file.
=========  ===============================================================================

How attributes are written for each format: :mod:`relgraph.graph.exports.networkx_files`,
:mod:`relgraph.graph.exports.gexf`, :mod:`relgraph.graph.exports.sheets`,
:mod:`relgraph.graph.exports.neo4j_csv`, :mod:`relgraph.graph.exports.cypher`.

Projections and filters are those of ``relgraph centrality``
(:mod:`relgraph.graph.exports.projected`): ``full`` (the typed graph with its
documents; the default), ``partner`` (parties tied by twinnings, co-signed documents
and supplies) or ``supply`` (supplier -> recipient); relationship types, node kinds,
countries, an as-of year. In the full projection nodes passing the filters are exported
even when no exported relationship touches them, except Source nodes, which no
relationship ever touches: they are written only with ``with_sources``, and always by
``csv`` and ``cypher``, which rebuild the database. ``csv`` and ``cypher`` write the
full projection only.

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
from relgraph.graph.exports.gexf import write_gexf
from relgraph.graph.exports.neo4j_csv import ARRAY_DELIMITER, write_csv
from relgraph.graph.exports.networkx_files import write_graphml, write_json
from relgraph.graph.exports.projected import PROJECTIONS, export_graph
from relgraph.graph.exports.sheets import write_sheets

FORMATS = ("graphml", "gexf", "json", "sheets", "csv", "cypher")
FOLDER_FORMATS = ("sheets", "csv")
DATABASE_FORMATS = ("csv", "cypher")   # rebuild the database: full projection, sources
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


def _check(fmt: str, projection: str, mixed: bool) -> None:
    if fmt in DATABASE_FORMATS and projection != "full":
        raise UsageError(f"{fmt} rebuilds the database, so it takes the full projection, "
                         f"not {projection}",
                         hint="use graphml, gexf, json or sheets for a projection")
    if mixed and fmt != "gexf":
        raise UsageError("--mixed applies to GEXF only")


def select(store, *, projection: str = "full", rel_types=None, kinds=None,
           countries=None, as_of: int | None = None, weights=None,
           with_sources: bool = False) -> nx.MultiDiGraph:
    """The part of the stored graph to export (see :func:`projected.export_graph`).

    Relationship types and kinds are checked first and passed to ``Store.fetch`` so
    only what is wanted is read (the partner and supply projections also read the
    documents, whose dates their ties take).
    """
    if projection not in PROJECTIONS:
        raise UsageError(f"unknown projection {projection!r}; valid: {', '.join(PROJECTIONS)}")
    wanted = projections.check_filters(nx.MultiDiGraph(), projection=projection,
                                       rel_types=rel_types, kinds=kinds)
    if projection == "full":
        G = store.fetch(rel_types=wanted.rel_types, labels=wanted.kinds)
    else:
        G = store.fetch(rel_types=wanted.rel_types or projections.valid_rel_types(projection))
    return export_graph(G, projection=projection, rel_types=wanted.rel_types,
                        kinds=wanted.kinds, countries=countries, as_of=as_of,
                        weights=weights, with_sources=with_sources)


def write(G: nx.MultiDiGraph, fmt: str, path: str | Path, *,
          array_delimiter: str = ARRAY_DELIMITER, mixed: bool = False) -> ExportReport:
    """Write ``G`` (from :func:`select`, or ``Store.fetch`` for the full graph) to
    ``path`` as ``fmt``. ``mixed``: GEXF only, symmetric ties undirected and the rest
    directed in one graph (see :mod:`relgraph.graph.exports.gexf`)."""
    fmt = export_format(path, fmt)
    path = Path(path)
    projection = G.graph.get("projection", "full")
    _check(fmt, projection, mixed)
    if fmt not in FOLDER_FORMATS and path.is_dir():
        raise UsageError(f"{path} is a folder; {fmt} is written to a file")
    if fmt in FOLDER_FORMATS and path.exists() and not path.is_dir():
        raise UsageError(f"{path} is a file; {fmt} is written to a folder")
    if fmt not in FOLDER_FORMATS:
        path.parent.mkdir(parents=True, exist_ok=True)
    filters = dict(G.graph.get("filters") or {})
    report = ExportReport(fmt, str(path), G.number_of_nodes(), G.number_of_edges(),
                          {"projection": projection, **filters})
    try:
        if fmt == "csv":
            report.files = write_csv(G, path, array_delimiter=array_delimiter)
            return report
        if fmt == "sheets":
            report.files = write_sheets(G, path)
            return report
        count = None
        if fmt == "graphml":
            write_graphml(G, path)
        elif fmt == "gexf":
            write_gexf(G, path, mixed=mixed)
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


def export(store, fmt: str | None, path: str | Path, *, projection: str = "full",
           rel_types=None, kinds=None, countries=None, as_of: int | None = None,
           weights=None, with_sources: bool = False, mixed: bool = False,
           array_delimiter: str = ARRAY_DELIMITER) -> ExportReport:
    """Select the graph from ``store`` with the filters and write it (what the CLI runs).

    ``fmt`` None: taken from ``path`` (see :func:`export_format`). ``csv`` and
    ``cypher`` always include the Source nodes.
    """
    fmt = export_format(path, fmt)
    _check(fmt, projection, mixed)
    G = select(store, projection=projection, rel_types=rel_types, kinds=kinds,
               countries=countries, as_of=as_of, weights=weights,
               with_sources=with_sources or fmt in DATABASE_FORMATS)
    return write(G, fmt, path, array_delimiter=array_delimiter, mixed=mixed)
