"""Commands sharing one data folder with no server started beforehand, before and after
a revision: three concurrent loads, and a series of commands one after another.

    python -m benchmarks.shared_server_bench [--base REV] [--rows 3000]

1. Three ``relgraph load`` started at once, each with its own part of the converted
   Wikipedia twinnings (``benchmarks.twins``; ``--rows`` rows each, plus the sources
   sheet), into one fresh data folder: which exit 0, how long the last one took, and
   whether ``relgraph stats`` then equals loading the three parts one after another.
2. A series a user types: ``load`` of the example dataset, ``stats``, ``query --name``,
   ``centrality``, ``render``, each a new process on a fresh data folder: the time of
   each and the total (before: each command starts and stops its own server; after:
   the first one starts it and the others use it).
Ends with ``relgraph server stop`` and checks that no JVM of the folders is left.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import baseline
from benchmarks.twins import DEFAULT_DATA, convert

ROOT = baseline.ROOT


def jvms_of(data_dir: Path) -> int:
    marker = f"-Drelgraph.data={data_dir.resolve()}".encode()
    count = 0
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker in (proc / "cmdline").read_bytes().split(b"\0"):
                count += (proc / "stat").read_text().rsplit(")", 1)[-1].split()[0] != "Z"
        except OSError:
            continue
    return count


def split_twinnings(folder: Path, out: Path, rows: int, parts: int = 3) -> list[Path]:
    with open(folder / "twinnings.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header, body = next(reader), list(reader)
    sheets = []
    for i in range(parts):
        part = out / f"part{i + 1}"
        part.mkdir(parents=True)
        (part / "sources.csv").write_bytes((folder / "sources.csv").read_bytes())
        with open(part / "twinnings.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(body[i * rows:(i + 1) * rows])
        sheets.append(part)
    return sheets


def relgraph(site, home: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(baseline.relgraph_argv(*args),
                            env=baseline.env_for(site, RELGRAPH_HOME=str(home)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def stats(site, home: Path) -> dict:
    out, _ = relgraph(site, home, "stats", "--format", "json").communicate()
    return {(r["kind"], r["name"]): r["count"] for r in json.loads(out)["rows"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    convert(args.data, ROOT / "out" / "twins")
    sides = {"after": None}
    if args.base:
        sides = {"before": baseline.materialize(args.base), **sides}
    series = [("load", "examples/belarus-cis/"), ("stats",),
              ("query", "--name", "partners_of", "--param", "id=region:by:gomel"),
              ("centrality", "--measure", "betweenness", "--top", "5"),
              ("render", "-o", "{tmp}/view.html")]
    concurrent, sequence = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        parts = split_twinnings(ROOT / "out" / "twins" / "wikipedia", tmp / "sheets", args.rows)
        for name, site in sides.items():
            home, apart = tmp / name / "together", tmp / name / "apart"
            t = time.perf_counter()
            procs = [relgraph(site, home, "load", "--skip-invalid", str(p)) for p in parts]
            outcomes = []
            for p in procs:
                _, err = p.communicate()
                errors = [ln for ln in err.splitlines() if ln.startswith("Error:")]
                outcomes.append((p.returncode, (errors or [""])[-1]))
            wall = time.perf_counter() - t
            for p in parts:
                relgraph(site, apart, "load", "--skip-invalid", str(p)).communicate()
            concurrent[name] = (outcomes, wall, stats(site, home) == stats(site, apart))
            for folder in (home, apart):
                relgraph(site, folder, "server", "stop").communicate()
            home = tmp / name / "series"
            times = []
            for command in series:
                command = [a.replace("{tmp}", str(tmp / name)) for a in command]
                t = time.perf_counter()
                proc = relgraph(site, home, *command)
                _, err = proc.communicate()
                times.append((" ".join(command[:1]), time.perf_counter() - t, proc.returncode))
            sequence[name] = times
            relgraph(site, home, "server", "stop").communicate()
            leftover = sum(jvms_of(f) for f in (tmp / name).iterdir() if f.is_dir())
            sequence[name].append(("JVMs left after `server stop`", leftover, 0))
    print(f"1. Three concurrent `relgraph load`, {args.rows:,} twinnings each, no server "
          "started beforehand:")
    print()
    print("| side | exit codes | errors | all done after (s) | stats equal to one after "
          "another |")
    print("|---|---|---|---|---|")
    for name, (outcomes, wall, equal) in concurrent.items():
        errors = "; ".join(e[:90] for c, e in outcomes if c) or "none"
        print(f"| {name} | {', '.join(str(c) for c, _ in outcomes)} | {errors} | {wall:.1f} "
              f"| {equal} |")
    print()
    print("2. A series of commands on a fresh data folder (seconds each):")
    print()
    names = list(sequence)
    print("| command | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for i, (command, *_) in enumerate(sequence[names[0]]):
        cells = []
        for name in names:
            _, value, code = sequence[name][i]
            cells.append(f"{value:.1f}" + (f" (exit {code})" if code else ""))
        print(f"| `{command}` | " + " | ".join(cells) + " |")
    totals = [sum(v for c, v, _ in sequence[n][:-1]) for n in names]
    print("| total | " + " | ".join(f"{t:.1f}" for t in totals) + " |")


if __name__ == "__main__":
    main()
