"""Centrality engines side by side: relgraph against networkit, rustworkx, igraph, NetworkX.

    python -m benchmarks.twins                      # once: the real networks as sheets
    python -m benchmarks.centrality_bench           # the standard table (10-20 min)
    python -m benchmarks.centrality_bench --quick   # the two real networks only

Graphs: the two real twin networks (partner graphs built from ``out/twins/*/twinnings.csv``
directly with NetworkX, one node per (name, country); no database needed) and a
synthetic series (``benchmarks.synthetic``, partner network) up to 200,000 nodes.

For every graph and measure each engine is timed in the same run, one after another,
in CPU seconds (``time.process_time``, all threads; fair on a shared machine) and wall
seconds. Every engine's time includes building its own graph from the NetworkX
projection, as a user of that library would have to. Accuracy is against exact
betweenness (igraph's, checked against relgraph's): the largest absolute difference,
and for approximations the Spearman correlation over the exact top 100.

Exact betweenness and closeness cost one search per node; they run only while the
graph's work (sum of n_C·(n_C+m_C) over components) is below ``--exact-cap`` (the 50k
and 200k graphs would take tens of minutes to hours per engine); above it only the
approximations run, and the table says so. ``baseline`` is relgraph's engine before
this benchmark (scipy sparse-matrix Brandes, ``benchmarks/baseline_brandes.py``, with
its default sampled betweenness).

KADABRA runs seeded and reproducible (networkit's ``deterministic=True``), as relgraph
runs it; networkit's default (faster, but a seed does not fix the result) is shown
beside it as "networkit, not reproducible".

igraph is GPL-2.0-or-later; it is installed for this benchmark only (``pip install
igraph``), never imported by relgraph.
"""

from __future__ import annotations

import argparse
import csv
import gc
import math
import random
import re
import time
from pathlib import Path

import networkx as nx
import numpy as np
from scipy.stats import spearmanr

from relgraph.graph import betweenness as gb
from relgraph.graph.centrality import measure
from relgraph.graph.engines import edge_index, seed_networkit, to_networkit, to_rustworkx

ROOT = Path(__file__).resolve().parents[1]
REF = re.compile(r"^(.*?)\s*\[city(?:,\s*([A-Z]{2}))?\]$")
_PARTIES_PER_NODE = 1.12     # synthetic parties per partner-network node


def twin_network(folder: Path) -> nx.Graph:
    """The partner graph of a converted twin-town set: one node per (name, country)."""
    G = nx.Graph()
    with open(folder / "twinnings.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a = REF.match(row["a"]).groups()
            b = REF.match(row["b"]).groups()
            if a != b:
                G.add_edge(f"{a[0]} [{a[1] or ''}]", f"{b[0]} [{b[1] or ''}]")
    return G


def graph_of(nodes: int, seed: int) -> nx.MultiDiGraph:
    from benchmarks.synthetic import synthetic_graph
    return synthetic_graph(round(nodes * _PARTIES_PER_NODE), seed=seed)


def synthetic_partner(nodes: int, seed: int) -> nx.Graph:
    from relgraph.graph.projections import partner_network
    P = partner_network(graph_of(nodes, seed))
    H = nx.Graph()
    H.add_nodes_from(P)
    H.add_edges_from(P.edges())
    return H


def top_spearman(exact: dict, approx: dict, top: int = 100) -> float:
    """Spearman correlation of ``approx`` with ``exact`` over the exact top ``top``."""
    best = sorted(exact, key=lambda v: (-exact[v], str(v)))[:top]
    return float(spearmanr([exact[v] for v in best], [approx[v] for v in best]).statistic)


def timed(fn):
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    value = fn()
    return value, time.process_time() - cpu, time.perf_counter() - wall


# -- engines: each builds its own graph from the NetworkX one and returns {node: score}
# in NetworkX's normalisation.

def _igraph(G):
    import igraph as ig
    nodes, u, v, _ = edge_index(G)
    return ig.Graph(n=len(nodes), edges=np.column_stack([u, v]).tolist()), nodes


def ig_betweenness(G):
    h, nodes = _igraph(G)
    n = len(nodes)
    raw = h.betweenness()
    return {v: raw[i] * 2 / ((n - 1) * (n - 2)) for i, v in enumerate(nodes)}


def nk_betweenness(G):
    import networkit as nk
    g, nodes = to_networkit(G)
    n = len(nodes)
    raw = nk.centrality.Betweenness(g, normalized=False).run().scores()
    return {v: raw[i] / ((n - 1) * (n - 2)) for i, v in enumerate(nodes)}


def rx_betweenness(G):
    import rustworkx as rx
    g, nodes = to_rustworkx(G)
    found = rx.betweenness_centrality(g, normalized=True)
    return {v: found[i] for i, v in enumerate(nodes)}


def baseline_betweenness(G, exact=True):
    """relgraph before: component-wise sparse Brandes; sampled with its default k."""
    from benchmarks import baseline_brandes
    n = len(G)
    comps = gb.components(G)
    scores = dict.fromkeys(G, 0.0)
    k_info = None
    if not exact:
        big = comps[0]
        size = sum(d for _, d in G.degree(big)) // 2
        k = int(min(n, max(100, 100_000_000 // max(1, len(big) + size))))
        k_info = k
        big_total = sum(len(c) for c in comps if len(c) > 50)
    for comp in comps:
        if len(comp) <= 2:
            continue
        sub = G.subgraph(comp)
        k_c = None
        if not exact and len(comp) > 50:
            k_c = max(2, math.ceil(k * len(comp) / big_total))
        if k_c is None or k_c >= len(comp):
            raw = baseline_brandes.raw_betweenness(sub) / 2.0
            scores.update(zip(list(sub), raw.tolist(), strict=True))
        else:
            sources = random.Random(42).sample(list(sub), k_c)
            raw = baseline_brandes.raw_betweenness(sub, sources)
            chosen, big_n = set(sources), len(comp) - 1
            for v, r in zip(list(sub), raw, strict=True):
                scale = big_n / ((k_c - 1 if v in chosen else k_c) * 2.0)
                scores[v] = float(r) * scale
    scale = 2.0 / ((n - 1) * (n - 2))
    return {v: s * scale for v, s in scores.items()}, k_info


def nk_kadabra(G, epsilon, delta, seed, deterministic=True):
    import networkit as nk
    g, nodes = to_networkit(G)
    n = len(nodes)
    seed_networkit(seed)
    found = nk.centrality.KadabraBetweenness(g, err=epsilon, delta=delta,
                                              deterministic=deterministic).run().scores()
    return {v: found[i] * n / (2.0 * (n - 2)) for i, v in enumerate(nodes)}


def closeness_engines(G):
    import igraph as ig
    import networkit as nk
    import rustworkx as rx

    def nk_run():
        g, nodes = to_networkit(G)
        run = nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED)
        return dict(zip(nodes, run.run().scores(), strict=True))

    def ig_run():
        h, nodes = _igraph(G)
        # igraph scales by reachable nodes only; Wasserman-Faust needs the reach count.
        raw = h.closeness()
        reach = [len(c) for c in h.connected_components()]
        member = h.connected_components().membership
        n = len(nodes)
        return {v: (0.0 if raw[i] != raw[i] else raw[i] * (reach[member[i]] - 1) / (n - 1))
                for i, v in enumerate(nodes)}

    def rx_run():
        g, nodes = to_rustworkx(G)
        found = rx.closeness_centrality(g, wf_improved=True)
        return {v: found[i] for i, v in enumerate(nodes)}

    def baseline():
        from benchmarks import baseline_brandes
        return baseline_brandes.closeness(G)
    del ig
    return {"relgraph": lambda: measure(G, "closeness")[0], "baseline": baseline,
            "networkit": nk_run, "igraph": ig_run, "rustworkx": rx_run}


def eigenvector_engines(G):
    import networkit as nk
    import rustworkx as rx

    def nk_run():
        g, nodes = to_networkit(G)
        return dict(zip(nodes, nk.centrality.EigenvectorCentrality(g).run().scores(),
                        strict=True))

    def ig_run():
        h, nodes = _igraph(G)
        found = h.eigenvector_centrality(scale=False)
        return dict(zip(nodes, found, strict=True))

    def rx_run():
        g, nodes = to_rustworkx(G)
        found = rx.eigenvector_centrality(g, max_iter=1000)
        return {v: found[i] for i, v in enumerate(nodes)}
    return {"relgraph": lambda: measure(G, "eigenvector")[0],
            "networkx": lambda: nx.eigenvector_centrality(G, max_iter=1000),
            "networkit": nk_run, "igraph": ig_run, "rustworkx": rx_run}


def pagerank_engines(G):
    import networkit as nk

    def nk_run():
        g, nodes = to_networkit(G)
        run = nk.centrality.PageRank(g, 0.85, 1e-9)
        return dict(zip(nodes, run.run().scores(), strict=True))

    def ig_run():
        h, nodes = _igraph(G)
        return dict(zip(nodes, h.pagerank(damping=0.85), strict=True))
    return {"relgraph": lambda: measure(G, "pagerank")[0],
            "networkx": lambda: nx.pagerank(G), "networkit": nk_run, "igraph": ig_run}


# -- the run ------------------------------------------------------------------------------

def row(graph, measure_name, method, engine, cpu, wall, accuracy=""):
    print(f"| {graph} | {measure_name} | {method} | {engine} | {cpu:.2f} | {wall:.2f} | "
          f"{accuracy} |", flush=True)


def bench_graph(label: str, G: nx.Graph, *, exact_cap: int, epsilon: float, delta: float,
                seeds: list[int], others: bool) -> None:
    n, m = G.number_of_nodes(), G.number_of_edges()
    comps = gb.components(G)
    cost = gb.work(G, comps)
    name = f"{label} ({n:,} n, {m:,} e, work {cost / 1e6:,.0f}M)"
    exact_ref = None
    if cost <= exact_cap:
        (ref, cpu, wall) = timed(lambda: ig_betweenness(G))
        exact_ref = ref
        row(name, "betweenness", "exact", "igraph", cpu, wall, "reference")
        for engine, fn in (("relgraph", lambda: gb.betweenness(G, exact=True)[0]),
                           ("rustworkx", lambda: rx_betweenness(G)),
                           ("networkit", lambda: nk_betweenness(G)),
                           ("baseline", lambda: baseline_betweenness(G)[0])):
            got, cpu, wall = timed(fn)
            diff = max(abs(got[v] - ref[v]) for v in G)
            row(name, "betweenness", "exact", engine, cpu, wall, f"max diff {diff:.1e}")
    else:
        row(name, "betweenness", "exact", "(all)", math.nan, math.nan,
            f"skipped: work above {exact_cap / 1e6:,.0f}M")
    for seed in seeds:
        for engine, fn in (("relgraph", lambda s=seed: gb.betweenness(
                                G, exact=False, epsilon=epsilon, delta=delta, seed=s)[0]),
                           ("networkit", lambda s=seed: nk_kadabra(G, epsilon, delta, s)),
                           ("networkit, not reproducible", lambda s=seed: nk_kadabra(
                               G, epsilon, delta, s, deterministic=False))):
            got, cpu, wall = timed(fn)
            acc = (f"top-100 rho {top_spearman(exact_ref, got):.3f}, max err "
                   f"{max(abs(got[v] - exact_ref[v]) for v in G):.1e}"
                   if exact_ref else "")
            row(name, "betweenness", f"KADABRA eps={epsilon:g} seed={seed}", engine, cpu,
                wall, acc)
    (got, k), cpu, wall = timed(lambda: baseline_betweenness(G, exact=False))
    acc = f"k={k}" + (f", top-100 rho {top_spearman(exact_ref, got):.3f}"
                      if exact_ref else "")
    row(name, "betweenness", "sampled sources (before)", "baseline", cpu, wall, acc)
    if not others:
        return
    groups = [("eigenvector", eigenvector_engines(G)), ("pagerank", pagerank_engines(G))]
    if cost <= exact_cap:
        groups.insert(0, ("closeness", closeness_engines(G)))
    for measure_name, engines in groups:
        ref = None
        for engine, fn in engines.items():
            if engine == "rustworkx" and measure_name == "closeness" and n > 5000:
                continue     # 4-8x slower than the others here; it would double the run
            got, cpu, wall = timed(fn)
            if ref is None:
                ref, acc = got, "reference (relgraph)"
            else:
                acc = f"max diff {max(abs(got[v] - ref[v]) for v in G):.1e}"
            row(name, measure_name, "exact" if measure_name == "closeness" else "power",
                engine, cpu, wall, acc)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twins", default=str(ROOT / "out" / "twins"),
                        help="folder of the converted twin sets (python -m benchmarks.twins)")
    parser.add_argument("--sizes", default="1000,3000,10000,50000,200000")
    parser.add_argument("--exact-cap", type=float, default=1.5e9,
                        help="largest work (node+edge visits) for which exact runs")
    parser.add_argument("--epsilon", type=float, default=gb.EPSILON)
    parser.add_argument("--delta", type=float, default=gb.DELTA)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--seed", type=int, default=7, help="graph generator seed")
    parser.add_argument("--quick", action="store_true", help="the real networks only")
    parser.add_argument("--betweenness-only", action="store_true")
    args = parser.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",") if s]
    print("| graph | measure | method | engine | CPU s | wall s | accuracy |")
    print("|---|---|---|---|---:|---:|---|")
    graphs = []
    for which in ("wikipedia", "wikidata"):
        folder = Path(args.twins) / which
        if (folder / "twinnings.csv").exists():
            graphs.append((which, lambda f=folder: twin_network(f)))
        else:
            print(f"| {which} | (missing: run python -m benchmarks.twins) | | | | | |")
    if not args.quick:
        for size in (int(s) for s in args.sizes.split(",") if s):
            graphs.append((f"synthetic {size // 1000}k",
                           lambda s=size: synthetic_partner(s, args.seed)))
    for label, build in graphs:
        bench_graph(label, build(), exact_cap=int(args.exact_cap), epsilon=args.epsilon,
                    delta=args.delta, seeds=seeds, others=not args.betweenness_only)


if __name__ == "__main__":
    main()
