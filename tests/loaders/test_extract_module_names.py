"""No module of the extractor binds a module-level name twice. A second binding of a
pattern's name silently replaces the first for every function that reads it, the
first's included: two branches merged side by side once gave three readers of names one
definition that fitted none of them."""

import ast
from pathlib import Path

import pytest

import relgraph.loaders.extract as extract

MODULES = sorted(Path(extract.__file__).parent.glob("*.py"))


def bound_twice(source: str) -> list[str]:
    """Module-level names assigned, defined or imported more than once in ``source``.

    >>> bound_twice("A = 1\\ndef f(): pass\\nA = 2\\n")
    ['A']
    >>> bound_twice("A = 1\\nif True:\\n    B = 2\\nB = 3\\n")
    []
    """
    seen, twice = set(), []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen and name not in twice:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    assert bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found():
    assert bound_twice("_X = 1\n_Y = 2\n_X = 3\n") == ["_X"]
