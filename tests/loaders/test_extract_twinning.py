"""Twinnings: the words that state one, who its parties are (towns and districts, each
in its own country, namesakes told apart), lists that continue in the next sentence,
and sentences that state none (no signing between states, nothing that did not come
about). Short texts written for these tests."""

import re

import pytest
from extract_candidates import candidates, pairs

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.twinning import stated_country


def _twins(text, key="id"):
    return {frozenset(p) for p in pairs(text, "TWINNED_WITH", key=key)}


@pytest.mark.parametrize("text,a,b", [
    # partnership words, between towns and districts
    ("Naberezhnye Chelny established partnership relations with Zhodino in 2015.",
     "Naberezhnye Chelny", "Zhodino"),
    ("Lida and the Russian town of Kovrov became partners in May 2019.", "Lida", "Kovrov"),
    ("The Glubokoye District established partnership relations with the Sebezh District "
     "of the Pskov Region in 2019.", "Glubokoye District", "Sebezh District of the Pskov Region"),
    # loan words and kinds of "twin"
    ("Postavy has been a pobratim of the Latvian town of Ludza since 2006.", "Postavy", "Ludza"),
    ("Orsha and Vyazma have been partner towns since 1997.", "Orsha", "Vyazma"),
    ("In 2004 Gatchina became a partner town of Svetlogorsk.", "Gatchina", "Svetlogorsk"),
])
def test_twinning_words(text, a, b):
    assert frozenset((a, b)) in _twins(text, key="name")


@pytest.mark.parametrize("text", [
    # partnership between states or whole regions is no twinning
    "Belarus and France have developed partnership relations for years.",
    "The Mogilev Region established partnership relations with the Smolensk Region in 2010.",
    "The Minsk Tractor Works and Amkodor became partners in 2018.",
])
def test_partnership_of_states_regions_or_firms_is_no_twinning(text):
    assert _twins(text) == set()


@pytest.mark.parametrize("text", [
    "Kirovsk and Kovrov signed a partnership agreement between the cities in 2024.",
    "In 2013 Polotsk signed a partnership agreement between the two towns with Veliky Novgorod.",
])
def test_partnership_agreement_between_towns_is_a_twinning_and_its_signing(text):
    rows = candidates(text)
    assert [r["type"] for r in rows] == ["TWINNED_WITH", "SIGNED_AGREEMENT"]
    assert len({frozenset((r["source"]["id"], r["target"]["id"])) for r in rows}) == 1


@pytest.mark.parametrize("text,want", [
    # the partner's country is stated; the other town is the home country's namesake
    ("MOGILEV, 14 March 2024 - Kirovsk and the Russian town of Kovrov became partners.",
     {"city:by:kirovsk", "city:ru:kovrov"}),
    ("MINSK, 2 May 2023 - Dzerzhinsk was twinned with the Russian town of Kovrov in 2011.",
     {"city:by:dzerzhinsk", "city:ru:kovrov"}),
    ("The Belarusian town of Lida has sister-city ties with Slavgorod in the Altai Territory "
     "of Russia.", {"city:by:lida", "city:ru:slavgorod"}),
    # the country the sentence names decides
    ("The Russian twin town of Zhlobin is Svetlogorsk.",
     {"city:by:zhlobin", "city:ru:svetlogorsk"}),
    # a town once called so is no namesake: Kirovsk stays Kirovsk
    ("MINSK, 3 May 2022 - Among the twin towns in Ukraine, Gorodok has ties with Kirovsk.",
     {"city:by:gorodok", "city:ru:kirovsk"}),
    # the resolver's first reading in a third country gives way to the home country's
    ("MINSK, 3 May 2022 - Kirovsk and Ludza are twin towns.", {"city:by:kirovsk", "city:lv:ludza"}),
])
def test_namesakes_of_a_twinning_are_told_apart_by_the_stated_countries(text, want):
    assert frozenset(want) in _twins(text)


@pytest.mark.parametrize("text,where", [
    ("Kirovsk has ties with Slavgorod in the Altai Territory of Russia.", ["", "RU"]),
    ("Postavy is a twin of the Latvian town of Ludza.", ["", "LV"]),
    ("Braslav and Visaginas (Lithuania) are twinned.", ["", "LT"]),
])
def test_stated_country(text, where):
    ms = [m for m in find_mentions(text) if not m.adjectival]
    assert [stated_country(text, m) or "" for m in ms][:2] == where


@pytest.mark.parametrize("text,owner,listed", [
    ("Vitebsk itself has sister cities on three continents. Among them are Pskov (2014) "
     "and the Chinese city of Zibo (2017).", "city:by:vitebsk", {"city:ru:pskov", "city:cn:zibo"}),
    ("The town of Lida maintains fraternal ties with five municipalities in Russia and "
     "Lithuania. Among them are Gatchina (2004), Kirishi (2009) and Visaginas (2012).",
     "city:by:lida", {"city:ru:gatchina", "city:ru:kirishi", "city:lt:visaginas"}),
])
def test_owner_with_twins_listed_in_the_next_sentence(text, owner, listed):
    assert {frozenset((owner, x)) for x in listed} <= _twins(text)


def test_a_section_heading_is_no_twin_town():
    text = ("1. Twin towns and partner districts\nThe town of Lida maintains fraternal ties "
            "with three municipalities in Russia.\nAmong them are Gatchina and Kirishi.")
    names = {n for p in pairs(text, "TWINNED_WITH", key="name") for n in p}
    assert "Twin" not in names and "Gatchina" in names


def test_the_town_is_the_one_whose_twins_the_text_lists():
    text = ("The town of Lida maintains fraternal ties with three municipalities in Russia. "
            "Among them are Gatchina (2004) and Kirishi (2009). Since 2018 the town has also "
            "been twinned with Zelenogradsk.")
    assert frozenset(("city:by:lida", "city:ru:zelenogradsk")) in _twins(text)


@pytest.mark.parametrize("text", [
    "However, the twinning of Gorodok with Nevel, discussed in 2020, was never formalised.",
    "A twinning of Lida with Kovrov was planned, but the plan fell through in 2015.",
    "A proposed supply of Kazakh electricity to Xinjiang was shelved in 2022.",
    "The supply of MAZ buses to Almaty was cancelled in 2021.",
])
def test_a_relation_that_did_not_come_about_gives_nothing(text):
    assert candidates(text) == []


@pytest.mark.parametrize("text", [
    "The regions of Belarus and Russia have signed more than 600 agreements.",
    "In 2019 the regions of Uzbekistan signed 120 documents with the regions of Kazakhstan "
    "and Kyrgyzstan.",
    "The agreements concluded by the regions of Belarus with the subjects of the Volga "
    "Federal District are listed below.",
])
def test_the_regions_of_a_country_sign_not_the_country(text):
    assert [r for r in candidates(text) if r["type"] == "SIGNED_AGREEMENT"] == []


def test_supplies_to_the_regions_of_a_country_reach_it():
    text = "Uzbekneftegaz supplies natural gas to the southern regions of Kyrgyzstan."
    assert [b for _, b in pairs(text, "SUPPLIES_TO")] == ["country:kg"]


@pytest.mark.parametrize("text,want", [
    # the pair of the sentence's signing, called twins further on
    ("In 2012 the Gorki District of the Mogilev Region and the Zernograd District of the "
     "Rostov Region signed an agreement on direct cooperation to widen exchanges between "
     "the schools of the twin districts.",
     {"region:ru:zernograd", "region:by:gorki"}),
    # the pair of the sentence before
    ("Grodno and Bryansk signed an agreement on cooperation in 2019. These sister cities "
     "now hold a joint festival every summer.", {"city:by:grodno", "city:ru:bryansk"}),
])
def test_the_twin_districts_point_back_at_the_pair(text, want):
    rows = [r for r in candidates(text) if r["type"] == "TWINNED_WITH"]
    assert [{r["source"]["id"], r["target"]["id"]} for r in rows] == [want]
    # the evidence quotes the words that say they are twins
    assert re.search(r"twin districts|sister cities", rows[0]["evidence"]["quote"])


@pytest.mark.parametrize("text", [
    # the twinning was stated already: "the twin towns" adds none
    "Orsha and Vyazma have been linked by friendly ties since 1997; the twin towns hold a "
    "joint fair every autumn.",
    "Lida and Kovrov became twin towns in 2004. The twin towns exchange choirs every year.",
])
def test_a_twinning_stated_before_is_not_repeated_by_the_twin_towns(text):
    assert len([r for r in candidates(text) if r["type"] == "TWINNED_WITH"]) == 1


def test_the_twin_cities_of_a_and_b_name_the_pair_themselves():
    text = "The twin cities of Brest and Tver signed a plan of joint events in 2018."
    assert frozenset(("city:by:brest", "city:ru:tver")) in _twins(text)


@pytest.mark.parametrize("text,want", [
    # a region that only says where the town is, in brackets or after a comma
    ("Soligorsk and Kirovsk (Murmansk Region) are twin towns.",
     {("Soligorsk", "Kirovsk")}),
    ("Soligorsk and Kirovsk, Murmansk Region, are twin towns.", {("Soligorsk", "Kirovsk")}),
    ("Novopolotsk (Vitebsk Region) and Kstovo (Nizhny Novgorod Region) have been twin cities "
     "since 2009.", {("Novopolotsk", "Kstovo")}),
    ("Twinning ties also link Kobrin with the Russian town of Zhukovsky, Moscow Region.",
     {("Kobrin", "Zhukovsky")}),
    # a demonym before the next town is no separator
    ("The district centre of Krichev and the Russian Roslavl became twin towns in 1999.",
     {("Krichev", "Roslavl")}),
    ("Bobruisk became a twin city of the Russian Kolomna in 2006.", {("Bobruisk", "Kolomna")}),
    ("Polotsk is a twin city for Velikiye Luki.", {("Polotsk", "Velikiye Luki")}),
    # "not only with A but also with B"
    ("Baranovichi is twinned not only with Mytishchi but also with Serpukhov.",
     {("Baranovichi", "Mytishchi"), ("Baranovichi", "Serpukhov")}),
    # the owner named after the twin words
    ("Since 2003 the twin town of Orsha has been Vyazma.", {("Orsha", "Vyazma")}),
    ("Twin towns of Brest: Tver, Bryansk and Novosibirsk.",
     {("Brest", "Tver"), ("Brest", "Bryansk"), ("Brest", "Novosibirsk")}),
    ("Gorki's twin town in Russia is Zernograd.", {("Gorki", "Zernograd")}),
    ("The city of Bobruisk has partner relations with Kaluga.", {("Bobruisk", "Kaluga")}),
    ("Novopolotsk and Kstovo are cities-partners since 2009.", {("Novopolotsk", "Kstovo")}),
])
def test_twinning_sentence_structures(text, want):
    assert _twins(text, key="name") == {frozenset(p) for p in want}


def test_the_twin_towns_of_the_district_are_the_district_spoken_of():
    text = ("The Glubokoye District lies on the border with Russia. Among the twin towns of "
            "the district are the Russian Sebezh (2004) and the Latvian Ludza (2006).")
    assert _twins(text) == {frozenset(("region:by:glubokoye", "city:ru:sebezh")),
                            frozenset(("region:by:glubokoye", "city:lv:ludza"))}


@pytest.mark.parametrize("text,a,b", [
    ("Minsk and Changchun have been friendly cities since 1992.", "Minsk", "Changchun"),
    ("Gomel became a friendship city of Weifang in 2018.", "Gomel", "Weifang"),
    ("In 2016 the Mogilev Region and Henan Province established friendship province relations.",
     "Mogilev Region", "Henan Province"),
])
def test_friendly_cities(text, a, b):
    assert frozenset((a, b)) in _twins(text, key="name")


def test_friendship_groups_of_parliaments_are_no_twinning():
    text = "Friendship groups were established in the parliaments of Belarus and France."
    assert _twins(text) == set()


def test_a_makers_brand_beside_a_town_is_no_twin_town():
    text = ("Zhodino, the home of the BelAZ plant, is twinned with Naberezhnye Chelny, "
            "the KAMAZ city.")
    assert _twins(text, key="name") == {frozenset(("Zhodino", "Naberezhnye Chelny"))}


@pytest.mark.parametrize("text,want", [
    ("Mogilev and Kaluga signed an agreement on cooperation in 1996. Both cities became twin "
     "towns in 2005.", {"city:by:mogilev", "city:ru:kaluga"}),
    ("Grodno and Kursk signed an agreement in 2016. The two regional centres became sister "
     "cities in 2018.", {"city:by:grodno", "city:ru:kursk"}),
])
def test_these_towns_became_twins(text, want):
    assert _twins(text) == {frozenset(want)}


def test_these_towns_of_a_twinning_already_reported_add_none():
    text = ("Gomel and Bryansk signed a twinning agreement in 1999. Since then these towns "
            "have been twinned with many others.")
    assert len(pairs(text, "TWINNED_WITH")) == 1


@pytest.mark.parametrize("text,twins,agreements", [
    ("A Treaty on Fraternal Relations was signed in 2012 by the Gorki District of the Mogilev "
     "Region and the Zernograd District of the Rostov Region.",
     [("region:by:gorki", "region:ru:zernograd")], [("region:by:gorki", "region:ru:zernograd")]),
    ("A memorandum on twinning between Orsha and Vyazma was signed in 1997.",
     [("city:by:orsha", "city:ru:vyazma")], [("city:by:orsha", "city:ru:vyazma")]),
    ("In 2015 Lida concluded an Agreement on Friendship and Twinning with Mytishchi.",
     [("city:by:lida", "city:ru:mytishchi")], [("city:by:lida", "city:ru:mytishchi")]),
    # two documents, each with its own partner
    ("In 2011 Mozyr signed an agreement on cooperation in trade with Yelets and a twinning "
     "agreement with Krasnogorsk.",
     [("city:by:mozyr", "city:ru:krasnogorsk")],
     [("city:by:mozyr", "city:ru:yelets"), ("city:by:mozyr", "city:ru:krasnogorsk")]),
])
def test_a_document_on_twinning_is_the_twinning_and_its_signing(text, twins, agreements):
    assert pairs(text, "TWINNED_WITH") == twins
    assert sorted(pairs(text, "SIGNED_AGREEMENT")) == sorted(agreements)


@pytest.mark.parametrize("text,want", [
    ("Gomel welcomed a delegation from its Russian twin city of Bryansk.",
     {("Gomel", "Bryansk")}),
    ("Lida hosted the mayors of its twin towns Alytus and Kovrov.",
     {("Lida", "Alytus"), ("Lida", "Kovrov")}),
    ("Gomel already has twin towns in eleven countries; among them are Tula (1995), Aktobe "
     "(2011) and the Chinese city of Jiaxing (2016).",
     {("Gomel", "Tula"), ("Gomel", "Aktobe"), ("Gomel", "Jiaxing")}),
    # "did the same": the relation of the clause before, for another pair
    ("In 2022 the Chechersk District and the Klintsy District established partnership "
     "relations, and Dobrush did the same with Novozybkov.",
     {("Chechersk District", "Klintsy District"), ("Dobrush", "Novozybkov")}),
])
def test_owners_and_gapped_twinnings(text, want):
    assert _twins(text, key="name") == {frozenset(p) for p in want}


def test_did_the_same_repeats_a_signing_too():
    text = ("In 2015 the Gomel Region signed an agreement on cooperation with the Bryansk "
            "Region, and in 2017 the Mogilev Region did the same with the Smolensk Region.")
    assert set(pairs(text, "SIGNED_AGREEMENT")) == {("region:by:gomel", "region:ru:bryansk"),
                                                    ("region:by:mogilev", "region:ru:smolensk")}


def test_both_countries_outside_the_signing_clause_sign_nothing():
    text = ("The Vitebsk Region signed an agreement with the Pskov Region in 2002. The regions "
            "of Belarus and Russia have signed more than 600 agreements, and the festival in "
            "Vitebsk attracts guests from both countries.")
    assert pairs(text, "SIGNED_AGREEMENT") == [("region:by:vitebsk", "region:ru:pskov")]


@pytest.mark.parametrize("text, want", [
    # a second owner with the twin noun left out has its own twin
    ("Lahti's twin is Parnu, and Pori's is Narva.",
     {frozenset({"city:fi:lahti", "city:ee:parnu"}), frozenset({"city:fi:pori", "city:ee:narva"})}),
    ("Lahti's twin town is Parnu; Pori's is Narva.",
     {frozenset({"city:fi:lahti", "city:ee:parnu"}), frozenset({"city:fi:pori", "city:ee:narva"})}),
    # a possessive after "and" opens a clause of its own: no member of the list
    ("Lahti is twinned with Parnu, and Pori's harbour is larger.",
     {frozenset({"city:fi:lahti", "city:ee:parnu"})}),
    ("Lahti's twin is Parnu, and Pori's is larger.",
     {frozenset({"city:fi:lahti", "city:ee:parnu"})}),
])
def test_a_second_owners_possessive_is_its_own_clause(text, want):
    assert _twins(text) == want


def test_an_office_after_a_possessive_still_acts_for_its_place():
    got = pairs("The agreement was signed by Astrakhan and Atyrau's governor.",
                "SIGNED_AGREEMENT")
    # (a governor is a region's: Atyrau is the region, and Astrakhan, a bare town's name
    # signing with a region abroad, the region named after it)
    assert {frozenset(p) for p in got} == {frozenset({"region:ru:astrakhan",
                                                      "region:kz:atyrau"})}
