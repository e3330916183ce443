"""On a town's page, "the partnership with B was sealed ..." or "the friendship with B
was formalised ..." is the town's twinning with B (``carried_topic._SEALED_TIE``); a
partnership with a firm, or one not made fast, is none. Texts written for these tests."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

_HEAD = "Twin towns of Tampere\n\nTampere keeps ties with towns across Europe.\n\nHighlights\n"


def _twins(body: str) -> set[tuple[str, str]]:
    rows = extract_lines((_HEAD + body).split("\n"), "t.txt").candidates
    return {tuple(sorted((r["source"]["id"], r["target"]["id"]))) for r in rows
            if r["type"] == "TWINNED_WITH"}


@pytest.mark.parametrize("body", [
    "The partnership with Kiel was sealed by a charter signed in 2004; the two cities now "
    "share a sailing week.",
    "The friendship with Kiel was formalised in 2004.",
    "In 2004 the partnership with Kiel was finally sealed at a ceremony in the harbour.",
])
def test_sealed_tie_is_a_twinning(body):
    assert ("city:de:kiel", "city:fi:tampere") in _twins(body)


@pytest.mark.parametrize("body", [
    "The partnership with Siemens AG was sealed by a supply contract in 2004.",
    "The partnership with Kiel was discussed at length in 2004.",
    "The partnership with Kiel was never sealed.",
])
def test_no_twinning(body):
    assert not _twins(body)
