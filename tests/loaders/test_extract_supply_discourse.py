"""Supplies whose supplier or recipient the sentence leaves to the discourse: the firm a
quoted director speaks for ("we", "our"), "the company" and "its" pointing back past
common nouns and persons, a trade noun owned by "the holding's", shipments and lots
that go somewhere with their sender spoken of before, an adverb before a verb."""

import pytest
from extract_candidates import blind_pairs as pairs
from extract_candidates import pairs as _pairs

S = "SUPPLIES_TO"


# -- "we" and "our" in quoted remarks: the firm of the person they are attributed to --
@pytest.mark.parametrize(("text", "expected"), [
    ('"We delivered 40 seeders to Mongolia this year," said Arman Bekov, director of '
     "Agromash Kostanay.", ("company:xx:agromash-kostanay", "country:mn")),
    ('"Our pumps are sold in Georgia," says Irina Volkova, the commercial director of '
     "Tulanasos.", ("company:xx:tulanasos", "country:ge")),
    ("Oleg Sidorov, head of Kurganpribor, told reporters: \"This spring we shipped the "
     "first meters to Kyrgyzstan.\"", ("company:xx:kurganpribor", "country:kg")),
    ("\"We export most of our flour to Tajikistan,\" Bolat Nurlanov, general director of "
     "Kostanay Melkombinat, noted.", ("company:xx:kostanay-melkombinat", "country:tj")),
])
def test_we_in_a_quote_is_the_firm_of_the_person_quoted(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    # a remark attributed to nobody's firm names no supplier
    '"We now ship seeders to Mongolia," said Arman Bekov.',
    '"Our pumps are sold in Georgia," the minister added.',
])
def test_we_without_an_attributed_firm_supplies_nothing(text):
    assert pairs(text) == set()


@pytest.mark.parametrize("text", [
    "Exports rose, says Aidar Seitkali, general director of Ertis Cable Plant.",
    "Ion Rusu, commercial director of Nistru Juice, visited Poland.",
])
def test_a_person_with_a_job_title_is_no_party(text):
    from relgraph.loaders.extract.pipeline import extract_text
    names = {r[side]["name"] for r in extract_text(text).candidates
             for side in ("source", "target")}
    assert not {"Aidar Seitkali", "Ion Rusu"} & names


# -- "the company" and "its": the firm spoken of, past common nouns at a sentence's start
@pytest.mark.parametrize(("text", "expected"), [
    ("Tulanasos makes pumps in Tula. Its staff rose to 900 last year. Wages grew by 10%. "
     "The company ships pumps to Armenia.", ("company:xx:tulanasos", "country:am")),
    ("Kurganpribor builds gas meters. Its staff grew. Demand rose sharply. The plant "
     "exported 3,000 meters to Kyrgyzstan.", ("company:xx:kurganpribor", "country:kg")),
    ("Tulanasos makes pumps in Tula. In May the mayor of Tula visited the shops. The "
     "company ships pumps to Armenia.", ("company:xx:tulanasos", "country:am")),
])
def test_the_company_points_past_common_nouns_and_places(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tulanasos makes pumps in Tula. The holding's exports to Armenia doubled.",
     ("company:xx:tulanasos", "country:am")),
    ("Kurganpribor builds gas meters. Its shipments to Kyrgyzstan grew by a third.",
     ("company:xx:kurganpribor", "country:kg")),
    ("Tulanasos makes pumps in Tula. Armenia is the company's largest market.",
     ("company:xx:tulanasos", "country:am")),
    ("Kurganpribor builds gas meters. Kyrgyzstan remains the plant's biggest market.",
     ("company:xx:kurganpribor", "country:kg")),
])
def test_a_trade_noun_owned_by_a_reference(text, expected):
    assert expected in pairs(text)


# -- one side left out: the sender of the last supply, else whom the text speaks for --
@pytest.mark.parametrize(("text", "expected"), [
    ("Ertis Cable Plant shipped cable to Russia in May. Shipments to Tajikistan doubled, and "
     "the first lots also went to Azerbaijan.",
     {("company:xx:ertis-cable-plant", "country:tj"),
      ("company:xx:ertis-cable-plant", "country:az")}),
    ("Moldovan growers shipped apples to the United Arab Emirates. Other markets are "
     "farther away: exporters sent their first consignments to India and Egypt.",
     {("country:md", "country:in"), ("country:md", "country:eg")}),
    ("Kurganpribor sold meters to Kazakhstan in 2023. In 2024 further batches went to "
     "Kyrgyzstan.", {("company:xx:kurganpribor", "country:kg")}),
])
def test_goods_that_go_somewhere_take_the_last_sender(text, expected):
    assert expected <= pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a report's letterhead speaks for its region: its imports and exports are its own
    ("Kostanay Region: foreign trade in 2024\n\nImports of fertiliser from Belaruskali "
     "fell by 8 percent.", ("company:xx:belaruskali", "region:kz:kostanay")),
    ("Government of the Omsk Region\n\nExports to Mongolia grew by a fifth.",
     ("region:ru:omsk", "country:mn")),
    # a ministry's note: its country's trade
    ("Ministry of Economy of the Kyrgyz Republic\n\nInformation note\n\nImports from "
     "Kazakhstan consisted mainly of grain.", ("country:kz", "country:kg")),
    ("Ministry of Agriculture of the Republic of Moldova\n\nNote on trade\n\nExports to "
     "Romania rose by a tenth.", ("country:md", "country:ro")),
])
def test_trade_nouns_of_the_body_the_text_speaks_for(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    # two recipients of one sentence are no pair that supplies itself
    "Shipments to Tajikistan doubled, and the first lots also went to Azerbaijan.",
    # nobody spoken of, no letterhead: no sender
    "Further batches went to Kyrgyzstan.",
])
def test_one_sided_goods_without_a_sender_give_nothing(text):
    assert pairs(text) == set()


# -- an adverb before the verb keeps it a verb ----------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Omsk Region grows wheat. The region also imports fruit from Uzbekistan.",
     ("country:uz", "region:ru:omsk")),
    ("Kurganpribor builds meters. The plant mainly exports them to Kyrgyzstan.",
     ("company:xx:kurganpribor", "country:kg")),
])
def test_an_adverb_before_the_trigger_keeps_it_a_verb(text, expected):
    assert expected in pairs(text)


# -- buyers listed after "among its customers", "its customers include" ---------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Minsk Motor Plant is a major maker of engines. Among its customers are Rostselmash "
     "and KAMAZ.", ("company:xx:mmz", "company:xx:rostselmash")),
    ("Kurganpribor builds gas meters. Its customers include Kazakhtelecom and KEGOC.",
     ("company:xx:kurganpribor", "company:xx:kegoc")),
])
def test_customers_listed_after_among_or_include(text, expected):
    assert expected in pairs(text)


# -- goods whose owner was named by "its" in a sentence with no recipient named ---------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bobruiskagromash produces trailed machinery. Its products are supplied to 15 regions of "
     "Russia. The largest consignments went to the Saratov and Volgograd regions.",
     ("company:xx:bobruiskagromash", "region:ru:saratov")),
    ("Kurganpribor builds gas meters. Its meters are exported to several countries. Further "
     "batches went to Kyrgyzstan.", ("company:xx:kurganpribor", "country:kg")),
])
def test_consignments_after_a_vague_supply_take_its_owner(text, expected):
    assert expected in pairs(text)


# -- shapes within one sentence --------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # "took delivery of" receives
    ("The Krasnoyarsk Territory took delivery of 25 MAZ trucks in 2018.",
     ("company:xx:maz", "region:ru:krasnoyarsk")),
    ("In May the city of Ulan-Ude took delivery of 40 buses from Belkommunmash.",
     ("company:xx:belkommunmash", "city:ru:ulan-ude")),
    # the maker of what was bought
    ("In 2021 the Khabarovsk Territory acquired 45 trolleybuses made by Belkommunmash.",
     ("company:xx:belkommunmash", "region:ru:khabarovsk")),
    ("Ulan-Ude bought 200 buses produced by MAZ.", ("company:xx:maz", "city:ru:ulan-ude")),
    # a share named in words, of imports or of a market
    ("Belarus accounts for about a quarter of the Smolensk Region's imports.",
     ("country:by", "region:ru:smolensk")),
    ("Kazakhstan makes up half of the imports of the Omsk Region.",
     ("country:kz", "region:ru:omsk")),
    ("Belaruskali's fertilisers account for a third of the fertiliser market of the "
     "Krasnodar Territory.", ("company:xx:belaruskali", "region:ru:krasnodar")),
    # a goods noun opening the sentence is no part of the maker's name
    ("Products of the Minsk Tractor Works are sold in Kazakhstan and Uzbekistan.",
     ("company:xx:mtz", "country:kz")),
    ("Goods of Grodno Azot are known in Poland.", ("company:xx:grodno-azot", "country:pl")),
])
def test_supply_shapes_within_a_sentence(text, expected):
    assert expected in pairs(text)


# -- whom the text speaks for receives or sells when no supply was named before ---------
@pytest.mark.parametrize(("text", "expected"), [
    ("Omsk Region: foreign trade in 2024\n\nThe region's exports reached USD 1.7 billion. "
     "The main buyers were Kazakhstan and China.", ("region:ru:omsk", "country:kz")),
    ("TULANASOS HOLDING\n\nAnnual report 2024\n\nSales abroad grew by a fifth. The largest "
     "customers were Armenia and Georgia.", ("company:xx:tulanasos-holding", "country:am")),
])
def test_buyers_with_no_supply_before_are_those_of_whom_the_text_speaks_for(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Omsk Region: foreign trade in 2024\n\nImports fell. Machinery and equipment came "
     "mainly from China.", ("country:cn", "region:ru:omsk")),
    ("Government of the Kurgan Region\n\nNote on trade\n\nFertilisers were imported from "
     "Belaruskali.", ("company:xx:belaruskali", "region:ru:kurgan")),
])
def test_goods_that_came_from_a_supplier_reach_whom_the_text_speaks_for(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a firm that buys its inputs at home receives what the next sentence says comes
    ("Ertis Cable Plant makes cables. The plant buys most of its copper rod at home. The "
     "rod comes from Kazakhmys.", ("company:xx:kazakhmys", "company:xx:ertis-cable-plant")),
    ("Nistru Juice makes concentrate. The cannery buys all of its apples locally. The fruit "
     "comes from Agrofruct.", ("company:xx:agrofruct", "company:xx:nistru-juice")),
])
def test_inputs_bought_at_home_come_from_the_next_sentences_supplier(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    # an abstract or mass noun opening a sentence is no firm
    "Insulation compounds are imported from China.",
    "Machinery and equipment came mainly from China and Germany.",
])
def test_a_common_noun_opening_a_sentence_is_no_party(text):
    from relgraph.loaders.extract.pipeline import extract_text
    names = {r[side]["name"] for r in extract_text(text).candidates
             for side in ("source", "target")}
    assert not {"Insulation", "Machinery"} & names


@pytest.mark.parametrize(("text", "expected"), [
    # a cannery or a winery is a firm, and the place before it says its country
    ("The Soroca cannery Nistru Juice delivered concentrate to Poland.",
     ("company:md:nistru-juice", "country:pl")),
    ("The Cricova winery Vinaria Nord shipped wine to Romania.",
     ("company:md:vinaria-nord", "country:ro")),
])
def test_food_makers_descriptions_place_the_firm(text, expected):
    assert expected in set(_pairs(text, S))


# -- more goods to the recipient just named ---------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("MAZ delivered 50 buses to Tomsk in 2019. Gomselmash also supplied 30 combines.",
     ("company:xx:gomselmash", "city:ru:tomsk")),
    ("Amkodor shipped loaders to the Omsk Region. In addition, Bobruiskagromash delivered "
     "trailers.", ("company:xx:bobruiskagromash", "region:ru:omsk")),
])
def test_an_added_supplier_sends_to_the_recipient_just_named(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    # without a word that adds to what was said, a bare "X exports goods" names no one
    "MAZ delivered 50 buses to Tomsk in 2019. Gomselmash exports combines.",
    # and with nobody named before, nothing
    "Gomselmash also supplied 30 combines.",
])
def test_a_supply_without_recipient_or_addition_gives_nothing(text):
    assert not any(a == "company:xx:gomselmash" for a, _ in pairs(text))


# -- goods in use and export items ------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Belarusian tractors and combines have been operated on the fields of the Omsk Region "
     "for many years.", ("country:by", "region:ru:omsk")),
    ("Kazakh harvesters are used across the Kurgan Region.", ("country:kz", "region:ru:kurgan")),
    ("The main export items of the Novosibirsk Region on the Belarusian market were "
     "machinery and chemicals.", ("region:ru:novosibirsk", "country:by")),
    ("Kazakhstan's main export positions in Belarus included grain and oil.",
     ("country:kz", "country:by")),
])
def test_goods_in_use_and_export_items(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    # goods "of the region" that are exported: the region exports them
    ("The Kostanay Region grows wheat. Wheat and flour of the region are exported to "
     "Uzbekistan and Tajikistan.", ("region:kz:kostanay", "country:tj")),
    ("The Omsk Region is a grain region. Oats and barley of the region are sold to Mongolia.",
     ("region:ru:omsk", "country:mn")),
])
def test_goods_of_the_region_are_its_exports(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lidagromash makes balers. The firm's balers have also found buyers in Latvia.",
     ("company:xx:lidagromash", "country:lv")),
    ("Moldovan fruit has found new buyers in Egypt.", ("country:md", "country:eg")),
])
def test_goods_that_found_buyers_somewhere(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    # an annual report's capitals: "the Company", "the Plant" point back like lower case
    ("Tulanasos makes pumps in Tula. The Company shipped 300 pumps to Armenia.",
     ("company:xx:tulanasos", "country:am")),
    ("Kurganpribor builds gas meters. In 2024 the Plant exported meters to Kyrgyzstan.",
     ("company:xx:kurganpribor", "country:kg")),
    # "It" opening a sentence is the firm spoken of, as "it" inside one is
    ("Tulanasos makes pumps in Tula. It exported pumps to Armenia.",
     ("company:xx:tulanasos", "country:am")),
    ("Kurganpribor builds gas meters. It has 900 workers. It ships meters to Kyrgyzstan.",
     ("company:xx:kurganpribor", "country:kg")),
])
def test_capitalised_references_point_back(text, expected):
    assert expected in pairs(text)


def test_the_company_is_no_firm_named_company():
    assert not any("company:xx:company" in p for p in pairs(
        "Tulanasos makes pumps. The Company shipped pumps to Armenia."))


@pytest.mark.parametrize(("text", "expected"), [
    # gapped goods after a buying verb: each "from" names a supplier of the same buyer
    ("Belarus buys oil from Russia, cotton from Uzbekistan and zinc from Kazakhstan.",
     {("country:ru", "country:by"), ("country:uz", "country:by"), ("country:kz", "country:by")}),
    ("The Omsk Region imports fruit from Uzbekistan, and beef from Kazakhstan.",
     {("country:uz", "region:ru:omsk"), ("country:kz", "region:ru:omsk")}),
])
def test_gapped_goods_from_several_suppliers(text, expected):
    assert expected <= pairs(text)


def test_a_clause_with_its_own_buyer_is_not_gapped():
    got = pairs("Belarus buys oil from Russia, and Moldova imports wine from Romania.")
    assert ("country:ro", "country:by") not in got and ("country:ro", "country:md") in got
