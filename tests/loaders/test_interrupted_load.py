"""A load cut short (Ctrl-C, SIGTERM, the server killed) says the graph may be
incomplete, exits 130/143/1, is recorded as unfinished so that later commands warn, and
a rerun converges to what an uninterrupted load gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relgraph.loaders.unfinished import FILE

MESSAGE = "interrupted: the graph may be incomplete; run the same load again"
CITIES = 3000


def relgraph(*args, data_dir) -> subprocess.Popen:
    # The server is kept between the commands of a test (each ends with `server stop`).
    env = {**os.environ, "RELGRAPH_HOME": str(data_dir), "RELGRAPH_SERVER_IDLE": "120"}
    env.pop("NEO4J_URI", None)
    return subprocess.Popen([sys.executable, "-m", "relgraph.cli", *map(str, args)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def finish(proc, timeout=600) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def counts(data_dir) -> tuple[dict, str]:
    code, out, err = finish(relgraph("stats", "--format", "json", data_dir=data_dir))
    assert code == 0, err
    return {(r["kind"], r["name"]): r["count"] for r in json.loads(out)["rows"]}, err


@pytest.fixture(scope="module")
def sheets(tmp_path_factory) -> Path:
    """Made-up cities (ids given, so no name lookups) twinned in a ring: thousands of
    records, written in many small batches, so a load takes long enough to cut."""
    folder = tmp_path_factory.mktemp("sheets")
    (folder / "sources.csv").write_text("key,title\nown,Our notes\n")
    with open(folder / "cities.csv", "w") as f:
        f.write("name,country,id\n")
        f.writelines(f"Qarvel {i},BY,city:by:qarvel-{i}\n" for i in range(CITIES))
    with open(folder / "twinnings.csv", "w") as f:
        f.write("a,b,since,sources\n")
        f.writelines(f"city:by:qarvel-{i},city:by:qarvel-{(i * 7 + 1) % CITIES},"
                     f"{1950 + i % 70},own\n" for i in range(CITIES))
    return folder


@pytest.fixture(scope="module")
def uninterrupted(sheets, tmp_path_factory) -> dict:
    """What the load gives when nothing stops it."""
    data = tmp_path_factory.mktemp("uninterrupted")
    try:
        code, _, err = finish(relgraph("load", sheets, "--no-review", data_dir=data))
        assert code == 0, err
        return counts(data)[0]
    finally:
        finish(relgraph("server", "stop", data_dir=data))


def load_until_writing(sheets: Path, data: Path) -> subprocess.Popen:
    """A load started and seen writing (it records itself as unfinished just before
    its first write)."""
    proc = relgraph("load", sheets, "--no-review", "--batch-size", "100", data_dir=data)
    deadline = time.monotonic() + 300
    while not (data / FILE).exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the load never started writing"
        time.sleep(0.05)
    time.sleep(1.0)     # a few batches in
    return proc


def _server_pid(data: Path) -> int:
    return json.loads((data / "server.json").read_text())["pid"]


@pytest.fixture
def data(tmp_path):
    yield tmp_path / "data"
    finish(relgraph("server", "stop", data_dir=tmp_path / "data"))


@pytest.mark.slow
@pytest.mark.parametrize("how, exit_code", [
    ("SIGINT", 130), ("SIGTERM", 143), ("server killed", 1),
])
def test_an_interrupted_load_says_so_warns_until_rerun_and_converges(
        how, exit_code, sheets, uninterrupted, data):
    proc = load_until_writing(sheets, data)
    if how == "server killed":
        os.kill(_server_pid(data), signal.SIGKILL)
    else:
        proc.send_signal(getattr(signal, how))
    code, out, err = finish(proc)
    assert code == exit_code, (out, err)
    assert f"Error: {MESSAGE}" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 2, err   # + hint
    assert (data / FILE).exists()

    partial, warned = counts(data)                      # every later command warns
    assert "did not finish: the graph may be incomplete; run the same load again" in warned
    assert str(sheets / "twinnings.csv") in warned
    assert partial != uninterrupted                     # it was cut short indeed

    code, _, err = finish(relgraph("load", sheets, "--no-review", data_dir=data))
    assert code == 0, err
    assert not (data / FILE).exists()
    after, warned = counts(data)
    assert after == uninterrupted
    assert "did not finish" not in warned
