""""It" as the subject of a supply in a perfect tense, an adverb before or after the
auxiliary ("It has just delivered", "it had already sold", "it has also shipped"): the
firm the sentence before spoke of, as "it delivered" is. Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs, pairs

S = "SUPPLIES_TO"
YARD = "company:xx:crist-shipyard"


@pytest.mark.parametrize("text, recipient", [
    ("Crist Shipyard reported a busy spring. It has just delivered a ferry to Fjord Line, and it "
     "builds hulls for Italian yards, including Fincantieri.", "company:xx:fjord-line"),
    ("Crist Shipyard had a record year. It had already sold two tugs to Fjord Line, and it "
     "repairs ships for Swedish owners, including Stena.", "company:xx:fjord-line"),
    ("Crist Shipyard had a record year. It has also shipped two tugs to Finland, and it "
     "repairs ships for Swedish owners, including Stena.", "country:fi"),
    ("Crist Shipyard had a record year. Since 2021 it has regularly supplied hull "
     "sections to Fjord Line, and it repairs ships for Swedish owners, including Stena.",
     "company:xx:fjord-line"),
])
def test_it_in_a_perfect_tense_is_the_firm_spoken_of(text, recipient):
    assert (YARD, recipient) in blind_pairs(text), blind_pairs(text)


@pytest.mark.parametrize("text", [
    # "it" receives: a passive perfect
    "Crist Shipyard had a record year. It has been supplied with steel by Stena, and it "
    "repairs ships for Swedish owners, including Wallenius.",
    "Crist Shipyard had a record year. It has been sold hull steel by Stena, and it "
    "repairs ships for Swedish owners, including Wallenius.",
])
def test_it_that_receives_supplies_nothing(text):
    assert not any(a.endswith("crist-shipyard") for a, _b in pairs(text, S)), pairs(text, S)
