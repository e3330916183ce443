"""The embedded server's life cycle: start, reuse, stop, stale state, no orphan JVMs,
and recovery from a crash in the middle of a large upsert."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading

import pytest
from server_processes import jvms_of, wait_until

from relgraph.graph.connection import Settings, connect, open_store
from relgraph.graph.errors import ConnectionFailed, RelgraphWarning, ServerError
from relgraph.graph.records import Node, Relationship
from relgraph.graph.server import DATABASE, USER, EmbeddedServer


def relgraph(*args, data_dir, **kw):
    env = {**os.environ, "RELGRAPH_HOME": str(data_dir)}
    env.pop("NEO4J_URI", None)
    return subprocess.Popen([sys.executable, "-m", "relgraph.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_password_is_private_and_stable(tmp_path):
    server = EmbeddedServer(tmp_path)
    first = server.password()
    assert server.password() == first and len(first) >= 24
    assert (tmp_path / "password").stat().st_mode & 0o777 == 0o600


def test_start_reuse_stop(tmp_path):
    server = EmbeddedServer(tmp_path)
    status = server.start(detached=True)
    try:
        assert status.running and server.status().pid == status.pid
        assert server.start().pid == status.pid          # a second start reuses it
        with server.running() as again:                  # and so does a command
            assert again.pid == status.pid
        store = connect(status.uri, USER, server.password(), DATABASE)
        assert store.run("RETURN 1 AS x") == [{"x": 1}]
        store.driver.close()
        log = (tmp_path / "server.log").read_text()
        assert server.password() not in log
    finally:
        assert server.stop()
    assert not server.status().running
    assert jvms_of(tmp_path) == []
    assert not server.stop()


def test_command_scoped_server_stops_afterwards(tmp_path):
    with open_store(Settings(data_dir=tmp_path)) as store:
        assert store.run("RETURN 2 AS x") == [{"x": 2}]
        assert len(jvms_of(tmp_path)) == 1
    assert jvms_of(tmp_path) == []
    assert not (tmp_path / "server.json").exists()


def test_command_scoped_server_stops_on_error(tmp_path):
    with pytest.raises(RuntimeError):
        with open_store(Settings(data_dir=tmp_path)):
            raise RuntimeError("boom")
    assert jvms_of(tmp_path) == []


def test_wrong_password_is_a_clean_error_without_the_password(tmp_path):
    server = EmbeddedServer(tmp_path)
    status = server.start(detached=True)
    try:
        with pytest.raises(ConnectionFailed) as err:
            connect(status.uri, USER, "not-the-password-123", DATABASE)
        assert "not-the-password-123" not in str(err.value)
    finally:
        server.stop()


@pytest.mark.parametrize("state", [
    {"pid": 2 ** 22 - 7, "bolt_port": 1, "http_port": 2},       # no such process
    {"pid": os.getpid(), "bolt_port": 1, "http_port": 2},       # alive, but not a server
    "not json",
])
def test_stale_state_file_is_detected_and_cleaned(tmp_path, state):
    (tmp_path / "server.json").write_text(state if isinstance(state, str) else json.dumps(state))
    if isinstance(state, str):
        # a file relgraph did not write is named in a warning before it goes
        with pytest.warns(RelgraphWarning, match="not a server state relgraph wrote"):
            status = EmbeddedServer(tmp_path).status()
    else:
        status = EmbeddedServer(tmp_path).status()
    assert not status.running
    assert not (tmp_path / "server.json").exists()


def test_startup_failure_names_the_log_and_its_last_lines(tmp_path, monkeypatch):
    monkeypatch.setenv("RELGRAPH_JAVA_HEAP", "lots")   # the JVM refuses this heap size
    with pytest.raises(ServerError) as err:
        EmbeddedServer(tmp_path).start(timeout=30)
    message = str(err.value)
    assert str(tmp_path / "server.log") in message
    assert "heap" in message.lower()
    assert jvms_of(tmp_path) == []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_no_jvm_outlives_an_interrupted_command(tmp_path, sig):
    script = tmp_path / "first.cypher"     # may create the database; stats only reads
    script.write_text("RETURN 1;\n")
    proc = relgraph("query", "--file", str(script), data_dir=tmp_path)
    assert wait_until(lambda: len(jvms_of(tmp_path)) == 1, 30)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert wait_until(lambda: jvms_of(tmp_path) == [], 30), "a JVM outlived its command"


def test_cli_start_stop_leaves_no_jvm(tmp_path):
    start = relgraph("server", "start", data_dir=tmp_path)
    out, err = start.communicate(timeout=120)
    assert start.returncode == 0, err
    assert len(jvms_of(tmp_path)) == 1          # left running on purpose
    stats = relgraph("stats", "--format", "json", data_dir=tmp_path)
    out, err = stats.communicate(timeout=120)
    assert stats.returncode == 0, err and json.loads(out)["rows"]
    stop = relgraph("server", "stop", data_dir=tmp_path)
    stop.communicate(timeout=120)
    assert stop.returncode == 0
    assert jvms_of(tmp_path) == []


def _big_load(n_nodes=30_000, n_rels=20_000):
    nodes = [Node("City", f"city:xx:c{i}", {"name": f"City {i}", "country": "BY"})
             for i in range(n_nodes)]
    rels = [Relationship("TWINNED_WITH", f"city:xx:c{i}", f"city:xx:c{(i * 7 + 1) % n_nodes}",
                         {"since": str(1950 + i % 70)}) for i in range(n_rels)]
    return nodes, rels


@pytest.mark.slow
def test_sigkill_during_upsert_then_rerun_converges(tmp_path):
    server = EmbeddedServer(tmp_path)
    nodes, rels = _big_load()
    rels = list({r.id: r for r in rels}.values())
    batch = 5000
    status = server.start(detached=True)
    written = []
    try:
        store = connect(status.uri, USER, server.password(), DATABASE)
        store.ensure_schema()
        killed = threading.Event()

        def progress(n):
            written.append(n)
            if sum(written) >= 2 * batch and not killed.is_set():
                killed.set()
                os.kill(status.pid, signal.SIGKILL)

        with pytest.raises(ConnectionFailed):
            store.upsert(nodes, rels, batch_size=batch, progress=progress)
        store.driver.close()
        assert wait_until(lambda: not server.status().running, 30)

        status = server.start(detached=True)
        store = connect(status.uri, USER, server.password(), DATABASE)
        after_crash = store.stats()["labels"]["City"]
        assert after_crash % batch == 0 and after_crash >= 2 * batch  # whole batches only
        report = store.upsert(nodes, rels, batch_size=batch)
        stats = store.stats()
        assert stats["labels"]["City"] == len(nodes)
        assert stats["relationships"]["TWINNED_WITH"] == len(rels)
        assert report.nodes["City"]["created"] == len(nodes) - after_crash
        assert report.nodes["City"]["unchanged"] == after_crash
        store.driver.close()
    finally:
        server.stop()


@pytest.mark.parametrize("n", [2, 5])
def test_free_ports_are_distinct_and_free(n):
    # The server takes one port for Bolt and one for HTTP: the same port twice made it
    # fail to start.
    import socket

    from relgraph.graph.server import free_ports

    for _ in range(50):
        ports = free_ports(n)
        assert len(set(ports)) == n
    for port in ports:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", port))


@pytest.fixture
def taken_port():
    """A port some other program listens on."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


def _server_with_http_taken(tmp_path, monkeypatch, taken, times):
    """A server of ``tmp_path`` whose first ``times`` port picks give it ``taken`` for
    HTTP, and the list of its picks."""
    from relgraph.graph import server as module

    real, calls = module.free_ports, []

    def pick(n):
        calls.append(n)
        return [real(1)[0], taken] if len(calls) <= times else real(n)
    monkeypatch.setattr(module, "free_ports", pick)
    server = EmbeddedServer(tmp_path)
    server.password()
    return server, calls


def test_a_port_taken_before_the_server_binds_it_is_tried_again(tmp_path, monkeypatch,
                                                                 taken_port):
    # Ports are free when picked, but another program may bind one first: ArcadeDB's
    # main thread then dies while the JVM lives on, and the start used to wait for the
    # whole timeout and fail.
    server, calls = _server_with_http_taken(tmp_path, monkeypatch, taken_port, 1)
    proc, info = server._start_jvm(60, keeper=os.getpid())
    try:
        assert len(calls) == 2
        assert info["http_port"] != taken_port
        assert "attempt 2" in server.log_file.read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_server_that_cannot_bind_fails_at_once_naming_the_port(tmp_path, monkeypatch,
                                                                 taken_port):
    import time

    from relgraph.graph.server import PORT_ATTEMPTS

    server, calls = _server_with_http_taken(tmp_path, monkeypatch, taken_port, 99)
    began = time.monotonic()
    with pytest.raises(ServerError) as err:
        server._start_jvm(120, keeper=os.getpid())
    assert time.monotonic() - began < 100, "waited for the timeout"
    assert len(calls) == PORT_ATTEMPTS
    assert str(taken_port) in str(err.value)
    assert err.value.hint and "ports" in err.value.hint
    assert jvms_of(tmp_path) == []
