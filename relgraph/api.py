"""The small Python API's own pieces; the rest are library functions re-exported by
:mod:`relgraph` (see ``relgraph._API``)."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from relgraph.graph.connection import Settings, open_store

if TYPE_CHECKING:
    from relgraph.graph.store import Store


def connect(uri: str | None = None, *, user: str | None = None,
            password: str | None = None, database: str | None = None,
            data_dir: str | os.PathLike | None = None) -> AbstractContextManager[Store]:
    """A store to read and write, as a context manager (what every command uses).

    With ``uri`` (or ``NEO4J_URI``) it speaks to that Bolt server; without, to the
    embedded server of ``data_dir`` (``RELGRAPH_HOME``, default ``.relgraph``), which
    every command and notebook on that folder shares: the running one, or one started
    now that stops once unused for ``RELGRAPH_SERVER_IDLE`` seconds.
    Unset arguments come from the environment, as on the command line.

    >>> import tempfile, pathlib
    >>> with connect(data_dir=pathlib.Path(tempfile.mkdtemp()) / "db") as store:
    ...     sum(store.stats()["labels"].values())
    0
    """
    return open_store(Settings.from_env(uri=uri, user=user, password=password,
                                        database=database, data_dir=data_dir))


def example_dataset() -> Path:
    """The bundled example dataset (a folder of sheets), as ``relgraph demo`` loads it.

    >>> sorted(p.name for p in example_dataset().glob("*.csv"))[:3]
    ['cities.csv', 'companies.csv', 'documents.csv']
    """
    try:
        return Path(str(resources.files("relgraph.examples").joinpath("belarus-cis")))
    except ModuleNotFoundError:   # a source tree that was never installed
        return Path(__file__).resolve().parents[1] / "examples" / "belarus-cis"
