"""What a load read and resolved, kept in the data folder so that loading the same
sheets again skips reading, validating and resolving them.

An entry is keyed by a digest of everything the records depend on: each sheet's path
as given and its bytes, the decisions of the aliases files, the load's options, and
the code and data that read and resolve (relgraph's loaders, its schema and ids, the
gazetteer's files, the Python version). A change to any of them is another key, so a
stale entry is never used; it is only pruned. What the store holds is not part of the
key: the write that follows compares the records with the store every time.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> cache = BatchCache(folder)
>>> cache.get("k") is None
True
>>> cache.put("k", {"rows": 3})
>>> cache.get("k")
{'rows': 3}
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

#: Entries kept per data folder (the newest; older ones are deleted).
KEEP = 4
_PREFIX, _SUFFIX = "batch-", ".pickle"


class BatchCache:
    """Pickled load results in ``folder`` (created on the first ``put``), by key. The
    folder is the data folder's own, written only by relgraph."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / f"{_PREFIX}{key}{_SUFFIX}"

    def get(self, key: str) -> Any | None:
        """The entry stored under ``key``, or None (also for one that cannot be read)."""
        path = self._path(key)
        try:
            with open(path, "rb") as f:
                value = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:   # truncated, or written by another version: just a miss
            path.unlink(missing_ok=True)
            return None
        os.utime(path)   # recently used: pruned last
        return value

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (atomically) and prune the oldest entries."""
        # Private like the rest of the data folder: a pickle is code to whoever can
        # write it (mkstemp makes the file itself 0600).
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        entries = sorted(self.folder.glob(f"{_PREFIX}*{_SUFFIX}"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)


def load_key(sheets: list[Path], decisions: list, options: dict) -> str:
    """The key of a load: sheets (path as given, bytes), decisions, options, code."""
    h = hashlib.sha256(code_version().encode())
    for path in sheets:
        h.update(f"\0sheet\0{path}\0".encode())
        with open(path, "rb") as f:
            h.update(hashlib.file_digest(f, "sha256").digest())
    for d in decisions:
        h.update(f"\0decision\0{d.name}\0{d.country}\0{d.decision}".encode())
    h.update(f"\0options\0{sorted(options.items())!r}".encode())
    return h.hexdigest()[:32]


@functools.cache
def code_version() -> str:
    """A digest of the code and data that turn sheets into records."""
    h = hashlib.sha256(f"python {sys.version_info[:2]}".encode())
    loaders = resources.files("relgraph.loaders")
    graph = resources.files("relgraph.graph")
    files = [graph / name for name in ("ids.py", "records.py", "schema.py", "schema.yaml")]
    files += _files(loaders)
    for item in files:
        h.update(f"\0{item.name}\0".encode())
        h.update(item.read_bytes())
    return h.hexdigest()


def _files(folder) -> list:
    out = []
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.is_dir() and item.name != "__pycache__":
            out += _files(item)
        elif item.is_file() and not item.name.endswith(".pyc"):
            out.append(item)
    return out
