"""``relgraph centrality``: rank parties by a centrality measure, optionally write the
scores back onto the nodes."""

from __future__ import annotations

import click

from relgraph.cli.common import emit, filter_options, output_options, split_list, store_from_context
from relgraph.graph.errors import UsageError
from relgraph.graph.output import Result

COLUMNS = ["measure", "rank", "id", "name", "kind", "country", "score"]
# The library's names (relgraph.graph.centrality.MEASURES, graph.projections.PROJECTIONS),
# spelled out so that parsing the options imports neither networkx nor scipy; a test
# keeps them equal.
MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank",
            "in_degree", "out_degree")
PROJECTIONS = ("partner", "supply", "full")


def parse_weights(pairs: tuple[str, ...]) -> dict[str, float] | None:
    """``("SUPPLIES_TO=2",)`` -> ``{"SUPPLIES_TO": 2.0}``; names are checked later.

    >>> parse_weights(("supplies_to=2", "TWINNED_WITH=0.5"))
    {'supplies_to': 2.0, 'TWINNED_WITH': 0.5}
    """
    out: dict[str, float] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            sep = ""
        if not sep or not name.strip():
            raise UsageError(f"--weight expects TYPE=NUMBER, got {pair!r}")
    return out or None


@click.command()
@filter_options("count")
@click.option("--measure", "-m", "measures", multiple=True, metavar="NAME",
              help=f"Measure(s), repeatable or comma-separated: {', '.join(MEASURES)} "
                   "(in/out degree: supply projection). Default betweenness.")
@click.option("--projection", default="partner", show_default=True,
              type=click.Choice(PROJECTIONS),
              help="partner: undirected ties between parties; supply: directed supplies; "
                   "full: the typed graph with documents.")
@click.option("--weight", "weights", multiple=True, metavar="TYPE=W",
              help="Per-type tie weight in the partner network (default 1 each).")
@click.option("--weighted", is_flag=True,
              help="Use tie weights: path measures take 1/weight as distance, "
                   "eigenvector and PageRank take weight.")
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True,
              help="Rows per measure (0: all).")
@click.option("--exact", is_flag=True, help="Exact betweenness whatever the graph's size.")
@click.option("-k", "k", type=click.IntRange(min=2), default=None,
              help="Sampled betweenness with K source nodes (default: chosen by size).")
@click.option("--seed", type=int, default=42, show_default=True,
              help="Seed of the betweenness sample.")
@click.option("--write", is_flag=True,
              help="Store the scores on the nodes (properties named after the measures, "
                   "plus centrality_run with the settings).")
@output_options
def centrality(measures, projection, rels, kinds, countries, as_of, weights, weighted, top,
               exact, k, seed, write, fmt):
    """Rank parties by centrality in the partner, supply or full network.

    \b
    Examples:
      relgraph centrality --measure betweenness --top 10
      relgraph centrality -m pagerank,degree --country BY --country RU --as-of 2015
      relgraph centrality --projection supply -m in_degree --format csv
      relgraph centrality -m betweenness --write   # then ORDER BY n.betweenness
    """
    if exact and k is not None:
        raise UsageError("--exact and -k exclude each other")
    from relgraph.graph import projections
    from relgraph.graph.centrality import centrality as compute

    with store_from_context() as store:
        graph = store.fetch(rel_types=projections.valid_rel_types(projection))
        result = compute(graph, measures=split_list(measures) or ["betweenness"],
                         projection=projection, rel_types=split_list(rels),
                         kinds=split_list(kinds), countries=split_list(countries),
                         as_of=as_of, weights=parse_weights(weights), weighted=weighted,
                         top=top or None, exact=True if exact else None, k=k, seed=seed)
        notes = []
        if write:
            written = store.set_node_properties(result.write_rows())
            notes.append(f"wrote {', '.join(result.meta['measures'])} on {written} nodes")
    emit(Result(result.rows, columns=COLUMNS, meta=result.meta, title="centrality",
                notes=notes), fmt)
