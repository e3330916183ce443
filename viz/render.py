"""Writing views to files: the functions ``relgraph render`` and ``relgraph demo`` call.

:func:`render_network` draws a partner network you already have;
:func:`render_partner_view` builds it from the store's graph with the same filters as
``relgraph centrality`` and then draws it.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.Graph()
>>> G.add_edge("city:by:minsk", "city:cn:xian", ties=[{"type": "TWINNED_WITH"}])
>>> with tempfile.TemporaryDirectory() as d:
...     r = render_network(G, pathlib.Path(d) / "p.html", embed=True)
...     (r.nodes, r.edges, r.embed.name, [p.name for p in r.images])
(2, 1, 'p.embed.html', ['p.png'])
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from relgraph.graph.errors import UsageError
from relgraph.viz import style
from relgraph.viz.ego import ego_network
from relgraph.viz.html import (
    embed_id_for,
    embed_snippet,
    estimated_height,
    page_html,
    table_html,
)
from relgraph.viz.measures import node_measure
from relgraph.viz.static import render_static
from relgraph.viz.view import PHYSICS_MAX_NODES, build_view

# Views above this many parties are refused: unreadable, and slow to draw on a phone.
MAX_NODES = 5000


@dataclass
class RenderResult:
    """What was written, and what it contains."""

    html: Path
    nodes: int
    edges: int
    sources: int
    bytes: int
    layout: str
    physics: bool
    measure: str
    seconds: float
    images: list[Path] = field(default_factory=list)
    embed: Path | None = None

    def as_row(self) -> dict:
        return {"file": str(self.html), "nodes": self.nodes, "edges": self.edges,
                "sources": self.sources, "bytes": self.bytes, "layout": self.layout,
                "physics": self.physics, "size_by": self.measure,
                "images": [str(p) for p in self.images],
                "embed": str(self.embed) if self.embed else None,
                "seconds": round(self.seconds, 3)}


def render_network(G: nx.Graph, out: str | os.PathLike, *,
                   sources: Mapping[str, Mapping] | None = None, size_by: str = "degree",
                   layout: str = "force", label_top: int | None = None,
                   title: str | None = None, as_of=None, ego: str | None = None,
                   depth: int = 1, top: int | None = None, by: str | None = None,
                   images: Iterable[str | os.PathLike] = (), embed: bool = False,
                   seed: int = 42, physics_max_nodes: int = PHYSICS_MAX_NODES,
                   colour_by: str = "country", colours: Mapping[str, str] | None = None,
                   max_nodes: int = MAX_NODES) -> RenderResult:
    """Write the HTML view of partner network ``G`` to ``out``.

    ``G`` is the whole network the view belongs to: node sizes are its scores and
    country colours follow its countries, whatever part of it is drawn. ``ego`` /
    ``depth`` restrict the view to one party's partners; ``top`` to the ``top`` most
    central parties by measure ``by`` (default ``size_by``) and the ties among them.
    ``sources`` maps source ids to ``{"title", "url"}``. ``images`` are PNG or SVG files
    to write of the same view (the first is also the page's picture for readers
    without JavaScript); ``embed`` also writes ``<out stem>.embed.html``, an iframe
    snippet that resizes itself, and a PNG beside the page when no image is asked for.
    Raises :class:`UsageError` when there is nothing to draw, or more than
    ``max_nodes`` parties.
    """
    started = time.perf_counter()
    out = Path(out)
    if G.number_of_nodes() == 0:
        raise UsageError("nothing to draw: no party has a tie with these filters",
                         hint="loosen --rel, --kind, --country or --as-of")
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise UsageError(f"--top takes a positive whole number, got {top!r}")
    if ego is None and top is None and G.number_of_nodes() > max_nodes:
        raise _too_many(G.number_of_nodes(), max_nodes)
    if colours is None:
        colours = style.country_colours(d.get("country") for _, d in G.nodes(data=True))
    values = node_measure(G, size_by, seed=seed)
    H = G
    if ego is not None:
        H = ego_network(G, ego, depth=depth)
    top_info = None
    if top is not None:
        by = by or size_by
        ranking = values if by == size_by else node_measure(G, by, seed=seed)
        H = top_network(H, ranking, top)
        top_info = {"n": H.number_of_nodes(), "by": by, "of": G.number_of_nodes()}
    if H.number_of_nodes() > max_nodes:
        raise _too_many(H.number_of_nodes(), max_nodes)
    scope = {"nodes": G.number_of_nodes()} if H is not G else None
    view = build_view(H, sources=dict(sources or {}), size_by=size_by, layout=layout,
                      label_top=label_top, title=title, as_of=as_of, seed=seed,
                      physics_max_nodes=physics_max_nodes, values=values, scope=scope,
                      colours=dict(colours), colour_by=colour_by, top=top_info)
    images = [Path(p) for p in images]
    if embed and not images:
        images = [out.with_suffix(".png")]
    image_paths = [render_static(view, p) for p in images]
    picture = _relative(image_paths[0], out.parent) if image_paths else None
    html = page_html(view, embed_id=embed_id_for(out.name) if embed else None,
                     picture=picture)
    _write_text(out, html)
    embed_path = None
    if embed:
        embed_path = out.with_name(out.stem + ".embed.html")
        _write_text(embed_path, embed_snippet(out.name, title=view.title, picture=picture,
                                              table=table_html(view),
                                              height=estimated_height(view)))
    return RenderResult(html=out, nodes=len(view.nodes), edges=len(view.edges),
                        sources=len(view.sources), bytes=len(html.encode("utf-8")),
                        layout=layout, physics=view.physics, measure=size_by,
                        seconds=time.perf_counter() - started, images=image_paths,
                        embed=embed_path)


def top_network(G: nx.Graph, scores: Mapping, n: int) -> nx.Graph:
    """The ``n`` parties of ``G`` with the highest ``scores`` (ties broken by id) and
    the ties among them; a copy that keeps ``G``'s settings.

    >>> P = nx.star_graph(4)
    >>> sorted(top_network(P, dict(P.degree()), 2).edges())
    [(0, 1)]
    """
    keep = sorted(G, key=lambda v: (-float(scores.get(v, 0.0)), str(v)))[:n]
    H = G.subgraph(keep).copy()
    H.graph = dict(G.graph)
    return H


def _too_many(n: int, limit: int) -> UsageError:
    return UsageError(
        f"a view of {n:,} parties is more than anyone can read (and than a page draws "
        f"smoothly); the limit is {limit:,}",
        hint="show the most central ones with --top 500 --by pagerank, one party's "
             "partners with --ego NAME, or filter with --country/--rel/--as-of")


def _relative(path: Path, folder: Path) -> str:
    # The page refers to its picture by a relative URL (never a path of this machine).
    rel = os.path.relpath(Path(path).resolve(), Path(folder).resolve())
    return Path(rel).as_posix()


def render_partner_view(full: nx.MultiDiGraph, out: str | os.PathLike, *, rel_types=None,
                        kinds=None, countries=None, as_of=None, weights=None,
                        **options) -> RenderResult:
    """Project ``full`` (``Store.fetch()``) to its partner network and render it.

    Filters are those of ``relgraph centrality`` (see ``graph.projections``); other
    keyword options go to :func:`render_network`. Country colours come from every
    party of ``full``, so views of one database agree whatever their filters; parties
    without coordinates are put at the place they are located in (LOCATED_IN).
    """
    from relgraph.graph.projections import PARTY_LABELS, partner_network

    P = partner_network(full, rel_types=rel_types, kinds=kinds, countries=countries,
                        as_of=as_of, weights=weights)
    _annotate(P, full)
    options.setdefault("colours", style.country_colours(
        d.get("country") for _, d in full.nodes(data=True) if d.get("label") in PARTY_LABELS))
    return render_network(P, out, sources=sources_of(full), as_of=as_of, **options)


def _annotate(P: nx.Graph, full: nx.MultiDiGraph) -> None:
    """Add what the view needs from the typed graph: documents' end dates on ties (for
    the time slider) and, for parties without coordinates, those of the nearest place
    they are located in."""
    for _, _, data in P.edges(data=True):
        for tie in data.get("ties") or ():
            doc = tie.get("document_id")
            if doc and doc in full and full.nodes[doc].get("valid_to"):
                tie["valid_to"] = full.nodes[doc]["valid_to"]
    for v, d in P.nodes(data=True):
        if d.get("lat") is not None and d.get("lon") is not None:
            continue
        seen, here = {v}, v
        for _ in range(4):  # company -> city -> district -> region -> country
            up = [w for _, w, t in full.out_edges(here, data="type")
                  if t == "LOCATED_IN" and w not in seen]
            if not up:
                break
            here = sorted(up, key=str)[0]
            seen.add(here)
            place = full.nodes[here]
            if place.get("lat") is not None and place.get("lon") is not None:
                d["place_lat"], d["place_lon"] = place["lat"], place["lon"]
                d["place_name"] = place.get("name") or here
                break


def render_demo(full: nx.MultiDiGraph, out: str | os.PathLike = "demo-partners.html"
                ) -> RenderResult:
    """The demo's partner view: whole network, sized by betweenness, with an embed
    snippet and a PNG beside it (``demo-partners.embed.html``, ``demo-partners.png``)."""
    out = Path(out)
    return render_partner_view(full, out, size_by="betweenness",
                               title="Partner network of the example data",
                               images=[out.with_suffix(".png")], embed=True)


def sources_of(full: nx.Graph) -> dict[str, dict]:
    """``{source id: {"title", "url"}}`` for the Source nodes of a stored graph.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("source:1", label="Source", title="Monograph", url="https://example.org")
    >>> sources_of(G)
    {'source:1': {'title': 'Monograph', 'url': 'https://example.org'}}
    """
    return {n: {"title": d.get("title") or d.get("name"), "url": d.get("url")}
            for n, d in full.nodes(data=True) if d.get("label") == "Source"}


def _write_text(path: Path, text: str) -> None:
    # Write beside the target and rename, so a page being served is never half-written.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
