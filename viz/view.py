"""A view of a partner network, independent of how it is drawn.

:func:`build_view` decides everything a reader sees (positions, colours, sizes,
labels, tooltip texts, legend, caption, the table of top parties); the HTML page and
the static image only draw it, which keeps the two in agreement.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("city:by:minsk", label="City", name="Minsk", country="BY")
>>> G.add_node("city:cn:xian", label="City", name="Xi'an", country="CN")
>>> G.add_edge("city:by:minsk", "city:cn:xian", weight=1,
...            ties=[{"type": "TWINNED_WITH", "date": "2014", "sources": ["source:a"]}])
>>> v = build_view(G, sources={"source:a": {"title": "City website", "url": None}})
>>> v.caption_text()
'2 parties · 1 link (1 tie) · 1 source · latest tie dated 2014'
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from relgraph.graph.errors import UsageError
from relgraph.viz import style, timeline
from relgraph.viz.labels import LINE_PX, place, spread, text_width
from relgraph.viz.layout import LAYOUTS, REF_H, REF_W, layout_positions
from relgraph.viz.measures import node_measure, scale_sizes
from relgraph.viz.safe import clean_url, text

# Positions come from Python (label-aware, the same as in the static image); up to
# this many nodes the browser may also settle them with physics (0: never, default).
PHYSICS_MAX_NODES = 0
# Up to this many nodes, a force or circular layout is spread until every label fits
# at desktop size (the check is quadratic in the number of nodes).
SPREAD_MAX_NODES = 400
COLOUR_BY = ("country", "community")

KIND_SHAPES = {"City": "dot", "Region": "hexagon", "Company": "square",
               "Organization": "triangle", "Country": "diamond"}
MEASURE_NAMES = {"degree": "number of partners", "strength": "number of ties",
                 "betweenness": "betweenness centrality", "closeness": "closeness centrality",
                 "eigenvector": "eigenvector centrality", "pagerank": "PageRank"}
MAX_TIES_IN_TOOLTIP = 8


@dataclass
class ViewNode:
    id: str
    name: str
    kind: str
    country: str          # normalised key, see style.country_key
    colour: str           # by country
    shape: str
    value: float          # the size measure
    size: float           # radius in reference pixels (see layout.REF_W)
    degree: int
    x: float
    y: float
    labelled: bool        # a label candidate (the page shows it where it fits)
    tooltip: str
    ego: bool = False
    approximate: str = ""  # why the position is not the party's own coordinates
    label_w: float = 0.0   # estimated label width in pixels
    label_k: int = -1      # label place chosen for the desktop canvas (-1: none fits)
    community: int = -1
    community_colour: str = ""


@dataclass
class ViewEdge:
    source: str
    target: str
    type: str             # the dominant relation type, which styles the line
    colour: str
    dashes: object
    width: float
    weight: float
    tooltip: str
    spans: list = field(default_factory=list)  # per tie: [from, to, gone], see timeline


@dataclass
class View:
    title: str
    nodes: list[ViewNode]
    edges: list[ViewEdge]
    measure: str
    layout: str
    physics: bool
    countries: list[dict]       # legend rows: key, name, colour, count
    relations: list[dict]       # legend rows: type, label, colour, dashes, count
    kinds: list[dict]           # legend rows: kind, shape, count
    sources: list[dict]         # id, title, url (clean or None), in order of first use
    as_of: str | None
    latest: str | None
    n_ties: int
    ego: str | None = None
    ego_depth: int | None = None
    extra: dict = field(default_factory=dict)
    scope: dict | None = None   # where the size measure was computed, when not here
    top: dict | None = None     # {"n", "by", "of"} for --top views
    colour_by: str = "country"
    communities: list[dict] = field(default_factory=list)  # legend: id, colour, count
    community_info: dict = field(default_factory=dict)     # modularity, seed, method
    years: tuple | None = None  # first and last year of the ties (time slider)
    basemap: list[dict] = field(default_factory=list)      # {code, name, d} outlines

    def caption_text(self) -> str:
        """One line: counts of parties, links, ties and sources, and the data's date."""
        parts = [_count(len(self.nodes), "party", "parties"),
                 f"{_count(len(self.edges), 'link')} ({_count(self.n_ties, 'tie')})",
                 _count(len(self.sources), "source")]
        if self.as_of:
            parts.append(f"data as of {self.as_of}")
        elif self.latest:
            parts.append(f"latest tie dated {self.latest}")
        return " · ".join(parts)

    def size_note(self) -> str:
        """What node size means, for the legend: the measure and what it was computed on.

        >>> v = View("t", [], [], "betweenness", "force", False, [], [], [], [], None, None, 0,
        ...          scope={"nodes": 1234})
        >>> v.size_note()
        'Node size: betweenness centrality in the whole network (1,234 parties)'
        """
        name = MEASURE_NAMES.get(self.measure, self.measure)
        if self.scope:
            return (f"Node size: {name} in the whole network "
                    f"({_count(self.scope['nodes'], 'party', 'parties')})")
        return f"Node size: {name}"

    def approximate_count(self) -> int:
        return sum(1 for n in self.nodes if n.approximate)

    def top_nodes(self, k: int = 25) -> list[ViewNode]:
        """The ``k`` nodes with the largest measure (ties broken by name)."""
        return sorted(self.nodes, key=lambda v: (-v.value, v.name.casefold(), v.id))[:k]


def _count(k: int, word: str, plural: str | None = None) -> str:
    return f"{k:,} {word if k == 1 else (plural or word + 's')}"


def format_value(value: float, measure: str) -> str:
    """Measure value as a reader wants it: integers for counts, 3 significant digits else.

    >>> format_value(4.0, "degree"), format_value(0.012345, "betweenness")
    ('4', '0.0123')
    """
    if measure in ("degree", "strength") or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _tie_date(tie: dict) -> str:
    d = tie.get("date") or tie.get("year")
    return text(d, limit=20) if d not in (None, "") else ""


def size_range(n: int) -> tuple[float, float]:
    """Smallest and largest node radius (reference pixels) for a view of ``n`` nodes:
    big enough to read in a small view, small enough not to cover a large one.

    >>> size_range(20), size_range(2000)
    ((6.5, 26.0), (2.5, 7.0))
    """
    hi = max(7.0, min(26.0, 300.0 / math.sqrt(max(n, 1))))
    return max(2.5, round(hi / 4, 1)), hi


def build_view(G: nx.Graph, *, sources: dict | None = None, size_by: str = "degree",
               layout: str = "force", label_top: int | None = None, title: str | None = None,
               as_of: str | int | None = None, seed: int = 42,
               physics_max_nodes: int = PHYSICS_MAX_NODES, values: dict | None = None,
               scope: dict | None = None, colours: dict | None = None,
               colour_by: str = "country", top: dict | None = None) -> View:
    """Decide how ``G`` (a partner network, see ``graph.projections``) is shown.

    ``sources`` maps source ids to ``{"title", "url"}`` for tooltips and the caption.
    ``layout`` is ``force`` (positions from Python; browser physics only up to
    ``physics_max_nodes``), ``geo`` (coordinates, over country outlines) or ``circular``.
    ``values`` are the size measure's scores when they come from a larger graph than
    ``G`` (``scope`` says which: ``{"nodes": N}``); ``colours`` maps country keys to
    colours (see :func:`style.country_colours`), so that views of one graph agree.
    ``label_top`` limits labels to the largest nodes (None: every node where it fits).
    ``colour_by`` is ``country`` or ``community`` (Louvain, seeded, on ``G``).
    """
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout {layout!r}", hint="use one of " + ", ".join(LAYOUTS))
    if colour_by not in COLOUR_BY:
        raise UsageError(f"unknown colouring {colour_by!r}", hint="use country or community")
    if label_top is not None and label_top < 0:
        raise UsageError("the number of labelled nodes cannot be negative")
    sources = sources or {}
    if values is None:
        values = node_measure(G, size_by, seed=seed)
        scope = None
    lo, hi = size_range(G.number_of_nodes())
    if layout == "geo":  # places crowd on a map: smaller marks keep them apart
        lo, hi = min(lo, 4.0), min(hi, 15.0)
    sizes = scale_sizes({v: values.get(v, 0.0) for v in G}, lo=lo, hi=hi)
    if colours is None:
        colours = style.country_colours(d.get("country") for _, d in G.nodes(data=True))
    placed = layout_positions(G, layout=layout, seed=seed)
    ego = G.graph.get("ego")
    names = {v: text(d.get("name") or v, limit=120) for v, d in G.nodes(data=True)}

    ranked = sorted(G, key=lambda v: (v != ego, -values.get(v, 0.0), names[v].casefold(),
                                      str(v)))
    labelled = set(ranked if label_top is None else ranked[:label_top])
    if ego is not None:
        labelled.add(ego)
    widths = {v: text_width(names[v], bold=v == ego) if v in labelled else 0.0 for v in G}
    positions = dict(placed.positions)
    if layout != "geo" and len(G) <= SPREAD_MAX_NODES:
        positions = spread(positions, sizes, widths, bounds=(8, 8, REF_W - 8, REF_H - 8))
    choice = place([(v, *positions[v], sizes[v], widths[v], LINE_PX)
                    for v in ranked if v in labelled],
                   nodes=[(v, *positions[v], sizes[v]) for v in G],
                   bounds=(0, 0, REF_W, REF_H))

    found = None
    if G.number_of_edges():
        from relgraph.graph.communities import louvain
        found = louvain(G, weight="weight", seed=seed)

    # Sources are numbered in order of first use, following edges in a stable order.
    source_order: dict[str, int] = {}
    edges: list[ViewEdge] = []
    rel_counts: Counter = Counter()
    dates: list[str] = []
    all_spans: list = []
    n_ties = 0
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        ties = list(data.get("ties") or [])
        n_ties += len(ties) or int(data.get("count") or data.get("weight") or 1)
        for tie in ties:
            for sid in tie.get("sources") or []:
                source_order.setdefault(str(sid), len(source_order) + 1)
            if _tie_date(tie):
                dates.append(str(tie.get("date") or tie.get("year")))
        spans = [timeline.span(t) for t in ties] or [[None, None, 0]]
        all_spans.extend(spans)
        kind = style.dominant_type(ties) if ties else ""
        rel_counts[kind] += 1
        st = style.rel_style(kind)
        # `count` is the number of ties; `weight` may be a weighted sum of them.
        weight = float(data.get("count") or len(ties) or data.get("weight") or 1)
        edges.append(ViewEdge(
            source=u, target=v, type=kind, colour=st["color"], dashes=st["dashes"],
            width=min(1.0 + math.log2(weight), 6.0), weight=weight,
            tooltip=_edge_tooltip(names[u], names[v], ties, weight, sources, source_order),
            spans=spans))

    community_colours = {}
    if found is not None:
        community_colours = style.community_colours(found.membership.values())
    nodes = []
    for v, d in G.nodes(data=True):
        kind = text(d.get("label") or "", limit=40)
        key = style.country_key(d.get("country"))
        x, y = positions[v]
        why = placed.approximate.get(v, "")
        com = found.membership.get(v, -1) if found is not None else -1
        nodes.append(ViewNode(
            id=str(v), name=names[v], kind=kind, country=key,
            colour=colours.get(key, style.OTHER_COUNTRY),
            shape=KIND_SHAPES.get(kind, "dot"), value=float(values.get(v, 0.0)),
            size=sizes.get(v, lo), degree=G.degree(v), x=x, y=y,
            labelled=v in labelled, ego=v == ego, approximate=why,
            label_w=widths[v], label_k=choice[v][0] if v in choice else -1,
            community=com, community_colour=community_colours.get(com, style.OTHER_COUNTRY),
            tooltip=_node_tooltip(names[v], kind, d.get("country"), G.degree(v),
                                  _ties_of(G, v), size_by, float(values.get(v, 0.0)),
                                  why, scope)))

    country_counts = Counter(n.country for n in nodes)
    countries = []
    others = 0
    for key in sorted(country_counts, key=lambda k: (-country_counts[k], k)):
        colour = colours.get(key, style.OTHER_COUNTRY)
        if colour == style.OTHER_COUNTRY:
            others += country_counts[key]
            continue
        countries.append({"key": key, "name": style.country_name(None if key == "?" else key),
                          "code": "" if key == "?" else key.upper(),
                          "colour": colour, "count": country_counts[key]})
    if others:
        countries.append({"key": style.OTHER_KEY, "name": "other countries", "code": "",
                          "colour": style.OTHER_COUNTRY, "count": others})
    communities = []
    if found is not None:
        counts = Counter(found.membership.values())
        small = 0
        for cid in sorted(counts):
            colour = community_colours[cid]
            if colour == style.OTHER_COUNTRY:
                small += counts[cid]
                continue
            communities.append({"id": cid, "name": f"Community {cid + 1}",
                                "colour": colour, "count": counts[cid]})
        if small:
            communities.append({"id": -1, "name": "smaller communities",
                                "colour": style.OTHER_COUNTRY, "count": small})
    relations = [{"type": t, **style.rel_style(t), "count": rel_counts[t]}
                 for t in [*style.REL_STYLES, *sorted(set(rel_counts) - set(style.REL_STYLES))]
                 if rel_counts[t]]
    kind_counts = Counter(n.kind for n in nodes)
    kinds = [{"kind": k or "Party", "shape": KIND_SHAPES.get(k, "dot"), "count": c}
             for k, c in sorted(kind_counts.items(), key=lambda kc: (-kc[1], kc[0]))]
    source_rows = []
    for sid in sorted(source_order, key=source_order.get):
        meta = sources.get(sid) or {}
        source_rows.append({"id": sid, "title": text(meta.get("title") or sid, limit=200),
                            "url": clean_url(meta.get("url"))})

    basemap_paths = []
    if layout == "geo" and placed.project is not None:
        from relgraph.viz.basemap import outline_paths
        basemap_paths = outline_paths(placed.project, placed.bbox)

    if as_of in (None, ""):
        as_of = G.graph.get("as_of") or (G.graph.get("filters") or {}).get("as_of")
    return View(
        title=text(title or _default_title(G, names, top), limit=160),
        nodes=nodes, edges=edges, measure=size_by, layout=layout,
        physics=layout == "force" and len(nodes) <= physics_max_nodes,
        countries=countries, relations=relations, kinds=kinds, sources=source_rows,
        as_of=text(as_of, limit=20) if as_of not in (None, "") else None,
        latest=max(dates) if dates else None, n_ties=n_ties,
        ego=names.get(ego) if ego is not None else None,
        ego_depth=G.graph.get("ego_depth"), scope=scope, top=top, colour_by=colour_by,
        communities=communities,
        community_info=({"method": found.method, "modularity": round(found.modularity, 3),
                         "seed": seed, "count": found.count} if found is not None else {}),
        years=timeline.year_range(all_spans), basemap=basemap_paths)


def _ties_of(G: nx.Graph, v) -> int:
    return sum(len(d.get("ties") or ()) or int(d.get("count") or d.get("weight") or 1)
               for _, _, d in G.edges(v, data=True))


def _default_title(G: nx.Graph, names: dict, top: dict | None = None) -> str:
    ego = G.graph.get("ego")
    if ego is not None:
        return f"Partners of {names.get(ego, ego)}"
    if top:
        return (f"The {top['n']:,} most central parties by "
                f"{MEASURE_NAMES.get(top['by'], top['by'])}")
    return "Partner network"


def _node_tooltip(name, kind, country, degree, strength, measure, value, approximate,
                  scope) -> str:
    lines = [name]
    where = style.country_name(country)
    if country:
        where += f" ({str(country).upper()})"
    lines.append(f"{kind} · {where}" if kind else where)
    lines.append(f"{degree:,} partner{'s' if degree != 1 else ''} · "
                 f"{strength:,.0f} tie{'s' if strength != 1 else ''}")
    if measure not in ("degree", "strength") or scope:
        where_measured = " (whole network)" if scope else ""
        lines.append(f"{MEASURE_NAMES.get(measure, measure)}{where_measured}: "
                     f"{format_value(value, measure)}")
    if approximate:
        lines.append(f"Position: {approximate}")
    return "\n".join(lines)


def _edge_tooltip(a, b, ties, weight, sources, source_order) -> str:
    lines = [f"{a} — {b}", f"{weight:,.0f} tie{'s' if weight != 1 else ''}"]
    ordered = sorted(ties, key=lambda t: (str(t.get("date") or t.get("year") or "9999"),
                                          str(t.get("type") or "")))
    for tie in ordered[:MAX_TIES_IN_TOOLTIP]:
        kind = tie.get("type") or ""
        head = [style.REL_STYLES[kind]["label"] if kind in style.REL_STYLES
                else text(kind or "tie", limit=40)]
        head.append(_tie_date(tie) or "undated")
        doc = text(tie.get("document_title"), limit=140)
        if doc:
            kind = text(tie.get("document_kind"), limit=30).replace("_", " ")
            head.append(f"{doc} ({kind})" if kind else doc)
        if tie.get("goods"):
            head.append(text(tie.get("goods"), limit=80))
        if tie.get("status"):
            head.append(text(tie.get("status"), limit=20).replace("_", " "))
        lines.append("• " + ", ".join(head))
        refs = []
        for sid in tie.get("sources") or []:
            meta = sources.get(str(sid)) or {}
            refs.append(f"[{source_order.get(str(sid), '?')}] "
                        f"{text(meta.get('title') or sid, limit=90)}")
        if refs:
            lines.append("   sources: " + "; ".join(refs))
    if len(ordered) > MAX_TIES_IN_TOOLTIP:
        lines.append(f"… and {len(ordered) - MAX_TIES_IN_TOOLTIP} more")
    return "\n".join(lines)
