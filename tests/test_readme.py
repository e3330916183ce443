"""The README runs as written.

Every shell example of README.md (fenced ``sh``, ``bash`` and ``console`` blocks; in a
console block, the lines after ``$``) runs in order, as a newcomer would type it after
the set-up: in a fresh folder holding a copy of ``examples/``, with ``relgraph`` on the
PATH, no ``NEO4J_URI`` and the default data folder ``./.relgraph``. The commands share
one embedded server. Each example is a test of its own: one that exits non-zero fails;
one that cannot run here is skipped, and says why:

- a ``<!-- readme-test: skip: REASON -->`` line just before its block;
- installing packages (``python3 -m venv``, ``pip install``): the set-up, which CI runs
  as written (.ci/run); its ``relgraph`` part (``relgraph demo``) runs here;
- a block that sets ``NEO4J_URI`` (it talks to a Neo4j server), ``docker``, ``neo4j``,
  ``cypher-shell`` or ``neo4j-admin``'s ``import.sh``;
- a command that is not ``relgraph`` (``. .venv/bin/activate``: the test puts relgraph on
  the PATH itself).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"^```(sh|bash|console)[ \t]*\n(.*?)^```", re.M | re.S)
MARKER = re.compile(r"<!--\s*readme-test:\s*skip:\s*(.*?)\s*-->\s*$")
INSTALL = re.compile(r"python3 -m venv|pip install")
NEEDS_NEO4J = re.compile(r"(^|\s)(docker|neo4j|cypher-shell)\s|import/import\.sh")


@dataclass
class Example:
    line: int            # where it is in README.md
    command: str         # what runs (None: skipped)
    skip: str | None = None

    def __str__(self) -> str:
        return f"README.md:{self.line}: {self.command}"


def examples(text: str) -> list[Example]:
    found = []
    for block in BLOCK.finditer(text):
        start = text.count("\n", 0, block.start()) + 1
        before = text[:block.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = MARKER.search(before)
        block_skip = (marker.group(1) if marker else
                      "needs a Neo4j server (sets NEO4J_URI)"
                      if "NEO4J_URI=" in block.group(2) else None)
        for offset, command in _commands(block.group(1), block.group(2)):
            found.append(Example(start + 1 + offset, command,
                                 block_skip or _skip_reason(command)))
    return found


def _commands(kind: str, body: str):
    """(line offset, command) for each command of a block, continuations joined."""
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        first, line = i, lines[i]
        if kind == "console":
            if not line.startswith("$ "):
                i += 1
                continue
            line = line[2:]
        while line.rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line.rstrip()[:-1] + " " + lines[i].strip()
        i += 1
        if line.strip() and not line.lstrip().startswith("#"):
            yield first, line.strip()


def _skip_reason(command: str) -> str | None:
    if INSTALL.search(command):
        return None if _relgraph_part(command) else \
            "installs packages: the set-up, run as written by .ci/run"
    if NEEDS_NEO4J.search(command):
        return "needs Docker or a Neo4j installation"
    if command.split()[0] not in ("relgraph", "env"):
        return "not a relgraph command (the test puts relgraph on the PATH itself)"
    return None


def _relgraph_part(command: str) -> str | None:
    """The ``.venv/bin/relgraph ...`` part of a set-up command, as ``relgraph ...``."""
    parts = [p.strip() for p in command.split("&&")]
    kept = [p.replace(".venv/bin/relgraph", "relgraph", 1) for p in parts
            if p.startswith(".venv/bin/relgraph")]
    return " && ".join(kept) or None


EXAMPLES = examples(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def newcomer(tmp_path_factory):
    """A fresh folder with the examples, relgraph on the PATH, the default data folder."""
    relgraph = Path(sys.executable).parent / "relgraph"
    if not relgraph.exists():
        pytest.skip(f"no relgraph script beside {sys.executable} (install the package)")
    folder = tmp_path_factory.mktemp("newcomer")
    shutil.copytree(ROOT / "examples", folder / "examples",
                    ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEO4J_") and k != "RELGRAPH_HOME"}
    # The examples share one server, kept between commands as a user's would be.
    env.update(PATH=f"{relgraph.parent}{os.pathsep}{env.get('PATH', '')}",
               RELGRAPH_SERVER_IDLE="120")
    yield folder, env
    subprocess.run(["relgraph", "server", "stop"], cwd=folder, env=env,
                   capture_output=True, timeout=120)


def test_the_readme_has_examples_to_run():
    runnable = [e for e in EXAMPLES if e.skip is None]
    assert len(runnable) >= 30, [str(e) for e in runnable]
    # The set-up's own last step, as a newcomer runs it first.
    assert _relgraph_part(runnable[0].command) == "relgraph demo"


def test_ci_runs_the_readme_test_command_as_written():
    setup = [e.command for e in EXAMPLES if "pytest" in e.command]
    assert len(setup) == 1, setup
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup[0] in [line.strip() for line in ci]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"line{e.line}")
def test_readme_example(example, newcomer):
    if example.skip:
        pytest.skip(f"{example}: {example.skip}")
    folder, env = newcomer
    command = _relgraph_part(example.command) if INSTALL.search(example.command) \
        else example.command
    proc = subprocess.run(["bash", "-c", command], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, (f"{example} exited {proc.returncode}\n"
                                  f"{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}")
