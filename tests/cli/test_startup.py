"""Commands that need neither analytics nor a database start without importing them.

Each case runs the real ``relgraph`` entry point in a fresh interpreter and reports,
at exit, which heavy modules it had imported and whether a server was started.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from relgraph.cli import centrality as cli_centrality
from relgraph.cli import export as cli_export

ANALYTICS = ("networkx", "scipy", "matplotlib", "pyvis", "numpy")
DRIVER = ("neo4j",)

PROBE = """
import atexit, json, runpy, sys
def report():
    sys.stderr.write("\\nIMPORTED " + json.dumps(sorted(
        m for m in sys.modules if m.split(".")[0] in {heavy!r})) + "\\n")
atexit.register(report)
sys.argv = ["relgraph", *{args!r}]
runpy.run_module("relgraph.cli", run_name="__main__")
"""


def imported_by(args: list[str], tmp_path) -> tuple[set[str], subprocess.CompletedProcess]:
    heavy = sorted({*ANALYTICS, *DRIVER})
    env = {**os.environ, "RELGRAPH_HOME": str(tmp_path / "data")}
    env.pop("NEO4J_URI", None)
    proc = subprocess.run([sys.executable, "-c", PROBE.format(heavy=heavy, args=args)],
                          env=env, capture_output=True, text=True, timeout=120)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("IMPORTED ")][-1]
    return {m.split(".")[0] for m in json.loads(line[len("IMPORTED "):])}, proc


@pytest.mark.parametrize("args, code", [
    (["--version"], 0),
    (["--help"], 0),
    (["resolve", "Minsk"], 0),
    (["resolve", "Minsk", "--kind", "planet"], 2),           # an argument error
    (["centrality", "--projection", "nonsense"], 2),
    (["export", "--format", "pdf", "-o", "x.pdf"], 2),
    (["render", "--help"], 0),
    (["extract", "--help"], 0),
])
def test_light_commands_import_no_analytics_and_no_driver(args, code, tmp_path):
    imported, proc = imported_by(args, tmp_path)
    assert proc.returncode == code, proc.stderr
    assert imported == set(), f"relgraph {' '.join(args)} imported {sorted(imported)}"
    assert not (tmp_path / "data" / "server.json").exists()   # and started no server


def test_resolve_answers(tmp_path):
    _, proc = imported_by(["resolve", "Minsk", "--format", "json"], tmp_path)
    assert json.loads(proc.stdout)["rows"][0]["id"] == "city:by:minsk"


def test_extract_imports_no_analytics_and_no_driver(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("In 2004 Gomel and Bryansk signed an agreement on cooperation.\n",
                    encoding="utf-8")
    imported, proc = imported_by(["extract", str(text), "-o", str(tmp_path / "c.csv")],
                                 tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert imported == set()


def test_the_cli_spells_the_library_choices_as_the_library_does():
    from relgraph.graph import exports, projections
    from relgraph.graph.centrality import MEASURES

    assert cli_centrality.MEASURES == MEASURES
    assert cli_centrality.PROJECTIONS == projections.PROJECTIONS
    assert cli_export.FORMATS == exports.FORMATS
    assert cli_export.ARRAY_DELIMITER == exports.ARRAY_DELIMITER


VERSION_PROBE = """
import runpy, sys
sys.argv = ["relgraph", *{args!r}]
try:
    runpy.run_module("relgraph.cli", run_name="__main__")
finally:
    sys.stderr.write("\\nMETADATA " + str("importlib.metadata" in sys.modules) + "\\n")
"""


@pytest.mark.parametrize("args, reads", [
    (["--version"], True),
    (["--help"], False),
    (["extract", "--help"], False),
])
def test_the_version_is_read_from_the_metadata_only_when_asked_for(args, reads, tmp_path):
    from importlib.metadata import version

    env = {**os.environ, "RELGRAPH_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-c", VERSION_PROBE.format(args=args)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert f"METADATA {reads}" in proc.stderr
    if reads:
        assert proc.stdout == f"relgraph, version {version('relgraph')}\n"


def test_the_package_still_has_its_version():
    from importlib.metadata import version

    import relgraph

    assert relgraph.__version__ == version("relgraph")
    assert "__version__" in dir(relgraph)
