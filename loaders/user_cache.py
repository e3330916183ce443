"""The user's cache folder: what relgraph can rebuild at any time but would rather not
rebuild on every run (compiled patterns, the gazetteer's uncompressed text).

The folder is ``$XDG_CACHE_HOME/relgraph`` (default ``~/.cache/relgraph``). Everything
in it is optional: a file that is missing, damaged or cannot be written is rebuilt or
done without, never an error.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def folder() -> Path | None:
    """The cache folder (perhaps not created yet); None without a home folder."""
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "relgraph"
    except RuntimeError:   # no home folder
        return None


def install_tag() -> str:
    """A short digest of where relgraph is installed, for files that depend on the
    installed code: two installations never take turns rewriting one file."""
    return hashlib.sha256(str(Path(__file__).resolve().parent).encode()).hexdigest()[:12]


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` so that a process reading meanwhile sees the old file
    or the new one, never a part. False when it cannot be written."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return True
    except OSError:   # a full disk
        Path(tmp).unlink(missing_ok=True)
        return False
