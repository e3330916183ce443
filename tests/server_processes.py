"""Helpers for the tests of the embedded server's processes (tests/graph/test_server.py,
tests/graph/test_shared_server.py): which JVMs serve a data folder, and waiting for a
condition that another process makes true."""

from __future__ import annotations

import time
from pathlib import Path


def jvms_of(data_dir: Path) -> list[int]:
    """Pids of live JVMs serving ``data_dir``."""
    marker = f"-Drelgraph.data={Path(data_dir).resolve()}".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if marker in (proc / "cmdline").read_bytes().split(b"\0"):
                state = (proc / "stat").read_text().rsplit(")", 1)[-1].split()[0]
                if state != "Z":
                    pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def wait_until(predicate, timeout: float = 30.0) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` seconds pass; its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()
