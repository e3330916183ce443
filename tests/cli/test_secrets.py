"""No password reaches the screen or a file: not one given in a URI, in NEO4J_PASSWORD
or with --password, nor the embedded server's own; not in errors, not in --debug
tracebacks, not in the server's logs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "Zq8-not-for-your-eyes-31"


def run(*args, env=None, data_dir=None, timeout=300) -> tuple[int, str]:
    """The CLI in a process of its own; returns the exit code and all it printed."""
    full = {**os.environ, **(env or {})}
    for name in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USERNAME"):
        if name not in (env or {}):
            full.pop(name, None)
    if data_dir is not None:
        full["RELGRAPH_HOME"] = str(data_dir)
    proc = subprocess.run([sys.executable, "-m", "relgraph.cli", *map(str, args)],
                          env=full, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout + proc.stderr


BAD_URIS = [
    f"bolt://alice:{SECRET}@127.0.0.1:1",                 # nothing listens
    f"bolt://alice:{SECRET}@127.0.0.1:7687?policy=x",     # the driver rejects a query
    f"neo4j://alice:{SECRET}@[::1",                        # not a URI at all
    f"http://alice:{SECRET}@127.0.0.1:1",                 # not a Bolt scheme
]


@pytest.mark.parametrize("uri", BAD_URIS, ids=["refused", "query", "broken", "scheme"])
@pytest.mark.parametrize("how", ["option", "env"])
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_a_password_in_a_bad_uri_is_never_shown(uri, how, debug, tmp_path):
    args = ["--debug"] * debug + (["--uri", uri] if how == "option" else []) + ["stats"]
    code, output = run(*args, env={"NEO4J_URI": uri} if how == "env" else None,
                       data_dir=tmp_path)
    assert code == 1, output
    assert SECRET not in output
    assert "Error:" in output
    assert ("Traceback" in output) == debug, output       # a traceback only when asked
    if not debug:
        assert len(output.strip().splitlines()) <= 2, output  # error + hint


@pytest.fixture
def uri_with_password(embedded_server):
    server, status = embedded_server
    bare = status.uri.removeprefix("bolt://")
    return f"bolt://root:{server.password()}@{bare}", server.password()


@pytest.mark.parametrize("args, exit_code", [
    (["stats"], 0),
    (["query", "MATCH (n RETURN n"], 1),              # a server error, traced with --debug
    (["query", "RETURN $p AS p", "--param", "p=1"], 0),
], ids=["stats", "syntax-error", "query"])
def test_a_password_that_works_is_never_shown(args, exit_code, uri_with_password,
                                              embedded_store):
    uri, password = uri_with_password
    for env in ({"NEO4J_URI": uri},
                {"NEO4J_URI": uri.replace(f":{password}@", "@"), "NEO4J_PASSWORD": password}):
        for debug in ([], ["--debug"]):
            code, output = run(*debug, "--database", "relgraph", *args, env=env)
            assert password not in output
            assert code == exit_code, output


def test_a_wrong_password_is_never_shown(embedded_server):
    _, status = embedded_server
    for debug in ([], ["--debug"]):
        code, output = run(*debug, "--user", "root", "stats",
                           env={"NEO4J_URI": status.uri, "NEO4J_PASSWORD": SECRET})
        assert code == 1 and "authentication failed" in output, output
        assert SECRET not in output


@pytest.mark.slow
def test_the_embedded_servers_password_is_in_no_output_and_no_log(tmp_path):
    data = tmp_path / "data"
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    (sheets / "sources.csv").write_text("key,title\nown,Our notes\n")
    (sheets / "twinnings.csv").write_text(
        'a,b,since,sources\n"Minsk [city, BY]","Lyon [city, FR]",1980,own\n')
    env = {"RELGRAPH_SERVER_IDLE": "60"}
    outputs = []
    try:
        for args in (["--debug", "load", sheets, "--no-review"],
                     ["--debug", "stats"],
                     ["--debug", "query", "MATCH (n RETURN n"],      # a failure, traced
                     ["--debug", "server", "status"]):
            code, output = run(*args, env=env, data_dir=data)
            outputs.append(output)
        assert "Traceback" in outputs[2]
    finally:
        run("server", "stop", data_dir=data)
    password = (data / "password").read_text().strip()
    assert len(password) >= 24
    for output in outputs:
        assert password not in output
    files = [p for p in data.rglob("*") if p.is_file() and p.name != "password"]
    assert any(p.name == "server.log" for p in files)
    assert any("log" in p.parts for p in files)              # ArcadeDB's own logs
    for path in files:
        assert password.encode() not in Path(path).read_bytes(), path
