"""Run an earlier revision of relgraph beside the working tree, for before/after numbers
measured side by side in one run.

``materialize(REV)`` copies the revision's files out of git (``git archive``) and lays
them out as the installed package (``relgraph/``, ``relgraph/graph/``, ... from the
folder mapping in its pyproject.toml) under ``out/baseline/REV/``; ``python(...)`` then
runs a command with either that copy (``PYTHONPATH``) or the working tree. Both use
this environment's dependencies, so only relgraph's own code differs.

``rust=False`` hides the ``neo4j-rust-ext`` extension from the driver (it falls back
to its pure-Python codec), to measure what the extension brings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out" / "baseline"

# Prepended to every child: imports relgraph from PYTHONPATH or the installed package,
# never from the current directory (the repository root holds a relgraph/ folder), and
# hides the driver's Rust codec when asked.
_PRELUDE = """
import sys
sys.path = [p for p in sys.path if p not in ("", ".")]
if {hide_rust!r}:
    class _HideRust:
        def find_spec(self, name, path=None, target=None):
            if name == "neo4j._rust" or name.startswith("neo4j._rust."):
                raise ModuleNotFoundError(name)
    sys.meta_path.insert(0, _HideRust())
"""


def resolve(rev: str) -> str:
    """The commit a revision names (``HEAD~3``, ``main``, a hash)."""
    return subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.strip()


def materialize(rev: str) -> Path:
    """A directory to put on ``PYTHONPATH`` to import relgraph as it was at ``rev``."""
    commit = resolve(rev)
    site = OUT / commit[:12]
    if (site / "relgraph" / "__init__.py").exists():
        return site
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=ROOT,
                             capture_output=True, check=True).stdout
    src = OUT / f"{commit[:12]}-src"
    shutil.rmtree(src, ignore_errors=True)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(src, filter="data")
    config = tomllib.loads((src / "pyproject.toml").read_text())
    mapping = config["tool"]["setuptools"]["package-dir"]
    tmp = OUT / f"{commit[:12]}-tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    for package, folder in sorted(mapping.items()):           # "relgraph" first
        target = tmp.joinpath(*package.split("."))
        shutil.copytree(src / folder, target, dirs_exist_ok=True)
    shutil.rmtree(src)
    tmp.rename(site)
    return site


def env_for(site: Path | None, **extra: str) -> dict[str, str]:
    """The environment of a child that imports relgraph from ``site`` (None: this tree)."""
    env = {**os.environ, **extra}
    env.pop("NEO4J_URI", None)
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep)
    return env


def python_argv(code: str, *, rust: bool = True) -> list[str]:
    """``python -c`` running ``code`` (with the Rust codec hidden unless ``rust``)."""
    return [sys.executable, "-c", _PRELUDE.format(hide_rust=not rust) + code]


def relgraph_argv(*args: str, rust: bool = True) -> list[str]:
    """The ``relgraph`` command line, run as ``python -c`` (see :func:`python_argv`)."""
    code = (f"import runpy; sys.argv = ['relgraph', *{list(args)!r}]; "
            "runpy.run_module('relgraph.cli', run_name='__main__')")
    return python_argv(code, rust=rust)


def rust_available() -> bool:
    try:
        import neo4j._rust  # noqa: F401
    except ImportError:
        return False
    return True


def script_json(rev: str, script: str, argv: list[str]) -> dict:
    """The last line of ``script --json`` run with revision ``rev``'s code, as data: a
    sweep's "before" side, measured by the same script as its "after"."""
    import json

    out = subprocess.run([sys.executable, script, *argv, "--json"], capture_output=True,
                         text=True, check=True, env=env_for(materialize(rev)))
    return json.loads(out.stdout.strip().splitlines()[-1])
