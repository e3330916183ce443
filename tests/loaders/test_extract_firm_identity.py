"""The identity of companies and organisations: a firm's name is its own span (no
place or phrase swallowed), its kind (company or organisation) and its country come
from what the text says around it. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs as _pairs

from relgraph.loaders.extract.mentions import find_mentions


def _supplies(text):
    return _pairs(text, "SUPPLIES_TO")


def _agreements(text):
    return {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")}


# -- a bare "the" opens the next name --------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Among the suppliers of the Omsk Region the Omsk Carbon Plant is the largest.",
     "Omsk Carbon Plant"),
    ("Of all firms in the Urals the Kurgan Bus Plant sells most abroad.", "Kurgan Bus Plant"),
    ("In Siberia the Novosibirsk Tin Combine stands apart.", "Novosibirsk Tin Combine"),
])
def test_a_bare_the_between_two_names_splits_them(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("The Academy of the Ministry of Emergency Situations signed.",
     "Academy of the Ministry of Emergency Situations"),
    ("The Bank of the Eurasian Union lent money.", "Bank of the Eurasian Union"),
])
def test_of_the_still_joins_one_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


def test_a_firm_after_a_region_and_a_bare_the_keeps_its_own_id():
    text = ("Among the firms of the Urals the Chelyabinsk Forge Plant supplies forgings to "
            "Belarus.")
    assert ("company:ru:chelyabinsk-forge-plant", "country:by") in _supplies(text)


# -- two bodies joined by "and" -------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("The Siberian Branch of the Academy of Sciences and Buketov Karaganda University "
     "signed an agreement.", ["Siberian Branch of the Academy of Sciences",
                              "Buketov Karaganda University"]),
    ("The Bank of Georgia and Ameria Bank opened a joint credit line.",
     ["Bank of Georgia", "Ameria Bank"]),
])
def test_two_whole_bodies_around_and_are_two_names(text, names):
    assert [m.text for m in find_mentions(text) if m.text in names] == names


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Industry and Trade signed.", "Ministry of Industry and Trade"),
    ("The Tomsk Chamber of Commerce and Industry signed.",
     "Tomsk Chamber of Commerce and Industry"),
    ("The Ural Copper and Nickel Combine ships ore.", "Ural Copper and Nickel Combine"),
])
def test_a_field_after_and_stays_in_the_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


# -- a place that owns a firm -----------------------------------------------------------
@pytest.mark.parametrize("text, supplier", [
    ("The Sverdlovsk Region's Uralkhimmash supplies pressure vessels to Naftan in Novopolotsk.",
     "company:ru:uralkhimmash"),
    ("The Omsk Region's Sibzavod delivered tanks to Pavlodar.", "company:ru:sibzavod"),
    ("Kostanay's Agromash sold seeders to the Omsk Region.", "company:kz:agromash"),
])
def test_a_possessive_place_before_a_firm_is_where_the_firm_is(text, supplier):
    assert supplier in [s for s, _ in _supplies(text)]


def test_a_possessive_region_before_its_executive_committee_is_no_firm_owner():
    ms = find_mentions("The Minsk Region's Executive Committee signed a memorandum.")
    assert all(m.text != "Executive Committee" for m in ms)


# -- companies and organisations --------------------------------------------------------
@pytest.mark.parametrize("name, kind", [
    ("Sokolov-Sarybai Mining and Processing Association", "Company"),
    ('Production Association "Belorusneft"', "Company"),
    ("Scientific and Production Association Saturn", "Company"),
    ("Association of Milk Producers", "Organization"),
    ("Belarusian Oil and Gas Association", "Organization"),
    ("Committee of Grain Exporters", "Organization"),
    ("Development Bank of Kazakhstan", "Company"),
    ("State Grid Corporation of China", "Company"),
])
def test_the_kind_a_name_gives(name, kind):
    from relgraph.loaders.extract.firms import name_kind
    assert name_kind(name) == kind


@pytest.mark.parametrize("text", [
    'The Production Association "Belorusneft" signed a service contract with Orenburgneft.',
    "The Kachkanar Mining and Processing Association and the Belarusian Steel Works signed "
    "a contract.",
])
def test_an_industrial_association_is_a_company(text):
    (pair,) = _agreements(text)
    assert {p.split(":")[0] for p in pair} == {"company"}
