"""A convention that two bodies sign ("the founding convention of a grouping", "an
amended convention with B", "a convention between A and B") is a signed document, as
cross-border cooperation is often set down. Near-misses: a gathering called a
convention, and a treaty of many states named by its city. Texts written for these
tests."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

A = "SIGNED_AGREEMENT"


def _pairs(text: str) -> set[frozenset]:
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    return {frozenset((r["source"]["name"], r["target"]["name"])) for r in rows
            if r["type"] == A}


@pytest.mark.parametrize("text, a, b", [
    ("In 2017 Bavaria signed an amended convention with Vorarlberg on mountain rescue.",
     "Bavaria", "Vorarlberg"),
    ("In 2012 Bavaria and Vorarlberg signed the founding convention of a joint grouping "
     "for the Lake district.", "Bavaria", "Vorarlberg"),
    ("A cooperation convention between Bavaria and Vorarlberg was concluded in 2009.",
     "Bavaria", "Vorarlberg"),
])
def test_signed_convention(text, a, b):
    assert frozenset((a, b)) in _pairs(text)


@pytest.mark.parametrize("text", [
    "In 2017 the mayor of Munich met the governor of Vorarlberg at a trade convention.",
    "Bavaria and Vorarlberg sent delegates to the annual convention of Alpine towns.",
])
def test_convention_as_a_gathering(text):
    assert not _pairs(text)
