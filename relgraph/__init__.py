"""relgraph: a graph database of interregional relations.

The command line (``relgraph``, in :mod:`relgraph.cli`) sits on top of the library;
notebooks use the same functions through four names:

- :func:`connect`: a store on Neo4j or on the embedded server of a data folder;
- :func:`load`: sheets (files or folders) into a store;
- :func:`centrality`: rank the parties of a fetched graph;
- :func:`render`: write a self-contained HTML partner-network view.

>>> import relgraph, tempfile, pathlib
>>> home = pathlib.Path(tempfile.mkdtemp())
>>> with relgraph.connect(data_dir=home / "db") as store:
...     report = relgraph.load(store, [relgraph.example_dataset()])
...     graph = store.fetch()
>>> report.created > 0
True
>>> top = relgraph.centrality(graph, measures="degree", top=1)
>>> top.rows[0]["rank"]
1
>>> relgraph.render(graph, home / "partners.html").nodes > 10
True

The package's parts are layered, and import one way only:
``relgraph`` (CLI, API) -> ``relgraph.viz``, ``relgraph.loaders`` -> ``relgraph.graph``
-> ``relgraph.cypher``. The heavy ones are imported when first used, so that
``import relgraph`` and ``relgraph --help`` stay fast.
"""

from __future__ import annotations

from importlib import import_module

# name -> (module, attribute): each is the very function the command line calls.
_API = {
    "connect": ("relgraph.api", "connect"),
    "load": ("relgraph.loaders.load", "load_paths"),
    "centrality": ("relgraph.graph.centrality", "centrality"),
    "render": ("relgraph.viz.render", "render_partner_view"),
    "example_dataset": ("relgraph.api", "example_dataset"),
    "Settings": ("relgraph.graph.connection", "Settings"),
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name == "__version__":
        # Read from the installed metadata when first asked for: importing
        # importlib.metadata cost every command 15-40 ms.
        value = globals()["__version__"] = _installed_version()
        return value
    try:
        module, attribute = _API[name]
    except KeyError:
        raise AttributeError(f"module 'relgraph' has no attribute {name!r}") from None
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API) | {"__version__"})


def _installed_version() -> str:
    try:
        from importlib.metadata import version
        return version("relgraph")
    except Exception:   # running from a source tree that was never installed
        return "0+unknown"
