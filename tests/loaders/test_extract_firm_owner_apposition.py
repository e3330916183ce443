"""A firm described after its name by its tie to an owner ("X, Owner's Russian assembly
partner,", "Y, Owner's Georgian dealer,"): the owner is no party of the sentence, and
the demonym or place in the description, not the paragraph's country, places the firm.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

TASHKENT = ("TASHKENT, 5 May 2025 - Farm machinery.\n\nUzbekistan bought more harvesters this "
            "year; the Samarkand region led. ")
TBILISI = ("TBILISI, 9 June 2025 - Trade notes.\n\nGeorgia's farms renewed their fleets. ")


@pytest.mark.parametrize("text, pair", [
    (TASHKENT + "Kama Agregat, Rostagro's Russian assembly partner, shipped 30 harvesters "
                "to Samarkand Agro Servis.",
     ("company:ru:kama-agregat", "company:uz:samarkand-agro-servis")),
    (TBILISI + "Imereti Tekhnika, Belagro's Armenian dealer, sold 12 tractors to Kakheti "
               "Vine Farms.",
     ("company:am:imereti-tekhnika", "company:ge:kakheti-vine-farms")),
])
def test_a_demonym_after_the_owner_places_the_firm(text, pair):
    found = pairs(text, "SUPPLIES_TO")
    assert pair in found
    # neither the owner nor the demonym is a party
    assert not any("rostagro" in x or "belagro" in x or x.endswith((":russian", ":armenian"))
                   for p in found for x in p)


@pytest.mark.parametrize("text, supplier, owner", [
    (TASHKENT + "Kama Agregat, Rostagro's assembly partner, shipped 30 harvesters to "
                "Samarkand Agro Servis.", "kama-agregat", "rostagro"),
    (TBILISI + "Kakheti Vine Farms bought 12 tractors from Imereti Tekhnika, Belagro's "
               "distributor, in April.", "imereti-tekhnika", "belagro"),
])
def test_the_owner_is_no_party(text, supplier, owner):
    found = pairs(text, "SUPPLIES_TO")
    assert any(p[0].endswith(":" + supplier) for p in found)
    assert not any(owner in x for p in found for x in p)


@pytest.mark.parametrize("text, party", [
    # a country's possessive keeps its own reading: the firm is of that country
    (TBILISI + "Kakheti Vine Farms bought 12 tractors from Imereti Tekhnika, Armenia's "
               "largest machinery dealer.", "company:am:imereti-tekhnika"),
    # a town's partner is no firm's description: the towns stay parties
    (TBILISI + "Telavi, Gyumri's long-time partner, signed a cooperation agreement with "
               "Sighnaghi.", "city:ge:telavi"),
])
def test_other_possessive_appositions_unchanged(text, party):
    rel = "SIGNED_AGREEMENT" if "signed" in text else "SUPPLIES_TO"
    assert party in {x for p in pairs(text, rel) for x in p}
