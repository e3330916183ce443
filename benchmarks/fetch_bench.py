"""The analytics fetch (``Store.fetch`` as ``relgraph centrality`` calls it) of a stored
10k-party graph, before and after a revision, with and without the Rust codec.

    python -m benchmarks.fetch_bench [--base REV] [--nodes 10000] [--runs 3]

Stores the synthetic graph of ``benchmarks.centrality_cli_bench`` in a fresh embedded
database, then fetches it in new processes (one fetch each, as a command would),
alternating the sides so that they share the machine's load. Each child times the fetch
alone (wall and CPU) and hashes the graph it got; the hashes of all sides must agree,
so the faster fetch returns the very same MultiDiGraph.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time

from benchmarks import baseline
from benchmarks.centrality_bench import graph_of
from benchmarks.centrality_cli_bench import store_graph

CHILD = """
import hashlib, json, time
from relgraph.graph import projections
from relgraph.graph.connection import connect
uri, password, database = sys.argv[1:4]
store = connect(uri, "root", password, database)
cpu, wall = time.process_time(), time.perf_counter()
graph = store.fetch(rel_types=projections.valid_rel_types("partner"))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
canon = lambda d: json.dumps(d, sort_keys=True, default=str)
signature = (sorted((n, canon(d)) for n, d in graph.nodes(data=True)),
             sorted((u, v, str(k), canon(d)) for u, v, k, d in graph.edges(keys=True, data=True)))
print(json.dumps({"wall": wall, "cpu": cpu, "nodes": graph.number_of_nodes(),
                  "edges": graph.number_of_edges(),
                  "hash": hashlib.sha256(json.dumps(signature).encode()).hexdigest()[:16]}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    ap.add_argument("--nodes", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from relgraph.graph.connection import connect
    from relgraph.graph.server import DATABASE, USER, EmbeddedServer

    sides = {"after": dict(site=None, rust=True), "after, no Rust codec": dict(rust=False)}
    if args.base:
        sides["before"] = dict(site=baseline.materialize(args.base), rust=False)
        sides["before, with Rust codec"] = dict(site=sides["before"]["site"], rust=True)
    G = graph_of(args.nodes, args.seed)
    results: dict[str, list[dict]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedServer(tmp)
        status = server.start(detached=True)
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
            t = time.perf_counter()
            store_graph(G, store)
            stored_s = time.perf_counter() - t
            store.fetch()                   # the server's first read compiles its code
            store.driver.close()
            for _ in range(args.runs):
                for name, side in sides.items():
                    done = subprocess.run(
                        baseline.python_argv(CHILD, rust=side["rust"])
                        + [status.uri, server.password(), DATABASE],
                        env=baseline.env_for(side.get("site")), capture_output=True,
                        text=True, check=True)
                    results[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
        finally:
            server.stop()
    hashes = {r["hash"] for runs in results.values() for r in runs}
    first = next(iter(results.values()))[0]
    print(f"Stored {G.number_of_nodes():,} nodes and {G.number_of_edges():,} relationships "
          f"in {stored_s:.0f} s; the fetch returns {first['nodes']:,} nodes and "
          f"{first['edges']:,} edges; every side's graph identical: {len(hashes) == 1}.")
    print()
    print("| side | fetch wall (s), per run | median | CPU of the fetching process (s), "
          "median | speed-up vs before |")
    print("|---|---|---|---|---|")
    before = statistics.median(r["wall"] for r in results.get("before", results["after"]))
    for name, runs in results.items():
        wall = statistics.median(r["wall"] for r in runs)
        each = ", ".join(f"{r['wall']:.2f}" for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        print(f"| {name} | {each} | {wall:.2f} | {cpu:.2f} | {before / wall:.1f}x |")
    if len(hashes) != 1:
        raise SystemExit("the sides fetched different graphs")


if __name__ == "__main__":
    main()
