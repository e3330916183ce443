"""What ``pip install .`` puts on a machine: one top-level package, ``relgraph``,
with its data files, and a ``relgraph`` command that runs without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stdout}\n{done.stderr}")
    (path,) = out.glob("relgraph-*.whl")
    return path


@pytest.mark.slow
def test_wheel_installs_exactly_one_top_level_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"relgraph"}


@pytest.mark.slow
@pytest.mark.parametrize("member", [
    "relgraph/__init__.py", "relgraph/cli/__init__.py", "relgraph/graph/store.py",
    "relgraph/graph/schema.yaml", "relgraph/cypher/upsert_nodes.cypher",
    "relgraph/cypher/queries/partners_of.cypher", "relgraph/loaders/gazetteer/regions.csv",
    "relgraph/viz/view.py", "relgraph/examples/belarus-cis/twinnings.csv",
    "relgraph/loaders/gazetteer/places.tsv.gz", "relgraph/loaders/gazetteer/names.tsv.gz",
])
def test_wheel_carries_code_and_data(wheel, member):
    assert member in zipfile.ZipFile(wheel).namelist()


@pytest.mark.slow
def test_wheel_stays_small(wheel):
    # The world gazetteer ships inside: keep the whole wheel under 15 MB.
    assert wheel.stat().st_size < 15_000_000


@pytest.mark.slow
def test_wheel_entry_point_is_the_relgraph_cli(wheel):
    with zipfile.ZipFile(wheel) as z:
        (ep,) = [n for n in z.namelist() if n.endswith("entry_points.txt")]
        assert "relgraph = relgraph.cli:main" in z.read(ep).decode()


@pytest.mark.slow
def test_installed_wheel_imports_without_the_source_tree(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                    "--target", str(target), str(wheel)], check=True)
    # -S: no site-packages hooks, so the editable install of this checkout cannot
    # answer; the dependencies come from this environment's site-packages.
    path = os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]])
    code = ("import relgraph, relgraph.cli; relgraph.connect; "
            "from relgraph.graph.schema import SCHEMA; "
            "from relgraph.graph.statements import load; "
            "assert relgraph.example_dataset().joinpath('twinnings.csv').is_file(); "
            "load('upsert_nodes'); "
            "print(relgraph.__file__)")
    done = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": path},
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(target))
    version = subprocess.run([sys.executable, "-S", "-m", "relgraph", "--version"],
                             cwd=tmp_path, env={**os.environ, "PYTHONPATH": path},
                             capture_output=True, text=True)
    assert version.returncode == 0 and "relgraph" in version.stdout, version.stderr
