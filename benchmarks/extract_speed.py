"""How long ``relgraph extract`` takes on the monograph, end to end and by phase.

    python -m benchmarks.extract_speed [--base REV] [--runs 5] [FILE]

Each run is a new process, as a user runs the command, alternating between the working
tree and ``--base`` (a git revision, see ``benchmarks.baseline``) so that both see the
same machine load:

* end to end: ``relgraph extract FILE -o OUT``: wall, CPU (user + system) and peak RSS
  of the process;
* in one process, CPU time (``time.process_time``) of the phases: importing what the
  command imports; the first extraction of the file (the gazetteer, the firm table and
  the other tables loaded on first use included); the same file again in the same
  process (everything loaded and memoised: the extraction alone); their difference is
  what the first call pays for loading;
* the working tree once more with an empty cache folder (``XDG_CACHE_HOME``): the
  first run after installing or upgrading, which fills the cache of compiled patterns
  and of the gazetteer's text.

Prints best and median of the runs (on a shared machine the best is the better guide
to a quiet one) and whether every side wrote the same candidates. FILE defaults to the
monograph (``../shared/seeds/``, as ``extract_eval.py`` finds it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import baseline

MONOGRAPH = "000_c16572a867e56ee7.txt"

# The phases of one extraction, as the command runs them (relgraph/cli/extract.py).
PHASES = """
import io, json, time
t0 = time.process_time()
import relgraph.cli.extract
from relgraph.loaders.extract.parties import default_resolver
from relgraph.loaders.extract.readers import check
from relgraph.loaders.extract.stream import extract_parts
from relgraph.loaders.extract.writers import write
t1 = time.process_time()

def run(path):
    check(path)
    resolver = default_resolver()
    out = io.StringIO()
    for _chars, result in extract_parts(path, resolver=resolver):
        write(result.candidates, out, "jsonl", result.sources, header=False)

run({path!r})
t2 = time.process_time()
run({path!r})
t3 = time.process_time()
print("PHASES " + json.dumps({{"import": t1 - t0, "first": t2 - t1, "again": t3 - t2,
                               "loading": (t2 - t1) - (t3 - t2)}}))
"""


def find_monograph() -> Path:
    here = Path(__file__).resolve().parent
    for up in (here.parent.parent, here.parent.parent.parent):
        path = up / "shared" / "seeds" / MONOGRAPH
        if path.exists():
            return path
    raise SystemExit(f"no {MONOGRAPH} beside the repository: give FILE")


def end_to_end(path: Path, site, env: dict, out: Path) -> dict:
    """One ``relgraph extract`` in a new process: wall, CPU, peak RSS, output digest."""
    t = time.perf_counter()
    proc = subprocess.Popen(baseline.relgraph_argv("extract", str(path), "-o", str(out)),
                            env=baseline.env_for(site, **env), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"relgraph extract failed:\n{stderr}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss / 1024, "digest": hashlib.sha256(out.read_bytes()).hexdigest()}


def phases(path: Path, site, env: dict) -> dict:
    done = subprocess.run(baseline.python_argv(PHASES.format(path=str(path))),
                          env=baseline.env_for(site, **env), capture_output=True, text=True)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("PHASES ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the phase probe failed:\n{done.stderr}")
    return json.loads(lines[-1][len("PHASES "):])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", type=Path, help="text to extract (default: monograph)")
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    path = (args.file or find_monograph()).resolve()
    sides = {"after": None}
    if args.base:
        sides = {"before": baseline.materialize(args.base), **sides}
    rows: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for i in range(args.runs):
            cold = {"XDG_CACHE_HOME": str(tmp / f"cold-{i}")}
            runs = [(name, site, {}) for name, site in sides.items()]
            runs.append(("after, empty cache", None, cold))
            for name, site, env in runs:
                run = end_to_end(path, site, env, tmp / "out.jsonl")
                if env:   # a second empty cache for the phases
                    env = {"XDG_CACHE_HOME": str(tmp / f"cold-phases-{i}")}
                run.update(phases(path, site, env))
                rows.setdefault(name, []).append(run)
    print(f"`relgraph extract` on {path.name} ({path.stat().st_size / 1024:.0f} KB), "
          f"{args.runs} runs per side; best / median"
          + ("; no bytecode caches (PYTHONDONTWRITEBYTECODE)"
             if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""))
    print()
    print("| side | end to end: wall (s) | CPU (s) | peak RSS (MB) | in one process, CPU: "
          "import (s) | first extraction | again | first call's loading |")
    print("|---|---|---|---|---|---|---|---|")
    for name, runs in rows.items():
        cells = [_cell([r[k] for r in runs], digits=0 if k == "rss" else 2)
                 for k in ("wall", "cpu", "rss", "import", "first", "again", "loading")]
        print(f"| {name} | " + " | ".join(cells) + " |")
    digests = {r["digest"] for runs in rows.values() for r in runs}
    print()
    print("same candidates on every side and run:", "yes" if len(digests) == 1 else "NO")


def _cell(values: list[float], digits: int) -> str:
    return f"{min(values):.{digits}f} / {statistics.median(values):.{digits}f}"


if __name__ == "__main__":
    main()
