"""The examples in docstrings run, under the names a user imports (``relgraph.*``)."""

from __future__ import annotations

import doctest
import importlib
import io
from contextlib import redirect_stdout

import pytest
from project_modules import MODULES

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _has_examples(path) -> bool:
    return ">>>" in path.read_text(encoding="utf-8")


WITH_EXAMPLES = [module for path, module, _ in MODULES if _has_examples(path)]


@pytest.mark.parametrize("module", WITH_EXAMPLES)
def test_docstring_examples(module, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)          # examples that write files write them here
    monkeypatch.delenv("NEO4J_URI", raising=False)
    mod = importlib.import_module(module)
    tests = [t for t in doctest.DocTestFinder().find(mod) if t.examples]
    assert tests, f"{module} has '>>>' but no example was found"
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    out = io.StringIO()
    with redirect_stdout(io.StringIO()):
        for test in tests:
            runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()
