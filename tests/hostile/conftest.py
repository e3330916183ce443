"""Fixtures for the hostile-input suite: the CLI against the real embedded server,
and a snapshot of the database to show that a refused input changed nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

# Tests run with --import-mode=importlib, where a test folder is not on sys.path.
sys.path.insert(0, str(Path(__file__).parent))

from relgraph.cli import cli  # noqa: E402
from relgraph.graph.records import Node, Relationship  # noqa: E402

BEFORE = ([Node("City", "city:by:minsk", {"name": "Minsk", "country": "BY"}),
           Node("City", "city:fr:lyon", {"name": "Lyon", "country": "FR"})],
          [Relationship("TWINNED_WITH", "city:by:minsk", "city:fr:lyon", {"since": "1980"})])


@pytest.fixture
def seeded(embedded_store):
    """The embedded store holding a small graph (so "unchanged" means something)."""
    embedded_store.upsert(*BEFORE)
    return embedded_store


@pytest.fixture
def relgraph(embedded_server, seeded):
    """``relgraph(*args)``: the CLI against the embedded server; returns the result."""
    server, status = embedded_server
    opts = ["--uri", status.uri, "--user", "root", "--database", "relgraph"]
    env = {"NEO4J_PASSWORD": server.password(), "NEO4J_URI": None, "RELGRAPH_HOME": None}

    def run(*args, runner_env=None):
        return CliRunner().invoke(cli, [*opts, *map(str, args)], env={**env,
                                                                       **(runner_env or {})})
    return run
