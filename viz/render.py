"""Writing views to files: the functions ``relgraph render`` and ``relgraph demo`` call.

:func:`render_network` draws a partner network you already have;
:func:`render_partner_view` builds it from the store's graph with the same filters as
``relgraph centrality`` and then draws it.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.Graph()
>>> G.add_edge("city:by:minsk", "city:cn:xian", ties=[{"type": "TWINNED_WITH"}])
>>> with tempfile.TemporaryDirectory() as d:
...     r = render_network(G, pathlib.Path(d) / "p.html", embed=True)
...     (r.nodes, r.edges, r.embed.name)
(2, 1, 'p.embed.html')
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
from relgraph.viz.ego import ego_network
from relgraph.viz.html import embed_id_for, embed_snippet, page_html
from relgraph.viz.static import render_static
from relgraph.viz.view import PHYSICS_MAX_NODES, build_view


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
                   layout: str = "force", label_top: int = 20, title: str | None = None,
                   as_of=None, ego: str | None = None, depth: int = 1,
                   images: Iterable[str | os.PathLike] = (), embed: bool = False,
                   seed: int = 42, physics_max_nodes: int = PHYSICS_MAX_NODES) -> RenderResult:
    """Write the HTML view of partner network ``G`` to ``out``.

    ``sources`` maps source ids to ``{"title", "url"}``. ``ego``/``depth`` restrict the
    view to one party's partners. ``images`` are PNG or SVG files to write of the same view;
    ``embed`` also writes ``<out stem>.embed.html``, an iframe snippet that resizes
    itself. Raises :class:`UsageError` when there is nothing to draw.
    """
    started = time.perf_counter()
    out = Path(out)
    if ego is not None:
        G = ego_network(G, ego, depth=depth)
    if G.number_of_nodes() == 0:
        raise UsageError("nothing to draw: no party has a tie with these filters",
                         hint="loosen --rel, --kind, --country or --as-of")
    view = build_view(G, sources=dict(sources or {}), size_by=size_by, layout=layout,
                      label_top=label_top, title=title, as_of=as_of, seed=seed,
                      physics_max_nodes=physics_max_nodes)
    html = page_html(view, embed_id=embed_id_for(out.name) if embed else None)
    _write_text(out, html)
    image_paths = [render_static(view, p) for p in images]
    embed_path = None
    if embed:
        embed_path = out.with_name(out.stem + ".embed.html")
        _write_text(embed_path, embed_snippet(out.name, title=view.title))
    return RenderResult(html=out, nodes=len(view.nodes), edges=len(view.edges),
                        sources=len(view.sources), bytes=len(html.encode("utf-8")),
                        layout=layout, physics=view.physics, measure=size_by,
                        seconds=time.perf_counter() - started, images=image_paths,
                        embed=embed_path)


def render_partner_view(full: nx.MultiDiGraph, out: str | os.PathLike, *, rel_types=None,
                        kinds=None, countries=None, as_of=None, weights=None,
                        **options) -> RenderResult:
    """Project ``full`` (``Store.fetch()``) to its partner network and render it.

    Filters are those of ``relgraph centrality`` (see ``graph.projections``); other
    keyword options go to :func:`render_network`.
    """
    from relgraph.graph.projections import partner_network

    P = partner_network(full, rel_types=rel_types, kinds=kinds, countries=countries,
                        as_of=as_of, weights=weights)
    return render_network(P, out, sources=sources_of(full), as_of=as_of, **options)


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
