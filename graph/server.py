"""The embedded default: an ArcadeDB server with its Bolt plugin, run as a child process.

The ``arcadedb-embedded`` wheel bundles a JRE and the server's jars; relgraph starts
``<pkg>/jre/bin/java -cp '<pkg>/jars/*' com.arcadedb.server.ArcadeDBServer`` on
127.0.0.1 with free ports, a root password generated once per data folder (mode 0600)
and the data folder as the server's root path. No JVM is started in-process.

State kept in the data folder:
    password      the root password (0600)
    server.json   pid, ports, whether ``relgraph server start`` left it running
    server.log    the server's output
    arcadedb/     the server's root path (databases, config, logs)
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from relgraph.graph.errors import ServerError

DATABASE = "relgraph"
USER = "root"
DEFAULT_TIMEOUT = 90.0


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    data_dir: str
    pid: int | None = None
    bolt_port: int | None = None
    http_port: int | None = None
    detached: bool = False

    @property
    def uri(self) -> str | None:
        return f"bolt://127.0.0.1:{self.bolt_port}" if self.running else None

    def as_row(self) -> dict:
        return {"running": self.running, "pid": self.pid, "uri": self.uri,
                "database": DATABASE if self.running else None, "data_dir": self.data_dir,
                "left_running": self.detached}


def default_data_dir() -> Path:
    return Path(os.environ.get("RELGRAPH_HOME") or ".relgraph")


def arcadedb_home() -> Path:
    """The installed arcadedb-embedded package (with ``jre/`` and ``jars/``)."""
    import importlib.util
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise ServerError("the arcadedb-embedded package is not installed",
                          hint="pip install arcadedb-embedded, or give --uri for a Neo4j server")
    home = Path(list(spec.submodule_search_locations)[0])
    if not (home / "jre" / "bin" / "java").exists():
        raise ServerError(f"no bundled Java runtime in arcadedb-embedded ({home.name})")
    return home


class EmbeddedServer:
    """One data folder's ArcadeDB server.

    >>> server = EmbeddedServer(".relgraph")                  # doctest: +SKIP
    >>> with server.running() as status: print(status.uri)     # doctest: +SKIP
    bolt://127.0.0.1:41827
    """

    def __init__(self, data_dir: str | os.PathLike | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()

    # -- files --------------------------------------------------------------------------
    @property
    def state_file(self) -> Path:
        return self.data_dir / "server.json"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "server.log"

    def password(self) -> str:
        """The root password of this data folder, created (mode 0600) on first use."""
        path = self.data_dir / "password"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(24))
        return path.read_text().strip()

    # -- status ---------------------------------------------------------------------------
    def status(self) -> ServerStatus:
        """Whether a server of this data folder runs; a stale state file is removed."""
        state = self._read_state()
        if state and _is_our_java(state.get("pid"), self.data_dir):
            return ServerStatus(True, str(self.data_dir), state["pid"], state["bolt_port"],
                                state.get("http_port"), bool(state.get("detached")))
        if state:
            self.state_file.unlink(missing_ok=True)
        return ServerStatus(False, str(self.data_dir))

    def _read_state(self) -> dict | None:
        try:
            return json.loads(self.state_file.read_text())
        except (FileNotFoundError, ValueError):
            return None

    # -- start/stop -----------------------------------------------------------------------
    def start(self, *, detached: bool = False,
              timeout: float | None = None) -> ServerStatus:
        """Start the server and wait for its Bolt port.

        ``detached`` leaves it running after this process exits (``relgraph server
        start``); otherwise the JVM is tied to this process and dies with it.
        """
        current = self.status()
        if current.running:
            return current
        timeout = timeout or float(os.environ.get("RELGRAPH_SERVER_TIMEOUT", DEFAULT_TIMEOUT))
        home = arcadedb_home()
        root = (self.data_dir / "arcadedb").resolve()
        root.mkdir(parents=True, exist_ok=True)
        self.password()
        bolt_port, http_port = _free_port(), _free_port()
        heap = os.environ.get("RELGRAPH_JAVA_HEAP", "2g")
        cmd = [
            str(home / "jre" / "bin" / "java"), f"-Xmx{heap}",
            "-Dpolyglot.engine.WarnInterpreterOnly=false",
            *os.environ.get("RELGRAPH_JAVA_OPTS", "").split(),
            f"-Drelgraph.data={self.data_dir.resolve()}",
            f"-Darcadedb.server.rootPath={root}",
            f"-Darcadedb.server.databaseDirectory={root / 'databases'}",
            "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "-Darcadedb.bolt.host=127.0.0.1", f"-Darcadedb.bolt.port={bolt_port}",
            "-Darcadedb.server.httpIncomingHost=127.0.0.1",
            f"-Darcadedb.server.httpIncomingPort={http_port}",
            f"-Darcadedb.server.defaultDatabases={DATABASE}[{USER}]",
            "-cp", str(home / "jars" / "*"),
            "com.arcadedb.server.ArcadeDBServer",
        ]
        # The server reads the password from its file, so it never shows in `ps`.
        password_file = (self.data_dir / "password").resolve()
        cmd.insert(1, f"-Darcadedb.server.rootPasswordPath={password_file}")
        log = open(self.log_file, "ab")
        self._log_offset = log.tell()
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                cwd=root, start_new_session=True,
                preexec_fn=None if detached else _die_with_parent)
        finally:
            log.close()
        state = {"pid": proc.pid, "bolt_port": bolt_port, "http_port": http_port,
                 "detached": detached, "started": time.time()}
        try:
            self._wait_for_bolt(proc, bolt_port, timeout)
        except BaseException:
            _terminate(proc.pid, grace=5)
            raise
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state))
        tmp.replace(self.state_file)
        return ServerStatus(True, str(self.data_dir), proc.pid, bolt_port, http_port, detached)

    def _wait_for_bolt(self, proc: subprocess.Popen, port: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ServerError(f"the embedded server exited with code {proc.returncode} "
                                  f"while starting; log: {self.log_file}\n{self.log_tail()}")
            if _port_open(port) and self._database_ready():
                return
            time.sleep(0.1)
        raise ServerError(f"the embedded server did not open its Bolt port within "
                          f"{timeout:.0f} s; log: {self.log_file}\n{self.log_tail()}",
                          hint="set RELGRAPH_SERVER_TIMEOUT for slow machines")

    def _database_ready(self) -> bool:
        # The Bolt port opens before the default database exists; the server says in its
        # log when it is ready. Only this start's part of the log counts.
        try:
            with open(self.log_file, "rb") as f:
                f.seek(getattr(self, "_log_offset", 0))
                text = f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return False
        return "Server started" in text

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, *, timeout: float = 30.0) -> bool:
        """Stop this data folder's server; False when none was running."""
        status = self.status()
        if not status.running:
            return False
        _terminate(status.pid, grace=timeout)
        self.state_file.unlink(missing_ok=True)
        return True

    @contextlib.contextmanager
    def running(self):
        """Use a running server, or start one for the duration of the block.

        A server started here is stopped on the way out, also on errors, Ctrl-C and
        SIGTERM; a lock keeps two commands from starting two servers on one folder.
        """
        current = self.status()
        if current.running:
            yield current
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        lock = open(self.data_dir / "lock", "w")
        try:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ServerError(
                    f"another relgraph command is using the data folder {self.data_dir}",
                    hint="wait for it, or run `relgraph server start` so commands share "
                         "one server") from None
            status = self.start(detached=False)
            previous = _raise_on_sigterm()
            try:
                yield status
            finally:
                signal.signal(signal.SIGTERM, previous)
                self.stop()
        finally:
            lock.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _is_our_java(pid: int | None, data_dir: Path) -> bool:
    """True when ``pid`` is alive and is the server of ``data_dir`` (not a reused pid)."""
    if not pid:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return sys.platform != "linux"
    marker = f"-Drelgraph.data={data_dir.resolve()}".encode()
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()
    return marker in cmdline and stat[0] != "Z"


def _terminate(pid: int, *, grace: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
        return state != "Z"
    except OSError:
        try:
            os.kill(pid, 0)
            return True
        except OSError:
            return False


def _die_with_parent() -> None:
    # Linux: the kernel kills the JVM if relgraph itself is killed (even by SIGKILL),
    # so a command-scoped server can never outlive its command.
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _raise_on_sigterm():
    def handler(signum, frame):
        raise SystemExit(128 + signum)
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:   # not the main thread
        return signal.getsignal(signal.SIGTERM)
