"""Loads that started writing and did not finish, recorded in the data folder.

A load validates everything before its first write, so a refused input changes
nothing; but once writing has begun, Ctrl-C, SIGTERM, a dead server or a killed process
can leave part of the records written. Before the first write a load records itself in
``unfinished-loads.json`` in the data folder (the target database and the input files);
it takes itself off when its last write is done. Every command then warns about the
loads still recorded for its database, until a load of the same input completes (the
load is idempotent, so running it again repairs the graph).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     journal = Journal(d, "embedded server in .relgraph")
...     key = journal.begin(["data/twinnings.csv"])
...     before = [e["inputs"] for e in journal.pending()]
...     journal.done(key)
...     print(before, journal.pending())
[['data/twinnings.csv']] []
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

FILE = "unfinished-loads.json"


def load_key(inputs: list[str]) -> str:
    """The same input files (wherever they are named from) give the same key."""
    resolved = sorted(str(Path(p).resolve()) for p in inputs)
    return hashlib.sha256("\n".join(resolved).encode()).hexdigest()[:16]


class Journal:
    """The unfinished loads of one data folder, for one database (``target``)."""

    def __init__(self, folder: str | os.PathLike, target: str):
        self.path = Path(folder) / FILE
        self.target = target

    def _entries(self) -> list[dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []

    def _write(self, entries: list[dict]) -> None:
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(entries, f, indent=1)
        tmp.replace(self.path)

    def begin(self, inputs: list[str]) -> str:
        """Record a load of ``inputs`` that is about to write; returns its key."""
        key = load_key(inputs)
        entries = [e for e in self._entries()
                   if not (e.get("key") == key and e.get("target") == self.target)]
        entries.append({"key": key, "target": self.target, "inputs": [str(p) for p in inputs],
                        "started": time.strftime("%Y-%m-%d %H:%M:%S"), "pid": os.getpid()})
        self._write(entries)
        return key

    def done(self, key: str) -> None:
        """The load of ``key`` wrote everything: it is no longer unfinished."""
        entries = self._entries()
        kept = [e for e in entries if not (e.get("key") == key and
                                           e.get("target") == self.target)]
        if len(kept) != len(entries):
            self._write(kept)

    def pending(self) -> list[dict]:
        """The unfinished loads into this database, oldest first."""
        return [e for e in self._entries() if e.get("target") == self.target]

    def warnings(self) -> list[str]:
        out = []
        for e in self.pending():
            inputs = ", ".join(e.get("inputs") or [])
            out.append(f"a load of {inputs} into the {e.get('target')} started "
                       f"{e.get('started')} did not finish: the graph may be incomplete; "
                       "run the same load again")
        return out
