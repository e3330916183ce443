"""The partner after "with" of a signing is no subject of a later supply verb of the
same sentence: "A signed a contract with B and also ships C to D" is A's supply. A
relative clause that opens on the partner makes it the subject. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, supply, partner", [
    ("In 2023 Belshina signed a service contract with Uralkali for tyre repairs and also "
     "ships truck tyres to Kazakhstan Temir Zholy.",
     ("company:by:belshina", "company:kz:ktz"), "company:ru:uralkali"),
    ("Belmedpreparaty concluded a distribution agreement with Medline Trade, under which it "
     "will ship vaccines to Uzbekistan.",
     ("company:by:belmedpreparaty", "country:uz"), "company:xx:medline-trade"),
    ("Amkodor signed a dealer contract with Tavan Bogd and now sells loaders to Mongolia.",
     ("company:by:amkodor", "country:mn"), "company:mn:tavan-bogd"),
])
def test_the_signer_supplies_not_its_partner(text, supply, partner):
    found = pairs(text, "SUPPLIES_TO")
    assert supply in found
    assert not any(a == partner and b == supply[1] for a, b in found)


@pytest.mark.parametrize("text, supply", [
    ("Amkodor signed a dealer contract with Tavan Bogd, which now sells its loaders to "
     "Mongolia.", ("company:mn:tavan-bogd", "country:mn")),
    ("Gomselmash agreed a contract with Agromash of Almaty, which resells combines to "
     "Kyrgyzstan.", ("company:kz:agromash", "country:kg")),
])
def test_a_relative_clause_on_the_partner_makes_it_the_supplier(text, supply):
    assert supply in pairs(text, "SUPPLIES_TO")
