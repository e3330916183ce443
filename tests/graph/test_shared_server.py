"""One server per data folder, shared by concurrent commands: concurrent loads succeed
and equal sequential ones, a command outlives the one that started the server, and no
JVM outlives its idle time, its keeper, or `relgraph server stop`."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from server_processes import jvms_of, wait_until

from relgraph.graph.connection import Settings, open_store
from relgraph.graph.server import EmbeddedServer

CITIES = ["Minsk [city, BY]", "Gomel [city, BY]", "Brest [city, BY]", "Grodno [city, BY]",
          "Vitebsk [city, BY]", "Mogilev [city, BY]", "Moscow [city, RU]", "Kazan [city, RU]",
          "Bryansk [city, RU]", "Smolensk [city, RU]", "Kyiv [city, UA]", "Lviv [city, UA]",
          "Warsaw [city, PL]", "Vilnius [city, LT]", "Riga [city, LV]", "Tashkent [city, UZ]",
          "Almaty [city, KZ]", "Yerevan [city, AM]", "Tbilisi [city, GE]", "Baku [city, AZ]"]


def relgraph(*args, data_dir, idle="0", **kw):
    env = {**os.environ, "RELGRAPH_HOME": str(data_dir), "RELGRAPH_SERVER_IDLE": idle}
    env.pop("NEO4J_URI", None)
    return subprocess.Popen([sys.executable, "-m", "relgraph.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def first_use(data_dir) -> list[str]:
    """A command that may create the folder's database (``stats`` only reads one)."""
    script = Path(data_dir) / "first.cypher"
    script.write_text("RETURN 1;\n")
    return ["query", "--file", str(script)]


def finish(proc, timeout=300):
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def stats(data_dir) -> dict:
    code, out, err = finish(relgraph("stats", "--format", "json", data_dir=data_dir))
    assert code == 0, err
    return {(r["kind"], r["name"]): r["count"] for r in json.loads(out)["rows"]}


def overlapping_sheets(root: Path, n: int = 3) -> list[Path]:
    """``n`` folders of sheets whose twinnings share cities, countries and a source."""
    pairs = list(itertools.combinations(CITIES, 2))
    folders = []
    for i in range(n):
        folder = root / f"sheet{i}"
        folder.mkdir()
        (folder / "sources.csv").write_text(f"key,title\nown{i},Sheet {i}\nshared,Shared\n")
        rows = [f'"{a}","{b}",{1990 + j % 30},own{i}|shared'
                for j, (a, b) in enumerate(pairs) if j % n == i or j % 7 == 0]
        (folder / "twinnings.csv").write_text("a,b,since,sources\n" + "\n".join(rows) + "\n")
        folders.append(folder)
    return folders


@pytest.mark.slow
def test_concurrent_loads_without_a_server_all_succeed_and_equal_sequential(tmp_path):
    sheets = overlapping_sheets(tmp_path)
    together, apart = tmp_path / "together", tmp_path / "apart"
    procs = [relgraph("load", str(s), data_dir=together) for s in sheets]
    results = [finish(p) for p in procs]
    for code, _, err in results:
        assert code == 0, err
    assert wait_until(lambda: jvms_of(together) == [], 30)   # the last one stopped it
    for sheet in sheets:   # one after another, on one server kept between them
        code, _, err = finish(relgraph("load", str(sheet), data_dir=apart, idle="120"))
        assert code == 0, err
    shared = stats(together)
    assert shared[("relationship", "TWINNED_WITH")] > 100 and shared[("node", "Source")] == 5
    assert shared == stats(apart)
    assert finish(relgraph("server", "stop", data_dir=apart))[0] == 0
    assert jvms_of(together) == [] and jvms_of(apart) == []


@pytest.mark.slow
def test_a_command_outlives_the_command_that_started_the_server(tmp_path):
    waiter = textwrap.dedent("""
        import sys
        from relgraph.graph.connection import Settings, open_store
        with open_store(Settings(data_dir=sys.argv[1])) as store:
            print(store.run("RETURN 1 AS x")[0]["x"], flush=True)
            sys.stdin.readline()                      # until told to go on
            print(store.run("RETURN 2 AS x")[0]["x"], flush=True)
    """)
    env = {**os.environ, "RELGRAPH_SERVER_IDLE": "0"}
    first = subprocess.Popen([sys.executable, "-c", waiter, str(tmp_path)], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert first.stdout.readline().strip() == "1"
    second = subprocess.Popen([sys.executable, "-c", waiter, str(tmp_path)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert second.stdout.readline().strip() == "1"
    assert len(jvms_of(tmp_path)) == 1                      # one server, shared
    first.communicate("\n", timeout=60)                     # the starter leaves
    assert first.returncode == 0
    out, _ = second.communicate("\n", timeout=60)          # the other still works
    assert second.returncode == 0 and out.strip() == "2"
    assert wait_until(lambda: jvms_of(tmp_path) == [], 30)


@pytest.mark.slow
def test_an_idle_server_serves_the_next_command_then_stops_after_its_idle_time(tmp_path):
    code, _, err = finish(relgraph(*first_use(tmp_path), data_dir=tmp_path, idle="4"))
    assert code == 0, err
    (pid,) = jvms_of(tmp_path)                              # kept for the next command
    code, _, err = finish(relgraph("stats", data_dir=tmp_path, idle="4"))
    assert code == 0, err
    assert jvms_of(tmp_path) == [pid]                       # which used the same server
    assert wait_until(lambda: jvms_of(tmp_path) == [], 30), "outlived its idle time"
    # The keeper removes its state file just after the JVM has exited.
    assert wait_until(lambda: not (tmp_path / "server.json").exists(), 10)


@pytest.mark.slow
def test_server_stop_stops_an_idle_server_and_its_keeper(tmp_path):
    code, _, err = finish(relgraph(*first_use(tmp_path), data_dir=tmp_path, idle="600"))
    assert code == 0, err
    state = json.loads((tmp_path / "server.json").read_text())
    assert jvms_of(tmp_path) == [state["pid"]]
    code, out, err = finish(relgraph("server", "stop", "--format", "json", data_dir=tmp_path))
    assert code == 0, err and json.loads(out)["rows"][0]["stopped"] is True
    assert jvms_of(tmp_path) == []
    assert wait_until(lambda: not Path(f"/proc/{state['keeper']}").exists()
                      or "Z" in Path(f"/proc/{state['keeper']}/stat").read_text().split()[2], 10)


@pytest.mark.slow
def test_server_start_keeps_it_past_the_idle_time_until_server_stop(tmp_path):
    code, _, err = finish(relgraph("server", "start", data_dir=tmp_path, idle="0"))
    assert code == 0, err
    code, _, err = finish(relgraph("stats", data_dir=tmp_path, idle="0"))
    assert code == 0, err
    time.sleep(2)
    assert len(jvms_of(tmp_path)) == 1                      # left running on purpose
    code, _, err = finish(relgraph("server", "stop", data_dir=tmp_path))
    assert code == 0, err
    assert jvms_of(tmp_path) == []


@pytest.mark.slow
def test_the_jvm_dies_with_its_keeper(tmp_path, monkeypatch):
    monkeypatch.setenv("RELGRAPH_SERVER_IDLE", "600")
    with open_store(Settings(data_dir=tmp_path)):
        pass
    state = json.loads((tmp_path / "server.json").read_text())
    os.kill(state["keeper"], signal.SIGKILL)
    assert wait_until(lambda: jvms_of(tmp_path) == [], 30), "the JVM outlived its keeper"
    assert not EmbeddedServer(tmp_path).status().running
    assert not (tmp_path / "server.json").exists()          # stale state cleaned


@pytest.mark.slow
def test_a_server_whose_data_folder_is_removed_stops(tmp_path, monkeypatch):
    monkeypatch.setenv("RELGRAPH_SERVER_IDLE", "600")
    data = tmp_path / "data"
    with open_store(Settings(data_dir=data)):
        pass
    (data / "server.json").unlink()                          # as `rm -rf` would
    assert wait_until(lambda: jvms_of(data) == [], 30)


def test_a_bad_idle_time_is_a_clear_error(tmp_path):
    code, _, err = finish(relgraph(*first_use(tmp_path), data_dir=tmp_path, idle="soon"))
    assert code == 1 and "RELGRAPH_SERVER_IDLE" in err and "Traceback" not in err
    assert jvms_of(tmp_path) == []


@pytest.mark.slow
def test_a_server_marked_stopping_is_not_joined_but_replaced(tmp_path):
    # The keeper decides to stop an idle server under the folder's lock; a command that
    # takes the lock just after must not join the server that is going away.
    code, _, err = finish(relgraph(*first_use(tmp_path), data_dir=tmp_path, idle="600"))
    assert code == 0, err
    (old_jvm,) = jvms_of(tmp_path)
    server = EmbeddedServer(tmp_path)
    keeper = json.loads((tmp_path / "server.json").read_text())["keeper"]
    assert not server._retire_if_unused(keeper + 1)          # not that folder's keeper
    assert server.status().running
    assert server._retire_if_unused(keeper)
    assert json.loads((tmp_path / "server.json").read_text())["state"] == "stopping"
    assert not server.status().running
    code, _, err = finish(relgraph("stats", data_dir=tmp_path, idle="0"))
    assert code == 0, err
    assert old_jvm not in jvms_of(tmp_path)
    assert wait_until(lambda: jvms_of(tmp_path) == [], 30)


@pytest.mark.slow
def test_a_server_in_use_is_not_retired(tmp_path):
    with open_store(Settings(data_dir=tmp_path)):
        keeper = json.loads((tmp_path / "server.json").read_text())["keeper"]
        server = EmbeddedServer(tmp_path)
        assert not server._retire_if_unused(keeper)
        assert server.status().running
