"""A signing or twinning stated in the sentence after the one that names its pair, with
no party of its own ("They signed ...", "The memorandum was renewed ...", "The islands
formalised ..."), is the pair's (``loaders/extract/pair_before.py``); a pair named in
passing (a visit, a forum, a comparison) lends itself to nothing. Texts written for
these tests."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

_A, _B = "city:fi:tampere", "city:se:uppsala"
_C, _D = "region:fi:lapland", "region:se:norrbotten"


def _types(text: str) -> set[str]:
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    return {r["type"] for r in rows
            if {r["source"]["id"], r["target"]["id"]} in ({_A, _B}, {_C, _D})}


@pytest.mark.parametrize("text, rel", [
    ("Tampere and Uppsala are a case apart. They signed a friendship charter in 1994.",
     "TWINNED_WITH"),
    ("Tampere and Uppsala are a case apart. They signed a friendship charter in 1994.",
     "SIGNED_AGREEMENT"),
    ("Lapland and Norrbotten stand out among northern regions. The neighbours sealed their "
     "friendship with a partnership charter in 1987.", "TWINNED_WITH"),
    ("Lapland and Norrbotten stand out among northern regions. The neighbours sealed their "
     "friendship with a partnership charter in 1987.", "SIGNED_AGREEMENT"),
    # the document with no signer
    ("Relations between Tampere and Uppsala go back a long way. The memorandum was renewed "
     "in 2015.", "SIGNED_AGREEMENT"),
    ("Tampere and Uppsala have worked together on lake ecology since 1990. A cooperation "
     "agreement followed in 2009.", "SIGNED_AGREEMENT"),
    # one side named again as the subject of a twinning
    ("Tampere and Uppsala share a passion for choirs. In 1961 Uppsala became a twin town.",
     "TWINNED_WITH"),
    # a charter of the pair's own, said of a group
    ("Tampere and Uppsala are close. The two towns exchanged charters in 1989.",
     "TWINNED_WITH"),
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
    # one side as the subject of a document that need not be with the other
    "Tampere and Uppsala share a passion for choirs. Uppsala signed a memorandum on music "
    "schools in 2004.",
    # three parties named before: no plain pair
    "Tampere, Uppsala and Oulu are a case apart. They signed a friendship charter in 1994.",
])
def test_no_pair_lent(text):
    assert not _types(text)
