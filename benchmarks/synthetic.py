"""Synthetic interregional graphs shaped like ``Store.fetch()`` output, for benchmarks.

Countries hold level-1 regions, regions hold cities, companies and organisations sit in
cities (LOCATED_IN). Ties: twinnings between cities or regions, mostly across borders;
documents co-signed by two parties (sometimes three to five: forums, joint
programmes) with dates, validity and statuses; supplies from companies to regions,
cities and companies. Prominence is heavy-tailed (a few capitals and big regions
collect most partners), as in the real twin-city networks, so the largest component
holds most nodes and many small ones remain. The same arguments give the same graph.

>>> G = synthetic_graph(300, seed=1)
>>> sum(1 for _, label in G.nodes(data="label") if label not in ("Document", "Source"))
300
>>> synthetic_graph(300, seed=1).edges(keys=True) == G.edges(keys=True)
True
"""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate

import networkx as nx

_COUNTRIES = ["BY", "RU", "UA", "PL", "LT", "LV", "CN", "KZ", "DE", "UZ", "AM", "AZ", "GE",
              "MD", "RS", "TR", "VN", "IN", "IT", "FR", "EE", "FI", "CZ", "SK", "HU", "BG",
              "RO", "KG", "TJ", "TM", "MN", "IR", "EG", "AE", "VE", "CU", "BR", "AR",
              "NG", "ZA", "ET", "KE", "ID", "MY", "TH", "KR", "JP", "US", "CA", "MX"]
_DOC_KINDS = ["agreement", "memorandum", "roadmap", "protocol", "action_plan",
              "programme", "contract", "letter_of_intent"]
_GOODS = ["tractors", "trucks", "potash", "dairy", "timber", "fertilisers", "buses",
          "machine tools", "elevators", "textiles"]


def synthetic_graph(n_parties: int, *, seed: int = 0, ties_per_party: float = 3.0,
                    n_sources: int | None = None) -> nx.MultiDiGraph:
    """A typed multigraph with ``n_parties`` parties and about ``ties_per_party`` partner
    ties each (twinnings 50 %, co-signed document pairs 30 %, supplies 20 %)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    n_countries = max(5, min(len(_COUNTRIES), round(n_parties ** 0.5 / 3)))
    countries = _COUNTRIES[:n_countries]
    # Zipf-like country sizes: the first countries (the study's focus) are the biggest.
    country_w = [1.0 / (i + 1) ** 0.8 for i in range(n_countries)]
    for c in countries:
        G.add_node(f"country:{c.lower()}", label="Country", name=f"Country {c}", country=c)
    n_regions = max(n_countries, int(n_parties * 0.08)) - n_countries
    n_companies = int(n_parties * 0.15)
    n_orgs = int(n_parties * 0.05)
    n_cities = n_parties - n_countries - n_regions - n_companies - n_orgs
    prominence: dict[str, float] = {}
    country_of: dict[str, str] = {}

    def add(node_id, label, country, **props):
        lat = 40 + rng.random() * 25
        lon = 20 + rng.random() * 100
        G.add_node(node_id, label=label, name=node_id.split(":")[-1].replace("-", " ").title(),
                   country=country, lat=round(lat, 4), lon=round(lon, 4), **props)
        prominence[node_id] = rng.paretovariate(1.3)
        country_of[node_id] = country

    regions = []
    for i in range(n_regions):
        c = rng.choices(countries, country_w)[0]
        rid = f"region:{c.lower()}:r{i}"
        add(rid, "Region", c, level=1)
        G.add_edge(rid, f"country:{c.lower()}", key=f"located_in:{rid}", type="LOCATED_IN")
        regions.append(rid)
    cities = []
    for i in range(n_cities):
        r = rng.choice(regions)
        c = country_of[r]
        cid = f"city:{c.lower()}:c{i}"
        add(cid, "City", c)
        G.add_edge(cid, r, key=f"located_in:{cid}", type="LOCATED_IN")
        cities.append(cid)
    firms = []
    for prefix, label, count in (("company", "Company", n_companies),
                                 ("org", "Organization", n_orgs)):
        for i in range(count):
            home = rng.choice(cities)
            c = country_of[home]
            fid = f"{prefix}:{c.lower()}:{prefix[0]}{i}"
            add(fid, label, c)
            G.add_edge(fid, home, key=f"located_in:{fid}", type="LOCATED_IN")
            firms.append(fid)
    for c in countries:
        prominence[f"country:{c.lower()}"] = 5.0
        country_of[f"country:{c.lower()}"] = c
    parties = regions + cities + firms + [f"country:{c.lower()}" for c in countries]
    companies = [f for f in firms if f.startswith("company:")]

    n_sources = n_sources or max(10, n_parties // 20)
    sources = [f"source:s{i:06d}" for i in range(n_sources)]
    for s in sources:
        G.add_node(s, label="Source", name=s, title=f"Report {s[-6:]}",
                   published=str(rng.randint(1995, 2024)))

    pickers = {name: _picker(rng, nodes, prominence)
               for name, nodes in (("twin", regions + cities), ("party", parties),
                                   ("company", companies or parties),
                                   ("recipient", regions + cities + companies))}

    def other(pick, a, foreign=0.85):
        for _ in range(20):
            b = pick()
            if b != a and ((country_of[b] != country_of[a]) == (rng.random() < foreign)):
                return b
        return pick()

    target = int(n_parties * ties_per_party)
    made = 0
    n_docs = 0
    while made < target:
        roll = rng.random()
        if roll < 0.5:
            a = pickers["twin"]()
            b = other(pickers["twin"], a)
            if a == b:
                continue
            a, b = sorted((a, b))
            year = rng.randint(1960, 2024)
            status = rng.choices(["active", "suspended", "ended", "planned"], [85, 5, 7, 3])[0]
            props = {"since": str(year), "year": year, "status": status,
                     "sources": rng.sample(sources, rng.randint(1, 2))}
            if rng.random() < 0.1:
                props.pop("year")
                props.pop("since")
            G.add_edge(a, b, key=f"twinned_with:{a}:{b}:{made}", type="TWINNED_WITH", **props)
            made += 1
        elif roll < 0.8:
            size = 2 if rng.random() < 0.9 else rng.randint(3, 5)
            first = pickers["party"]()
            members = {first}
            while len(members) < size:
                members.add(other(pickers["party"], first, foreign=0.7))
            doc = f"doc:{n_docs:08x}"
            n_docs += 1
            year = rng.randint(1995, 2024)
            props = {"title": f"Cooperation {rng.choice(_DOC_KINDS)} {n_docs}",
                     "kind": rng.choice(_DOC_KINDS), "date": f"{year}-{rng.randint(1, 12):02d}",
                     "year": year,
                     "status": rng.choices(["signed", "in_force", "expired", "terminated"],
                                           [40, 45, 10, 5])[0],
                     "sources": rng.sample(sources, 1)}
            if rng.random() < 0.4:
                props["valid_to"] = str(year + rng.randint(2, 10))
            if rng.random() < 0.05:
                for key in ("date", "year"):
                    props.pop(key)
            G.add_node(doc, label="Document", name=props["title"], **props)
            for p in members:
                G.add_edge(p, doc, key=f"signed_agreement:{p}:{doc}", type="SIGNED_AGREEMENT",
                           date=props.get("date"), sources=props["sources"])
            made += size * (size - 1) // 2
        else:
            a = pickers["company"]()
            b = other(pickers["recipient"], a, foreign=0.8)
            if a == b:
                continue
            year = rng.randint(2000, 2024)
            G.add_edge(a, b, key=f"supplies_to:{a}:{b}:{made}", type="SUPPLIES_TO",
                       goods=rng.choice(_GOODS), year=year, date=str(year),
                       value_usd=round(rng.lognormvariate(13, 1.5), 2)
                       if rng.random() < 0.6 else None,
                       status="fact" if rng.random() < 0.9 else "planned",
                       sources=rng.sample(sources, 1))
            made += 1
    return G


def _picker(rng: random.Random, nodes: list[str], weight: dict[str, float]):
    cum = list(accumulate(weight[n] for n in nodes))
    total = cum[-1]

    def pick() -> str:
        return nodes[min(len(nodes) - 1, bisect(cum, rng.random() * total))]
    return pick
