"""End-to-end time of ``relgraph centrality --measure betweenness`` on a stored graph,
against the same job done directly with the best peer library, in the same run.

    python -m benchmarks.centrality_cli_bench --data-dir DIR [--runs 3]
    python -m benchmarks.centrality_cli_bench [--nodes 10000] [--runs 3]   # synthetic

With ``--data-dir`` the graph is the one stored in that folder's embedded database
(for the Wikipedia twin network: ``relgraph --data-dir DIR load --skip-invalid
out/twins/wikipedia/...``); without it, the synthetic graph of ``benchmarks.synthetic``
is stored in a fresh folder. The server is left running (as ``relgraph server start``
does) so both sides reuse it.

Each run times, one after the other, two fresh processes:

- ``relgraph``: the command as a user types it, default settings (``--top 10``);
- ``peer``: a script that fetches the same graph through the same store, builds the
  same partner projection and runs the peer library with the method and accuracy the
  command reported (networkit's KADABRA with the same epsilon, delta and seed, or
  igraph's exact betweenness when the command ran exact).

Both are wall seconds of the whole process (start, imports, fetch, projection,
betweenness, output), and the betweenness step alone (``seconds`` in the command's
output; the peer's own timer).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PEER = r'''
import json, sys, time
started = time.perf_counter()
from relgraph.graph.connection import Settings, open_store
from relgraph.graph.projections import partner_network
settings = json.loads(sys.argv[1])
with open_store(Settings.from_env(data_dir=settings["data_dir"])) as store:
    G = store.fetch(rel_types=("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"))
P = partner_network(G)
t = time.perf_counter()
nodes = list(P)
index = {v: i for i, v in enumerate(nodes)}
if settings["method"] == "kadabra":
    # The quickest way into networkit: a sparse matrix of the edges.
    import networkit as nk
    import numpy as np
    import scipy.sparse as sp
    uv = np.array([(index[u], index[v]) for u, v in P.edges()], dtype=np.int64)
    coo = sp.coo_matrix((np.ones(len(uv)), (uv[:, 0], uv[:, 1])), shape=(len(nodes),) * 2)
    g = nk.graph.GraphFromCoo(coo, len(nodes), directed=False, weighted=False)
    nk.engineering.setSeed(settings["seed"], True)
    scores = nk.centrality.KadabraBetweenness(g, err=settings["epsilon"],
                                              delta=settings["delta"],
                                              deterministic=True).run().scores()
else:
    import igraph as ig
    h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in P.edges()])
    scores = h.betweenness()
top = sorted(range(len(nodes)), key=lambda i: -scores[i])[:10]
print(json.dumps({"betweenness_s": time.perf_counter() - t, "top": [nodes[i] for i in top],
                  "nodes": len(nodes)}))
'''


def run_command(data_dir: str) -> tuple[float, dict]:
    env = {**os.environ, "RELGRAPH_HOME": data_dir}
    env.pop("NEO4J_URI", None)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "relgraph.cli", "centrality", "--measure",
                           "betweenness", "--top", "10", "--format", "json"],
                          env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - t, json.loads(done.stdout)


def run_peer(data_dir: str, meta: dict) -> tuple[float, dict]:
    bc = meta["betweenness"]
    settings = {"data_dir": data_dir, "method": bc["method"], "epsilon": bc.get("epsilon"),
                "delta": bc.get("delta"), "seed": bc.get("seed")}
    env = {**os.environ}
    env.pop("NEO4J_URI", None)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEER, json.dumps(settings)], env=env,
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - t, json.loads(done.stdout)


def synthetic_store(nodes: int, seed: int, folder: str) -> None:
    from benchmarks.centrality_bench import graph_of
    from relgraph.graph.connection import connect
    from relgraph.graph.records import Node, Relationship
    from relgraph.graph.server import DATABASE, USER, EmbeddedServer
    G = graph_of(nodes, seed)
    server = EmbeddedServer(folder)
    status = server.start(detached=True)
    store = connect(status.uri, USER, server.password(), DATABASE)
    store.ensure_schema()
    store.upsert([Node(a["label"], n, {k: v for k, v in a.items() if k != "label"})
                  for n, a in G.nodes(data=True)],
                 [Relationship(d["type"], u, v, {k: x for k, x in d.items() if k != "type"},
                               id=key) for u, v, key, d in G.edges(keys=True, data=True)])
    store.driver.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", help="a data folder whose embedded database holds the graph")
    ap.add_argument("--nodes", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from relgraph.graph.server import EmbeddedServer
    tmp = None
    if args.data_dir:
        data_dir = str(Path(args.data_dir).resolve())
        EmbeddedServer(data_dir).start(detached=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        data_dir = tmp.name
        synthetic_store(args.nodes, args.seed, data_dir)
    try:
        ours, peers, ours_bc, peers_bc, meta, peer = [], [], [], [], {}, {}
        run_command(data_dir)                       # warm the server's caches once
        for _ in range(args.runs):
            wall, out = run_command(data_dir)
            meta = out["meta"]
            top10 = [r["id"] for r in out["rows"]]
            ours.append(wall)
            ours_bc.append(meta["seconds"]["betweenness"])
            wall, peer = run_peer(data_dir, meta)
            peers.append(wall)
            peers_bc.append(peer["betweenness_s"])
    finally:
        EmbeddedServer(data_dir).stop()
        if tmp is not None:
            tmp.cleanup()
    bc = meta["betweenness"]
    method = bc["method"] + (f" (epsilon {bc['epsilon']}, delta {bc['delta']}, seed "
                             f"{bc['seed']})" if bc["method"] == "kadabra" else "")
    peer_name = "networkit KADABRA" if bc["method"] == "kadabra" else "igraph exact"
    med = statistics.median
    print(f"| graph | {meta['nodes']:,} nodes, {meta['edges']:,} edges in the partner network |")
    print("|---|---|")
    print(f"| method (default settings) | {method}; {meta.get('guarantee')} |")
    print(f"| `relgraph centrality --measure betweenness`, whole command, median of "
          f"{len(ours)} | {med(ours):.2f} s (min {min(ours):.2f}) |")
    print(f"| peer ({peer_name}), fetch + projection + betweenness, median | "
          f"{med(peers):.2f} s (min {min(peers):.2f}) |")
    print(f"| ratio, whole process | {med(ours) / med(peers):.2f} |")
    print(f"| betweenness step: relgraph / peer, medians | {med(ours_bc):.2f} s / "
          f"{med(peers_bc):.2f} s = {med(ours_bc) / med(peers_bc):.2f} |")
    print(f"| top 10 shared by both | {len(set(peer['top']) & set(top10))} of 10 |")


if __name__ == "__main__":
    main()
