"""Bodies named by a name and a lower-case noun ("the Tampere-Kursk society", "the Brno-based
Masaryk family foundation", "the Lahti technology centre") are one organisation, not the
name alone read as a firm or a town; "the Vitebsk regional centre" stays the town. A
country's name ends before "for" ("turbines to Kazakhstan for the Ekibastuz plant").
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

S = "SUPPLIES_TO"
A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, body", [
    ("The Tampere-Kursk society sent two ambulances to the Kursk city hospital.",
     "org:xx:tampere-kursk-society"),
    ("In 2020 the Lahti-Pskov friendship association delivered medical beds to Pskov.",
     "org:xx:lahti-pskov-friendship-association"),
    ("The Brno-based Masaryk family foundation sent food parcels to Lviv.",
     "org:cz:masaryk-family-foundation"),
])
def test_a_society_or_foundation_named_before_its_noun(text, body):
    assert body in {a for a, _ in pairs(text, S)}, pairs(text, S)


@pytest.mark.parametrize("text, body", [
    ("In 2019 the Oulu Science Park signed a cooperation agreement with the Jena technology "
     "centre.", "org:de:jena-technology-centre"),
    ("Last year the Minsk business centre concluded a partnership agreement with the Riga "
     "Chamber of Commerce.", "org:by:minsk-business-centre"),
])
def test_a_centre_of_a_place_is_a_body(text, body):
    assert body in party_ids(text), party_ids(text)


def test_a_regional_centre_stays_the_town():
    text = "In 2019 the Vitebsk regional centre signed a partnership agreement with Pskov."
    got = party_ids(text)
    assert not any(i.startswith("org:") for i in got), got


@pytest.mark.parametrize("text, pair", [
    ("The Russian turbine maker Turbotech shipped two turbines to Kazakhstan for the "
     "Ekibastuz power station.", ("company:ru:turbotech", "country:kz")),
    ("Last spring the Minsk maker Belkommash delivered trams to Serbia for the Belgrade city "
     "transport company.", ("company:by:belkommash", "country:rs")),
])
def test_a_country_ends_before_for(text, pair):
    assert pair in set(pairs(text, S)), pairs(text, S)
