"""The self-contained HTML page of a :class:`viz.view.View`.

pyvis builds the vis-network node and edge records (:func:`to_pyvis`); the page around
them is ours: vis-network's JS and CSS inlined, data in a JSON ``<script>`` element,
legend, caption, a table of the top parties and the sources, and no reference to
anything outside the file.

>>> import networkx as nx
>>> from relgraph.viz.view import build_view
>>> G = nx.Graph()
>>> G.add_edge("city:by:minsk", "city:cn:xian", ties=[{"type": "TWINNED_WITH"}])
>>> page = page_html(build_view(G))
>>> page.startswith("<!DOCTYPE html>"), external_references(page)
(True, [])
"""

from __future__ import annotations

import hashlib
import re

from pyvis.network import Network

from relgraph.viz import page as tpl
from relgraph.viz.assets import vis_assets
from relgraph.viz.safe import escape, json_for_script
from relgraph.viz.view import MEASURE_NAMES, View, format_value

TABLE_ROWS = 25
# Above this many edges, curves, shadows and edges-during-drag cost more frame time
# than they add.
_LARGE_EDGES = 1500


def to_pyvis(view: View) -> Network:
    """The view's nodes and edges as a pyvis ``Network`` (for our page, or your own).

    The network is built directed only to skip pyvis's duplicate-edge scan (quadratic
    in the number of edges); a view has each pair once, and arrows are switched off.
    """
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    # A big layout is shown zoomed out to fit; nodes and labels grow to compensate so
    # that, at the first view, the largest parties and their names are readable.
    zoom = fit_zoom(view)
    grow = min((1 / zoom) ** 0.5, 2.0)
    font_grow = min(1 / zoom, 6.0)
    # vis-network draws in insertion order: small first, so the big parties and their
    # labels end up on top.
    for n in sorted(view.nodes, key=lambda n: (n.labelled, n.size)):
        extra = {}
        if n.labelled:
            extra["font"] = {"size": round((12 + n.size / 3) * font_grow)}
        if n.ego:
            extra["borderWidth"] = 4
            extra["color"] = {"background": n.colour, "border": "#111111"}
        net.add_node(n.id, label=n.name, title=n.tooltip, shape=n.shape,
                     color=extra.pop("color", n.colour), size=round(n.size * grow, 1),
                     x=round(n.x, 1), y=round(n.y, 1), **extra)
        if not n.labelled:
            net.node_map[n.id].pop("label", None)  # the name stays in the tooltip
    for e in view.edges:
        net.add_edge(e.source, e.target, color=e.colour, dashes=e.dashes,
                     width=round(e.width, 2), title=e.tooltip, arrows={"to": False})
    net.options = vis_options(view)
    return net


def fit_zoom(view: View, *, width: float = 1000.0) -> float:
    """Roughly the zoom at which vis-network will fit the view into a page ``width``
    pixels wide (4:3), at most 1.
    """
    if len(view.nodes) < 2:
        return 1.0
    xs = [n.x for n in view.nodes]
    ys = [n.y for n in view.nodes]
    extent = max(max(xs) - min(xs), (max(ys) - min(ys)) * 4 / 3, 1.0) + 2 * 40
    return min(1.0, width / extent)


def vis_options(view: View) -> dict:
    """vis-network options for the view: physics only for small force layouts."""
    large = len(view.edges) > _LARGE_EDGES
    options = {
        "autoResize": True,
        "height": "100%",
        "width": "100%",
        "layout": {"improvedLayout": False},  # positions come from Python
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 13, "face": "system-ui, -apple-system, Segoe UI, Roboto, Arial",
                     "color": "#1d1d1f", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "color": {"opacity": 0.45 if large else 0.75},
            "selectionWidth": 1.5,
            "hoverWidth": 0.8,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
        },
    }
    if view.physics:
        # The nodes start at the Python layout (components already packed apart); a
        # short settling run with no pull to the centre only pushes overlapping nodes
        # apart, so the page stays close to the static image and appears quickly.
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -20, "centralGravity": 0.0,
                                 "springLength": 70, "springConstant": 0.02,
                                 "damping": 0.6, "avoidOverlap": 1.0},
            "stabilization": {"enabled": True, "iterations": 60, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    return options


def page_html(view: View, *, embed_id: str | None = None) -> str:
    """The complete HTML page of ``view``, as one string."""
    net = to_pyvis(view)
    nodes = [{k: v for k, v in n.items() if k != "font" or v} for n in net.nodes]
    edges = [{k: v for k, v in e.items() if k != "arrows"} for e in net.edges]
    data = {"nodes": nodes, "edges": edges, "options": net.options,
            "physics": view.physics, "embedId": embed_id or ""}
    js, css = vis_assets()
    title = escape(view.title)
    measure = escape(MEASURE_NAMES.get(view.measure, view.measure))
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{tpl.CSP}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        f"<title>{title}</title>\n",
        f"<style>{css}</style>\n<style>{tpl.CSS}</style>\n</head>\n<body>\n",
        "<figure class=\"rg\" id=\"rg\">\n",
        f"<h1 class=\"rg-title\">{title}</h1>\n",
        f"<p class=\"rg-caption\" id=\"rg-caption\">{escape(_caption(view))}</p>\n",
        "<div class=\"rg-canvas\" id=\"rg-network\" role=\"img\" tabindex=\"0\" "
        f"aria-label=\"{title}: interactive network diagram. The table of top parties "
        f"below gives the same information as text.\" aria-describedby=\"rg-caption\"></div>\n",
        "<noscript><p>The interactive diagram needs JavaScript. The table below lists "
        "the top parties.</p></noscript>\n",
        _legend(view),
        _table(view, measure),
        _sources(view),
        "<p class=\"rg-note\">Hover over a party or a line for its ties, documents and "
        "sources; scroll to zoom, drag to move.</p>\n",
        "</figure>\n",
        f"<script type=\"application/json\" id=\"rg-data\">{json_for_script(data)}</script>\n",
        f"<script>{js}</script>\n",
        f"<script>{tpl.JS}</script>\n",
        "</body>\n</html>\n",
    ])


def _caption(view: View) -> str:
    text = view.caption_text()
    if view.ego:
        depth = view.ego_depth or 1
        text = f"Parties within {depth} step{'s' if depth > 1 else ''} of {view.ego} · {text}"
    return text


def _line_svg(colour: str, dashes) -> str:
    pattern = " ".join(str(int(d) // 2 or 1) for d in dashes) if dashes else ""
    dash = f' stroke-dasharray="{pattern}"' if pattern else ""
    return (f'<svg width="26" height="8" aria-hidden="true"><line x1="1" y1="4" x2="25" y2="4" '
            f'stroke="{escape(colour)}" stroke-width="2.5"{dash}/></svg>')


_SHAPES = {
    "dot": '<circle cx="6" cy="6" r="4.5"/>',
    "hexagon": '<polygon points="6,1 10.5,3.5 10.5,8.5 6,11 1.5,8.5 1.5,3.5"/>',
    "square": '<rect x="2" y="2" width="8" height="8"/>',
    "triangle": '<polygon points="6,1.5 11,10.5 1,10.5"/>',
    "diamond": '<polygon points="6,0.5 11.5,6 6,11.5 0.5,6"/>',
}


def _shape_svg(shape: str) -> str:
    return (f'<svg width="12" height="12" aria-hidden="true" fill="#9a9a9a" stroke="#555" '
            f'stroke-width="0.8">{_SHAPES.get(shape, _SHAPES["dot"])}</svg>')


def _code(country: dict) -> str:
    code = country["code"]
    return f" ({escape(code)})" if code and code != country["name"] else ""


def _legend(view: View) -> str:
    parts = ['<div class="rg-legend" role="group" aria-label="Legend">\n']
    if view.countries:
        items = "".join(
            f'<li><span class="rg-sw" style="background:{escape(c["colour"])}"></span>'
            f'{escape(c["name"])}{_code(c)} <span class="rg-n">{c["count"]:,}</span></li>'
            for c in view.countries)
        parts.append(f'<section><h2>Colour: country</h2><ul>{items}</ul></section>\n')
    if view.relations:
        items = "".join(
            f'<li>{_line_svg(r["color"], r["dashes"])}{escape(r["label"])}'
            f' <span class="rg-n">{r["count"]:,}</span></li>'
            for r in view.relations)
        parts.append('<section><h2>Line: main kind of tie</h2>'
                     f'<ul>{items}</ul></section>\n')
    if len(view.kinds) > 1 or (view.kinds and view.kinds[0]["shape"] != "dot"):
        items = "".join(f'<li>{_shape_svg(k["shape"])}{escape(k["kind"])}'
                        f' <span class="rg-n">{k["count"]:,}</span></li>' for k in view.kinds)
        parts.append(f'<section><h2>Shape: kind</h2><ul>{items}</ul></section>\n')
    top = view.top_nodes(1)
    largest = ""
    if top:
        value = format_value(top[0].value, view.measure)
        largest = f" (largest: {escape(top[0].name)}, {escape(value)})"
    parts.append('<section><h2>Size</h2><ul><li>'
                 '<svg width="30" height="14" aria-hidden="true" fill="none" stroke="#777">'
                 '<circle cx="5" cy="9" r="3"/><circle cx="20" cy="7" r="6"/></svg>'
                 f'{escape(MEASURE_NAMES.get(view.measure, view.measure))}{largest}'
                 '</li><li>line width: number of ties</li></ul></section>\n')
    parts.append("</div>\n")
    return "".join(parts)


def _table(view: View, measure: str) -> str:
    rows = view.top_nodes(TABLE_ROWS)
    if not rows:
        return ""
    body = "".join(
        f'<tr><td class="num">{i}</td><th scope="row">{escape(n.name)}</th>'
        f'<td>{escape(n.kind)}</td><td>{escape(n.country.upper() if n.country != "?" else "")}</td>'
        f'<td class="num">{escape(format_value(n.value, view.measure))}</td>'
        f'<td class="num">{n.degree:,}</td></tr>'
        for i, n in enumerate(rows, 1))
    return ('<details class="rg-table"><summary>Table: top '
            f'{len(rows)} of {len(view.nodes):,} parties by {measure}</summary>\n'
            f'<table><caption>Top parties by {measure}</caption>'
            '<thead><tr><th scope="col" class="num">#</th><th scope="col">Party</th>'
            '<th scope="col">Kind</th><th scope="col">Country</th>'
            f'<th scope="col" class="num">{measure.capitalize()}</th>'
            '<th scope="col" class="num">Partners</th></tr></thead>'
            f'<tbody>{body}</tbody></table></details>\n')


def _sources(view: View) -> str:
    if not view.sources:
        return ""
    items = []
    for s in view.sources:
        url = ""
        if s["url"]:
            url = f' <span class="rg-url" data-url="{escape(s["url"])}">{escape(s["url"])}</span>'
        items.append(f'<li>{escape(s["title"])}{url}</li>')
    return (f'<details class="rg-sources"><summary>Sources ({len(view.sources):,})</summary>'
            f'<ol>{"".join(items)}</ol></details>\n')


def embed_snippet(src: str, *, title: str, height: int = 640) -> str:
    """An ``<iframe>`` for ``src`` plus a listener that sizes it to the page's height.

    >>> s = embed_snippet("partners.html", title="Partners")
    >>> 'src="partners.html"' in s and "relgraph:height" in s
    True
    """
    return tpl.EMBED.format(id=embed_id_for(src), src=escape(src), title=escape(title),
                            height=int(height))


def embed_id_for(src: str) -> str:
    """The id the snippet for ``src`` gives its iframe (sent back in height messages)."""
    return "relgraph-" + hashlib.sha1(src.encode()).hexdigest()[:10]


# Attributes and CSS that would make a browser fetch something.
_EXTERNAL = re.compile(
    r"""(?:\b(?:src|href|srcset|poster|data|action|formaction|background)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:@import)|(?:url\(\s*["']?\s*(?:https?:)?//)""", re.I)


def external_references(html: str) -> list[str]:
    """Snippets of ``html`` that point a browser at another file or host (none, we hope)."""
    return [html[max(m.start() - 30, 0): m.end() + 40] for m in _EXTERNAL.finditer(html)]
