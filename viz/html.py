"""The self-contained HTML page of a :class:`viz.view.View`.

vis-network draws the nodes and lines; the page around it is ours: vis-network's
script inlined (with the one CSS rule of its own a view uses), the data in a JSON
``<script>`` element, labels and the base map drawn by the page script, search,
filters, a time slider, a legend, a caption, a table of the top parties and the
sources, and no reference to anything outside the file except, for readers without
JavaScript, the static picture written with it.

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
import math
import re

from relgraph.viz import page as tpl
from relgraph.viz.assets import vis_assets
from relgraph.viz.labels import CANDIDATES, FONT_PX, LINE_PX
from relgraph.viz.layout import REF_H, REF_W
from relgraph.viz.safe import escape, json_for_script
from relgraph.viz.style import country_name
from relgraph.viz.view import MEASURE_NAMES, View, format_value

TABLE_ROWS = 25
# Above this many edges, shadows and edges-during-drag cost more frame time than they
# add, and lines are drawn lighter so the nodes stay visible.
_LARGE_EDGES = 1500


def to_pyvis(view: View):
    """The view's nodes and edges as a pyvis ``Network`` (to use in a page of your own;
    relgraph's page builds the same records without pyvis's per-node checks).

    The network is built directed only to skip pyvis's duplicate-edge scan (quadratic
    in the number of edges); a view has each pair once, and arrows are switched off.
    """
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for n in sorted(view.nodes, key=lambda n: n.size):
        net.add_node(n.id, label=n.name, title=n.tooltip, shape=n.shape, color=n.colour,
                     size=round(n.size, 1), x=round(n.x, 1), y=round(n.y, 1))
    for e in view.edges:
        net.add_edge(e.source, e.target, color=e.colour, dashes=e.dashes,
                     width=round(e.width, 2), title=e.tooltip, arrows={"to": False})
    net.options = vis_options(view)
    return net


def vis_options(view: View) -> dict:
    """vis-network options for the view: positions fixed unless physics is asked for."""
    large = len(view.edges) > _LARGE_EDGES
    options = {
        "autoResize": True,
        "height": "100%",
        "width": "100%",
        "layout": {"improvedLayout": False},  # positions come from Python
        "nodes": {"borderWidth": 1, "font": {"size": 0}},  # labels are drawn by the page
        "edges": {
            "smooth": False,
            "color": {"opacity": 0.4 if large else 0.7},
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
        # A short settling run with no pull to the centre only pushes overlapping nodes
        # apart, so the page stays close to the static image.
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


def page_data(view: View, *, embed_id: str | None = None) -> dict:
    """What the page script reads: nodes in order of label priority, compact keys."""
    order = sorted(view.nodes, key=lambda n: (not n.ego, -n.value, n.name.casefold(), n.id))
    nodes = []
    for n in order:
        rec = {"id": n.id, "n": n.name, "t": n.tooltip, "s": n.shape, "c": n.colour,
               "x": round(n.x, 1), "y": round(n.y, 1), "r": round(n.size, 1),
               "cty": n.country, "k": n.kind}
        if n.labelled:
            rec["lk"] = n.label_k
        if n.community >= 0:
            rec["m"] = n.community
            rec["mc"] = n.community_colour
        if n.ego:
            rec["ego"] = 1
        if n.approximate:
            rec["ap"] = 1
        nodes.append(rec)
    # Dashed lines cost a canvas several times the time of solid ones: a large view
    # keeps the colours of the tie types and draws every line solid.
    solid = len(view.edges) > _LARGE_EDGES
    edges = [{"f": e.source, "t": e.target, "c": e.colour,
              "d": False if solid else e.dashes or False,
              "w": round(e.width, 2), "tip": e.tooltip, "sp": e.spans} for e in view.edges]
    return {
        "ref": [REF_W, REF_H], "font": FONT_PX, "line": LINE_PX,
        "cand": [[a, b, int(lead)] for a, b, lead in CANDIDATES],
        "nodes": nodes, "edges": edges, "options": vis_options(view),
        "physics": view.physics, "embedId": embed_id or "", "colourBy": view.colour_by,
        "years": list(view.years) if view.years else None,
        "asOf": view.as_of, "map": [p["d"] for p in view.basemap],
        "countryNames": {c["key"]: c["name"] for c in view.countries},
    }


def page_html(view: View, *, embed_id: str | None = None, picture: str | None = None) -> str:
    """The complete HTML page of ``view``, as one string.

    ``picture`` is the relative URL of the static image written with the view, shown
    instead of the canvas to readers whose browser runs no script.
    """
    js, css = vis_assets()
    title = escape(view.title)
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{tpl.CSP}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        f"<title>{title}</title>\n",
        f"<style>{css}</style>\n<style>{tpl.CSS}</style>\n",
        "<noscript><style>.rg-js { display: none !important; }</style></noscript>\n",
        "</head>\n<body>\n",
        "<figure class=\"rg\" id=\"rg\">\n",
        f"<h1 class=\"rg-title\">{title}</h1>\n",
        f"<p class=\"rg-caption\" id=\"rg-caption\">{escape(caption(view))}</p>\n",
        _controls(view),
        "<p class=\"rg-status rg-js\" id=\"rg-status\" aria-live=\"polite\"></p>\n",
        _picture(view, picture),
        "<div class=\"rg-canvas rg-js\" id=\"rg-network\" role=\"img\" tabindex=\"0\" "
        f"aria-label=\"{title}: interactive network diagram. The table of top parties "
        f"below gives the same information as text.\" aria-describedby=\"rg-caption\"></div>\n",
        "<div class=\"rg-info rg-js\" id=\"rg-info\" hidden>"
        "<button type=\"button\" class=\"rg-close\" id=\"rg-info-close\" "
        "aria-label=\"Close\">×</button><div class=\"rg-tip\" id=\"rg-info-text\" "
        "aria-live=\"polite\"></div></div>\n",
        _legend(view),
        table_html(view, details=True),
        _sources(view),
        "<p class=\"rg-note rg-js\">Hover over, click or tap a party or a line for its "
        "ties, documents and sources; scroll or pinch to zoom (more names appear), drag "
        "to move.</p>\n",
        "</figure>\n",
        "<script type=\"application/json\" id=\"rg-data\">"
        f"{json_for_script(page_data(view, embed_id=embed_id))}</script>\n",
        f"<script>{js}</script>\n",
        f"<script>{tpl.JS}</script>\n",
        "</body>\n</html>\n",
    ])


def caption(view: View) -> str:
    """The caption line of the page and the image."""
    text = view.caption_text()
    if view.ego:
        depth = view.ego_depth or 1
        text = f"Parties within {depth} step{'s' if depth > 1 else ''} of {view.ego} · {text}"
    elif view.top:
        text = (f"The {view.top['n']:,} parties of {view.top['of']:,} with the highest "
                f"{MEASURE_NAMES.get(view.top['by'], view.top['by'])}, and the ties among "
                f"them · {text}")
    return text


def _picture(view: View, picture: str | None) -> str:
    if picture:
        alt = (f"{view.title}: picture of the network ({len(view.nodes):,} parties); "
               "the table below lists the top parties")
        return (f"<noscript><img class=\"rg-picture\" src=\"{escape(picture)}\" "
                f"alt=\"{escape(alt)}\"></noscript>\n")
    return ("<noscript><p class=\"rg-nojs\">The interactive diagram needs JavaScript; "
            "the table below lists the top parties.</p></noscript>\n")


def _options(pairs) -> str:
    return "".join(f"<option value=\"{escape(v)}\">{escape(label)}</option>"
                   for v, label in pairs)


def _controls(view: View) -> str:
    names = {c["key"]: c["name"] for c in view.countries}
    country_opts = sorted(((k, names.get(k) or country_name(None if k == "?" else k))
                           for k in {n.country for n in view.nodes}),
                          key=lambda kv: (kv[1].casefold(), kv[0]))
    kinds = sorted({n.kind for n in view.nodes if n.kind})
    parts = ["<div class=\"rg-controls rg-js\" role=\"group\" aria-label=\"Explore the "
             "network\">\n",
             "<div class=\"rg-find\"><label for=\"rg-q\">Find a party</label>"
             "<input id=\"rg-q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" "
             "placeholder=\"Name\" aria-controls=\"rg-results\">"
             "<ul class=\"rg-results\" id=\"rg-results\" hidden></ul></div>\n"]
    if len(country_opts) > 1:
        parts.append("<label class=\"rg-pick\">Country <select id=\"rg-country\">"
                     + _options([("", "all"), *country_opts]) + "</select></label>\n")
    if len(kinds) > 1:
        parts.append("<label class=\"rg-pick\">Kind <select id=\"rg-kind\">"
                     + _options([("", "all"), *((k, k) for k in kinds)]) + "</select></label>\n")
    if view.communities:
        selected = view.colour_by
        opts = "".join(
            f"<option value=\"{v}\"{' selected' if v == selected else ''}>{label}</option>"
            for v, label in (("country", "by country"), ("community", "by community")))
        parts.append(f"<label class=\"rg-pick\">Colour <select id=\"rg-colour\">{opts}"
                     "</select></label>\n")
    if view.years:
        first, last = view.years
        if view.as_of:
            last = min(last, int(view.as_of))
        if last >= first:
            # The slider's rightmost step is "every tie" (no as-of filter), unless the
            # view was already built as of a year.
            top = last if view.as_of else last + 1
            parts.append(
                "<div class=\"rg-time\"><label for=\"rg-year\">Ties as of "
                "<output id=\"rg-year-out\" for=\"rg-year\"></output></label>"
                f"<input id=\"rg-year\" type=\"range\" min=\"{first}\" max=\"{top}\" "
                f"step=\"1\" value=\"{top}\"></div>\n")
    parts.append("</div>\n")
    return "".join(parts)


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
        hidden = " hidden" if view.colour_by == "community" else ""
        parts.append(f'<section id="rg-legend-country"{hidden}><h2>Colour: country</h2>'
                     f'<ul>{items}</ul></section>\n')
    if view.communities:
        info = view.community_info
        items = "".join(
            f'<li><span class="rg-sw" style="background:{escape(c["colour"])}"></span>'
            f'{escape(c["name"])} <span class="rg-n">{c["count"]:,}</span></li>'
            for c in view.communities)
        hidden = "" if view.colour_by == "community" else " hidden"
        parts.append(f'<section id="rg-legend-community"{hidden}><h2>Colour: community</h2>'
                     f'<ul>{items}<li class="rg-n">Louvain on this view, seed {info["seed"]}, '
                     f'modularity {info["modularity"]:.3f}</li></ul></section>\n')
    if view.relations:
        items = "".join(
            f'<li>{_line_svg(r["color"], r["dashes"])}{escape(r["label"])}'
            f' <span class="rg-n">{r["count"]:,}</span></li>'
            for r in view.relations)
        solid = (f'<li class="rg-n">solid in views of more than {_LARGE_EDGES:,} links</li>'
                 if len(view.edges) > _LARGE_EDGES else "")
        parts.append('<section><h2>Line: main kind of tie</h2>'
                     f'<ul>{items}{solid}</ul></section>\n')
    if len(view.kinds) > 1 or (view.kinds and view.kinds[0]["shape"] != "dot"):
        items = "".join(f'<li>{_shape_svg(k["shape"])}{escape(k["kind"])}'
                        f' <span class="rg-n">{k["count"]:,}</span></li>' for k in view.kinds)
        parts.append(f'<section><h2>Shape: kind</h2><ul>{items}</ul></section>\n')
    top = view.top_nodes(1)
    largest = ""
    if top:
        value = format_value(top[0].value, view.measure)
        largest = f" (largest: {escape(top[0].name)}, {escape(value)})"
    scope = ""
    if view.scope:
        scope = f" in the whole network of {view.scope['nodes']:,} parties, not in this view"
    parts.append('<section><h2>Size</h2><ul><li>'
                 '<svg width="30" height="14" aria-hidden="true" fill="none" stroke="#777">'
                 '<circle cx="5" cy="9" r="3"/><circle cx="20" cy="7" r="6"/></svg>'
                 f'<span>{escape(MEASURE_NAMES.get(view.measure, view.measure))}'
                 f'{escape(scope)}{largest}</span>'
                 '</li><li>line width: number of ties</li></ul></section>\n')
    approx = view.approximate_count()
    if view.layout == "geo":
        note = "Map: Natural Earth 1:110m country outlines."
        if approx:
            note += (f" {approx:,} part{'y' if approx == 1 else 'ies'} without coordinates "
                     "of their own (dashed ring) are shown at the place they are in or at "
                     "their country's capital.")
        parts.append(f'<section><h2>Position</h2><ul><li><span>{escape(note)}</span></li>'
                     '</ul></section>\n')
    parts.append("</div>\n")
    return "".join(parts)


def table_html(view: View, *, details: bool = False) -> str:
    """The table of the top parties (open, so readers without JavaScript see it)."""
    rows = view.top_nodes(TABLE_ROWS)
    if not rows:
        return ""
    measure = escape(MEASURE_NAMES.get(view.measure, view.measure))
    body = "".join(
        f'<tr><td class="num">{i}</td><th scope="row">{escape(n.name)}</th>'
        f'<td class="rg-opt">{escape(n.kind)}</td>'
        f'<td>{escape(n.country.upper() if n.country != "?" else "")}</td>'
        f'<td class="num">{escape(format_value(n.value, view.measure))}</td>'
        f'<td class="num">{n.degree:,}</td></tr>'
        for i, n in enumerate(rows, 1))
    table = (f'<div class="rg-scroll"><table><caption>Top parties by {measure}</caption>'
             '<thead><tr><th scope="col" class="num">#</th><th scope="col">Party</th>'
             '<th scope="col" class="rg-opt">Kind</th><th scope="col">Country</th>'
             f'<th scope="col" class="num">{measure.capitalize()}</th>'
             '<th scope="col" class="num">Partners</th></tr></thead>'
             f'<tbody>{body}</tbody></table></div>')
    if not details:
        return table
    return ('<details class="rg-table" id="rg-table" open><summary>Table: top '
            f'{len(rows)} of {len(view.nodes):,} parties by {measure}</summary>\n'
            f'{table}</details>\n')


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


def estimated_height(view: View, *, width: int = 680) -> int:
    """The page's height in pixels in a ``width``-pixel column with the table closed:
    the embed snippet's fixed height for pages where the snippet's script cannot run.

    >>> import networkx as nx
    >>> from relgraph.viz.view import build_view
    >>> 600 < estimated_height(build_view(nx.path_graph(3))) < 1100
    True
    """
    canvas = min(max(width * REF_H / REF_W, 300), 680)
    legend_items = (len(view.countries) + len(view.relations) + len(view.kinds) + 2)
    legend = 24 * (len([s for s in (view.countries, view.relations, view.kinds) if s]) + 1) \
        + 20 * math.ceil(legend_items / 4)
    return int(1.08 * (24 + 30 + 40 + 110 + canvas + legend + 90))


def embed_snippet(src: str, *, title: str, height: int = 820, picture: str | None = None,
                  table: str = "") -> str:
    """An ``<iframe>`` for ``src``, a listener that sizes it to the page's height, and
    for articles read without JavaScript the picture and the table instead.

    >>> s = embed_snippet("partners.html", title="Partners", picture="partners.png")
    >>> 'src="partners.html"' in s and "relgraph:height" in s and "<noscript>" in s
    True
    """
    frame_id = embed_id_for(src)
    fallback = ""
    if picture or table:
        img = (f'<img src="{escape(picture)}" alt="{escape(title)}" '
               'style="width:100%;height:auto;display:block">' if picture else "")
        fallback = tpl.EMBED_FALLBACK.format(id=frame_id, img=img, table=table,
                                             src=escape(src), title=escape(title))
    return tpl.EMBED.format(id=frame_id, src=escape(src), title=escape(title),
                            height=int(height), fallback=fallback)


def embed_id_for(src: str) -> str:
    """The id the snippet for ``src`` gives its iframe (sent back in height messages)."""
    return "relgraph-" + hashlib.sha1(src.encode()).hexdigest()[:10]


# Attributes and CSS that would make a browser fetch something from another host.
_EXTERNAL = re.compile(
    r"""(?:\b(?:src|href|srcset|poster|data|action|formaction|background)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:@import)|(?:url\(\s*["']?\s*(?:https?:)?//)""", re.I)


def external_references(html: str) -> list[str]:
    """Snippets of ``html`` that point a browser at another file or host (none, we hope)."""
    return [html[max(m.start() - 30, 0): m.end() + 40] for m in _EXTERNAL.finditer(html)]
