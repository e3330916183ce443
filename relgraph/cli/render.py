"""``relgraph render``: the partner network as a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from relgraph.cli.common import emit, filter_options, output_options, split_list, store_from_context
from relgraph.cli.progress import Steps
from relgraph.graph.output import Result

SIZE_MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank")


@click.command()
@filter_options("are drawn")
@click.option("--output", "-o", "out", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (one self-contained file, no network access).")
@click.option("--ego", metavar="NAME", help="Show one party's partners (name, alias or id).")
@click.option("--depth", type=click.IntRange(1), default=1, show_default=True,
              help="With --ego: how many steps out from the party.")
@click.option("--size-by", type=click.Choice(SIZE_MEASURES), default="degree",
              show_default=True, help="Centrality measure that sizes the nodes.")
@click.option("--top", type=click.IntRange(1), metavar="N",
              help="Show the N most central parties (by --by) and the ties among them.")
@click.option("--by", type=click.Choice(SIZE_MEASURES), default=None,
              help="With --top: the measure that ranks parties (default: --size-by).")
@click.option("--layout", type=click.Choice(("force", "geo", "circular")), default="force",
              show_default=True,
              help="force: network layout; geo: by coordinates, over country outlines; "
                   "circular: grouped by country.")
@click.option("--colour-by", "colour_by", type=click.Choice(("country", "community")),
              default="country", show_default=True,
              help="Node colour (the page can switch): country, or Louvain community.")
@click.option("--labels", "label_top", type=click.IntRange(0), default=None,
              help="Label only the N largest nodes (default: every node, where it fits "
                   "without overlapping; zoom in for more).")
@click.option("--title", help="Heading of the page (default: Partner network).")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a static PNG of the same view.")
@click.option("--svg", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a static SVG of the same view.")
@click.option("--embed", is_flag=True,
              help="Also write FILE.embed.html: an iframe snippet that sizes itself "
                   "(and FILE.png for readers without JavaScript, unless --png/--svg).")
@click.option("--physics-max", type=click.IntRange(0), default=0, show_default=True,
              help="Let the browser settle small force layouts with physics up to this "
                   "many nodes (0: never; positions then match the static image).")
@click.option("--seed", type=int, default=42, show_default=True,
              help="Seed of the layout and of sampled betweenness.")
@output_options
def render(out, rels, kinds, countries, as_of, ego, depth, size_by, top, by, layout,
           colour_by, label_top, title, png, svg, embed, physics_max, seed, fmt):
    """Write the partner network (or one party's part of it) as an HTML page.

    Colour shows the country (the same colour in every view of the database), line
    colour and dash the kind of tie, node size the chosen measure computed on the whole
    network; hovering or tapping lists each tie's documents, dates and sources. The
    page has a search box, country and kind filters and a time slider, inlines
    everything it needs and works offline, from file:// and in an iframe. Views of
    more than 5,000 parties are refused: use --top or --ego.

    \b
    Examples:
      relgraph render -o partners.html --top 200 --by pagerank
      relgraph render -o gomel.html --ego "Gomel Region" --depth 2 --png gomel.png --embed
      relgraph render -o map.html --layout geo --country BY,RU --svg map.svg
    """
    from relgraph.viz import render_partner_view

    steps = Steps(["Reading the graph", "Drawing"])
    with steps.step("Reading the graph"), store_from_context(read_only=True) as store:
        full = store.fetch()
    with steps.step(f"Drawing {out}"):
        result = render_partner_view(
            full, out, rel_types=split_list(rels), kinds=split_list(kinds),
            countries=split_list(countries), as_of=as_of, ego=ego, depth=depth,
            size_by=size_by, top=top, by=by, layout=layout, colour_by=colour_by,
            label_top=label_top, title=title,
            images=[p for p in (png, svg) if p is not None], embed=embed,
            physics_max_nodes=physics_max, seed=seed)
    emit(Result(rows=[result.as_row()], title=f"Wrote {result.html}"), fmt)
