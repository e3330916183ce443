"""Fixtures for the view tests. The sample graphs live in ``viz_samples`` (a plain
module, so test files can import its constants for parametrize)."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest

# Tests run with --import-mode=importlib, where a test folder is not on sys.path.
sys.path.insert(0, str(Path(__file__).parent))

from viz_samples import SOURCES, build_hostile, build_sample  # noqa: E402


@pytest.fixture
def sample() -> nx.Graph:
    return build_sample()


@pytest.fixture
def hostile() -> nx.Graph:
    return build_hostile()


@pytest.fixture
def sources() -> dict:
    return dict(SOURCES)
