"""Render benchmark: build, write and open partner-network pages of several sizes.

For each size N it measures the Python side (the layout, the rest of the view, the
page, the PNG; total), the page's size and, in headless Chromium (when installed),
the time to vis-network's first canvas draw (median of ``--runs`` loads) plus errors
and network requests, which must be zero. It also reports the page's weight without
its data: the fixed cost of every view.

    python benchmarks/render_bench.py                        # 200, 2,000 and 5,000 nodes
    python benchmarks/render_bench.py --nodes 2000 --runs 5
    python benchmarks/render_bench.py --twins out/twins/wikipedia --top 2000
    python benchmarks/render_bench.py --keep out/render/     # keep pages and screenshots

``--twins`` reads the sheets ``python -m benchmarks.twins`` writes (``cities.csv``,
``twinnings.csv``): the real twin-town network, of which ``--top N`` keeps the N
parties with the highest PageRank (as ``relgraph render --top N --by pagerank``).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relgraph.viz import render_network  # noqa: E402
from relgraph.viz.assets import vis_assets  # noqa: E402
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
                 "year": None, "document_title": f"Agreement {u}-{v}-{j}",
                 "document_kind": "agreement", "sources": [f"source:{rng.randint(1, 200)}"]}
                for j in range(1 + int(rng.expovariate(1.2)))]
        for t in ties:
            t["year"] = int(t["date"])
        G.add_edge(ids[u], ids[v], ties=ties, count=len(ties), weight=float(len(ties)))
    return G


def twins(folder: Path) -> nx.Graph:
    """The partner network of a twin-town sheet folder (``benchmarks.twins`` output)."""
    G = nx.Graph()
    ref = {}
    with open(folder / "cities.csv", newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            node = f"city:{row['country'].lower()}:{i}"
            attrs = {"label": "City", "name": row["name"], "country": row["country"]}
            try:
                attrs.update(lat=float(row["lat"]), lon=float(row["lon"]))
            except (KeyError, ValueError):
                pass
            G.add_node(node, **attrs)
            ref[f"{row['name']} [city, {row['country']}]"] = node
    with open(folder / "twinnings.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            u, v = ref.get(row["a"]), ref.get(row["b"])
            if not u or not v or u == v:
                continue
            tie = {"type": "TWINNED_WITH", "year": None, "date": row.get("since") or None,
                   "sources": [row["sources"]]}
            if G.has_edge(u, v):
                G[u][v]["ties"].append(tie)
                G[u][v]["count"] += 1
                G[u][v]["weight"] += 1.0
            else:
                G.add_edge(u, v, ties=[tie], count=1, weight=1.0)
    G.remove_nodes_from([v for v in list(G) if G.degree(v) == 0])
    return G


def timed_render(G: nx.Graph, out: Path, **options) -> dict:
    """Render once, timing the stages (layout, rest of the view, page, image)."""
    import relgraph.viz.render as render_mod
    import relgraph.viz.view as view_mod

    stages: dict[str, float] = {}

    def wrap(module, name, key):
        original = getattr(module, name)

        def timed(*a, **k):
            t0 = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                stages[key] = stages.get(key, 0.0) + time.perf_counter() - t0
        setattr(module, name, timed)
        return original

    saved = [(view_mod, "layout_positions", wrap(view_mod, "layout_positions", "layout_s")),
             (render_mod, "build_view", wrap(render_mod, "build_view", "view_s")),
             (render_mod, "page_html", wrap(render_mod, "page_html", "page_s")),
             (render_mod, "render_static", wrap(render_mod, "render_static", "png_s"))]
    try:
        t0 = time.perf_counter()
        result = render_network(G, out, images=[out.with_suffix(".png")], **options)
        total = time.perf_counter() - t0
    finally:
        for module, name, original in saved:
            setattr(module, name, original)
    stages["view_s"] -= stages.get("layout_s", 0.0)
    row = {"nodes": result.nodes, "edges": result.edges, "python_s": round(total, 2),
           **{k: round(v, 2) for k, v in stages.items()},
           "html_kb": round(result.bytes / 1024), "png_kb": round(out.with_suffix(".png")
                                                                  .stat().st_size / 1024)}
    row["measure_s"] = round(total - sum(stages.values()), 2)
    return row


def browse(out: Path, runs: int, keep: Path | None) -> dict:
    loads = []
    with Browser(width=1400, height=1000) as browser:
        for i in range(runs):
            page = browser.open(out, timeout=180)
            loads.append(page.report)
            if i == 0:
                labels = len(page.eval("window.relgraph.labels()"))
                if keep:
                    (keep / f"{out.stem}-screenshot.png").write_bytes(page.screenshot())
    draws = [r.drawn_ms for r in loads if r.drawn_ms is not None]
    return {"first_draw_ms": round(statistics.median(draws)) if draws else None,
            "first_draw_ms_max": round(max(draws)) if draws else None,
            "labels_at_1400px": labels,
            "errors": sum(len(r.console_errors) + len(r.exceptions) for r in loads),
            "requests": sum(len(r.requests) for r in loads)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, nargs="*", default=[200, 2000, 5000])
    ap.add_argument("--twins", type=Path, help="folder with cities.csv and twinnings.csv")
    ap.add_argument("--top", type=int, nargs="*", default=[2000],
                    help="with --twins: view sizes (--top N --by pagerank)")
    ap.add_argument("--layout", default="force", choices=["force", "geo", "circular"])
    ap.add_argument("--runs", type=int, default=3, help="browser loads to take the median of")
    ap.add_argument("--keep", type=Path, help="folder to keep the pages and screenshots in")
    args = ap.parse_args(argv)

    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="render-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    js, css = vis_assets()
    print(json.dumps({"fixed_kb": {"vis_network_js": round(len(js) / 1024),
                                   "vis_network_css_used": round(len(css) / 1024)}}))
    if args.twins:
        t0 = time.perf_counter()
        G = twins(args.twins)
        print(json.dumps({"twins": str(args.twins), "nodes": G.number_of_nodes(),
                          "edges": G.number_of_edges(),
                          "read_s": round(time.perf_counter() - t0, 2)}))
        jobs = [(f"twins-top{n}", G, {"top": n, "by": "pagerank", "size_by": "pagerank"})
                for n in args.top]
    else:
        jobs = [(f"synthetic-{n}", synthetic(n), {}) for n in args.nodes]
    for name, G, options in jobs:
        out = out_dir / f"{name}.html"
        row = {"view": name, "layout": args.layout,
               **timed_render(G, out, layout=args.layout, **options)}
        page = out.read_text(encoding="utf-8")
        row["external_refs"] = len(re.findall(r'(src|href)="https?://', page))
        if find_chromium():
            row.update(browse(out, args.runs, args.keep))
        else:
            row["browser"] = "skipped: no chromium binary"
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
