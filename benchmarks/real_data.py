"""Real data as a benchmark: the two public twin-town sets, loaded as a user would.

    python -m benchmarks.real_data [--data ../shared/data/twins] [--only wikipedia]

Converts both sets mechanically with :mod:`benchmarks.twins` (into ``out/twins/``),
loads each into a fresh embedded database with ``--skip-invalid`` (and writes its
review sheet to ``out/twins/<set>/review.csv``), then prints:

* rows in (per sheet) and rows skipped, each as FILE:LINE: column: reason;
* nodes per label in the database, and how many City nodes carry a Wikidata QID;
* the distinct names by how they resolved: exact, approximate, unresolved (kept as
  new nodes), merged (names beyond the first that became one node);
* the share of distinct places that resolve to the gazetteer;
* the share of City nodes with coordinates;
* for the places whose sheet gives coordinates and that resolved to the gazetteer,
  the share whose chosen gazetteer entry lies within 50 km of them.

Targets for the Wikipedia set: at least 90% of distinct places resolved, 95% of City
nodes with coordinates, 95% of resolved places within 50 km. Nothing is fixed by
hand: the sheets are what ``benchmarks.twins`` writes.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.twins import DEFAULT_DATA, ROOT, convert
from relgraph.graph.connection import connect
from relgraph.graph.server import DATABASE, USER, EmbeddedServer
from relgraph.loaders.load import load_paths, read_inputs

TARGETS = {"resolved": 0.90, "with_coordinates": 0.95, "within_50_km": 0.95}


def measure(folder: Path, review: Path) -> dict:
    """Load ``folder`` into a fresh embedded database; the numbers of the printout."""
    sheets, _ = read_inputs([folder])
    rows_in = {s.path.name: len(s.rows) for s in sheets}
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedServer(Path(tmp) / "data")
        status = server.start(detached=True)
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
            t = time.perf_counter()
            report = load_paths(store, [folder], skip_invalid=True, review=review)
            seconds = time.perf_counter() - t
            stats = store.stats()
            graph = store.fetch(labels=["City"])
            store.driver.close()
        finally:
            server.stop()
    cities = [a for _, a in graph.nodes(data=True) if a.get("label") == "City"]
    places = [r for r in report.references if r.kind in (None, "City", "Region")
              or r.column == "name"]
    resolved = [r for r in places if r.resolved]
    # The sheet's coordinates are those of the cities-sheet rows.
    located = [r for r in resolved if r.column == "name" and r.distance_km is not None]
    return {
        "rows_in": rows_in, "skipped": report.skipped, "seconds": seconds,
        "labels": {k: v for k, v in stats["labels"].items() if v},
        "relationships": {k: v for k, v in stats["relationships"].items() if v},
        "counts": report.counts(), "names": len(report.references),
        "places": len(places), "resolved": len(resolved),
        "cities": len(cities),
        "with_coordinates": sum(1 for a in cities if a.get("lat") is not None),
        "with_qid": sum(1 for a in cities if a.get("wikidata")),
        "located": len(located),
        "within_50_km": sum(1 for r in located if r.distance_km <= 50),
        "review": report.review,
        "how": Counter(r.match for r in places),
    }


def _share(n: int, d: int) -> str:
    return f"{n:,} / {d:,} = {n / d:.1%}" if d else "n/a"


def show(name: str, m: dict) -> None:
    print(f"## {name}")
    print(f"rows in: {sum(m['rows_in'].values()):,} ("
          + ", ".join(f"{k} {v:,}" for k, v in m["rows_in"].items()) + ")")
    bad = sorted({(p.file, p.line) for p in m["skipped"]})
    print(f"rows skipped: {len(bad):,}")
    for p in m["skipped"]:
        print(f"  {p}")
    print("nodes: " + ", ".join(f"{k} {v:,}" for k, v in m["labels"].items())
          + f"; City nodes with a Wikidata QID: {m['with_qid']:,}")
    print("relationships: " + ", ".join(f"{k} {v:,}" for k, v in m["relationships"].items()))
    c = m["counts"]
    print(f"names: {m['names']:,} distinct; exact {c['exact']:,}, approximate "
          f"{c['approximate']:,}, unresolved {c['unresolved']:,}, merged {c['merged']:,}"
          + (f", decided {c['decided']:,}" if c["decided"] else ""))
    checks = [("distinct places resolved to the gazetteer", m["resolved"], m["places"],
               "resolved"),
              ("City nodes with coordinates", m["with_coordinates"], m["cities"],
               "with_coordinates"),
              ("resolved places within 50 km of the sheet's coordinates", m["within_50_km"],
               m["located"], "within_50_km")]
    for label, n, d, target in checks:
        ok = d and n / d >= TARGETS[target]
        print(f"{label}: {_share(n, d)} (target {TARGETS[target]:.0%}: "
              f"{'met' if ok else 'NOT met'})")
    print(f"load time: {m['seconds']:.0f} s; review sheet: {m['review']}")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="folder of the twin-town sets (default: ../shared/data/twins)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "twins")
    ap.add_argument("--only", choices=["wikipedia", "wikidata"])
    args = ap.parse_args()
    convert(args.data, args.out)
    for name in ("wikipedia", "wikidata"):
        if args.only in (None, name):
            folder = args.out / name
            show(name, measure(folder, args.out / f"{name}-review.csv"))


if __name__ == "__main__":
    main()
