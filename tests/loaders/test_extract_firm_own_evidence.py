"""A firm's country from its own evidence, not from the market the paragraph is about:
the small town a firm's name opens with (a winery, a dairy, a spring named after its home
town) in a report that never names the firm's country, and the market country that
opens a sentence for the firms it names that nothing else places. Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text):
    return extract_lines(text.split("\n"), "t.txt").candidates


def _ids(text):
    out = set()
    for c in _rows(text):
        out |= {c["source"]["id"], c["target"]["id"]}
    return out


def _supplies(text):
    return {(c["source"]["id"], c["target"]["id"]) for c in _rows(text)
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, firm, market", [
    ("TELAVI WINE CELLAR LLC\nReview of the year 2024\n\nWe sold 1.2 million bottles "
     "abroad. Our wines were shipped to Poland, Latvia and Ukraine. Poland is now the "
     "largest market.", "company:ge:telavi-wine-cellar", "country:pl"),
    ("Dilijan Mineral Water CJSC: results for 2023\n\nDilijan Mineral Water CJSC "
     "exported 40 million bottles of water. It shipped most of them to Russia, and "
     "deliveries to Ukraine resumed in May.", "company:am:dilijan-mineral-water",
     "country:ru"),
])
def test_a_firm_named_after_its_small_home_town_is_of_that_towns_country(text, firm, market):
    assert (firm, market) in _supplies(text)


@pytest.mark.parametrize("text, wrong", [
    # a dateline places the text's firms: a namesake town abroad does not
    ("KOSTANAY, 3 May 2025 - The mining company Sokolov Ore Holding delivered pellets "
     "to the Magnitogorsk works in April.", "company:cz:sokolov-ore-holding"),
    # a bare name is no firm's name: the town itself sells
    ("Cahul trades with its neighbours. Soroca sells apples to Romania every autumn.",
     "company:md:soroca"),
])
def test_a_dateline_or_a_bare_name_keeps_its_reading(text, wrong):
    assert wrong not in _ids(text)


@pytest.mark.parametrize("text, firm", [
    ("Cahul Wine House SRL sold wine to Romania and Ukraine in 2024.",
     "company:md:cahul-wine-house"),
    ("Trade with Bulgaria grew. Strumica Vegetables AD delivered peppers to Bulgaria and "
     "Greece.", "company:mk:strumica-vegetables"),
])
def test_the_home_town_picks_among_the_countries_of_a_legal_form(text, firm):
    # SRL is Romanian and Moldovan, AD Bulgarian, Macedonian ...: the market the text
    # names first is no evidence, the town the firm is named after is
    assert firm in _ids(text)


def test_a_big_town_of_the_forms_country_keeps_its_reading():
    text = "Bucharest Foods SRL delivered flour to Moldova and Ukraine."
    assert "company:ro:bucharest-foods" in _ids(text)


@pytest.mark.parametrize("text, chain", [
    ("Last year Polesie Juices signed a supply contract with the Rimi chain for its "
     "supermarkets in the Riga region.", "company:lv:rimi"),
    ("Soroca Fruit Company SRL: exports in 2023\n\nSoroca Fruit Company SRL sold apples to "
     "Romania and Poland. In Poland our importer Owoce Import Sp. z o.o. of Lublin "
     "supplies the apples to 300 Dino stores in the Lublin and Podkarpackie regions.",
     "company:pl:dino"),
])
def test_a_chain_is_of_the_country_its_stores_are_placed_in(text, chain):
    assert chain in _ids(text)


def test_shops_after_a_verb_place_no_supplier():
    # the shops are the recipients', not the supplier's: "Tartu Mill ... shops in Riga"
    ids = _ids("Tartu Mill ships flour to shops in Riga.")
    assert "company:ee:tartu-mill" in ids and "company:lv:tartu-mill" not in ids
