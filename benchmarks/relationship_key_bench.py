"""What the uniqueness constraints on relationship ids cost a single load on the
embedded server: ``Store.upsert`` of the converted Wikipedia twin-town set (its own
built records, as ``relgraph load --skip-invalid`` writes them) into an emptied
database, with the constraints and without them, alternating, on one server.

    python -m benchmarks.relationship_key_bench [--rounds 3]

The loads differ only in the server's schema (the client's extra work is four
``CREATE CONSTRAINT ... IF NOT EXISTS`` per load, timed with the rest), so the same
server and records serve both sides and the order rotates each round. Prints a Markdown
table: wall time and server CPU per round, medians, and after / before.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time

from benchmarks import baseline
from benchmarks.twins import DEFAULT_DATA, convert
from benchmarks.twins_load_bench import build_rows, jvm_cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from relgraph.graph.connection import connect
    from relgraph.graph.server import DATABASE, USER, EmbeddedServer
    from relgraph.graph.statements import render

    root = baseline.ROOT
    convert(DEFAULT_DATA, root / "out" / "twins")
    folder = root / "out" / "twins" / "wikipedia"
    data_dir = root / "out" / "bench" / "relationship-key" / "db"
    if data_dir.exists():
        EmbeddedServer(data_dir).stop()
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True)
    server = EmbeddedServer(data_dir)
    status = server.start(detached=True)
    try:
        store = connect(status.uri, USER, server.password(), DATABASE)
        nodes, rels, *_ = build_rows([folder])

        def load(keys: bool) -> tuple[float, float]:
            store.clear()
            for rel_type in store.schema.relationships:
                store.run(f"DROP CONSTRAINT {rel_type.lower()}_id IF EXISTS")
            cpu, t = jvm_cpu(status.pid), time.perf_counter()
            if keys:
                store.ensure_schema()
            else:
                for label in store.schema.labels:
                    store.run(render("schema", label=label))
            store.upsert(nodes, rels)
            return time.perf_counter() - t, jvm_cpu(status.pid) - cpu

        load(True)   # warm the server's JIT up, untimed
        sides = {"before (no relationship constraints)": False,
                 "after (relationship constraints)": True}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        names = list(sides)
        for r in range(args.rounds):
            for name in names[r % 2:] + names[:r % 2]:
                times[name].append(load(sides[name]))
        store.clear()
        store.driver.close()
    finally:
        server.stop()

    print(f"`Store.upsert` of {len(nodes):,} nodes and {len(rels):,} relationships "
          f"(`{folder.relative_to(root)}/`), {args.rounds} rounds, "
          "sides in rotating order, the database emptied before each.\n")
    print("| side | wall (s), per round | median | server CPU (s), per round | median |")
    print("|---|---|---|---|---|")
    medians = {}
    for name, runs in times.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        medians[name] = statistics.median(walls), statistics.median(cpus)
        print(f"| {name} | {', '.join(f'{w:.1f}' for w in walls)} | {medians[name][0]:.1f} "
              f"| {', '.join(f'{c:.1f}' for c in cpus)} | {medians[name][1]:.1f} |")
    before, after = (medians[n] for n in names)
    print(f"\nafter / before: wall {after[0] / before[0]:.3f}, "
          f"server CPU {after[1] / before[1]:.3f}")


if __name__ == "__main__":
    main()
