"""How long commands take to start, and what they import, before and after a revision.

    python -m benchmarks.startup_bench [--base REV] [--runs 5]

Runs each command as a user does (a new process), alternating between the working tree
and ``--base`` (a git revision, see ``benchmarks.baseline``) so that both see the same
machine load, and prints the median wall time, the median CPU time (user + system: on a
busy machine the better guide to what a quiet one would show) and which of the heavy
modules (networkx, scipy, numpy, matplotlib, pyvis, neo4j) the command imported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

from benchmarks import baseline

HEAVY = ("networkx", "scipy", "numpy", "matplotlib", "pyvis", "neo4j")
COMMANDS = [["--version"], ["--help"], ["resolve", "Minsk"],
            ["centrality", "--projection", "nonsense"], ["extract", "--help"]]

PROBE = """
import atexit, json, runpy
def report():
    sys.stderr.write("\\nIMPORTED " + json.dumps(sorted(
        {{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))) + "\\n")
atexit.register(report)
sys.argv = ["relgraph", *{args!r}]
runpy.run_module("relgraph.cli", run_name="__main__")
"""


def run(args: list[str], site, home: str) -> tuple[float, float, list[str]]:
    before = os.times()
    t = time.perf_counter()
    done = subprocess.run(baseline.python_argv(PROBE.format(heavy=HEAVY, args=args)),
                          env=baseline.env_for(site, RELGRAPH_HOME=home),
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = os.times()
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    line = [ln for ln in done.stderr.splitlines() if ln.startswith("IMPORTED ")][-1]
    return wall, cpu, json.loads(line[len("IMPORTED "):])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sides = {"after": None}
    if args.base:
        sides = {"before": baseline.materialize(args.base), **sides}
    with tempfile.TemporaryDirectory() as home:
        results = {(name, " ".join(cmd)): [] for cmd in COMMANDS for name in sides}
        for _ in range(args.runs):
            for cmd in COMMANDS:
                for name, site in sides.items():
                    results[(name, " ".join(cmd))].append(run(cmd, site, home))
    print("| command | side | wall (s), median | CPU (s), median | heavy imports |")
    print("|---|---|---|---|---|")
    for (name, cmd), runs in results.items():
        print(f"| `relgraph {cmd}` | {name} | {statistics.median(r[0] for r in runs):.2f} | "
              f"{statistics.median(r[1] for r in runs):.2f} | "
              f"{', '.join(runs[-1][2]) or 'none'} |")


if __name__ == "__main__":
    main()
