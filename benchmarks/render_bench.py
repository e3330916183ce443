"""Render benchmark: build, write and open a large partner-network page.

Measures, for a graph of N parties: time to build the view (layout included) and write
the HTML, the file size, and in headless Chromium (when installed) the time to the
first contentful paint and to vis-network's first canvas draw, plus errors and network
requests (both must be zero).

    python benchmarks/render_bench.py                     # synthetic, 2,000 parties
    python benchmarks/render_bench.py --nodes 5000
    python benchmarks/render_bench.py --twins ../shared/data/twins/wikidata
    python benchmarks/render_bench.py --keep out/         # keep the page and screenshot

The ``--twins`` folder is the Wikidata P190 extract (nodes.csv, edges.csv): the
largest connected piece of it, cut to N cities by breadth-first search from the city
with most twins, with real coordinates (use ``--layout geo`` to map it).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relgraph.viz import render_network  # noqa: E402
from relgraph.viz.browser import Browser, find_chromium  # noqa: E402

COUNTRIES = ["by", "ru", "ua", "pl", "lt", "cn", "kz", "de", "fr", "tr", "vn", "in"]
TYPES = ["TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"]


def synthetic(n: int, seed: int = 7) -> nx.Graph:
    """Scale-free network of ``n`` parties in 12 countries, 1-4 ties per link."""
    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    G = nx.Graph()
    for i in base:
        c = COUNTRIES[min(int(rng.expovariate(0.35)), len(COUNTRIES) - 1)]
        kind = rng.choice(["city", "city", "city", "region", "company"])
        G.add_node(f"{kind}:{c}:p{i}", label=kind.capitalize(), name=f"Party {i}",
                   country=c.upper(), lat=rng.uniform(35, 60), lon=rng.uniform(-5, 120))
    ids = list(G)
    for u, v in base.edges():
        ties = [{"type": rng.choice(TYPES), "date": str(rng.randint(1995, 2024)),
                 "document_title": f"Agreement {u}-{v}-{j}", "document_kind": "agreement",
                 "sources": [f"source:{rng.randint(1, 200)}"]}
                for j in range(1 + int(rng.expovariate(1.2)))]
        G.add_edge(ids[u], ids[v], ties=ties, count=len(ties), weight=float(len(ties)))
    return G


def twins(folder: Path, n: int) -> nx.Graph:
    """``n`` cities of the Wikidata twin-city extract around its best-connected city."""
    full = nx.Graph()
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            attrs = {"label": "City", "name": row["label"], "country": row["country_iso2"]}
            try:
                attrs.update(lat=float(row["lat"]), lon=float(row["lon"]))
            except ValueError:
                pass
            full.add_node(f"city:{row['country_iso2'].lower()}:{row['qid'].lower()}", **attrs,
                          qid=row["qid"])
    by_qid = {d["qid"]: v for v, d in full.nodes(data=True)}
    with open(folder / "edges.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            u, v = by_qid.get(row["source_qid"]), by_qid.get(row["target_qid"])
            if u and v and u != v:
                full.add_edge(u, v, ties=[{"type": "TWINNED_WITH", "sources": ["source:wikidata"]}],
                              count=1, weight=1.0)
    start = max(full, key=full.degree)
    seen, queue = {start}, deque([start])
    while queue and len(seen) < n:
        for w in sorted(full[queue.popleft()], key=str):
            if w not in seen and len(seen) < n:
                seen.add(w)
                queue.append(w)
    return full.subgraph(seen).copy()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--twins", type=Path, help="folder with the Wikidata nodes.csv/edges.csv")
    ap.add_argument("--layout", default="force", choices=["force", "geo", "circular"])
    ap.add_argument("--size-by", default="degree")
    ap.add_argument("--runs", type=int, default=3, help="browser loads to take the median of")
    ap.add_argument("--keep", type=Path, help="folder to keep the page and a screenshot in")
    args = ap.parse_args(argv)

    G = twins(args.twins, args.nodes) if args.twins else synthetic(args.nodes)
    sources = {"source:wikidata": {"title": "Wikidata, property P190 (twinned administrative body)",
                                   "url": "https://www.wikidata.org/wiki/Property:P190"}}
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="render-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "bench.html"
    t0 = time.perf_counter()
    result = render_network(G, out, sources=sources, size_by=args.size_by, layout=args.layout,
                            images=[out_dir / "bench.png"])
    total = time.perf_counter() - t0
    page = out.read_text(encoding="utf-8")
    report = {
        "graph": "twins" if args.twins else "synthetic", "nodes": result.nodes,
        "edges": result.edges, "layout": args.layout, "physics": result.physics,
        "render_seconds": round(total, 2),
        "html_bytes": result.bytes, "html_mib": round(result.bytes / 2**20, 2),
        "external_refs": len(re.findall(r'(src|href)="https?://', page)),
    }
    if find_chromium():
        loads = []
        with Browser(width=1200, height=1000) as browser:
            for i in range(args.runs):
                p = browser.open(out, timeout=120)
                rep = p.report
                loads.append(rep)
                if i == 0 and args.keep:
                    (out_dir / "bench-screenshot.png").write_bytes(p.screenshot())
        med = sorted(loads, key=lambda r: r.drawn_ms or 1e9)[len(loads) // 2]
        report.update({
            "first_contentful_paint_ms": med.first_paint_ms,
            "first_canvas_draw_ms": med.drawn_ms,
            "wall_ms_navigate_to_ready": round(med.load_ms or 0),
            "console_errors": sum(len(r.console_errors) + len(r.exceptions) for r in loads),
            "network_requests": sum(len(r.requests) for r in loads),
            "browser_runs": len(loads),
        })
    else:
        report["browser"] = "skipped: no chromium binary"
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
