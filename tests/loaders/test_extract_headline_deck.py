"""A news item's deck, on texts written for these tests: the short unclosed line under a
sentence-case headline is a line of its own, so its names do not complete the
headline's vague plural ("sign deals with foreign partners" over "Lyon, Turin among
them"); a sentence wrapped over two lines still runs on, and the body's own pairs stay."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.document import build_document

A = "SIGNED_AGREEMENT"

_DECKS = [
    ("Tbilisi, Batumi sign raft of deals with Korean provinces and companies",
     "Busan, Daegu and Ulsan among partners as trade mission ends"),
    ("Windhoek signs trade accords with European port cities",
     "Hamburg and Rotterdam lead the list of new partners"),
    ("Two Andean regions seal cooperation pacts with Spanish municipalities",
     "Seville, Valencia named as first partners"),
]


@pytest.mark.parametrize(("head", "deck"), _DECKS)
def test_a_deck_lends_no_names_to_the_headlines_vague_plural(head, deck):
    text = f"{head}\n{deck}\n\nThe delegation returned home on Friday."
    assert pairs(text, A) == []
    assert "\n" in build_document(text.split("\n")).text


@pytest.mark.parametrize(("head", "deck"), _DECKS[:2])
def test_the_body_under_a_deck_keeps_its_signing(head, deck):
    body = "Tbilisi and Busan signed a memorandum on port logistics on Tuesday."
    if "Windhoek" in head:
        body = "Windhoek and Hamburg signed a memorandum on port logistics on Tuesday."
    got = pairs(f"{head}\n{deck}\n\n{body}", A, key="name")
    assert len(got) == 1 and got[0][0] in ("Tbilisi", "Windhoek")


@pytest.mark.parametrize("lines", [
    # a sentence wrapped over two lines: it closes with a stop on the second
    ["Tbilisi signed a memorandum with the Korean port city",
     "Busan on port logistics in May."],
    # its first line ends on a function word
    ["Tbilisi signed a memorandum on port logistics with",
     "Busan and Daegu"],
    # no blank line after the second line: a paragraph that goes on
    ["Tbilisi signed a memorandum on port logistics",
     "With Busan and Daegu as partners", "in the coming years."],
])
def test_a_sentence_wrapped_over_the_first_lines_still_runs_on(lines):
    assert "\n" not in build_document(lines).text
