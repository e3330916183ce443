"""Load 100,000 twinnings from a CSV into the embedded database.

    python benchmarks/load_bench.py [--rows 100000] [--by names|ids]

The sheet names real cities of the bundled gazetteer, written as people write them
(``Brest [city, BY]``) so that every row goes through name resolution, or by id with
``--by ids``. Prints the time to read + validate + resolve, the time to write, and
rows/s over the whole load; a second run shows the cost of a load that changes nothing.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from relgraph.graph.connection import connect
from relgraph.graph.server import DATABASE, USER, EmbeddedServer
from relgraph.loaders.gazetteer import load_gazetteer
from relgraph.loaders.load import build_batch, load_paths, read_inputs
from relgraph.loaders.resolve import Resolver


def write_sheets(folder: Path, rows: int, by: str, seed: int = 7) -> None:
    # Only cities whose written name resolves back to them: two rows must not collapse
    # into one twinning because two places share a name.
    resolver = Resolver.default()
    cities = [e for e in load_gazetteer().entries.values() if e.id.startswith("city:")
              and resolver.resolve(e.name, kind="City", country=e.country).id == e.id]
    rng = random.Random(seed)
    ref = (lambda e: e.id) if by == "ids" else (lambda e: f"{e.name} [city, {e.country}]")
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < rows:
        a, b = rng.sample(cities, 2)
        if (b.id, a.id) not in pairs:
            pairs.add((a.id, b.id))
    by_id = {e.id: e for e in cities}
    with open(folder / "sources.csv", "w", newline="") as f:
        f.write("key,title\nbench,Synthetic twinnings for the load benchmark\n")
    with open(folder / "twinnings.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["a", "b", "since", "status", "sources"])
        for a, b in sorted(pairs):
            w.writerow([ref(by_id[a]), ref(by_id[b]), rng.randint(1950, 2024), "active",
                        "bench"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--by", choices=["names", "ids"], default="names")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sheets"
        folder.mkdir()
        write_sheets(folder, args.rows, args.by)
        server = EmbeddedServer(Path(tmp) / "data")
        status = server.start(detached=True)
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
            t = time.perf_counter()
            sheets, _ = read_inputs([folder])
            batch = build_batch(sheets)
            prepare = time.perf_counter() - t
            t = time.perf_counter()
            report = load_paths(store, [folder])
            first = time.perf_counter() - t
            t = time.perf_counter()
            again = load_paths(store, [folder])
            second = time.perf_counter() - t
            stats = store.stats()
            store.driver.close()
        finally:
            server.stop()
    rels = stats["relationships"]["TWINNED_WITH"]
    assert rels == args.rows and again.created == 0, (rels, again.created)
    print(f"| measure ({args.rows:,} twinnings by {args.by}) | value |")
    print("|---|---|")
    print(f"| read + validate + resolve (s) | {prepare:.1f} |")
    print(f"| first load, end to end (s) | {first:.1f} |")
    print(f"| first load (relationship rows/s) | {args.rows / first:,.0f} |")
    print(f"| records written (nodes + relationships) | {report.created:,} |")
    print(f"| second load, nothing created (s) | {second:.1f} |")
    print(f"| nodes in the database | {sum(stats['labels'].values()):,} |")
    del batch


if __name__ == "__main__":
    main()
