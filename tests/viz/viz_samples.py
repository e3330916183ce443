"""Partner networks built directly, in the shape ``graph.projections.partner_network``
returns, so the view tests need no store; and names that try to inject markup."""

from __future__ import annotations

import random

import networkx as nx

# Names that would run script if any part of the page treated them as markup.
INJECTIONS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "\u2028\u2029<!--<script>",
    "\"'><svg onload=alert(1)>",
]

SOURCES = {
    "source:mono": {"title": "Monograph on cross-border cooperation, 2019",
                    "url": "https://example.org/monograph"},
    "source:news": {"title": "Regional news agency report", "url": "https://example.org/news/1"},
    "source:evil": {"title": "<img src=x onerror=alert(1)>",
                    "url": "javascript:alert(1)"},
    "source:cred": {"title": "Archive copy", "url": "https://user:secret@example.org/a"},
    "source:file": {"title": "Local copy", "url": "file:///home/someone/notes.txt"},
}


def tie(type_, date=None, *, title=None, kind=None, sources=("source:mono",), goods=None,
        status=None):
    year = int(str(date)[:4]) if date else None
    return {"type": type_, "date": date, "year": year,
            "document_id": "doc:" + "-".join(title.lower().split())[:40] if title else None,
            "document_title": title, "document_kind": kind, "sources": list(sources),
            "goods": goods, "status": status}


def add_party(G, node_id, name, *, lat=None, lon=None, **extra):
    prefix, country, _ = node_id.split(":")
    label = {"region": "Region", "city": "City", "company": "Company", "org": "Organization",
             "country": "Country"}[prefix]
    attrs = {"label": label, "name": name, "country": country.upper(), **extra}
    if lat is not None:
        attrs.update(lat=lat, lon=lon)
    G.add_node(node_id, **attrs)


def link(G, u, v, *ties):
    G.add_edge(u, v, ties=list(ties), count=len(ties), weight=float(len(ties)),
               distance=1.0 / len(ties))


def build_sample() -> nx.Graph:
    """A small network in the shape of the monograph's cases (regions, cities, firms)."""
    G = nx.Graph()
    add_party(G, "region:by:gomel", "Gomel Region", lat=52.42, lon=31.0)
    add_party(G, "region:by:minsk", "Minsk Region", lat=53.9, lon=27.56)
    add_party(G, "city:by:minsk", "Minsk", lat=53.9, lon=27.56)
    add_party(G, "region:by:vitebsk", "Vitebsk Region", lat=55.19, lon=30.2)
    add_party(G, "region:ru:bryansk", "Bryansk Oblast", lat=53.25, lon=34.37)
    add_party(G, "region:ru:smolensk", "Smolensk Oblast", lat=54.78, lon=32.05)
    add_party(G, "city:ru:rostov", "Rostov-on-Don", lat=47.23, lon=39.72)
    add_party(G, "region:ua:chernihiv", "Chernihiv Oblast", lat=51.5, lon=31.3)
    add_party(G, "region:cn:shandong", "Shandong Province", lat=36.67, lon=117.0)
    add_party(G, "city:cn:xian", "Xi'an", lat=34.34, lon=108.94)
    add_party(G, "region:fr:hauts", "Hauts-de-France", lat=50.0, lon=2.8)
    add_party(G, "company:by:mtz", "Minsk Tractor Works", lat=53.88, lon=27.63)
    add_party(G, "company:kz:agro", "KazAgro Import")          # no coordinates
    add_party(G, "org:by:chamber", "Chamber of Commerce")      # no coordinates
    link(G, "region:by:gomel", "region:ru:bryansk",
         tie("SIGNED_AGREEMENT", "2003-06", title="Agreement on trade and economic cooperation",
             kind="agreement", sources=("source:mono", "source:news")),
         tie("SIGNED_AGREEMENT", "2018-05-17", title="Roadmap 2018-2020", kind="roadmap"))
    link(G, "region:by:gomel", "region:ua:chernihiv",
         tie("SIGNED_AGREEMENT", "2011", title="Cross-border programme", kind="programme"))
    link(G, "region:by:gomel", "region:cn:shandong",
         tie("SIGNED_AGREEMENT", "2015-09", title="Memorandum on cooperation",
             kind="memorandum", sources=("source:news",)))
    link(G, "region:by:vitebsk", "region:ru:smolensk",
         tie("SIGNED_AGREEMENT", "2009", title="Agreement", kind="agreement"),
         tie("TWINNED_WITH", "2012", sources=("source:cred",)))
    link(G, "city:by:minsk", "city:ru:rostov", tie("TWINNED_WITH", "2019"))
    link(G, "city:by:minsk", "city:cn:xian", tie("TWINNED_WITH", "2014", sources=("source:file",)))
    link(G, "region:by:minsk", "region:fr:hauts",
         tie("SIGNED_AGREEMENT", None, title="Letter of intent", kind="letter_of_intent",
             status="planned"))
    link(G, "company:by:mtz", "region:ru:bryansk",
         tie("SUPPLIES_TO", "2020", goods="tractors", status="fact"),
         tie("SUPPLIES_TO", "2021", goods="tractors", status="fact"),
         tie("SUPPLIES_TO", "2022", goods="spare parts", status="planned"))
    link(G, "company:by:mtz", "company:kz:agro", tie("SUPPLIES_TO", "2019", goods="tractors"))
    link(G, "org:by:chamber", "region:cn:shandong",
         tie("SIGNED_AGREEMENT", "2016", title="Protocol", kind="protocol"))
    link(G, "region:by:gomel", "region:by:vitebsk",
         tie("SIGNED_AGREEMENT", "2017", title="Joint action plan", kind="action_plan"))
    link(G, "region:by:minsk", "city:by:minsk",
         tie("SIGNED_AGREEMENT", "2017", title="Joint action plan", kind="action_plan"))
    G.graph["filters"] = {"as_of": None}
    return G


def build_hostile() -> nx.Graph:
    """The sample with untrusted names, titles and goods carrying markup and script."""
    G = build_sample()
    for i, text in enumerate(INJECTIONS):
        node = f"city:xx:evil{i}"
        add_party(G, node, text)
        link(G, node, "region:by:gomel",
             tie("SIGNED_AGREEMENT", "2020", title=text, kind="agreement",
                 sources=("source:evil",), goods=text, status=text))
    return G


def build_large(n: int = 2000, *, seed: int = 7) -> nx.Graph:
    """A scale-free partner network of ``n`` parties in 12 countries, with coordinates."""
    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    countries = ["by", "ru", "ua", "pl", "lt", "cn", "kz", "de", "fr", "tr", "vn", "in"]
    G = nx.Graph()
    for i in base:
        c = countries[min(int(rng.expovariate(0.35)), len(countries) - 1)]
        kind = rng.choice(["city", "city", "city", "region", "company"])
        add_party(G, f"{kind}:{c}:p{i}", f"Party {i}", lat=rng.uniform(35, 60),
                  lon=rng.uniform(-5, 120))
    ids = list(G)
    types = ["TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"]
    for u, v in base.edges():
        k = 1 + int(rng.expovariate(1.2))
        link(G, ids[u], ids[v], *[tie(rng.choice(types), str(rng.randint(1995, 2024)),
                                      title=f"Document {u}-{v}-{j}", kind="agreement")
                                  for j in range(k)])
    return G
