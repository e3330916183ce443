"""The embedded default: an ArcadeDB server with its Bolt plugin, run as a child process
and shared by every relgraph command on the same data folder.

The ``arcadedb-embedded`` wheel bundles a JRE and the server's jars; relgraph starts
``<pkg>/jre/bin/java -cp '<pkg>/jars/*' com.arcadedb.server.ArcadeDBServer`` on
127.0.0.1 with free ports, a root password generated once per data folder (mode 0600)
and the data folder as the server's root path. No JVM is started in-process.

One server per data folder, shared:

- A command that needs the server takes a *lease*: a shared ``flock`` on ``users``,
  held for as long as it uses the server. The kernel drops the lock when the process
  ends, however it ends (even SIGKILL), so the leases are an exact count of live users.
- The first command starts a *keeper* (``python -m relgraph.graph.keeper``), a small
  process in its own session that starts the JVM as its child (the JVM dies with it, via
  ``PR_SET_PDEATHSIG``) and stops it once no lease has been held for the idle time
  (``RELGRAPH_SERVER_IDLE`` seconds, default 300; 0 stops it as soon as the last user
  leaves, and then the last user stops it itself before it exits).
- Starting, taking and returning leases, and stopping happen under an exclusive
  ``flock`` on ``lock``, so two commands never start two servers and a server is never
  stopped while a command is taking a lease on it.
- ``relgraph server start`` marks the server *detached*: kept until ``relgraph server
  stop``, which always stops it (and its keeper), leases or not.

State kept in the data folder:
    password      the root password (0600)
    server.json   keeper and JVM pids, ports, idle time, whether it is detached
    server.log    the server's output (and the keeper's notes, prefixed ``relgraph:``)
    lock, users   the files the locks above are taken on
    arcadedb/     the server's root path (databases, config, logs)
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from relgraph.graph.errors import RelgraphWarning, ServerError
from relgraph.graph.private_folder import FILE_MODE, UMASK, ensure_private

DATABASE = "relgraph"
USER = "root"
DEFAULT_TIMEOUT = 90.0
DEFAULT_IDLE = 300.0
# How often the keeper looks for leases; also the longest a server outlives its idle time.
KEEPER_POLL = 0.25


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    data_dir: str
    pid: int | None = None
    bolt_port: int | None = None
    http_port: int | None = None
    detached: bool = False
    idle: float | None = None
    heap: str | None = None

    @property
    def uri(self) -> str | None:
        return f"bolt://127.0.0.1:{self.bolt_port}" if self.running else None

    def as_row(self) -> dict:
        return {"running": self.running, "pid": self.pid, "uri": self.uri,
                "database": DATABASE if self.running else None, "data_dir": self.data_dir,
                "left_running": self.detached,
                "idle_stop_s": None if self.detached or not self.running else self.idle,
                "heap": self.heap}


def default_data_dir() -> Path:
    return Path(os.environ.get("RELGRAPH_HOME") or ".relgraph")


def idle_seconds() -> float:
    """``RELGRAPH_SERVER_IDLE``: how long a server no command uses stays up (seconds)."""
    raw = os.environ.get("RELGRAPH_SERVER_IDLE", "").strip()
    if not raw:
        return DEFAULT_IDLE
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise ServerError(f"RELGRAPH_SERVER_IDLE must be a number of seconds >= 0, got {raw!r}")
    return value


def memory_bytes() -> int:
    """The memory this machine (or its cgroup, when that is smaller) gives us."""
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    for limit_file in ("/sys/fs/cgroup/memory.max",
                       "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(limit_file).read_text().strip()
        except OSError:
            continue
        if text.isdigit():
            total = min(total, int(text))
    return total


def default_heap(memory: int | None = None) -> str:
    """The JVM heap for a machine: a quarter of its memory, at least 1 GiB, at most 8 GiB.

    A quarter leaves the rest to relgraph, the page cache and the user's other work;
    1 GiB is what a small load needs, and beyond 8 GiB a graph of this project's scale
    gains nothing.

    >>> default_heap(24 * 2**30), default_heap(2 * 2**30), default_heap(256 * 2**30)
    ('6144m', '1024m', '8192m')
    """
    memory = memory_bytes() if memory is None else memory
    mib = memory // 4 // 2**20
    return f"{max(1024, min(8192, mib))}m"


def java_heap() -> str:
    """``RELGRAPH_JAVA_HEAP`` (e.g. ``4g``), else :func:`default_heap`. A ``-Xmx`` in
    ``RELGRAPH_JAVA_OPTS`` overrides both (it comes later on the JVM's command line)."""
    return os.environ.get("RELGRAPH_JAVA_HEAP") or default_heap()


def http_console() -> bool:
    """``RELGRAPH_HTTP_CONSOLE=1``: serve ArcadeDB's web console (Studio) on the
    server's HTTP port (``relgraph server status`` shows it); off by default."""
    return os.environ.get("RELGRAPH_HTTP_CONSOLE", "").strip().lower() in {"1", "true", "yes"}


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
    """One data folder's ArcadeDB server, shared by every command that uses the folder.

    >>> server = EmbeddedServer(".relgraph")                  # doctest: +SKIP
    >>> with server.running() as status: print(status.uri)     # doctest: +SKIP
    bolt://127.0.0.1:41827
    """

    def __init__(self, data_dir: str | os.PathLike | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self._leases: list[int] = []

    # -- files --------------------------------------------------------------------------
    @property
    def state_file(self) -> Path:
        return self.data_dir / "server.json"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "server.log"

    @property
    def password_file(self) -> Path:
        return self.data_dir / "password"

    @property
    def users_file(self) -> Path:
        """Where the server keeps the root user it created with the password file."""
        return self.data_dir / "arcadedb" / "config" / "server-users.jsonl"

    def password(self) -> str:
        """The root password of this data folder, created (mode 0600) on first use.

        A database that exists already was created with the password in the file; a new
        password would be refused by it, so a missing file is an error, not a reason to
        make one (see :meth:`reset_password`)."""
        path = self.password_file
        if not path.exists():
            if self.users_file.exists():
                raise ServerError(
                    f"the password file {path} is missing, but the database in "
                    f"{self.data_dir} was created with it; a new password would not open it",
                    hint=f"restore {path} from a backup, or run `relgraph server "
                         "reset-password` to give the database a new one (the data stays)")
            ensure_private(self.data_dir)
            with contextlib.suppress(FileExistsError):
                self._write_password(os.O_EXCL)
        try:
            return path.read_text().strip()
        except (OSError, UnicodeDecodeError) as e:
            raise ServerError(f"cannot read the password file {path}: {e}",
                              hint="`relgraph server reset-password` writes a new one") \
                from None

    def _write_password(self, flags: int = os.O_TRUNC) -> None:
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | flags, FILE_MODE)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24))

    def reset_password(self) -> None:
        """Give this folder's database a new root password; the data stays.

        The server is stopped first, and only when no command uses it. It reads its
        root user from the users file and creates that user from the password file only
        when the users file is missing, so both are replaced."""
        if not self.data_dir.is_dir():
            raise ServerError(f"there is no data folder {self.data_dir}")
        ensure_private(self.data_dir)
        with self._mutex():
            if self.in_use():
                raise ServerError(f"commands are using the server of {self.data_dir}",
                                  hint="run it again when they have finished")
            self._stop_locked(timeout=30.0)
            self.password_file.unlink(missing_ok=True)
            self.users_file.unlink(missing_ok=True)
            self._write_password(os.O_EXCL)

    def _read_state(self) -> dict | None:
        """The state the keeper wrote, or None. Anything else found in its place (a
        list, garbage, a pid that is not a number) is removed with a warning: it
        cannot describe a server relgraph started, and its pids must never be
        signalled."""
        try:
            text = self.state_file.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as e:
            problem = e.strerror or str(e)
        else:
            try:
                state = json.loads(text)
            except ValueError:
                problem = "not JSON"
            else:
                problem = _state_problem(state)
                if problem is None:
                    return state
        warnings.warn(f"{self.state_file} is not a server state relgraph wrote ({problem}): "
                      "ignored and removed", RelgraphWarning, stacklevel=3)
        with contextlib.suppress(OSError):
            self.state_file.unlink()
        return None

    def _write_state(self, state: dict) -> None:
        tmp = self.state_file.with_name(f"server.json.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w") as f:
            f.write(json.dumps(state))
        tmp.replace(self.state_file)

    def _open_log(self):
        fd = os.open(self.log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        return os.fdopen(fd, "ab")

    # -- status ---------------------------------------------------------------------------
    def status(self) -> ServerStatus:
        """Whether a server of this data folder runs; a stale state file is removed."""
        state = self._read_state()
        if state and state.get("state", "ready") == "ready" \
                and _is_our_java(state.get("pid"), self.data_dir):
            return ServerStatus(True, str(self.data_dir), state["pid"], state["bolt_port"],
                                state.get("http_port"), bool(state.get("detached")),
                                state.get("idle"), state.get("heap"))
        if state and not _alive(state.get("keeper")) \
                and not _is_our_java(state.get("pid"), self.data_dir):
            self.state_file.unlink(missing_ok=True)
        return ServerStatus(False, str(self.data_dir))

    # -- leases -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _mutex(self, timeout: float | None = None):
        """The folder's exclusive lock, under which servers start and stop and leases
        are taken and returned."""
        ensure_private(self.data_dir)
        fd = os.open(self.data_dir / "lock", os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            deadline = time.monotonic() + (timeout or _start_timeout() + 60)
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise ServerError(
                            f"another relgraph process holds the lock of {self.data_dir} "
                            "for too long", hint="see `relgraph server status`") from None
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)

    def _take_lease(self) -> int:
        fd = os.open(self.data_dir / "users", os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_SH)
        return fd

    def in_use(self) -> bool:
        """Whether any process (this one included) holds a lease on the server."""
        try:
            fd = os.open(self.data_dir / "users", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return False
        except BlockingIOError:
            return True
        finally:
            os.close(fd)

    def _acquire(self, *, detached: bool, timeout: float | None) -> tuple[ServerStatus, int | None]:
        """Start the server or join the running one; with a lease unless ``detached``."""
        with self._mutex():
            lease = None if detached else self._take_lease()
            try:
                status = self.status()
                if not status.running:
                    status = self._launch(detached=detached, timeout=timeout)
                else:
                    state = self._read_state() or {}
                    wanted = {"idle": idle_seconds(),
                              "detached": bool(state.get("detached")) or detached}
                    if any(state.get(k) != v for k, v in wanted.items()):
                        self._write_state({**state, **wanted})
                    status = self.status()
            except BaseException:
                if lease is not None:
                    os.close(lease)
                raise
        return status, lease

    def _retire_if_unused(self, keeper: int) -> bool:
        """For the keeper ``keeper``: whether nothing uses the server (nor keeps it
        detached), and if so mark it as stopping, under the folder's lock. A command that
        takes the lock next then waits for this keeper to finish and starts a new
        server, instead of joining one that is about to go."""
        with self._mutex():
            state = self._read_state() or {}
            if state.get("keeper") != keeper or state.get("detached") or self.in_use():
                return False
            self._write_state({**state, "state": "stopping"})
            self.note(f"unused for {state.get('idle', DEFAULT_IDLE):g} s: stopping")
            return True

    def _release(self, lease: int) -> None:
        """Return a lease; the last user stops the server when the idle time is 0."""
        with self._mutex():
            os.close(lease)
            state = self._read_state() or {}
            if (not state.get("detached") and state.get("idle", DEFAULT_IDLE) == 0
                    and not self.in_use()):
                self._stop_locked(timeout=30.0)

    # -- start/stop -----------------------------------------------------------------------
    def start(self, *, detached: bool = False,
              timeout: float | None = None) -> ServerStatus:
        """Start the server, or join the running one, and wait for its Bolt port.

        ``detached`` keeps it running until :meth:`stop` (``relgraph server start``);
        otherwise this object holds a lease until :meth:`stop` or the end of this
        process, and the server stops once it has been unused for the idle time.
        """
        status, lease = self._acquire(detached=detached, timeout=timeout)
        if lease is not None:
            self._leases.append(lease)
        return status

    def _launch(self, *, detached: bool, timeout: float | None) -> ServerStatus:
        """Start a keeper (and through it the JVM); the caller holds the mutex."""
        # A keeper still starting was left by a command killed while it waited for it;
        # whoever holds the mutex decides, so that one goes.
        old = (self._read_state() or {}).get("keeper")
        if _is_keeper(old, self.data_dir):
            _terminate(old, grace=30)
        self.state_file.unlink(missing_ok=True)
        self.password()
        timeout = timeout or _start_timeout()
        log = self._open_log()
        try:
            keeper = subprocess.Popen(
                # -P: the current folder is not put on sys.path, so a command run from
                # the repository's folder (an installed, not editable, relgraph) finds
                # the installed package, not the relgraph/ folder of the checkout.
                [sys.executable, "-P", "-m", "relgraph.graph.keeper",
                 str(self.data_dir.resolve()),
                 "--idle", repr(idle_seconds()), "--timeout", repr(timeout),
                 *(["--detached"] if detached else [])],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                start_new_session=True, umask=UMASK)
        finally:
            log.close()
        try:
            deadline = time.monotonic() + timeout + 30
            while True:
                state = self._read_state() or {}
                if state.get("keeper") == keeper.pid and state.get("state") == "ready":
                    return self.status()
                if state.get("keeper") == keeper.pid and state.get("state") == "failed":
                    keeper.wait(timeout=30)
                    self.state_file.unlink(missing_ok=True)
                    raise ServerError(state.get("error", "the embedded server failed"),
                                      hint=state.get("hint"))
                if keeper.poll() is not None:
                    raise ServerError(f"the server's keeper exited with code "
                                      f"{keeper.returncode} while starting; log: "
                                      f"{self.log_file}\n{self.log_tail()}")
                if time.monotonic() > deadline:
                    raise ServerError(f"the embedded server did not start within "
                                      f"{timeout:.0f} s; log: {self.log_file}\n"
                                      f"{self.log_tail()}",
                                      hint="set RELGRAPH_SERVER_TIMEOUT for slow machines")
                time.sleep(0.05)
        except BaseException:
            if keeper.poll() is None:
                _terminate(keeper.pid, grace=30)
            self.state_file.unlink(missing_ok=True)
            raise

    def stop(self, *, timeout: float = 30.0) -> bool:
        """Stop this data folder's server (whoever uses it); False when none was running."""
        while self._leases:
            os.close(self._leases.pop())
        with self._mutex():
            return self._stop_locked(timeout=timeout)

    def _stop_locked(self, *, timeout: float) -> bool:
        state = self._read_state()
        if not state:
            return False
        keeper, jvm = state.get("keeper"), state.get("pid")
        ran = _is_our_java(jvm, self.data_dir)
        if _alive(keeper) and _is_keeper(keeper, self.data_dir):
            ran = True
            _terminate(keeper, grace=timeout + 5)   # it stops the JVM, then exits
        if _is_our_java(jvm, self.data_dir):
            _terminate(jvm, grace=timeout)
        self.state_file.unlink(missing_ok=True)
        return ran

    @contextlib.contextmanager
    def running(self):
        """Use this folder's server for the duration of the block, starting it if needed.

        The lease is returned on the way out, also on errors, Ctrl-C and SIGTERM; the
        server stays up for other commands, or for the idle time.
        """
        status, lease = self._acquire(detached=False, timeout=None)
        previous = _raise_on_sigterm()
        try:
            yield status
        finally:
            _restore_sigterm(previous)
            self._release(lease)

    # -- the JVM (run by the keeper) ----------------------------------------------------------
    def _spawn_jvm(self) -> tuple[subprocess.Popen, dict]:
        home = arcadedb_home()
        root = (self.data_dir / "arcadedb").resolve()
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        bolt_port, http_port = free_ports(2)
        heap = java_heap()
        # The server reads the password from its file, so it never shows in `ps`.
        password_file = (self.data_dir / "password").resolve()
        cmd = [
            str(home / "jre" / "bin" / "java"),
            f"-Darcadedb.server.rootPasswordPath={password_file}",
            f"-Xmx{heap}",
            "-Dpolyglot.engine.WarnInterpreterOnly=false",
            # relgraph speaks Bolt only. ArcadeDB always runs its HTTP API (it cannot be
            # turned off), on 127.0.0.1 and behind the root password; "production" mode
            # leaves out its web console (Studio) and its reading of local files by
            # LOAD CSV. RELGRAPH_HTTP_CONSOLE=1 asks for the console. Production mode
            # would also sync the log at each commit; a killed server loses nothing
            # without it (the kernel keeps what was written), so loads keep their speed.
            f"-Darcadedb.server.mode={'development' if http_console() else 'production'}",
            "-Darcadedb.txWalFlush=0",
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
        log = self._open_log()
        self._log_offset = log.tell()
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, cwd=root,
                                    preexec_fn=_die_with_parent, umask=UMASK)
        finally:
            log.close()
        return proc, {"pid": proc.pid, "bolt_port": bolt_port, "http_port": http_port,
                      "heap": heap}

    def _start_jvm(self, timeout: float, *, keeper: int) -> tuple[subprocess.Popen, dict]:
        """Spawn the JVM and wait until it serves Bolt. The ports are free when picked,
        but another program may take one before the JVM binds it: then the start is
        tried again on other ports."""
        deadline = time.monotonic() + timeout
        for attempt in range(1, PORT_ATTEMPTS + 1):
            proc, info = self._spawn_jvm()
            self._write_state({"keeper": keeper, "state": "starting", **info})
            try:
                self._wait_for_bolt(proc, info["bolt_port"], deadline - time.monotonic())
                return proc, info
            except PortTaken as taken:
                _terminate(proc.pid, grace=30)
                if attempt == PORT_ATTEMPTS or time.monotonic() >= deadline:
                    raise ServerError(str(taken), hint="another program took the server's "
                                      f"ports {PORT_ATTEMPTS} times; try again") from None
                self.note(f"a port was taken before the server bound it; attempt {attempt + 1}")
            except BaseException:
                if proc.poll() is None:
                    _terminate(proc.pid, grace=30)
                raise
        raise AssertionError("unreachable")

    def _wait_for_bolt(self, proc: subprocess.Popen, port: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ServerError(f"the embedded server exited with code {proc.returncode} "
                                  f"while starting; log: {self.log_file}\n{self.log_tail()}")
            failure = self._start_failure()
            if failure:
                # ArcadeDB's main thread died, but its other threads keep the JVM alive:
                # waiting for the port would only run into the timeout.
                error = PortTaken if _PORT_TAKEN.search(failure) else ServerError
                raise error(f"the embedded server failed to start: {failure}; "
                            f"log: {self.log_file}\n{self.log_tail()}")
            if _port_open(port) and self._database_ready():
                return
            time.sleep(0.1)
        raise ServerError(f"the embedded server did not open its Bolt port within "
                          f"{timeout:.0f} s; log: {self.log_file}\n{self.log_tail()}",
                          hint="set RELGRAPH_SERVER_TIMEOUT for slow machines")

    def _start_log(self) -> str:
        """This start's part of the server's log."""
        try:
            with open(self.log_file, "rb") as f:
                f.seek(getattr(self, "_log_offset", 0))
                return f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def _database_ready(self) -> bool:
        # The Bolt port opens before the default database exists; the server says in its
        # log when it is ready.
        return "Server started" in self._start_log()

    def _start_failure(self) -> str | None:
        """The exception that ended the server's start, as its log tells it, or None."""
        found = _MAIN_DIED.search(self._start_log())
        return found.group(1).strip() if found else None

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def note(self, message: str) -> None:
        """A line from relgraph in the server's log."""
        with contextlib.suppress(OSError), self._open_log() as f:
            f.write(f"relgraph: {time.strftime('%Y-%m-%d %H:%M:%S')} {message}\n".encode())


def keep(data_dir: str | os.PathLike, *, idle: float, detached: bool, timeout: float) -> int:
    """The keeper's life: start the JVM, say when it is ready, and stop it once no lease
    has been held for the idle time, on SIGTERM, or when the data folder disappears.
    Returns the keeper's exit code."""
    os.umask(UMASK)   # what the keeper and its server create is the owner's only
    server = EmbeddedServer(data_dir)
    me = os.getpid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _raise_on_sigterm()
    signal.signal(signal.SIGHUP, signal.getsignal(signal.SIGTERM))
    proc = None
    try:
        try:
            proc, info = server._start_jvm(timeout, keeper=me)
            if (server._read_state() or {}).get("keeper") != me:
                return 1   # replaced while starting (see EmbeddedServer._launch)
        except ServerError as e:
            server._write_state({"keeper": me, "state": "failed", "error": str(e),
                                 "hint": e.hint})
            return 1
        server._write_state({"keeper": me, "state": "ready", **info, "idle": idle,
                             "detached": detached, "started": time.time()})
        server.note(f"server pid {proc.pid} ready on port {info['bolt_port']}, heap {info['heap']}")
        unused_since: float | None = None
        while True:
            if proc.poll() is not None:
                server.note(f"the server exited with code {proc.returncode}")
                return 1
            state = server._read_state()
            if not state or state.get("keeper") != me:
                server.note("the state file is gone: stopping")
                return 0
            if state.get("detached") or server.in_use():
                unused_since = None
            elif unused_since is None:
                unused_since = time.monotonic()
            elif time.monotonic() - unused_since >= float(state.get("idle", DEFAULT_IDLE)):
                if server._retire_if_unused(me):
                    return 0
                unused_since = None
            time.sleep(KEEPER_POLL)
    except SystemExit:
        server.note("stop requested")
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)   # finish the clean-up below
        if proc is not None and proc.poll() is None:
            _terminate(proc.pid, grace=30)
        state = server._read_state()
        if state and state.get("keeper") == me and state.get("state") != "failed":
            server.state_file.unlink(missing_ok=True)


def _state_problem(state) -> str | None:
    """What is wrong with a parsed ``server.json``, or None."""
    if not isinstance(state, dict):
        return f"a JSON {type(state).__name__}, not an object"
    for key in ("pid", "keeper", "bolt_port", "http_port"):
        value = state.get(key)
        if value is not None and (type(value) is not int or value <= 0):
            return f"{key} is {value!r}, not a positive whole number"
    if not isinstance(state.get("state", "ready"), str):
        return "state is not a word"
    if state.get("state", "ready") == "ready" and type(state.get("bolt_port")) is not int:
        return "no bolt_port"
    idle = state.get("idle", DEFAULT_IDLE)
    if isinstance(idle, bool) or not isinstance(idle, (int, float)):
        return f"idle is {idle!r}, not a number"
    return None


def _start_timeout() -> float:
    return float(os.environ.get("RELGRAPH_SERVER_TIMEOUT", DEFAULT_TIMEOUT))


class PortTaken(ServerError):
    """The embedded server could not bind a port picked for it."""


# ArcadeDB reports a failed start as an exception of its main thread.
_MAIN_DIED = re.compile(r'Exception in thread "main" ([^\n]*)')
_PORT_TAKEN = re.compile(r"Unable to listen|Address already in use|BindException|not available",
                         re.IGNORECASE)
PORT_ATTEMPTS = 3


def free_ports(n: int) -> list[int]:
    """``n`` distinct free ports of 127.0.0.1. The sockets stay bound until all are
    picked: two ports picked one after the other may be the same one (the system hands
    a port freed a moment ago out again), and a server given one port for Bolt and HTTP
    fails to start.

    >>> a, b = free_ports(2)
    >>> a != b
    True
    """
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
                 for _ in range(n)]
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _cmdline(pid: int) -> list[bytes] | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None


def _is_our_java(pid: int | None, data_dir: Path) -> bool:
    """True when ``pid`` is alive and is the server of ``data_dir`` (not a reused pid)."""
    if not pid or not _alive(pid):
        return False
    cmdline = _cmdline(pid)
    if cmdline is None:
        return sys.platform != "linux"
    return f"-Drelgraph.data={data_dir.resolve()}".encode() in cmdline


def _is_keeper(pid: int | None, data_dir: Path) -> bool:
    if not pid or not _alive(pid):
        return False
    cmdline = _cmdline(pid)
    if cmdline is None:
        return sys.platform != "linux"
    return b"relgraph.graph.keeper" in cmdline and str(data_dir.resolve()).encode() in cmdline


def _terminate(pid: int, *, grace: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.05)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
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
    # Linux: the kernel kills the JVM if its keeper dies (even by SIGKILL), so a
    # server never outlives the process that watches over it.
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
        return None


def _restore_sigterm(previous) -> None:
    if previous is not None:
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, previous)
