"""Whether a data folder holds a database, before anything is started or created there.

Commands that only read (``stats``, ``query``, ``centrality``, ``partners``,
``timeline``, ``render``, ``export``) ask :func:`require_database` first: run from the
wrong folder, they say where they looked and how to choose another, instead of
starting a server on a new, empty database that answers zeros.
"""

from __future__ import annotations

from pathlib import Path

from relgraph.graph.errors import NoDatabase
from relgraph.graph.server import DATABASE

#: Where the embedded server keeps the database, inside the data folder.
DATABASE_PATH = Path("arcadedb") / "databases" / DATABASE


def has_database(data_dir: Path | str) -> bool:
    """Whether ``data_dir`` holds the embedded server's database.

    >>> has_database("no/such/folder")
    False
    """
    return (Path(data_dir) / DATABASE_PATH).is_dir()


def require_database(data_dir: Path | str) -> None:
    """Raise :class:`NoDatabase` (naming the folder's full path and the ways to choose
    another) unless ``data_dir`` holds a database. Creates nothing.

    >>> require_database("no/such/folder")
    Traceback (most recent call last):
    ...
    relgraph.graph.errors.NoDatabase: no relgraph database in .../no/such/folder; ...
    """
    folder = Path(data_dir).absolute()
    if has_database(folder):
        return
    found = _nearest_database(folder)
    raise NoDatabase(
        f"no relgraph database in {folder}; choose the data folder with --data-dir "
        f"or RELGRAPH_HOME, or create one there with `relgraph load` or `relgraph demo`",
        hint=f"a database exists in {found}: add --data-dir {found}" if found else
        "relgraph keeps its data in ./.relgraph of the folder a command runs from, "
        "unless --data-dir or RELGRAPH_HOME names another")


def _nearest_database(folder: Path) -> Path | None:
    """A ``.relgraph`` with a database in a parent of the current folder (the usual
    mistake: a command run from a subfolder of the project)."""
    if folder.name != ".relgraph":
        return None
    for parent in folder.parent.parents:
        candidate = parent / ".relgraph"
        if has_database(candidate):
            return candidate
    return None
