"""Imports run one way: ``relgraph`` (CLI, API) -> ``viz``, ``loaders`` -> ``graph`` ->
``cypher``, and never through the bare folder names the package is built from."""

from __future__ import annotations

import ast

import pytest
from project_modules import BARE, MODULES, PACKAGE_LAYER


def package_of(module: str) -> str | None:
    """The layered package a dotted module name belongs to (None: not ours)."""
    parts = module.split(".")
    if parts[0] != "relgraph":
        return None
    if len(parts) > 1 and f"relgraph.{parts[1]}" in PACKAGE_LAYER:
        return f"relgraph.{parts[1]}"
    return "relgraph"


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``source``, functions included."""
    out = []
    base = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[:len(base) - node.level + 1]
                name = ".".join(anchor + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((node.lineno, name))
    return out


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    own = package_of(module)
    problems = []
    for line, name in imported_modules(source, module, is_package):
        top = name.split(".")[0]
        if top in BARE:
            problems.append(f"line {line}: imports {name!r}: use relgraph.{name}")
            continue
        target = package_of(name)
        if target is None or target == own:
            continue
        if PACKAGE_LAYER[target] >= PACKAGE_LAYER[own] and target != "relgraph.examples":
            problems.append(f"line {line}: {own} imports {name} (against the layering "
                            "relgraph -> viz, loaders -> graph -> cypher)")
    return problems




@pytest.mark.parametrize("path,module,is_package", MODULES,
                         ids=[m for _, m, _ in MODULES])
def test_module_imports_follow_the_layers(path, module, is_package):
    assert violations(path.read_text(encoding="utf-8"), module, is_package) == []


def test_every_layer_has_modules():
    packages = {package_of(m) for _, m, _ in MODULES}
    assert packages >= {"relgraph", "relgraph.viz", "relgraph.loaders", "relgraph.graph"}


@pytest.mark.parametrize("module,source,expected", [
    ("relgraph.graph.store", "from relgraph.loaders.load import load_paths", "imports"),
    ("relgraph.graph.store", "import relgraph.viz", "imports"),
    ("relgraph.viz.view", "def f():\n    from relgraph.loaders import sheets", "imports"),
    ("relgraph.viz.view", "from relgraph.cli import cli", "imports"),
    ("relgraph.graph.store", "from graph.errors import QueryError", "use relgraph.graph"),
    ("relgraph.graph.exports.cypher", "from ...loaders import load", "imports"),
    ("relgraph.loaders.load", "from relgraph.graph.store import Store", None),
    ("relgraph.cli.load", "from relgraph.viz import render_network", None),
    ("relgraph.graph.exports.cypher", "from ..errors import UsageError", None),
])
def test_the_check_catches_imports_against_the_order(module, source, expected):
    found = violations(source, module)
    if expected is None:
        assert found == []
    else:
        assert found and expected in found[0]
