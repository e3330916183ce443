"""The embedded server's data folder: private to its owner, its password file never
replaced behind the user's back, its state file never trusted blindly, and the server
without its web console unless asked."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from relgraph.graph.private_folder import ensure_private
from relgraph.graph.server import EmbeddedServer


def relgraph(*args, data_dir, env=None, timeout=300):
    """Run the CLI on ``data_dir`` with a permissive umask (022), as a user's shell
    would have: what is private is so because relgraph made it so."""
    full_env = {**os.environ, "RELGRAPH_HOME": str(data_dir), **(env or {})}
    full_env.pop("NEO4J_URI", None)
    proc = subprocess.run([sys.executable, "-m", "relgraph.cli", *map(str, args)],
                          env=full_env, capture_output=True, text=True, timeout=timeout,
                          umask=0o022)
    return proc.returncode, proc.stdout, proc.stderr


def modes(folder: Path) -> dict[str, int]:
    """``{relative path: permission bits}`` of everything under ``folder``."""
    out = {".": stat.S_IMODE(folder.stat().st_mode)}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            if not path.is_symlink():
                out[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return out


def exposed(folder: Path) -> dict[str, str]:
    return {p: oct(m) for p, m in modes(folder).items()
            if m & 0o077 or (Path(folder, p).is_dir() and m != 0o700)
            or (Path(folder, p).is_file() and m != 0o600)}


def small_sheet(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.csv").write_text("key,title\nown,Our notes\n")
    (folder / "twinnings.csv").write_text(
        'a,b,since,sources\n"Minsk [city, BY]","Lyon [city, FR]",1980,own\n'
        '"Gomel [city, BY]","Aachen [city, DE]",1997,own\n')
    return folder


def counts(data_dir: Path) -> dict:
    code, out, err = relgraph("stats", "--format", "json", data_dir=data_dir)
    assert code == 0, err
    return {(r["kind"], r["name"]): r["count"] for r in json.loads(out)["rows"]}


# -- private ---------------------------------------------------------------------------
def test_a_new_folder_is_created_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        ensure_private(tmp_path / "a" / "data")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a" / "data").stat().st_mode) == 0o700


@pytest.mark.slow
def test_everything_a_load_leaves_in_the_data_folder_is_private(tmp_path):
    data = tmp_path / "data"
    code, _, err = relgraph("load", small_sheet(tmp_path / "sheets"), "--no-review",
                            data_dir=data)
    assert code == 0, err
    found = modes(data)
    # The database, the logs (the server's and relgraph's), the state and the password.
    for name in ("password", "server.log", "lock", "users", "arcadedb/databases/relgraph",
                 "arcadedb/config/server-users.jsonl"):
        assert name in found, sorted(found)
    assert any(p.startswith("arcadedb/databases/relgraph/") for p in found)
    assert exposed(data) == {}
    assert "warning" not in err


@pytest.mark.slow
def test_a_folder_readable_by_others_is_repaired_with_a_warning(tmp_path):
    data = tmp_path / "data"
    code, _, err = relgraph("load", small_sheet(tmp_path / "sheets"), "--no-review",
                            data_dir=data)
    assert code == 0, err
    before = counts(data)
    for path in [data, *data.rglob("*")]:     # as an older relgraph, or a chmod -R, left it
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert exposed(data)
    code, out, err = relgraph("stats", "--format", "json", data_dir=data)
    assert code == 0, err
    warning = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1, err
    assert f"{data} was readable by other users" in warning[0]
    assert "password file was readable too" in warning[0]          # not used silently
    assert "reset-password" in warning[0]
    assert exposed(data) == {}
    assert {(r["kind"], r["name"]): r["count"] for r in json.loads(out)["rows"]} == before
    code, _, err = relgraph("stats", data_dir=data)                  # said once, not always
    assert code == 0 and "warning" not in err, err


def test_a_password_file_readable_by_others_is_not_used_silently(tmp_path):
    server = EmbeddedServer(tmp_path)
    server.password()
    server.password_file.chmod(0o644)
    with pytest.warns(Warning, match="password file was readable too"):
        server.status()   # any use of the folder
        server.stop()
    assert stat.S_IMODE(server.password_file.stat().st_mode) == 0o600


# -- the password file -----------------------------------------------------------------
@pytest.mark.slow
def test_a_lost_or_changed_password_file_is_a_clear_error_and_reset_recovers(tmp_path):
    data = tmp_path / "data"
    code, _, err = relgraph("load", small_sheet(tmp_path / "sheets"), "--no-review",
                            data_dir=data)
    assert code == 0, err
    before = counts(data)
    password = data / "password"
    original = password.read_text()

    password.unlink()                                   # lost
    code, out, err = relgraph("stats", data_dir=data)
    assert code == 1, (out, err)
    assert f"Error: the password file {password} is missing" in err
    assert "reset-password" in err and "NEO4J_" not in err and "Traceback" not in err
    assert not password.exists()                        # no new password made up

    password.write_text("a-password-someone-typed-in")  # changed
    password.chmod(0o600)
    code, out, err = relgraph("stats", data_dir=data)
    assert code == 1, (out, err)
    assert f"refused the password in {password}" in err
    assert "reset-password" in err and "NEO4J_" not in err and "Traceback" not in err

    code, out, err = relgraph("server", "reset-password", data_dir=data)
    assert code == 0, err
    assert password.read_text() != original and stat.S_IMODE(password.stat().st_mode) == 0o600
    assert counts(data) == before                       # the data stays


# -- server.json -----------------------------------------------------------------------
@pytest.mark.parametrize("content", [
    "[1, 2, 3]",
    "\x00\xff garbage \x01",
    '{"pid": "1234", "keeper": 1, "bolt_port": 7687, "state": "ready"}',
    '{"pid": 12.5, "bolt_port": 7687}',
    '{"pid": -1, "bolt_port": 7687}',
    '{"keeper": [1], "pid": 2}',
    '{"pid": 2, "bolt_port": "x"}',
    '"just a string"',
], ids=["list", "garbage", "pid-text", "pid-float", "pid-negative", "keeper-list",
        "port-text", "string"])
def test_a_server_json_relgraph_did_not_write_is_ignored_with_a_warning(tmp_path, content):
    (tmp_path / "server.json").write_text(content)
    code, out, err = relgraph("server", "status", "--format", "json", data_dir=tmp_path)
    assert code == 0, err
    assert "Traceback" not in err
    assert f"warning: {tmp_path / 'server.json'} is not a server state relgraph wrote" in err
    assert json.loads(out)["rows"][0]["running"] is False
    assert not (tmp_path / "server.json").exists()
    code, _, err = relgraph("server", "stop", data_dir=tmp_path)
    assert code == 0 and "Traceback" not in err, err


def test_pids_in_server_json_that_are_not_ours_are_never_signalled(tmp_path):
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        (tmp_path / "server.json").write_text(json.dumps(
            {"keeper": bystander.pid, "pid": bystander.pid, "bolt_port": 1, "http_port": 2,
             "state": "ready", "idle": 0}))
        code, out, err = relgraph("server", "status", "--format", "json", data_dir=tmp_path)
        assert code == 0, err
        assert json.loads(out)["rows"][0]["running"] is False
        (tmp_path / "server.json").write_text(json.dumps(
            {"keeper": bystander.pid, "pid": bystander.pid, "bolt_port": 1, "state": "ready"}))
        code, out, err = relgraph("server", "stop", "--format", "json", data_dir=tmp_path)
        assert code == 0, err
        assert json.loads(out)["rows"][0]["stopped"] is False
        assert bystander.poll() is None            # still running: not ours to stop
    finally:
        bystander.kill()
        bystander.wait()


# -- the web console ---------------------------------------------------------------------
def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.mark.slow
def test_the_server_runs_without_its_web_console_unless_asked(tmp_path, monkeypatch):
    for asked, data in ((False, tmp_path / "plain"), (True, tmp_path / "console")):
        monkeypatch.setenv("RELGRAPH_HTTP_CONSOLE", "1" if asked else "")
        server = EmbeddedServer(data)
        status = server.start(detached=True)
        try:
            log = server.log_file.read_text()
            console = _get(f"http://127.0.0.1:{status.http_port}/")
            # The HTTP API that stays (ArcadeDB cannot run without it) wants the password.
            api = _get(f"http://127.0.0.1:{status.http_port}/api/v1/server")
        finally:
            server.stop()
        assert api == 401
        if asked:
            assert console == 200 and "in development mode" in log
        else:
            assert console == 404 and "in production mode" in log
