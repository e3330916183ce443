"""Shared fixtures: real Bolt servers for the store's contract suite.

``store`` runs a test once per available backend: the embedded ArcadeDB server
(always) and Neo4j (``RELGRAPH_TEST_NEO4J_URI``, or a testcontainers container when a
Docker engine answers; otherwise that run is skipped with the reason). Each test
starts from an empty database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from relgraph.graph.connection import connect
from relgraph.graph.server import DATABASE, USER, EmbeddedServer

# Tests run with --import-mode=importlib, where tests/ is not on sys.path; its plain
# helper modules (project_modules) are imported by name.
sys.path.insert(0, str(Path(__file__).parent))

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "belarus-cis"

# A test's embedded servers stop as soon as their last user leaves (the default keeps
# them for minutes, for the next command); subprocesses inherit this. Tests of the idle
# time set their own value.
os.environ["RELGRAPH_SERVER_IDLE"] = "0"

# CI explores the same examples every run, so a red build is reproducible; locally
# hypothesis keeps searching new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def embedded_server(tmp_path_factory):
    server = EmbeddedServer(tmp_path_factory.mktemp("relgraph-data"))
    status = server.start(detached=False)
    yield server, status
    server.stop()


@pytest.fixture(scope="session")
def _embedded_store(embedded_server):
    server, status = embedded_server
    store = connect(status.uri, USER, server.password(), DATABASE)
    store.ensure_schema()
    yield store
    store.driver.close()


def _docker_reason() -> str | None:
    try:
        import docker
        docker.from_env().ping()
    except Exception as e:   # any failure means: no engine to run Neo4j in
        return f"no Docker engine answers ({type(e).__name__}); set RELGRAPH_TEST_NEO4J_URI"
    return None


@pytest.fixture(scope="session")
def _neo4j_store():
    uri = os.environ.get("RELGRAPH_TEST_NEO4J_URI")
    if uri:
        store = connect(uri, os.environ.get("RELGRAPH_TEST_NEO4J_USER", "neo4j"),
                        os.environ.get("RELGRAPH_TEST_NEO4J_PASSWORD", ""),
                        os.environ.get("RELGRAPH_TEST_NEO4J_DATABASE"))
        store.ensure_schema()
        yield store
        store.driver.close()
        return
    reason = _docker_reason()
    if reason:
        pytest.skip(f"Neo4j backend: {reason}")
    from testcontainers.neo4j import Neo4jContainer
    with Neo4jContainer("neo4j:5") as container:
        store = connect(container.get_connection_url(), "neo4j", container.password, None)
        store.ensure_schema()
        yield store
        store.driver.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """An empty store on each available backend."""
    s = request.getfixturevalue(f"_{request.param}_store")
    s.clear()
    yield s


@pytest.fixture
def embedded_store(_embedded_store):
    """An empty store on the embedded server only (for tests of relgraph's own logic)."""
    _embedded_store.clear()
    yield _embedded_store


_example_stats: dict[tuple, dict] = {}


def _load_example(store, nodes=(), rels=()):
    """Load the example dataset (plus ``nodes``/``rels``) unless the store already holds
    exactly that: loading takes seconds, and many read-only tests share it."""
    from relgraph.loaders.load import load_paths
    key = (id(store), tuple(n.id for n in nodes), tuple(r.id for r in rels))
    if _example_stats.get(key) != store.stats():
        store.clear()
        load_paths(store, [EXAMPLE])
        if nodes or rels:
            store.upsert(nodes, rels)
        _example_stats[key] = store.stats()
    return store


@pytest.fixture(scope="session")
def load_example():
    """``load_example(store, nodes=(), rels=())``: the example dataset in ``store``."""
    return _load_example


@pytest.fixture
def bolt_args(embedded_server, embedded_store):
    """CLI options and environment that reach the session's embedded server (empty)."""
    server, status = embedded_server
    return ["--uri", status.uri, "--user", "root", "--database", "relgraph"], \
        {"NEO4J_PASSWORD": server.password()}
