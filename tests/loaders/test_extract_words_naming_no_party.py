"""One-word spans that name no party for what they are: a people in the plural, a town's
name in the plural, an office or its portfolio, a Polish firm's seat in the locative,
the German word for a federal state ("the Land" refers to the state named before).
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.mentions import _no_party_word, find_mentions

U = "SUPPLIES_TO"


@pytest.mark.parametrize(("word", "before"), [
    ("Canadians", "and we sell the "),
    ("the Hungarians", "we buy timber from "),
    ("Bavarians", "tourists, mostly "),
    ("Portlands", "there are many "),
    ("Minister", "said the "),
    ("Commissioner", "the province's "),
    ("Agriculture", "the Minister for "),
    ("Lublinie", "Zakład Energetyczny S.A. w "),
    ("Land", "any other Austrian "),
])
def test_these_words_are_no_party(word, before):
    assert _no_party_word(word, before)


@pytest.mark.parametrize(("word", "before"), [
    ("Laos", "sells power to "),          # a country whose name ends like a plural
    ("Athens", "the two "),               # a town whose name ends in s
    ("Agriculture", "Tallinn and "),      # no office before it
    ("Portland", "the "),
    ("Lublin", "a plant in "),
])
def test_near_misses_stay_parties(word, before):
    assert not _no_party_word(word, before)


def test_the_land_refers_to_the_state_named_before():
    found = [(m.text, m.refers) for m in find_mentions(
        "Hesse signed the treaty; in 2001 the Land added a partner in Poland.")]
    assert ("the Land", "Region") in found


@pytest.mark.parametrize("text", [
    "Valdora Timber Ltd ships sawn oak to Ireland, and we send the Canadians maple in return.",
    "The Minister for Trade said Karvik Mills Oy supplies pulp to Estonia.",
])
def test_no_firm_is_made_of_them(text):
    ids = {i for pair in id_pair_set(text, U) for i in pair}
    assert not any(i.endswith((":canadians", ":minister", ":trade")) for i in ids)
