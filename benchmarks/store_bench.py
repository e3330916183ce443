"""Embedded server start time and upsert throughput (nodes and relationships).

    python benchmarks/store_bench.py [--nodes 50000] [--rels 50000] [--starts 3]

Prints a small table; every run starts from an empty data folder.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from relgraph.graph.connection import connect
from relgraph.graph.records import Node, Relationship
from relgraph.graph.server import DATABASE, USER, EmbeddedServer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=50_000)
    ap.add_argument("--rels", type=int, default=50_000)
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--starts", type=int, default=3)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedServer(tmp)
        starts = []
        for _ in range(args.starts):
            t = time.perf_counter()
            status = server.start(detached=True)
            starts.append(time.perf_counter() - t)
            server.stop()
        status = server.start(detached=True)
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
            store.ensure_schema()
            nodes = [Node("City", f"city:xx:c{i}", {"name": f"City {i}", "country": "BY",
                                                     "lat": 50 + i % 10, "lon": 30.0})
                     for i in range(args.nodes)]
            rels = [Relationship("TWINNED_WITH", f"city:xx:c{i % args.nodes}",
                                 f"city:xx:c{(i * 7919 + 1) % args.nodes}",
                                 {"since": str(1950 + i % 70), "sources": ["source:bench"]},
                                 id=f"twinned_with:{i}")
                    for i in range(args.rels)]
            t = time.perf_counter()
            store.upsert(nodes, batch_size=args.batch_size)
            node_s = time.perf_counter() - t
            t = time.perf_counter()
            store.upsert([], rels, batch_size=args.batch_size)
            rel_s = time.perf_counter() - t
            t = time.perf_counter()
            again = store.upsert(nodes, rels, batch_size=args.batch_size)
            rerun_s = time.perf_counter() - t
            assert again.total("created") == 0
            store.driver.close()
        finally:
            server.stop()

    print("| measure | value |")
    print("|---|---|")
    print(f"| server start, median of {len(starts)} (s) | {statistics.median(starts):.2f} "
          f"(min {min(starts):.2f}, max {max(starts):.2f}) |")
    print(f"| node upsert, {args.nodes:,} rows (rows/s) | {args.nodes / node_s:,.0f} |")
    print(f"| relationship upsert, {args.rels:,} rows (rows/s) | {args.rels / rel_s:,.0f} |")
    print(f"| re-run of both, nothing created (rows/s) | "
          f"{(args.nodes + args.rels) / rerun_s:,.0f} |")


if __name__ == "__main__":
    main()
