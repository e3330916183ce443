"""``relgraph centrality``: rank parties by a centrality measure, optionally write the
scores back onto the nodes."""

from __future__ import annotations

import contextlib

import click

from relgraph.cli.common import emit, filter_options, output_options, split_list, store_from_context
from relgraph.cli.progress import Steps
from relgraph.graph.centrality import COMMUNITY_METHODS, LEVELS, MEASURES, PROJECTIONS
from relgraph.graph.errors import UsageError
from relgraph.graph.output import Result

COLUMNS = ["measure", "rank", "id", "name", "kind", "country", "score"]
# The settings under the table (--verbose: all of them).
FOOTER = ["projection", "level", "filters", "nodes", "edges", "ties", "undated_ties",
          "guarantee", "modularity"]


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
@click.option("--level", default="party", show_default=True, type=click.Choice(LEVELS),
              help="Rank parties, or regions/countries by the ties of their parties.")
@click.option("--exact", is_flag=True, help="Exact betweenness whatever the graph's size.")
@click.option("--approximate", is_flag=True,
              help="KADABRA betweenness whatever the graph's size (default: exact up to a "
                   "size threshold, KADABRA above it).")
@click.option("--epsilon", type=float, default=None, metavar="E",
              help="KADABRA: largest error of a score (share of node pairs; default 0.003).")
@click.option("--delta", type=float, default=None, metavar="D",
              help="KADABRA: probability that some score misses the bound (default 0.1).")
@click.option("--seed", type=int, default=42, show_default=True,
              help="Seed of KADABRA's sample and of the community search.")
@click.option("--communities", type=click.Choice(COMMUNITY_METHODS), default=None,
              help="Add each party's community (seeded, with the modularity in the header).")
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Community resolution: above 1 favours smaller communities.")
@click.option("--write", is_flag=True,
              help="Store the scores on the nodes (properties named after the measures, "
                   "plus centrality_run with the settings; community and community_run "
                   "with --communities).")
@output_options
def centrality(measures, projection, rels, kinds, countries, as_of, weights, weighted, top,
               level, exact, approximate, epsilon, delta, seed, communities, resolution,
               write, fmt):
    """Rank parties by centrality in the partner, supply or full network.

    \b
    Examples:
      relgraph centrality --measure betweenness --top 10
      relgraph centrality -m pagerank,degree --country BY --country RU --as-of 2015
      relgraph centrality --projection supply -m in_degree --format csv
      relgraph centrality -m betweenness --write   # then ORDER BY n.betweenness
      relgraph centrality -m betweenness --approximate --epsilon 0.001 --seed 7
      relgraph centrality -m degree,pagerank --level country
      relgraph centrality -m pagerank --communities leiden --write
    """
    from relgraph.graph import projections
    from relgraph.graph.centrality import centrality as compute

    if exact and (approximate or epsilon is not None or delta is not None):
        raise UsageError("--exact excludes --approximate, --epsilon and --delta")
    if write and level != "party":
        raise UsageError("--write stores party scores; run it without --level")
    rel_types = projections.valid_rel_types(projection)
    if level == "region":
        rel_types = (*rel_types, "LOCATED_IN")     # to place parties in their regions
    chosen = split_list(measures) or ["betweenness"]
    steps = Steps(["Reading the graph", "Computing", *(["Writing the scores"] if write else [])])
    with contextlib.ExitStack() as opened:
        with steps.step("Reading the graph"):     # the server may have to start first
            store = opened.enter_context(store_from_context(read_only=True))
            graph = store.fetch(rel_types=rel_types)
        with steps.step(f"Computing {', '.join(chosen)}"):
                result = compute(graph, measures=chosen, projection=projection, level=level,
                             rel_types=split_list(rels), kinds=split_list(kinds),
                             countries=split_list(countries), as_of=as_of,
                             weights=parse_weights(weights), weighted=weighted,
                             top=top or None,
                             exact=True if exact else (False if approximate else None),
                             epsilon=epsilon, delta=delta, seed=seed,
                             communities=communities, resolution=resolution)
        notes = []
        if write:
            with steps.step("Writing the scores"):
                written = store.set_node_properties(result.write_rows())
            stored = list(result.meta["measures"])
            if communities:
                stored.append("community")
            notes.append(f"wrote {', '.join(stored)} on {written} nodes")
    columns = COLUMNS + (["community"] if communities else [])
    emit(Result(result.rows, columns=columns, meta=result.meta, notes=notes,
                title=f"{', '.join(result.meta['measures'])} in the {projection} network",
                footer=FOOTER), fmt)
