"""A signing or twinning stated in the sentence after the one that names its pair, with
no party of its own ("They signed ...", "The memorandum was renewed ...", "The islands
formalised ..."), is the pair's (``loaders/extract/pair_before.py``); a pair named in
passing (a visit, a forum, a comparison) lends itself to nothing. Texts written for
these tests."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

_A, _B = "city:fi:tampere", "city:se:uppsala"


def _types(text: str) -> set[str]:
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    return {r["type"] for r in rows
            if {r["source"]["id"], r["target"]["id"]} == {_A, _B}}


@pytest.mark.parametrize("text, rel", [
    ("Tampere and Uppsala are a case apart. They signed a friendship charter in 1994.",
     "TWINNED_WITH"),
    ("Tampere and Uppsala are a case apart. They signed a friendship charter in 1994.",
     "SIGNED_AGREEMENT"),
    ("Tampere and Uppsala stand out among lake towns. The twins formalised their "
     "friendship in a partnership charter signed in 1987.", "TWINNED_WITH"),
    ("Tampere and Uppsala stand out among lake towns. The twins formalised their "
     "friendship in a partnership charter signed in 1987.", "SIGNED_AGREEMENT"),
])
def test_pair_of_the_sentence_before(text, rel):
    assert rel in _types(text)


@pytest.mark.parametrize("text", [
    # named in passing: a forum, a comparison
    "Tampere and Uppsala sent mayors to a forum on lakes. They signed a friendship charter "
    "in 1994.",
    "Tampere and Uppsala are larger than most lake towns. They signed a friendship charter "
    "in 1994.",
    # not on the same line
    "Tampere and Uppsala are a case apart.\nThey signed a friendship charter in 1994.",
    # a party of its own in the trigger's sentence
    "Tampere and Uppsala are a case apart. They signed a friendship charter with Oulu in "
    "1994.",
])
def test_no_pair_lent(text):
    assert "TWINNED_WITH" not in _types(text)
