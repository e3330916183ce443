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


@pytest.mark.parametrize("text, firm", [
    ("Birzai District Municipality > Economy > Foreign partners\n\nThe district works with "
     "partners in Latvia and Poland; Latvian firms are its main buyers. The bakery Duonos "
     "Namai supplies bread to Latvia.", "company:lt:duonos-namai"),
    ("Telavi Municipality\nReport on international ties, 2024\n\nOur partners are mainly in "
     "Armenia and Azerbaijan, and Armenian buyers lead. The cooperative Alazani Fruit sold "
     "apples to Armenia.", "company:ge:alazani-fruit"),
])
def test_a_municipalitys_page_is_written_from_its_town(text, firm):
    # the firms the text does not place are the town's, not of a country it names
    assert firm in _ids(text)


def test_a_heading_on_municipalities_names_no_home():
    from relgraph.loaders.extract.discourse import home_country

    text = "ASSOCIATION OF MUNICIPALITIES\n\nThe network works with Latvia and Poland."
    assert home_country(text, {"Latvia": "LV"}.get) is None


@pytest.mark.parametrize("text, name, want", [
    # a dateline, but the text names the town on its own: the firm's name places it
    ("PARNU, 3 June 2024 - Parnu and Valmiera renewed their ties. Valmiera Vesi signed a "
     "contract on pipe repairs.", "Valmiera Vesi", "LV"),
    ("TARTU, 12 May 2024 - Delegations from Cesis visited Tartu. Cesis Alus bought "
     "bottles.", "Cesis Alus", "LV"),
    # the town only inside the firm's name: the dateline's country stands
    ("TARTU, 12 May 2024 - Cesis Alus bought bottles in Tartu.", "Cesis Alus", None),
])
def test_a_town_the_text_also_names_on_its_own_places_a_firm_despite_a_dateline(
        text, name, want):
    from relgraph.loaders.extract.discourse import Discourse
    from relgraph.loaders.extract.parties import default_resolver

    disc = Discourse(default_resolver(), text, set(), text.split("\n")[:10])
    assert disc.home == "EE"
    assert disc.home_town_country(name) == want


def test_a_town_inside_another_name_is_no_town_named_on_its_own():
    text = ("MINSK, 4 March 2025 - The trading house Neman-Trade in Riga buys glassware from "
            "Neman Glassworks.")
    assert "company:ru:neman-glassworks" not in _ids(text)


@pytest.mark.parametrize("text, firm", [
    ("Exports to Sweden and Finland grew. Rūta AB sold chocolate to Sweden.",
     "company:lt:ruta"),
    ("Trade with Sweden and Finland grew. Kėdainių Konservai AB delivered peas to Finland.",
     "company:lt:kedainiu-konservai"),
])
def test_the_letters_of_a_name_pick_among_a_legal_forms_countries(text, firm):
    assert firm in _ids(text)


def _sources(text):
    return {c["source"]["id"] for c in _rows(text) if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, firm", [
    ("KAUNO GRŪDAI LLC\nAnnual report 2024\n\nThe Group sold 300,000 tonnes of feed. In "
     "2024 the Group exported feed to Latvia and Poland.", "company:lt:kauno-grudai"),
    ("POLESIE JUICES LLC\nReview of operations\n\nSales grew by 9%. The Group shipped juice "
     "to Lithuania and Latvia in 2023.", ":polesie-juices"),
])
def test_the_group_in_a_firms_report_is_that_firm(text, firm):
    assert any(s.endswith(firm) for s in _sources(text))
    assert not any(s.endswith(":group") for s in _sources(text))


def test_a_named_group_in_a_firms_report_is_its_own_party():
    text = ("KAUNO GRŪDAI LLC\nAnnual report 2024\n\nThe Baltic Group of farmers shipped "
            "grain to Latvia in 2024.")
    assert "company:lt:kauno-grudai" not in _sources(text)


@pytest.mark.parametrize("text, firm", [
    ("TELAVI WINE CELLAR LLC\nAnnual report 2024\n\nWe export to Germany, Poland and Latvia. "
     "In Latvia our importer Vinoteka Baltija SIA of Riga resells the wines to Elvi.",
     "company:lv:elvi"),
    ("SOROCA FRUIT SRL\nExport review\n\nApples went to Romania and Poland. In Romania the "
     "company signed a contract with Fructe Import SRL of Iasi, which delivers the apples "
     "to Profi.", "company:ro:profi"),
])
def test_a_sentence_opening_on_a_market_places_the_firms_nothing_else_places(text, firm):
    assert firm in _ids(text)


def test_a_later_market_in_the_sentence_places_its_own_firms_no_longer():
    text = ("TELAVI WINE CELLAR LLC\nAnnual report 2024\n\nWe export to Latvia and Estonia. "
            "In Latvia our importer Vinoteka Baltija SIA of Riga resells the wines to Elvi; in "
            "Estonia the wines are sold by Selver.")
    ids = _ids(text)
    assert "company:lv:elvi" in ids and "company:lv:selver" not in ids
    # the report's own firm keeps the country its name gives
    assert "company:ge:telavi-wine-cellar" in ids
