"""Flat node and link sheets for Flourish, Kumu and other network tools.

Four CSV files (UTF-8, comma-separated, CRLF line ends as RFC 4180 has them, one
header row) in a folder:

===================== ========================================================================
nodes.csv             ``id, label, kind, country, lat, lon``, then the centrality scores
                      written on the nodes (``relgraph centrality --write``), when any
links.csv             ``source, target, type, date, year, weight``, then ``direction``,
                      ``document``, ``goods``, ``status``, ``sources``, ``id``
kumu-elements.csv     the nodes under Kumu's names: ``ID, Label, Type, Country, Lat, Lon``...
kumu-connections.csv  the links under Kumu's names: ``ID, From, To, Type, Direction, Date``...
===================== ========================================================================

One link per tie (the projection's edges, see :mod:`relgraph.graph.exports.projected`):
a supply goes supplier -> recipient; ``direction`` is ``undirected`` for the symmetric
ties (twinnings; co-signings in the partner projection) and ``directed`` otherwise.
``weight`` is the tie type's weight, so the links of a pair add up to its weight in the
partner network. ``date`` is the tie's date as stored (``2018``, ``2018-06``...) and
``year`` its year. ``sources`` and other lists are ``|``-separated (Kumu reads that as
several values).

Cells are spreadsheet-safe: a text that a spreadsheet would take for a formula (it
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with a
leading ``'``, as OWASP recommends against CSV injection, since names come from
documents nobody vetted. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from relgraph.graph.exports.values import check_finite, display_name
from relgraph.graph.schema import year_of
from relgraph.graph.spreadsheet import to_spreadsheet

NODE_COLUMNS = ("id", "label", "kind", "country", "lat", "lon")
# The measures `relgraph centrality --write` stores on nodes (graph.centrality.MEASURES).
SCORES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank",
          "in_degree", "out_degree")
LINK_COLUMNS = ("source", "target", "type", "date", "year", "weight")
EXTRA_LINK_COLUMNS = ("direction", "document", "goods", "status", "sources", "id")
KUMU_ELEMENTS = {"id": "ID", "label": "Label", "kind": "Type", "country": "Country",
                 "lat": "Lat", "lon": "Lon"}
KUMU_CONNECTIONS = {"id": "ID", "source": "From", "target": "To", "type": "Type",
                    "direction": "Direction", "date": "Date", "year": "Year",
                    "weight": "Weight", "document": "Document", "goods": "Goods",
                    "status": "Status", "sources": "Sources"}

def safe_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell("-2+3"), safe_cell("Minsk")
    ('\\'=HYPERLINK("http://x")', "'-2+3", 'Minsk')
    >>> safe_cell(-27.5), safe_cell(2010), safe_cell(None), safe_cell(["a", "b"])
    ('-27.5', '2010', '', 'a|b')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        check_finite(value, "sheet cell")
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, (list, tuple)):
        value = "|".join(str(v) for v in value)
    return to_spreadsheet(str(value))


def node_rows(G: nx.MultiDiGraph) -> tuple[list[str], list[dict]]:
    """The columns and rows of nodes.csv."""
    scores = [s for s in SCORES if any(a.get(s) is not None for _, a in G.nodes(data=True))]
    rows = []
    for n, attrs in G.nodes(data=True):
        row = {"id": n, "label": display_name(n, attrs), "kind": attrs.get("label"),
               "country": attrs.get("country"), "lat": attrs.get("lat"),
               "lon": attrs.get("lon")}
        row.update({s: attrs.get(s) for s in scores})
        rows.append(row)
    return [*NODE_COLUMNS, *scores], rows


def link_rows(G: nx.MultiDiGraph) -> tuple[list[str], list[dict]]:
    """The columns and rows of links.csv, one per edge of the export graph."""
    undirected = set(G.graph.get("undirected_types") or ())
    rows = []
    for u, v, key, data in G.edges(keys=True, data=True):
        doc = G.nodes[v] if G.nodes[v].get("label") == "Document" else {}
        date = next((d for d in (data.get("since"), data.get("date"), data.get("valid_from"),
                                 doc.get("date"), doc.get("valid_from")) if d), None)
        year = data.get("year")
        if not isinstance(year, int) or isinstance(year, bool):
            year = year_of(date) if isinstance(date, str) else None
        rows.append({
            "source": u, "target": v, "type": data.get("type"), "date": date,
            "year": year, "weight": data.get("weight", 1),
            "direction": "undirected" if data.get("type") in undirected else "directed",
            "document": data.get("document_title") or doc.get("title"),
            "goods": data.get("goods"), "status": data.get("status"),
            "sources": data.get("sources"), "id": data.get("id", key),
        })
    return [*LINK_COLUMNS, *EXTRA_LINK_COLUMNS], rows


def _write(path: Path, columns: list[str], rows: list[dict],
           names: dict[str, str] | None = None) -> int:
    with open(path, "w", encoding="utf-8", newline="") as f:
        # RFC 4180 line ends; the csv module then also quotes a field holding a lone \r.
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([(names or {}).get(c, c) for c in columns])
        for row in rows:
            writer.writerow([safe_cell(row.get(c)) for c in columns])
    return len(rows)


def write_sheets(G: nx.MultiDiGraph, folder: Path) -> list[dict]:
    """Write the four files into ``folder`` (created); ``{file, content, rows}`` rows.

    >>> import tempfile
    >>> from relgraph.graph.exports.projected import export_graph
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:by:mtz", label="Company", name="=MTZ", country="BY")
    >>> G.add_node("city:ru:bryansk", label="City", name="Bryansk", country="RU",
    ...            lat=53.25, lon=34.37)
    >>> _ = G.add_edge("company:by:mtz", "city:ru:bryansk", key="s1", id="s1",
    ...                type="SUPPLIES_TO", date="2019-04", goods="tractors")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_sheets(export_graph(G, projection="partner"), Path(d))
    ...     print((Path(d) / "nodes.csv").read_text(encoding="utf-8"), end="")
    ...     print((Path(d) / "links.csv").read_text(encoding="utf-8"), end="")
    id,label,kind,country,lat,lon
    company:by:mtz,'=MTZ,Company,BY,,
    city:ru:bryansk,Bryansk,City,RU,53.25,34.37
    source,target,type,date,year,weight,direction,document,goods,status,sources,id
    company:by:mtz,city:ru:bryansk,SUPPLIES_TO,2019-04,2019,1.0,directed,,tractors,,,s1
    """
    folder.mkdir(parents=True, exist_ok=True)
    node_columns, nodes = node_rows(G)
    link_columns, links = link_rows(G)
    # Kumu wants the id first (then From and To), so connections can point at ids.
    kumu_links = list(KUMU_CONNECTIONS)
    return [
        {"file": "nodes.csv", "content": "nodes (Flourish: Points)",
         "rows": _write(folder / "nodes.csv", node_columns, nodes)},
        {"file": "links.csv", "content": "links (Flourish: Links)",
         "rows": _write(folder / "links.csv", link_columns, links)},
        {"file": "kumu-elements.csv", "content": "Kumu elements",
         "rows": _write(folder / "kumu-elements.csv", node_columns, nodes,
                                KUMU_ELEMENTS)},
        {"file": "kumu-connections.csv", "content": "Kumu connections",
         "rows": _write(folder / "kumu-connections.csv", kumu_links, links,
                        KUMU_CONNECTIONS)},
    ]
