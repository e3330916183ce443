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
from relgraph.viz import style
from relgraph.viz.layout import LAYOUTS, layout_positions
from relgraph.viz.measures import node_measure, scale_sizes
from relgraph.viz.safe import clean_url, text

# Above this many nodes the browser gets finished positions and no physics, so a big
# page is interactive at once instead of simulating for seconds.
PHYSICS_MAX_NODES = 300

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
    colour: str
    shape: str
    value: float          # the size measure
    size: float
    degree: int
    x: float
    y: float
    labelled: bool
    tooltip: str
    ego: bool = False
    approximate: bool = False


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
        """What node size means, for the legend."""
        name = MEASURE_NAMES.get(self.measure, self.measure)
        return f"Node size: {name}"

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


def build_view(G: nx.Graph, *, sources: dict | None = None, size_by: str = "degree",
               layout: str = "force", label_top: int = 20, title: str | None = None,
               as_of: str | int | None = None, seed: int = 42,
               physics_max_nodes: int = PHYSICS_MAX_NODES) -> View:
    """Decide how ``G`` (a partner network, see ``graph.projections``) is shown.

    ``sources`` maps source ids to ``{"title", "url"}`` for tooltips and the caption.
    ``layout`` is ``force`` (browser physics up to ``physics_max_nodes`` nodes, Python
    positions and no physics above), ``geo`` (lat/lon) or ``circular``.
    """
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout {layout!r}", hint="use one of " + ", ".join(LAYOUTS))
    if label_top < 0:
        raise UsageError("the number of labelled nodes cannot be negative")
    sources = sources or {}
    values = node_measure(G, size_by, seed=seed)
    sizes = scale_sizes(values, lo=style.MIN_SIZE, hi=style.MAX_SIZE)
    colours = style.country_colours(d.get("country") for _, d in G.nodes(data=True))
    placed = layout_positions(G, layout=layout, seed=seed)
    ego = G.graph.get("ego")
    names = {v: text(d.get("name") or v, limit=120) for v, d in G.nodes(data=True)}

    ranked = sorted(G, key=lambda v: (-values.get(v, 0.0), names[v].casefold(), str(v)))
    labelled = set(ranked[:label_top])
    if ego is not None:
        labelled.add(ego)

    # Sources are numbered in order of first use, following edges in a stable order.
    source_order: dict[str, int] = {}
    edges: list[ViewEdge] = []
    rel_counts: Counter = Counter()
    dates: list[str] = []
    n_ties = 0
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        ties = list(data.get("ties") or [])
        n_ties += len(ties) or int(data.get("count") or data.get("weight") or 1)
        for tie in ties:
            for sid in tie.get("sources") or []:
                source_order.setdefault(str(sid), len(source_order) + 1)
            if _tie_date(tie):
                dates.append(str(tie.get("date") or tie.get("year")))
        kind = style.dominant_type(ties) if ties else ""
        rel_counts[kind] += 1
        st = style.rel_style(kind)
        # `count` is the number of ties; `weight` may be a weighted sum of them.
        weight = float(data.get("count") or len(ties) or data.get("weight") or 1)
        edges.append(ViewEdge(
            source=u, target=v, type=kind, colour=st["color"], dashes=st["dashes"],
            width=min(1.0 + math.log2(weight), 6.0), weight=weight,
            tooltip=_edge_tooltip(names[u], names[v], ties, weight, sources, source_order)))

    nodes = []
    for v, d in G.nodes(data=True):
        kind = text(d.get("label") or "", limit=40)
        key = style.country_key(d.get("country"))
        x, y = placed.positions[v]
        nodes.append(ViewNode(
            id=str(v), name=names[v], kind=kind, country=key, colour=colours[key],
            shape=KIND_SHAPES.get(kind, "dot"), value=float(values.get(v, 0.0)),
            size=sizes.get(v, style.MIN_SIZE), degree=G.degree(v), x=x, y=y,
            labelled=v in labelled, ego=v == ego, approximate=v in placed.approximate,
            tooltip=_node_tooltip(names[v], kind, d.get("country"), G.degree(v),
                                  _ties_of(G, v), size_by,
                                  float(values.get(v, 0.0)), v in placed.approximate,
                                  layout)))

    country_counts = Counter(n.country for n in nodes)
    countries = []
    others = 0
    for key, colour in colours.items():
        if colour == style.OTHER_COUNTRY:
            others += country_counts[key]
            continue
        countries.append({"key": key, "name": style.country_name(None if key == "?" else key),
                          "code": "" if key == "?" else key.upper(),
                          "colour": colour, "count": country_counts[key]})
    if others:
        countries.append({"key": style.OTHER_KEY, "name": "other countries", "code": "",
                          "colour": style.OTHER_COUNTRY, "count": others})
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

    if as_of in (None, ""):
        as_of = G.graph.get("as_of") or (G.graph.get("filters") or {}).get("as_of")
    return View(
        title=text(title or _default_title(G, names), limit=160),
        nodes=nodes, edges=edges, measure=size_by, layout=layout,
        physics=layout == "force" and len(nodes) <= physics_max_nodes,
        countries=countries, relations=relations, kinds=kinds, sources=source_rows,
        as_of=text(as_of, limit=20) if as_of not in (None, "") else None,
        latest=max(dates) if dates else None, n_ties=n_ties,
        ego=names.get(ego) if ego is not None else None,
        ego_depth=G.graph.get("ego_depth"))


def _ties_of(G: nx.Graph, v) -> int:
    return sum(len(d.get("ties") or ()) or int(d.get("count") or d.get("weight") or 1)
               for _, _, d in G.edges(v, data=True))


def _default_title(G: nx.Graph, names: dict) -> str:
    ego = G.graph.get("ego")
    if ego is not None:
        return f"Partners of {names.get(ego, ego)}"
    return "Partner network"


def _node_tooltip(name, kind, country, degree, strength, measure, value, approximate,
                  layout) -> str:
    lines = [name]
    where = style.country_name(country)
    if country:
        where += f" ({str(country).upper()})"
    lines.append(f"{kind} · {where}" if kind else where)
    lines.append(f"{degree:,} partner{'s' if degree != 1 else ''} · "
                 f"{strength:,.0f} tie{'s' if strength != 1 else ''}")
    if measure not in ("degree", "strength"):
        lines.append(f"{MEASURE_NAMES.get(measure, measure)}: {format_value(value, measure)}")
    if approximate and layout == "geo":
        lines.append("No coordinates: placed near its partners")
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
