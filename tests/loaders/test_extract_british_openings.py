"""A common word in British spelling that opens a sentence only because a sentence starts
with a capital ("Fertilisers for ...", "Harbour cranes ...") is no firm, as its American
spelling is not. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _ids(text):
    return {c[side]["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates
            for side in ("source", "target")}


@pytest.mark.parametrize("text, word", [
    ("Fertilisers for the estate's young vines are purchased from Kerval SA of Rennes.",
     "fertilisers"),
    ("Harbour cranes for the new terminal were ordered from Tollund Kran A/S.", "harbour"),
])
def test_a_british_spelling_opening_the_sentence_is_no_firm(text, word):
    assert not any(i.endswith(":" + word) for i in _ids(text))


@pytest.mark.parametrize("text, wanted", [
    # a name the document also writes capitalised inside a sentence stays a name
    ("Harbour sells cranes to Tollund Kran A/S. The cranes of Harbour are light.",
     "harbour"),
])
def test_a_name_written_capitalised_elsewhere_stays(text, wanted):
    assert any(i.endswith(":" + wanted) for i in _ids(text))
