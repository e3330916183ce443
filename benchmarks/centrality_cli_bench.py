"""End-to-end time of ``relgraph centrality --measure betweenness`` on a stored graph.

    python -m benchmarks.centrality_cli_bench [--nodes 10000] [--runs 3]

Builds the synthetic interregional graph of ``benchmarks.synthetic`` (about NODES
parties in the partner network), stores it in a fresh embedded database, leaves the
server running (as ``relgraph server start`` does) and times the whole command as a
user runs it: process start, fetch over Bolt, projection, betweenness, output.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.centrality_bench import graph_of
from relgraph.graph.connection import connect
from relgraph.graph.records import Node, Relationship
from relgraph.graph.server import DATABASE, USER, EmbeddedServer


def store_graph(G, store) -> None:
    nodes = [Node(a["label"], n, {k: v for k, v in a.items() if k != "label"})
             for n, a in G.nodes(data=True)]
    rels = [Relationship(d["type"], u, v, {k: x for k, x in d.items() if k != "type"}, id=key)
            for u, v, key, d in G.edges(keys=True, data=True)]
    store.ensure_schema()
    store.upsert(nodes, rels)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    G = graph_of(args.nodes, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedServer(tmp)
        status = server.start(detached=True)
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
            t = time.perf_counter()
            store_graph(G, store)
            load_s = time.perf_counter() - t
            store.driver.close()
            env = {**os.environ, "RELGRAPH_HOME": tmp}
            env.pop("NEO4J_URI", None)
            times, out = [], ""
            for _ in range(args.runs):
                t = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "relgraph.cli", "centrality",
                                       "--measure", "betweenness", "--top", "10"],
                                      env=env, capture_output=True, text=True, check=True)
                times.append(time.perf_counter() - t)
                out = done.stdout
        finally:
            server.stop()
    meta = [line for line in out.splitlines() if line.startswith("#")]
    print(f"| graph | {G.number_of_nodes():,} stored nodes, {G.number_of_edges():,} stored "
          f"relationships (stored in {load_s:.0f} s) |")
    print("|---|---|")
    for line in meta:
        print(f"| {line[2:].split(':')[0]} | {line.split(':', 1)[1].strip()} |")
    print(f"| `relgraph centrality --measure betweenness`, median of {len(times)} (s) | "
          f"{statistics.median(times):.1f} (min {min(times):.1f}, max {max(times):.1f}) |")


if __name__ == "__main__":
    main()
