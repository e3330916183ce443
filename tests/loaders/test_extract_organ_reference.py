"""The organ of the place spoken of as a signer ("its akimat and the Administration of X
concluded an agreement"), and words split across lines that the text uses only once;
on texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.normalize import dehyphenate

A = "SIGNED_AGREEMENT"


def pairs(text: str, rel: str = A) -> set[tuple]:
    return {tuple(sorted((r["source"]["id"], r["target"]["id"]))) for r in candidates(text)
            if r["type"] == rel}


@pytest.mark.parametrize("text,pair", [
    ("The Grodno Region borders Poland and Lithuania. In 2004 its executive committee and the"
     " Podlaskie Voivodeship signed an agreement on cooperation.",
     ("region:by:grodno", "region:pl:podlaskie")),
    ("The Kostanay Region is a grain region. In 2011 its akimat and the Government of the"
     " Kurgan Region concluded a trade agreement.",
     ("region:kz:kostanay", "region:ru:kurgan")),
    ("Lida is a town in the west of Belarus. Its mayor signed a memorandum with Alytus in"
     " 2019.", ("city:by:lida", "city:lt:alytus")),
])
def test_the_organ_of_the_place_spoken_of_signs_for_it(text, pair):
    assert pair in pairs(text)


def test_an_organ_word_that_signs_nothing_is_no_signer():
    # "its government relations": no organ, no place's signing
    text = ("Amkodor is a maker of loaders. Its government relations are good, and the plant"
            " signed a contract with Agromehanika.")
    assert not any(x.startswith(("region:", "city:")) for p in pairs(text) for x in p)
    # the organ is the subject of another verb
    text = ("The Grodno Region borders Poland. Its governor visited Bialystok, where the"
            " mayors spoke of tourism.")
    assert not pairs(text)


# -- words split across lines ----------------------------------------------------------

@pytest.mark.parametrize("left,right,joined", [
    # a dictionary word the text uses only here
    ("the Admin-", "istration of Altai Krai", "the Administration"),
    ("both re-", "gions signed", "both regions"),
])
def test_a_dictionary_word_split_across_lines_is_joined(left, right, joined):
    assert dehyphenate(left, right, set())[0] == joined


@pytest.mark.parametrize("left,right,kept", [
    ("cross-", "border ties", "cross-border"),
    ("socio-", "economic ties", "socio-economic"),
    ("Rostov-", "on-Don", "Rostov-on-Don"),
])
def test_a_compound_split_across_lines_keeps_its_hyphen(left, right, kept):
    assert dehyphenate(left, right, set())[0] == kept


def test_a_split_agreement_is_read_whole():
    text = ("The Aktobe Region is an oil region. In June 2006 its akimat and the Admin-\n"
            "istration of the Orenburg Region signed an agreement on trade.")
    assert ("region:kz:aktobe", "region:ru:orenburg") in pairs(text)


# -- a place's description between commas ------------------------------------------------

@pytest.mark.parametrize("text,rel,pair", [
    ("Lida, known for its castle ruins, and the Lithuanian town of Alytus concluded a"
     " memorandum on brotherly ties.", "TWINNED_WITH", ("city:by:lida", "city:lt:alytus")),
    ("Lida, known for its beer, and Alytus signed a cooperation agreement.", A,
     ("city:by:lida", "city:lt:alytus")),
    ("Smorgon, home to a large brewery, and Augustow became twin towns in 2001.",
     "TWINNED_WITH", ("city:by:smorgon", "city:pl:augustow")),
])
def test_a_places_description_between_commas_leaves_the_pair_whole(text, rel, pair):
    assert pairs(text, rel) == {pair}


def test_a_description_naming_a_party_is_no_mere_description():
    # ("famous for its ties with Alytus": a party inside, not blanked)
    text = ("Lida, famous for its ties with Alytus, and Smorgon signed a cooperation"
            " agreement.")
    assert ("city:by:lida", "city:by:smorgon") not in pairs(text)
