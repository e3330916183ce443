"""``relgraph load`` of the real Wikipedia twin-town set against the bare neo4j driver
writing the same records into the same server.

    python -m benchmarks.twins_load_bench [--base REV] [--rounds 2] [--set wikipedia]

The set is converted mechanically first (``benchmarks.twins``). One embedded server
runs for the whole benchmark (its heap as relgraph sizes it; ``RELGRAPH_JAVA_HEAP`` /
``RELGRAPH_JAVA_OPTS`` override), with a GC log to see how full the heap gets. Each
round clears the database before each side and runs, in rotating order:

- ``relgraph load --skip-invalid FOLDER`` as a user runs it (a new process, attaching
  to the running server) with no cached batch in the data folder, then the same
  command again (a reload: nothing changes, the batch comes from the cache);
- the same with the Rust codec of the driver hidden (what ``neo4j-rust-ext`` brings);
- with ``--base REV``: the same command of that revision (before), without the codec,
  as it was installed then;
- the bare driver writing relgraph's own built records (the same nodes and
  relationships, encoded the same way) with ``UNWIND $rows`` + ``MERGE`` on the id
  (key constraints in place), batches of 5,000, one transaction each, in one session,
  with and without the Rust codec; timed as a whole script (start-up, reading the
  records, writing), as relgraph's side is a whole command, with its writing alone
  shown beside.

``--codec-only`` leaves out the sides without the Rust codec (a shorter run).

Until the loaders accept the whole converted folder, ``--skip-invalid`` on it aborts
(the cities sheet names countries the gazetteer lacks); the benchmark then loads the
sources and twinnings sheets alone and says so. Prints a Markdown table: times, the
rate ratio (bare time / relgraph time: 1.0 means relgraph writes as fast as the bare
driver), reload / first load, and the server's peak RSS and heap use.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import baseline
from benchmarks.twins import DEFAULT_DATA, convert

ROOT = baseline.ROOT
BATCH = 5000

# The bare side, run in a child so that it can run with or without the Rust codec.
BARE = """
import pickle, time
import neo4j
uri, password, database, rows_file = sys.argv[1:5]
node_rows, rel_rows = pickle.load(open(rows_file, "rb"))
driver = neo4j.GraphDatabase.driver(uri, auth=("root", password))
def batches(rows):
    for i in range(0, len(rows), BATCH):
        yield rows[i:i + BATCH]
started = time.perf_counter()
with driver.session(database=database) as session:
    for label, rows in node_rows.items():
        text = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"
        for chunk in batches(rows):
            session.execute_write(lambda tx: tx.run(text, rows=chunk).consume())
    for (rel_type, start, end), rows in rel_rows.items():
        text = (f"UNWIND $rows AS row MATCH (a:{start} {{id: row.start}}) "
                f"MATCH (b:{end} {{id: row.end}}) "
                f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b) SET r += row.props")
        for chunk in batches(rows):
            session.execute_write(lambda tx: tx.run(text, rows=chunk).consume())
print(time.perf_counter() - started)
driver.close()
""".replace("BATCH", str(BATCH))


# Where an in-process load spends its time: the same load_paths the command calls, with
# its three phases timed.
PHASES = """
import json, time
t0 = time.perf_counter()
from relgraph.graph.connection import connect
from relgraph.graph.store import Store
from relgraph.loaders import load as L
spent = {"start-up (imports)": time.perf_counter() - t0}
def timed(name, fn):
    def run(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0) + time.perf_counter() - t
    return run
L.read_inputs = timed("read sheets", L.read_inputs)
L.build_batch = timed("validate and resolve", L.build_batch)
Store.upsert = timed("write (store.upsert)", Store.upsert)
uri, password, database, *paths = sys.argv[1:]
store = connect(uri, "root", password, database)
t = time.perf_counter()
L.load_paths(store, paths, skip_invalid=True)
spent["whole load_paths"] = time.perf_counter() - t
print(json.dumps(spent))
"""


def jvm_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def jvm_peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children_cpu() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


def gc_summary(log: Path) -> dict:
    """Most heap in use before a collection, the heap's size, and full collections."""
    used, capacity, full = 0, 0, 0
    pattern = re.compile(r"(\d+)M->(\d+)M\((\d+)M\)")
    for line in log.read_text(errors="replace").splitlines():
        m = pattern.search(line)
        if m:
            used, capacity = max(used, int(m.group(1))), max(capacity, int(m.group(3)))
        full += "Pause Full" in line
    return {"max_used_mib": used, "heap_mib": capacity, "full_gcs": full}


def build_rows(paths: list[Path]):
    """relgraph's own records for ``paths`` (bad rows dropped, as --skip-invalid does),
    encoded as relgraph sends them."""
    from relgraph.graph.store import Store, _dedupe_nodes, _dedupe_relationships
    from relgraph.loaders.load import build_batch, read_inputs
    sheets, problems = read_inputs(paths)
    batch = build_batch(sheets)
    batch.drop_rows({(p.file, p.line) for p in problems + batch.problems})
    store = Store(driver=None)
    nodes = _dedupe_nodes(batch.nodes.values())
    rels = _dedupe_relationships(batch.relationships.values())
    return nodes, rels, store._node_rows(nodes), store._relationship_rows(rels)


def bare_write(driver, database: str, node_rows: dict, rel_rows: dict) -> None:
    """What the BARE child does, in this process."""
    with driver.session(database=database) as session:
        for label, rows in node_rows.items():
            text = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"
            for i in range(0, len(rows), BATCH):
                session.execute_write(lambda tx, q=text, c=rows[i:i + BATCH]:
                                      tx.run(q, rows=c).consume())
        for (rel_type, start, end), rows in rel_rows.items():
            text = (f"UNWIND $rows AS row MATCH (a:{start} {{id: row.start}}) "
                    f"MATCH (b:{end} {{id: row.end}}) "
                    f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b) SET r += row.props")
            for i in range(0, len(rows), BATCH):
                session.execute_write(lambda tx, q=text, c=rows[i:i + BATCH]:
                                      tx.run(q, rows=c).consume())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--set", default="wikipedia", choices=["wikipedia", "wikidata"])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--codec-only", action="store_true",
                    help="only sides with the Rust codec (before included): a shorter run")
    args = ap.parse_args()

    from relgraph.graph.connection import connect
    from relgraph.graph.server import DATABASE, USER, EmbeddedServer

    work = ROOT / "out" / "bench" / "twins-load"
    folder = ROOT / "out" / "twins" / args.set
    convert(args.data, ROOT / "out" / "twins")
    data_dir = work / "db"
    if data_dir.exists():
        EmbeddedServer(data_dir).stop()
        subprocess.run(["rm", "-rf", str(data_dir)], check=True)
    data_dir.mkdir(parents=True)
    gc_log = work / "gc.log"
    gc_log.unlink(missing_ok=True)
    java_opts = f"{os.environ.get('RELGRAPH_JAVA_OPTS', '')} -Xlog:gc:file={gc_log}".strip()
    os.environ["RELGRAPH_JAVA_OPTS"] = java_opts
    server = EmbeddedServer(data_dir)
    status = server.start(detached=True)
    store = connect(status.uri, USER, server.password(), DATABASE)
    store.ensure_schema()
    base_site = baseline.materialize(args.base) if args.base else None

    def relgraph_load(paths, site=None, rust=True) -> tuple[int, float, float, float, str]:
        cpu, jvm, t = children_cpu(), jvm_cpu(status.pid), time.perf_counter()
        done = subprocess.run(baseline.relgraph_argv("load", "--skip-invalid", "--format",
                                                     "json", *map(str, paths), rust=rust),
                              env=baseline.env_for(site, RELGRAPH_HOME=str(data_dir)),
                              capture_output=True, text=True, cwd=work)
        return (done.returncode, time.perf_counter() - t, children_cpu() - cpu,
                jvm_cpu(status.pid) - jvm, done.stdout + done.stderr)

    paths = [folder]
    note = f"`relgraph load --skip-invalid {folder.relative_to(ROOT)}/`"
    code, *_, output = relgraph_load(paths)
    if code != 0:
        paths = [folder / "sources.csv", folder / "twinnings.csv"]
        note = (f"the whole folder aborts today ({output.strip().splitlines()[-1][:120]}); "
                "loaded sources.csv and twinnings.csv alone")
    store.clear()
    nodes, rels, node_rows, rel_rows = build_rows(paths)
    rows_file = work / "rows.pickle"
    with open(rows_file, "wb") as f:
        pickle.dump((node_rows, rel_rows), f)
    records = sum(map(len, node_rows.values())) + sum(map(len, rel_rows.values()))

    def bare(rust: bool) -> tuple[float, float, float, float]:
        cpu, jvm, t = children_cpu(), jvm_cpu(status.pid), time.perf_counter()
        done = subprocess.run(baseline.python_argv(BARE, rust=rust) + [
            status.uri, server.password(), DATABASE, str(rows_file)],
            capture_output=True, text=True, check=True)
        # The whole script, as relgraph's side is the whole command: start-up, reading
        # the records, writing them.
        return (time.perf_counter() - t, float(done.stdout.strip().splitlines()[-1]),
                children_cpu() - cpu, jvm_cpu(status.pid) - jvm)

    def phases() -> dict:
        done = subprocess.run(baseline.python_argv(PHASES) + [
            status.uri, server.password(), DATABASE, *map(str, paths)],
            capture_output=True, text=True, check=True, cwd=ROOT)
        return json.loads(done.stdout.strip().splitlines()[-1])

    # Warm the server up (its JIT compiles the write path on the first load), untimed.
    relgraph_load(paths)
    store.clear()
    bare(True)

    sides = {"after": dict(site=None, rust=True),
             **({} if args.codec_only else {"after, no Rust codec": dict(rust=False)}),
             **({"before": dict(site=base_site, rust=not args.codec_only)}
                if base_site else {}),
             "bare driver": dict(bare=True, rust=True),
             **({} if args.codec_only else
                {"bare driver, no Rust codec": dict(bare=True, rust=False)})}
    times: dict[str, list] = {name: [] for name in sides}
    names = list(sides)
    breakdown = []
    write_paths: dict[str, list[float]] = {"store.upsert": [], "bare driver": []}
    for r in range(args.rounds):
        # The write paths alone, in this process, on the same records: relgraph's
        # Store.upsert (validation, diff and write) against the bare UNWIND + MERGE.
        for path in (["store.upsert", "bare driver"] if r % 2 == 0
                     else ["bare driver", "store.upsert"]):
            store.clear()
            t = time.perf_counter()
            if path == "store.upsert":
                store.upsert(nodes, rels)
            else:
                bare_write(store.driver, DATABASE, node_rows, rel_rows)
            write_paths[path].append(time.perf_counter() - t)
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            side = dict(sides[name])
            store.clear()
            if side.pop("bare", False):
                wall, write, cpu, jvm = bare(side["rust"])
                assert sum(store.stats()["labels"].values()) == sum(map(len, node_rows.values()))
                times[name].append({"first": wall, "write": write, "cpu": cpu, "jvm": jvm})
                print(f"round {r + 1}: {name}: {wall:.1f} s (writing {write:.1f} s)",
                      file=sys.stderr, flush=True)
                continue
            # A first load reads and resolves the sheets: none of it is cached yet.
            shutil.rmtree(data_dir / "cache", ignore_errors=True)
            code, first, cpu, jvm, out = relgraph_load(paths, **side)
            if code != 0:
                raise SystemExit(f"{name}: relgraph load failed:\n{out}")
            code, again, cpu2, jvm2, out2 = relgraph_load(paths, **side)
            if code != 0:
                raise SystemExit(f"{name}: relgraph reload failed:\n{out2}")
            times[name].append({"first": first, "again": again, "cpu": cpu, "jvm": jvm})
            print(f"round {r + 1}: {name}: {first:.1f} s, reload {again:.1f} s",
                  file=sys.stderr, flush=True)
            if name == "after":
                store.clear()
                breakdown.append(phases())
    peak = jvm_peak_rss_mib(status.pid)
    store.driver.close()
    server.stop()
    gc = gc_summary(gc_log)

    def med(name, key):
        return statistics.median(t[key] for t in times[name])

    print(f"Loaded: {note}; {records:,} records (nodes + relationships); "
          f"{args.rounds} rounds, sides in rotating order, the database cleared before each.")
    print()
    print("| side | first load (s), per round | median | rate vs bare driver | reload (s) "
          "| reload / first | client CPU (s) | server CPU (s) |")
    print("|---|---|---|---|---|---|---|---|")
    for name in names:
        firsts = ", ".join(f"{t['first']:.1f}" for t in times[name])
        bare_name = "bare driver" if sides[name].get("rust", True) or args.codec_only \
            else "bare driver, no Rust codec"
        if "again" in times[name][0]:
            ratio = med(bare_name, "first") / med(name, "first")
            print(f"| {name} | {firsts} | {med(name, 'first'):.1f} | {ratio:.2f} "
                  f"(vs {bare_name}) | {med(name, 'again'):.1f} | "
                  f"{med(name, 'again') / med(name, 'first'):.2f} | {med(name, 'cpu'):.1f} "
                  f"| {med(name, 'jvm'):.1f} |")
        else:
            print(f"| {name} | {firsts} (writing alone: {med(name, 'write'):.1f}) | "
                  f"{med(name, 'first'):.1f} | 1.00 | | | {med(name, 'cpu'):.1f} | "
                  f"{med(name, 'jvm'):.1f} |")
    print()
    print()
    up, bw = write_paths["store.upsert"], write_paths["bare driver"]
    print(f"The write paths alone (same process, same records, alternating): "
          f"relgraph's Store.upsert {', '.join(f'{t:.1f}' for t in up)} s, the bare driver "
          f"{', '.join(f'{t:.1f}' for t in bw)} s: rate ratio "
          f"{statistics.median(bw) / statistics.median(up):.2f}.")
    print()
    print("Where `after`'s first load spends its time (the same load run in-process, "
          "once per round, seconds):")
    print()
    print("| phase | " + " | ".join(f"round {i + 1}" for i in range(len(breakdown))) + " |")
    print("|---|" + "---|" * len(breakdown))
    for phase in breakdown[0]:
        print(f"| {phase} | " + " | ".join(f"{b[phase]:.1f}" for b in breakdown) + " |")
    print()
    print(f"Server: heap {status.heap} (GC log: at most {gc['max_used_mib']:,} MiB in use "
          f"before a collection, heap sized {gc['heap_mib']:,} MiB, {gc['full_gcs']} full "
          f"collections); peak RSS {peak:,.0f} MiB. Rust codec installed: "
          f"{baseline.rust_available()}.")


if __name__ == "__main__":
    main()
