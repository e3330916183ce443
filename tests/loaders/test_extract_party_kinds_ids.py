"""Parties found under another id: the kind a place word or a head noun gives an
unresolved or ambiguous party, the country of a place several countries name, and one
id per document for a firm named several ways. Short texts written for these tests."""

import pytest
from extract_candidates import pairs


def _ids(text, rel_type):
    return {tuple(p) if rel_type == "SUPPLIES_TO" else frozenset(p)
            for p in pairs(text, rel_type)}


@pytest.mark.parametrize("text,rel_type,want", [
    # a place and a lower-case head noun point back at the body or firm named before
    ("Grodno State Medical University signed an agreement with Kazan Federal University in "
     "2018. In 2021 the Grodno university also signed a memorandum with the Tashkent Medical "
     "Academy.", "SIGNED_AGREEMENT",
     frozenset({"org:by:grodno-state-medical-university", "org:uz:tashkent-medical-academy"})),
    ("Minsk Tractor Works shipped tractors to Serbia. In 2020 the Minsk plant also delivered "
     "tractors to Mongolia.", "SUPPLIES_TO", ("company:by:mtz", "country:mn")),
    # a one-word name glued to its place ("Mogilevliftmash") is the plant of that place
    ("Mogilevliftmash delivers lifts to Moscow. In 2022 the Mogilev plant shipped its first "
     "lifts to Uzbekistan.", "SUPPLIES_TO", ("company:by:mogilevliftmash", "country:uz")),
])
def test_place_and_head_noun_point_back_at_the_firm_named_before(text, rel_type, want):
    assert want in _ids(text, rel_type)


@pytest.mark.parametrize("text,rel_type,want", [
    # no body of that place named before: a body of its own, not the town
    ("The Kaunas university signed an agreement with the Grodno university in 2019.",
     "SIGNED_AGREEMENT", frozenset({"org:lt:kaunas-university", "org:by:grodno-university"})),
    ("The Polotsk academy signed a memorandum with the Pskov State University.",
     "SIGNED_AGREEMENT", frozenset({"org:by:polotsk-academy", "org:ru:pskov-state-university"})),
    # a firm described by its goods ("flax mill", "cotton mill") is a firm of its own
    ("The Slonim worsted mill supplies yarn to Vitebsk Carpets.", "SUPPLIES_TO",
     ("company:by:slonim-worsted-mill", "company:by:vitebsk-carpets")),
    ("The Baranovichi cotton mill sells fabric to Latvia.", "SUPPLIES_TO",
     ("company:by:baranovichi-cotton-mill", "country:lv")),
])
def test_place_and_head_noun_name_a_body_or_firm_of_that_place(text, rel_type, want):
    assert want in _ids(text, rel_type)


@pytest.mark.parametrize("text,rel_type,want", [
    # a firm's own name with a word after it stays the firm's
    ("Savushkin Product dairy ships milk to Moscow.", "SUPPLIES_TO",
     ("company:by:savushkin-product", "city:ru:moscow")),
    # a bare head after a town, with no firm of that town named before: the town
    ("The Krasnoturinsk smelter receives alumina from Pavlodar.", "SUPPLIES_TO",
     ("city:kz:pavlodar", "city:ru:krasnoturinsk")),
    # "the regional centre" is the town
    ("The Vitebsk regional centre and Smolensk are sister cities.", "TWINNED_WITH",
     frozenset({"city:by:vitebsk", "city:ru:smolensk"})),
])
def test_what_is_no_described_body(text, rel_type, want):
    assert want in _ids(text, rel_type)


@pytest.mark.parametrize("text,want", [
    # a town twinned with its namesake: the same name in two countries
    ("Many towns of Belarus have partners in Russia. Kirovsk is twinned with its Russian "
     "namesake.", {"city:by:kirovsk", "city:ru:kirovsk"}),
    ("Belarusian towns and their Russian partners. Svetlogorsk in the Gomel region has been a "
     "twin town of its namesake in the Kaliningrad region since 2015.",
     {"city:by:svetlogorsk", "city:ru:svetlogorsk"}),
    ("Belarusian towns and their Russian partners. Dzerzhinsk near Minsk has been twinned with "
     "Dzerzhinsk in the Nizhny Novgorod region since 2012.",
     {"city:by:dzerzhinsk", "city:ru:dzerzhinsk"}),
    # an apposition that locates the town names no party of its own
    ("Towns of Belarus and Russia. Lida, a district centre of the Grodno region, and the "
     "Russian town of Kovrov became twin towns in 2013.", {"city:by:lida", "city:ru:kovrov"}),
])
def test_namesakes_and_located_towns_in_a_twinning(text, want):
    assert _ids(text, "TWINNED_WITH") == {frozenset(want)}


@pytest.mark.parametrize("text,want", [
    # "A and B Mill": two materials of one firm's name
    ("The Svetlogorsk Pulp and Cardboard Mill sells cardboard to Poland.",
     "Svetlogorsk Pulp and Cardboard Mill"),
    ("The Mogilev Flax and Linen Combine ships linen to Latvia.",
     "Mogilev Flax and Linen Combine"),
])
def test_materials_joined_by_and_stay_one_firm(text, want):
    assert [s for s, _ in pairs(text, "SUPPLIES_TO", key="name")] == [want]


@pytest.mark.parametrize("text,want", [
    # a region named the colloquial way is the region, not a firm
    ("Gomselmash ships combines to Smolenshchina and Bryanshchina.",
     {("company:by:gomselmash", "region:ru:smolensk"), ("company:by:gomselmash",
                                                        "region:ru:bryansk")}),
    ("In 2019 Vitebshchina sold flax to Pskovshchina.", {("region:by:vitebsk", "region:ru:pskov")}),
    ("Belarus supplies tractors to Tataria and Orenburzhye.",
     {("country:by", "region:ru:tatarstan"), ("country:by", "region:ru:orenburg")}),
])
def test_colloquial_region_names(text, want):
    assert want <= _ids(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text,want", [
    # a press release's sender line ("Firm, Town, date") says where the text is from, and
    # so where a firm it never places is
    ("Ural Crane Works JSC, Yekaterinburg, 2 June 2025\n\nUral Crane Works delivered 140 "
     "cranes to Kazakhstan.", ("company:ru:ural-crane-works", "country:kz")),
    ("Vektor Group, Tartu, 12 March 2023\n\nVektor Group shipped furniture to Finland.",
     ("company:ee:vektor-group", "country:fi")),
])
def test_sender_line_gives_the_home_country(text, want):
    assert want in _ids(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text,want", [
    # a firm named after a town of several countries: the town of a region the text names
    ("Pavlodar and Ekibastuz are industrial towns. Aksu Ferroalloy Plant exports ferrosilicon "
     "to China.", ("company:kz:aksu-ferroalloy-plant", "country:cn")),
    ("The Gomel region borders on Russia. The Svetlogorsk Pulp and Cardboard Mill sells "
     "cardboard to Poland.", ("company:by:svetlogorsk-pulp-and-cardboard-mill", "country:pl")),
    # a firm named after a region the text names
    ("Trade of the Altai Krai with Kazakhstan grew. Altai Koks ships coke to Kazakhstan.",
     ("company:ru:altai-koks", "country:kz")),
])
def test_firm_named_after_a_place_of_the_text(text, want):
    assert want in _ids(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text,rel_type,want", [
    # a body the firm table lists among firms stays a body
    ("Belkoopsoyuz supplies potatoes to the Moscow region.", "SUPPLIES_TO",
     ("org:by:belkoopsoyuz", "region:ru:moscow")),
    ("The Belarusian Universal Commodity Exchange signed an agreement with the Uzbek "
     "Republican Commodity Exchange in 2019.", "SIGNED_AGREEMENT",
     frozenset({"org:by:belarusian-universal-commodity-exchange",
                "org:uz:uzbek-republican-commodity-exchange"})),
])
def test_bodies_in_the_firm_table(text, rel_type, want):
    assert want in _ids(text, rel_type)


@pytest.mark.parametrize("text,want", [
    # one firm of the table, named two ways: the first name's id throughout
    ("Minsk Tractor Works ships tractors to Serbia. MTZ also sells tractors in Mongolia.",
     {"company:by:mtz"}),
    ("The Belarusian Metallurgical Works supplies steel cord to Tatarstan. BMZ also buys scrap "
     "from the Bryansk region.", {"company:by:bmz"}),
])
def test_a_well_known_firm_keeps_one_id_in_a_document(text, want):
    firms = {x for pair in _ids(text, "SUPPLIES_TO") for x in pair if x.startswith("company:")}
    assert firms == want


@pytest.mark.parametrize("text,want", [
    # "regions, primarily A and B": the names the plural kind word leads to are regions
    ("Belarusian regions, primarily Minsk and Grodno, supply food to St. Petersburg.",
     {("region:by:minsk", "city:ru:saint-petersburg"),
      ("region:by:grodno", "city:ru:saint-petersburg")}),
    ("Russian regions, especially Smolensk and Bryansk, buy Belarusian tractors.",
     {("country:by", "region:ru:smolensk"), ("country:by", "region:ru:bryansk")}),
])
def test_a_plural_kind_word_before_a_focused_list(text, want):
    assert want <= _ids(text, "SUPPLIES_TO")
