"""``relgraph export``: write the graph, or a projection of it, as GraphML, GEXF, JSON,
network sheets, neo4j-admin CSV or a Cypher script."""

from __future__ import annotations

from pathlib import Path

import click

from relgraph.cli.common import emit, filter_options, split_list, store_from_context
from relgraph.cli.progress import Steps
from relgraph.graph.output import Result

# The names of relgraph.graph.exports.FORMATS and projections.PROJECTIONS, spelt out so
# that loading the command line does not load NetworkX (tests check they agree).
FORMATS = ("graphml", "gexf", "json", "sheets", "csv", "cypher")
PROJECTIONS = ("partner", "supply", "full")
ARRAY_DELIMITER = ";"


@click.command()
@filter_options("are exported")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="graphml, gexf (Gephi), json (node-link), sheets (nodes.csv and "
                   "links.csv for Flourish and Kumu, in a folder), csv (neo4j-admin "
                   "import files, in a folder), cypher (a script of MERGE statements). "
                   "Default: from the output's suffix (.graphml, .gexf, .json, .cypher; "
                   "a folder: csv).")
@click.option("--output", "-o", "output", required=True,
              type=click.Path(path_type=Path),
              help="File to write (a folder for sheets and csv).")
@click.option("--projection", default="full", show_default=True,
              type=click.Choice(PROJECTIONS),
              help="full: the typed graph with its documents; partner: undirected ties "
                   "between parties, one edge per tie (as relgraph centrality ranks "
                   "them); supply: supplier -> recipient. csv and cypher: full only.")
@click.option("--weight", "weights", multiple=True, metavar="TYPE=W",
              help="Per-type tie weight in the partner projection (default 1 each).")
@click.option("--with-sources", is_flag=True,
              help="Also write the Source nodes, which no relationship links (csv and "
                   "cypher always do).")
@click.option("--mixed", is_flag=True,
              help="GEXF: twinnings (and co-signings in the partner projection) as "
                   "undirected edges, every other edge directed, in one graph (Gephi "
                   "reads it; NetworkX cannot).")
@click.option("--array-delimiter", default=ARRAY_DELIMITER, show_default=True,
              help="csv: the character that separates list items in a cell.")
def export(fmt, output, projection, weights, with_sources, mixed, rels, kinds, countries,
           as_of, array_delimiter):
    """Write the graph (or the filtered part of it) to a file for other tools.

    \b
    Examples:
      relgraph export --projection partner -o partners.gexf   # Gephi, with a timeline
      relgraph export --projection partner --format sheets -o sheets/   # Flourish, Kumu
      relgraph export --format graphml -o graph.graphml --country BY --country RU
      relgraph export --format json -o graph.json --rel TWINNED_WITH
      relgraph export --format csv -o neo4j-import/     # then neo4j-import/import.sh
      relgraph export --format cypher -o rebuild.cypher --as-of 2015
      relgraph query --file rebuild.cypher              # replay into another store
    """
    from relgraph.cli.centrality import parse_weights
    from relgraph.graph import exports

    steps = Steps([f"Exporting to {output}"])
    with steps.step(f"Exporting to {output}"), store_from_context(read_only=True) as store:
        report = exports.export(store, fmt, output, projection=projection,
                                rel_types=split_list(rels), kinds=split_list(kinds),
                                countries=split_list(countries), as_of=as_of,
                                weights=parse_weights(weights), with_sources=with_sources,
                                mixed=mixed, array_delimiter=array_delimiter)
    emit(Result(report.files, columns=["file", "content", "rows"], meta=report.meta,
                title="export"))
