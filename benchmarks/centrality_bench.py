"""Benchmark of ``graph.centrality`` betweenness on synthetic interregional graphs.

Times the library call end to end (projection + measure) on graphs of about 1k, 10k and
50k parties, and measures how well sampled betweenness ranks the top 100 nodes against
exact betweenness where exact is feasible (Spearman rank correlation over the exact
top 100). Prints a Markdown table.

    python -m benchmarks.centrality_bench                 # the standard table
    python -m benchmarks.centrality_bench --quick         # 1k and 2k only
    python -m benchmarks.centrality_bench --networkx      # also NetworkX's own exact run
"""

from __future__ import annotations

import argparse
import time

import networkx as nx
from scipy.stats import spearmanr

from benchmarks.synthetic import synthetic_graph
from relgraph.graph import betweenness as gb
from relgraph.graph.centrality import centrality
from relgraph.graph.projections import partner_network

# Parties per partner-network node: some parties never get a tie.
_PARTIES_PER_NODE = 1.12


def graph_of(nodes: int, seed: int) -> nx.MultiDiGraph:
    return synthetic_graph(round(nodes * _PARTIES_PER_NODE), seed=seed)


def top_spearman(exact: dict, approx: dict, top: int = 100) -> float:
    """Spearman correlation of ``approx`` with ``exact`` over the exact top ``top``."""
    best = sorted(exact, key=lambda v: (-exact[v], str(v)))[:top]
    return float(spearmanr([exact[v] for v in best], [approx[v] for v in best]).statistic)


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def run(sizes, *, seed: int, spearman_sizes, ks, seeds, networkx_exact: bool):
    print("## End to end: centrality(G, measures=['betweenness']) with automatic settings\n")
    print("| nodes | edges | largest comp. | method | k | sources | seconds |")
    print("|---:|---:|---:|---|---:|---:|---:|")
    for size in sizes:
        G = graph_of(size, seed)
        result, seconds = timed(centrality, G, measures=["betweenness"], top=100)
        m, b = result.meta, result.meta["betweenness"]
        print(f"| {m['nodes']:,} | {m['edges']:,} | {m['largest_component']:,} | "
              f"{b['method']} | {b['k'] or ''} | {b['sources']:,} | {seconds:.1f} |",
              flush=True)
    print("\n## Sampled against exact: top-100 Spearman (sparse engine)\n")
    print("| nodes | edges | exact s | k | seeds | rho min | rho mean | sampled s (mean) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in spearman_sizes:
        P = partner_network(graph_of(size, seed))
        (exact, _), exact_s = timed(gb.betweenness, P, exact=True)
        auto_k = gb.default_k(P)
        for k in sorted(set(ks) | {auto_k}):
            if k >= len(P):
                continue
            rhos, times = [], []
            for s in seeds:
                (approx, _), t = timed(gb.betweenness, P, k=k, seed=s)
                rhos.append(top_spearman(exact, approx))
                times.append(t)
            mark = " (auto)" if k == auto_k else ""
            print(f"| {len(P):,} | {P.number_of_edges():,} | {exact_s:.1f} | {k}{mark} | "
                  f"{len(seeds)} | {min(rhos):.3f} | {sum(rhos) / len(rhos):.3f} | "
                  f"{sum(times) / len(times):.1f} |", flush=True)
        if networkx_exact:
            nx_exact, nx_s = timed(nx.betweenness_centrality, P)
            worst = max(abs(nx_exact[v] - exact[v]) for v in P)
            print(f"| {len(P):,} | networkx exact: {nx_s:.1f} s | max abs diff {worst:.1e} "
                  f"| | | | | |", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--spearman-sizes", default="2000,10000")
    parser.add_argument("--ks", default="100,200,500,1000,2000")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--seed", type=int, default=7, help="graph generator seed")
    parser.add_argument("--networkx", action="store_true",
                        help="also time NetworkX's exact betweenness on the Spearman sizes")
    parser.add_argument("--quick", action="store_true", help="1k and 2k nodes only")
    args = parser.parse_args(argv)
    ints = lambda text: [int(x) for x in text.split(",") if x]  # noqa: E731
    sizes, spearman_sizes = ints(args.sizes), ints(args.spearman_sizes)
    if args.quick:
        sizes, spearman_sizes = [1000], [2000]
    run(sizes, seed=args.seed, spearman_sizes=spearman_sizes, ks=ints(args.ks),
        seeds=ints(args.seeds), networkx_exact=args.networkx)


if __name__ == "__main__":
    main()
