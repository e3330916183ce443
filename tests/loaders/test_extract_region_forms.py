"""A first-level region written as readers write it: another romanisation with its head
word ("the Briansk Oblast", "Cheliabinsk region"), its country after the head word
("the Shirak Province of Armenia"), a head word in lower case that is not "region"
("Khovd aimag"). Without a head word the town stays the town."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.resolve import Resolver

S, A, T = "SUPPLIES_TO", "SIGNED_AGREEMENT", "TWINNED_WITH"


def parties(text, rel_type):
    return {p for pair in pairs(text, rel_type) for p in pair}


@pytest.fixture(scope="module")
def resolver():
    return Resolver.default()


@pytest.mark.parametrize(("text", "rel_type", "region"), [
    # romanisations a reader meets for the same Russian name (Library of Congress,
    # scientific), written with a head word
    ("In 2018 the Briansk Oblast signed a memorandum on trade with the Grodno Region.",
     A, "region:ru:bryansk"),
    ("Gomselmash sold forty combines to farms of the Cheliabinsk region last year.",
     S, "region:ru:chelyabinsk"),
    ("The Tiumen Region and the Vitebsk Region have been partner regions since 2004.",
     T, "region:ru:tyumen"),
    ("Brjansk Oblast buys milk powder from the Mogilev dairy Babushkina Krynka.",
     S, "region:ru:bryansk"),
    # a region named after its capital in the capital's own spelling
    ("MAZ shipped 120 buses to the Khanty-Mansiysk Autonomous Okrug in 2020.",
     S, "region:ru:khanty-mansi"),
    ("An agreement between the Djizak region and the Minsk Region was signed in 2019.",
     A, "region:uz:jizzakh"),
])
def test_a_region_word_with_another_spelling_is_the_region(text, rel_type, region):
    assert region in parties(text, rel_type)


@pytest.mark.parametrize(("name", "expected"), [
    # a capital's former name, kept among the town's other names, with a region word
    ("the Gorky region", "region:ru:nizhny-novgorod"),
    ("Kuibyshev Oblast", "region:ru:samara"),
    ("the Voroshilovgrad region", "region:ua:luhansk"),
    ("Briansk Oblast", "region:ru:bryansk"),
    ("Mogiljov Region", "region:by:mogilev"),
    ("Kotaik Province", "region:am:kotayk"),
    # no region word: the town of that spelling
    ("Briansk", "city:ru:bryansk"),
    ("Cheliabinsk", "city:ru:chelyabinsk"),
])
def test_the_resolver_reads_another_spelling_only_with_a_region_word(resolver, name, expected):
    res = resolver.resolve(name)
    assert res.id == expected
    if expected.startswith("region:"):
        assert res.match == "approximate"


@pytest.mark.parametrize("name", [
    # a town that is a region's capital but not its namesake (Moscow Oblast's seat)
    "Krasnogorsk region",
    # a former name no region bears any more
    "Semipalatinsk region",
])
def test_a_capital_that_does_not_name_its_region_gives_no_region(resolver, name):
    assert not resolver.resolve(name).resolved


@pytest.mark.parametrize(("text", "rel_type", "region", "wrong"), [
    ("MAZ delivered forty buses to the Shirak Province of Armenia in 2021.",
     S, "region:am:shirak", "region:am:shirak-of-armenia"),
    ("The Kakheti Region of Georgia signed a wine trade agreement with the Minsk Region.",
     A, "region:ge:kakheti", "region:us:kakheti"),
    ("Amkodor has supplied loaders to the Altai Krai of Russia since 2015.",
     S, "region:ru:altai-krai", "region:ru:altai-krai-of-russia"),
    ("The Lori Province of Armenia and the Gomel Region became partner regions in 2012.",
     T, "region:am:lori", "region:am:lori-of-armenia"),
])
def test_the_country_after_a_head_word_is_the_regions(text, rel_type, region, wrong):
    found = parties(text, rel_type)
    assert region in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("MTZ signed a service contract with the Republic of Belarus in 2020.", A, "country:by"),
    ("The Republic of Tatarstan and the Minsk Region signed an agreement in 2015.", A,
     "region:ru:tatarstan"),
])
def test_republic_of_a_country_or_a_region_stays_what_it_is(text, rel_type, expected):
    assert expected in parties(text, rel_type)


@pytest.mark.parametrize(("text", "rel_type", "region"), [
    ("In 2019 Amkodor supplied road machinery to Bayankhongor aimag.", S,
     "region:mn:bayankhongor"),
    ("The Khovd aimag and the Gomel Region signed a cooperation agreement in 2016.", A,
     "region:mn:khovd"),
    ("BelAZ trucks were shipped to Nakhchivan autonomous republic in 2014.", S,
     "region:az:nakhchivan"),
    # the abbreviation of texts rendered from Russian, inside a list and at its end
    ("In 2016 the Gomel obl. and the Chernigov obl. signed an agreement on trade.", A,
     "region:ua:chernihiv"),
    ("Amkodor ships loaders to the Tyumen obl. and to Omsk.", S, "region:ru:tyumen"),
])
def test_a_lower_case_head_word_makes_the_region(text, rel_type, region):
    assert region in parties(text, rel_type)


def test_obl_with_its_dot_keeps_the_list_going():
    found = parties("Amkodor ships loaders to the Tyumen obl. and to Omsk.", S)
    assert {"region:ru:tyumen", "city:ru:omsk"} <= found


@pytest.mark.parametrize(("text", "rel_type", "town"), [
    ("In 2019 Amkodor supplied road machinery to Khovd.", S, "city:mn:khovd"),
    ("In 2017 Bryansk signed a cooperation agreement with Mogilev.", A, "city:ru:bryansk"),
])
def test_without_a_head_word_the_town_stays_the_town(text, rel_type, town):
    assert town in parties(text, rel_type)


@pytest.mark.parametrize(("text", "region", "town"), [
    # the province's own name is only an alternate name of a town in another province
    ("Amkodor shipped loaders to Henan in 2021.", "region:cn:henan", "city:cn:hengyang"),
    ("Coal from Quang Ninh is sold to a power plant near Minsk.", "region:vn:quang-ninh",
     "city:vn:quan-hau"),
    # a former name of a capital that the region still bears
    ("Grodno Azot supplied fertiliser to Zhambyl last spring.", "region:kz:jambyl",
     "city:kz:taraz"),
])
def test_a_bare_region_name_is_no_town_elsewhere(text, region, town):
    found = parties(text, S)
    assert region in found
    assert town not in found


@pytest.mark.parametrize(("text", "town"), [
    # a capital spelled as its region: the town stays the town
    ("Amkodor shipped loaders to Karaganda in 2021.", "city:kz:karagandy"),
    ("Gomselmash sold combines to Jilin last year.", "city:cn:jilin"),
])
def test_a_capital_named_like_its_region_stays_the_town(text, town):
    assert town in parties(text, S)


@pytest.mark.parametrize(("text", "region", "village"), [
    # the twin noun says regions: a bare region name is not a village of that name
    ("The Vitebsk Region and Shirak have been partner regions since 2012.",
     "region:am:shirak", "city:am:shirak"),
    ("Shirak and the Gomel Region became partner regions in 2014.",
     "region:am:shirak", "city:am:shirak"),
])
def test_a_twinning_of_regions_keeps_a_bare_region(text, region, village):
    found = parties(text, T)
    assert region in found
    assert village not in found


@pytest.mark.parametrize(("text", "town"), [
    # twin towns: a county named like its town is the town (Tartu)
    ("Tartu and Gomel have been twin towns since 1995.", "city:ee:tartu"),
    ("Lida and Tartu have been partner cities since 1998.", "city:ee:tartu"),
])
def test_a_twinning_of_towns_still_reads_the_town(text, town):
    assert town in parties(text, T)


@pytest.mark.parametrize("text, want", [
    ("The Grodno Region has signed agreements with: the Podlaskie Voivodeship, Poland, the "
     "Kaunas County, Lithuania, and the Pskov Region, Russia.",
     {"region:by:grodno", "region:pl:podlaskie", "region:lt:kaunas", "region:ru:pskov"}),
    ("The Brest Region signed agreements with the Lublin Voivodeship, Poland and Ukraine's "
     "Volyn Region.", {"region:by:brest", "region:pl:lublin", "region:ua:volyn"}),
])
def test_a_country_after_its_region_only_locates_it(text, want):
    assert parties(text, A) == want


def test_a_country_after_a_region_of_another_country_is_a_party():
    got = parties("The Vitebsk Region signed agreements with the Pskov Region, Latvia and "
                  "Lithuania.", A)
    assert {"region:ru:pskov", "country:lv", "country:lt"} <= got
