"""``relgraph partners PARTY``: a party's partners ranked (``--by-year``: its timeline);
``relgraph timeline [PARTY | --all]``: partners, ties and rank year by year, with a chart."""

from __future__ import annotations

import click

from relgraph.cli.common import emit, filter_options, output_options, split_list, store_from_context
from relgraph.graph.errors import UsageError
from relgraph.graph.output import Result

RANK_MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank")


def chart_options(func):
    """``--png PATH`` / ``--svg PATH``: the timeline as a line chart."""
    func = click.option("--svg", "svg", type=click.Path(dir_okay=False),
                        help="Also write the timeline as an SVG line chart.")(func)
    return click.option("--png", "png", type=click.Path(dir_okay=False),
                        help="Also write the timeline as a PNG line chart.")(func)


def _timeline(party, *, rels, kinds, countries, start, end, rank_by, png, svg, fmt):
    from relgraph.graph.timeline import timeline

    with store_from_context(read_only=True) as store:
        graph = store.fetch(rel_types=("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"))
    result = timeline(graph, party, rel_types=split_list(rels), kinds=split_list(kinds),
                      countries=split_list(countries), start=start, end=end,
                      rank_by=rank_by)
    notes = []
    for path in (png, svg):
        if path:
            if not result.rows:
                raise UsageError("no dated ties to chart", hint="check the party and filters")
            from relgraph.viz.timeline_chart import save_timeline_chart
            notes.append(f"wrote {save_timeline_chart(result.rows, result.meta, path)}")
    title = f"timeline of {result.meta['name']}" if party else "timeline of the network"
    emit(Result(result.rows, columns=result.columns, meta=result.meta, title=title,
                notes=notes, footer=["filters", "rank_by", "from", "to", "undated_ties"]),
         fmt)


@click.command()
@click.argument("party")
@click.option("--depth", type=click.IntRange(1, 2), default=1, show_default=True,
              help="1: partners; 2: also the partners of the partners.")
@click.option("--measure", "-m", "measures", multiple=True, metavar="NAME",
              help="Global scores to show for each partner (default degree,betweenness).")
@filter_options("count")
@click.option("--by-year", is_flag=True,
              help="Per year: partners, ties by kind and the party's rank (as timeline).")
@click.option("--rank-by", type=click.Choice(RANK_MEASURES), default="degree",
              show_default=True, help="--by-year: the measure of the party's rank.")
@click.option("--exact", is_flag=True, help="Exact betweenness whatever the graph's size.")
@click.option("--epsilon", type=float, default=None, metavar="E",
              help="KADABRA betweenness: largest error of a score (default 0.003).")
@click.option("--delta", type=float, default=None, metavar="D",
              help="KADABRA betweenness: probability of missing the bound (default 0.1).")
@click.option("--seed", type=int, default=42, show_default=True, help="KADABRA's seed.")
@chart_options
@output_options
def partners(party, depth, measures, rels, kinds, countries, as_of, by_year, rank_by, exact,
             epsilon, delta, seed, png, svg, fmt):
    """A party's partners ranked: tie kinds, counts, first and last dates, global scores.

    PARTY is an id (region:by:gomel) or a name ("Gomel Region").

    \b
    Examples:
      relgraph partners region:by:gomel
      relgraph partners "Gomel Region" --depth 2 --format csv
      relgraph partners region:by:gomel --by-year --png gomel.png
    """
    if by_year:
        if as_of is not None or depth != 1:
            raise UsageError("--by-year counts every year; drop --as-of and --depth")
        _timeline(party, rels=rels, kinds=kinds, countries=countries, start=None, end=None,
                  rank_by=rank_by, png=png, svg=svg, fmt=fmt)
        return
    if png or svg:
        raise UsageError("--png/--svg draw the timeline; add --by-year")
    from relgraph.graph.partners import partners as compute

    with store_from_context(read_only=True) as store:
        graph = store.fetch(rel_types=("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"))
    result = compute(graph, party, depth=depth, rel_types=split_list(rels),
                     kinds=split_list(kinds), countries=split_list(countries), as_of=as_of,
                     measures=split_list(measures) or ["degree", "betweenness"],
                     exact=True if exact else None, epsilon=epsilon, delta=delta, seed=seed)
    emit(Result(result.rows, columns=result.columns, meta=result.meta,
                title=f"partners of {result.meta['name']}",
                footer=["party_scores", "filters", "partners", "partners_of_partners",
                        "network_nodes", "guarantee"]), fmt)


@click.command()
@click.argument("party", required=False)
@click.option("--all", "whole", is_flag=True, help="The whole network instead of a party.")
@filter_options("count")
@click.option("--from", "start", type=int, metavar="YEAR", help="First year shown.")
@click.option("--to", "end", type=int, metavar="YEAR", help="Last year shown.")
@click.option("--rank-by", type=click.Choice(RANK_MEASURES), default="degree",
              show_default=True, help="The measure of the party's rank each year.")
@chart_options
@output_options
def timeline(party, whole, rels, kinds, countries, as_of, start, end, rank_by, png, svg,
             fmt):
    """Per year: a party's partners, ties by kind and rank (or the network's totals).

    PARTY is an id (region:by:gomel) or a name ("Gomel Region"); --all: the network.

    \b
    Examples:
      relgraph timeline region:by:gomel --png gomel.png
      relgraph timeline "Minsk" --rank-by pagerank --format csv
      relgraph timeline --all --from 1990 --svg network.svg
    """
    if bool(party) == bool(whole):
        raise UsageError("give a PARTY or --all")
    if as_of is not None:
        raise UsageError("a timeline covers every year; use --from/--to instead of --as-of")
    _timeline(None if whole else party, rels=rels, kinds=kinds, countries=countries,
              start=start, end=end, rank_by=rank_by, png=png, svg=svg, fmt=fmt)
