"""``relgraph query --file`` replaying an exported graph (``relgraph export --format
cypher``), before and after a revision.

    python -m benchmarks.replay_bench [--base REV] [--runs 2] [--durable]

Loads the example dataset, exports it as a Cypher script, and replays the script into
the emptied database with each side's ``relgraph query --file`` (a new process
attaching to the running server), alternating the sides; checks that every replay
rebuilds the same counts and prints the times and how many lines each printed.

The embedded server does not flush its log to disk at each commit by default, so a
commit costs little there; ``--durable`` makes it (``arcadedb.txWalFlush=2``, an fsync
per commit, as Neo4j does by default), which shows what the number of transactions
costs on a server that keeps every commit safe.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import baseline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--durable", action="store_true",
                    help="fsync the server's log at every commit")
    args = ap.parse_args()
    if args.durable:
        os.environ["RELGRAPH_JAVA_OPTS"] = (os.environ.get("RELGRAPH_JAVA_OPTS", "")
                                            + " -Darcadedb.txWalFlush=2").strip()

    import relgraph
    from relgraph.graph import exports
    from relgraph.graph.connection import connect
    from relgraph.graph.server import DATABASE, USER, EmbeddedServer

    sides = {"after": None}
    if args.base:
        sides = {"before": baseline.materialize(args.base), **sides}
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedServer(Path(tmp) / "db")
        status = server.start(detached=True)
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
            relgraph.load(store, [relgraph.example_dataset()])
            expected = store.stats()
            script = Path(tmp) / "graph.cypher"
            exports.export(store, "cypher", script)
            statements = script.read_text(encoding="utf-8").count(";\n")
            for _ in range(args.runs):
                for name, site in sides.items():
                    store.clear()
                    t = time.perf_counter()
                    done = subprocess.run(
                        baseline.relgraph_argv("query", "--file", str(script)),
                        env=baseline.env_for(site, RELGRAPH_HOME=str(Path(tmp) / "db")),
                        capture_output=True, text=True)
                    wall = time.perf_counter() - t
                    if done.returncode != 0 or store.stats() != expected:
                        raise SystemExit(f"{name}: the replay failed:\n{done.stderr}")
                    results[name].append((wall, len(done.stdout.splitlines())))
            store.driver.close()
        finally:
            server.stop()
    print(f"Script: {statements} statements (the example dataset's export); server "
          f"commits {'flushed to disk (fsync)' if args.durable else 'not flushed'}.")
    print()
    print("| side | replay (s), per run | median | lines printed |")
    print("|---|---|---|---|")
    for name, runs in results.items():
        print(f"| {name} | {', '.join(f'{w:.1f}' for w, _ in runs)} | "
              f"{statistics.median(w for w, _ in runs):.1f} | {runs[-1][1]} |")


if __name__ == "__main__":
    main()
