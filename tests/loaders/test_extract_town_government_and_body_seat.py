"""A town's government named after it the South Asian way ("X Municipal Corporation",
"X City Corporation", "X Pourashava", "X Nagar Nigam") stands for the town, as "X City
Council" does, not a firm; and a body whose name puts its own head noun after its
place ("Port of X Authority", "Port of X Commission") is of that place's country, not
the text's. Near-misses: a firm's "Corporation" after a place stays a firm, and a
head noun alone after "of" names no place. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs


def _signed(text):
    return {frozenset(p) for p in pairs(text, "SIGNED_AGREEMENT")}


@pytest.mark.parametrize("text, pair", [
    ("Nagpur Municipal Corporation signed a memorandum with the City of Lyon in 2016.",
     frozenset({"city:in:nagpur", "city:fr:lyon"})),
    ("Khulna City Corporation signed a memorandum with Kolkata Municipal Corporation.",
     frozenset({"city:bd:khulna", "city:in:kolkata"})),
    ("Jessore Pourashava signed a friendship agreement with the City of Tours in 2012.",
     frozenset({"city:bd:jessore", "city:fr:tours"})),
    ("Lucknow Nagar Nigam signed an agreement with the City of Brno.",
     frozenset({"city:in:lucknow", "city:cz:brno"})),
])
def test_a_south_asian_town_government_is_the_town(text, pair):
    assert pair in _signed(text)


@pytest.mark.parametrize("text, want", [
    ("DARWIN, 4 April 2024 - Port news.\n\nThe Northern Territory signed a memorandum of intent "
     "with the Port of Antwerp Authority on bunkering.", "org:be:port-of-antwerp-authority"),
    ("DARWIN, 4 April 2024 - Port news.\n\nThe Northern Territory signed a memorandum of intent "
     "with the Port of Hamburg Commission on bunkering.", "org:de:port-of-hamburg-commission"),
])
def test_a_body_is_of_the_place_its_name_holds_before_its_head(text, want):
    assert any(want in p for p in _signed(text))


def test_a_firms_corporation_after_a_place_stays_a_firm():
    found = _signed("Kanpur Steel Corporation signed a contract with Tata Motors.")
    assert any(any(i.startswith("company:") and "kanpur" in i for i in p) for p in found)
