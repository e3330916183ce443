"""``relgraph export``: write the graph as GraphML, GEXF, JSON, neo4j-admin CSV or a
Cypher script."""

from __future__ import annotations

from pathlib import Path

import click

from relgraph.cli.common import emit, filter_options, split_list, store_from_context
from relgraph.graph.output import Result

# relgraph.graph.exports.FORMATS and ARRAY_DELIMITER, spelled out so that parsing the
# options does not import networkx; a test keeps them equal.
FORMATS = ("graphml", "gexf", "json", "csv", "cypher")
ARRAY_DELIMITER = ";"


@click.command()
@filter_options("are exported")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="graphml, gexf (Gephi), json (node-link), csv (neo4j-admin import "
                   "files, in a folder), cypher (a script of MERGE statements). "
                   "Default: from the output's suffix (.graphml, .gexf, .json, .cypher; "
                   "a folder: csv).")
@click.option("--output", "-o", "output", required=True,
              type=click.Path(path_type=Path),
              help="File to write (a folder for csv).")
@click.option("--array-delimiter", default=ARRAY_DELIMITER, show_default=True,
              help="csv: the character that separates list items in a cell.")
def export(fmt, output, rels, kinds, countries, as_of, array_delimiter):
    """Write the graph (or the filtered part of it) to a file for other tools.

    \b
    Examples:
      relgraph export -o partners.gexf                  # open in Gephi
      relgraph export --format graphml -o graph.graphml --country BY --country RU
      relgraph export --format json -o graph.json --rel TWINNED_WITH
      relgraph export --format csv -o neo4j-import/     # then neo4j-import/import.sh
      relgraph export --format cypher -o rebuild.cypher --as-of 2015
      relgraph query --file rebuild.cypher              # replay into another store
    """
    from relgraph.graph import exports

    with store_from_context() as store:
        report = exports.export(store, fmt, output, rel_types=split_list(rels),
                                kinds=split_list(kinds), countries=split_list(countries),
                                as_of=as_of, array_delimiter=array_delimiter)
    emit(Result(report.files, columns=["file", "content", "rows"], meta=report.meta,
                title="export"))
