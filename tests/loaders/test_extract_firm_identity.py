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
    # (a bank a state set up to develop is a public body)
    ("Development Bank of Kazakhstan", "Organization"),
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


# -- a place or a part of Russia in a firm's one-word name ------------------------------
_BY_RU_KZ = "Russian, Belarusian and Kazakh firms trade with each other."


@pytest.mark.parametrize("name, country", [
    ("Orenburgneft", "RU"), ("Tomskneft", "RU"), ("Gomelsteklo", "BY"),
    ("Almatyelectrotrans", "KZ"), ("Uralvagonzavod", "RU"), ("Sibselmash", "RU"),
    ("Ural Federal University", "RU"), ("Don State Technical University", "RU"),
    ("Kubanenergo", "RU"),
    # no place glued on, or a town of its own name
    ("Belshina", None), ("Severstal", None), ("Donbass Coal", None), ("Uralsk Plant", None),
])
def test_a_place_glued_to_a_firms_name_gives_its_country(name, country):
    from relgraph.loaders.extract.discourse import Discourse
    from relgraph.loaders.extract.parties import text_resolver
    assert Discourse(text_resolver(), _BY_RU_KZ).prefix_country(name) == country


def test_a_glued_place_counts_only_among_the_countries_the_text_names():
    from relgraph.loaders.extract.discourse import Discourse
    from relgraph.loaders.extract.parties import text_resolver
    d = Discourse(text_resolver(), "Belarusian and Kazakh firms trade with each other.")
    assert d.prefix_country("Tomskneft") is None
    assert d.prefix_country("Gomelsteklo") == "BY"


@pytest.mark.parametrize("text, pair", [
    ("Russian oil goes to Belarus. Tomskneft shipped crude oil to Naftan in Novopolotsk.",
     ("company:ru:tomskneft", "company:by:naftan")),
    ("Kazakhstan and Russia trade machines. The Kurgan firm Zauralye sold buses to "
     "Almatyelectrotrans.", ("company:ru:zauralye", "company:kz:almatyelectrotrans")),
])
def test_a_firm_named_after_its_place_keeps_that_country_in_a_relation(text, pair):
    assert pair in _supplies(text)


# -- where an apposition says a firm is -------------------------------------------------
@pytest.mark.parametrize("text, buyer", [
    ("Artel supplied fridges to Eldorado, a retail chain headquartered in Moscow.",
     "company:ru:eldorado"),
    ("Uztex sells yarn to Lodz Textile, a textile maker located in Lodz, and to Turkey.",
     "company:pl:lodz-textile"),
    ("Artel sold ovens to Mebel Plus, a dealer registered in Almaty.", "company:kz:mebel-plus"),
])
def test_an_apposition_saying_where_a_firm_is_headquartered_gives_its_country(text, buyer):
    text = "Uzbek firms sell abroad. " + text
    assert buyer in [b for _, b in _supplies(text)]


# -- "the Chamber", "the Ministry" ------------------------------------------------------
def test_the_chamber_of_a_letterhead_is_the_texts_speaker():
    text = ("Chamber of Entrepreneurs of the Pavlodar Region\n"
            "Press release, 2 May 2024\n\n"
            "The Chamber signed a cooperation agreement with the Omsk Regional Chamber of "
            "Commerce and Industry.")
    (pair,) = _agreements(text)
    assert "org:kz:chamber-of-entrepreneurs-of-the-pavlodar-region" in pair


def test_the_ministry_is_the_ministry_named_last():
    text = ("The Ministry of Industry of Armenia met a delegation from Samara. The Ministry "
            "signed a memorandum with the Samara Region.")
    assert frozenset({"org:am:ministry-of-industry", "region:ru:samara"}) in _agreements(text)


# -- a maker named only by its goods --------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Belarus and Kazakhstan trade machines. In 2019 the city of Almaty purchased 100 MAZ "
     "buses.", ("company:by:maz", "city:kz:almaty")),
    ("Trade between Russia and Kazakhstan grows. The Kostanay Region bought 40 Zauralye "
     "loaders last year.", ("company:ru:zauralye", "region:kz:kostanay")),
])
def test_a_maker_named_by_its_goods_is_across_the_border_from_the_buyer(text, pair):
    assert pair in _supplies(text)


# -- a unit acts for its body -----------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The Kostanay Branch of the National Chamber of Entrepreneurs Atameken and the Omsk "
     "Chamber of Commerce signed an agreement.",
     {"org:xx:national-chamber-of-entrepreneurs-atameken", "org:ru:omsk-chamber-of-commerce"}),
    ("In 2015 the Department of Welding of Tomsk Polytechnic University and the Belarusian "
     "Welding Institute signed a memorandum.",
     {"org:ru:tomsk-polytechnic-university", "org:by:belarusian-welding-institute"}),
])
def test_a_branch_or_department_signs_for_its_body(text, pair):
    assert frozenset(pair) in _agreements(text)


def test_units_listed_before_the_one_that_names_the_body_belong_to_it():
    ms = find_mentions("The Faculty of Physics and the Department of Optics of Kazan "
                       "University signed.")
    assert [m.parent for m in ms if m.text.startswith("Faculty")] == ["Kazan University"]


@pytest.mark.parametrize("name, parent", [
    ("Aktobe Branch of the National Chamber of Entrepreneurs Atameken",
     "National Chamber of Entrepreneurs Atameken"),
    ("Representative Office of Belneftekhim Concern", "Belneftekhim Concern"),
    ("Ministry of Industry of Belarus", None),
    ("Faculty of Economics", None),
])
def test_the_body_a_unit_belongs_to(name, parent):
    from relgraph.loaders.extract.names import parent_body
    assert parent_body(name) == parent


# -- "the X plant in Y" -----------------------------------------------------------------
@pytest.mark.parametrize("text, buyer", [
    ("TASHKENT, 3 May 2024 - The German firm Claas delivered combines to the Saryarka plant "
     "in Kostanay.", "company:kz:saryarka"),
    ("MINSK, 12 June 2023 - The Chinese maker Sinotruk shipped axles to the Zauralye tractor "
     "factory in Kurgan.", "company:ru:zauralye"),
])
def test_a_firm_noun_between_a_name_and_its_town_locates_the_firm(text, buyer):
    assert buyer in [b for _, b in _supplies(text)]
