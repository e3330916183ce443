"""A supplier of goods that are the speaker's own: "X supplies our net cages", "X supplied
about 12 % of our fish", "X provides the glue used in our boxes". The speaker's "our"
owns the goods, so the speaker receives; no other side is named. Not when the goods go
"to" someone, when "our" is no goods (our customers, our staff), or when the verb is one
of selling (X resells what we made). Every text here was written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

FIRM = "company:xx:varnafjord-tork"
HEAD = "VARNAFJORD TORK AS\nAnnual report 2025\n\n"


def _pairs(sentence):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines((HEAD + sentence).splitlines(), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize(("sentence", "supplier"), [
    ("Fjordheim AS supplies our net cages and anchor chains.", "fjordheim"),
    ("Kystfangst AS, based in Vardo, supplied about 12 % of our fish.", "kystfangst"),
    ("Nordfor AS, whose mill stands in Mosjoen, delivers most of the feed used at our "
     "sea farms.", "nordfor"),
    ("Limverk AS, of Steinkjer, provides the hot-melt glue used in our boxes.", "limverk"),
])
def test_the_speaker_receives_its_own_goods(sentence, supplier):
    assert (f"company:xx:{supplier}", FIRM) in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    # the goods go to another side
    "Kraftlag AS supplies our fish to Havbruk AS.",
    # "our" is no goods
    "Kraftlag AS supplies our customers with ice.",
    "Kraftlag AS provides training to our staff.",
    # selling what we made
    "Kraftlag AS resells our fish in Oslo.",
])
def test_no_receipt_of_the_speaker(sentence):
    assert ("company:xx:kraftlag", FIRM) not in _pairs(sentence)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Moldova supplies most of the sunflower oil and flour used in Gagauzia.",
     ("country:md", "region:md:gagauzia")),
    ("Moldova supplies the electricity needed by Bulgaria.", ("country:md", "country:bg")),
])
def test_where_the_goods_are_used_receives(sentence, pair):
    assert pair in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    # used by a party named after a "with": no recipient of the verb
    "Moldova supplies the sunflower oil with Bulgaria, used in Romania.",
    # the goods are used where they are made
    "Moldova supplies the grain that its mills used in Cahul.",
])
def test_no_user_beyond_the_verbs_object(sentence):
    assert not [p for p in _pairs(sentence) if p[0] == "country:md" and p[1] in
                ("country:ro", "city:md:cahul")]
