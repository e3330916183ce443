"""A party's country and kind from what is written beside its name, before the
gazetteer's namesakes and the document's or paragraph's default: a firm's cell closed by
its country ("| X Corporation, Nepal |"), a list entry's firm with its town after a comma
("- X Cooperative, Masaka (9 million litres)"), a body named after a region ("the <Region>
Ministry of ..."), a town set off with its region ("A, in <Region> department, and B") or
standing on one side of a border ("B on the Bulgarian side"). Every text here was written
for these tests."""

import pytest

from tests.extract_candidates import candidates, pairs, party_ids

_TABLE = (
    "Tripura: Report on External Cooperation 2024\n\n"
    "Table 1. Agreements concluded in 2024\n"
    "No. | Tripura party | Foreign party | Document | Date\n"
    "1 | Tripura Power Company Ltd | Orvano Hydro Corporation, Nepal | Power purchase "
    "agreement | May 2024\n"
    "2 | Tripura Seed Corporation | Kavango Grain Company, Namibia | Seed supply contract "
    "| June 2024\n\n"
    "During the year Tripura Power Company Ltd bought electricity from Orvano Hydro "
    "Corporation, and Kavango Grain Company supplied seed maize to Tripura Seed "
    "Corporation.\n")


@pytest.mark.parametrize("firm", [
    "company:np:orvano-hydro-corporation",
    "company:na:kavango-grain-company",
])
def test_a_country_closing_the_firms_cell_places_it(firm):
    assert firm in party_ids(_TABLE)


def test_a_country_in_running_text_after_a_firm_places_nothing_new():
    # (no cell: the list of countries after the comma are markets)
    text = ("NAIROBI, 3 May 2024 - Kavango Grain Company, Namibia and Botswana were the "
            "markets of Lake Mills Ltd, which supplied flour to Kavango Grain Company.")
    assert "company:na:kavango-grain-company" not in party_ids(text)


_SUPPLIERS = (
    "Lakeside Creamery Ltd – Annual Report 2024\n"
    "Section 2: Suppliers\n\n"
    "Raw milk is our main input. Our largest suppliers of raw milk were:\n"
    "– Kiboga Dairy Farmers Cooperative Society, Masaka (9.1 million litres)\n"
    "– Lwera Milk Producers Union (4.2 million litres)\n"
    "– Nsozi Ranchers Ltd (1.3 million litres)\n")


def test_an_entrys_town_after_a_comma_is_its_firms_seat():
    found = pairs(_SUPPLIERS, "SUPPLIES_TO", key="name")
    suppliers = {a for a, _ in found}
    assert "Masaka" not in suppliers, found
    assert {"Kiboga Dairy Farmers Cooperative Society", "Lwera Milk Producers Union",
            "Nsozi Ranchers Ltd"} <= suppliers, found


def test_a_town_that_goes_on_a_list_stays_a_party():
    text = ("Lakeside Creamery Ltd – Annual Report 2024\n\n"
            "In 2024 we delivered milk powder to Kampala, Masaka (by road) and Mbarara.\n")
    recipients = {b for _, b in pairs(text, "SUPPLIES_TO")}
    assert "city:ug:masaka" in recipients, recipients


@pytest.mark.parametrize("text, body", [
    # a ministry named after a province the text names, whose name a town abroad also
    # bears
    ("MONTEVIDEO, Uruguay, 3 May 2024 - Entre Ríos and Salto signed a framework accord. "
     "The Entre Ríos Ministry of Production signed a protocol on fisheries with the "
     "Uruguayan Ministry of Livestock.", "org:ar:entre-rios-ministry-of-production"),
])
def test_a_body_named_after_a_region_is_of_the_regions_country(text, body):
    assert body in party_ids(text)


def test_a_town_set_off_with_its_region_is_the_town_not_the_region():
    text = ("SALTO, Uruguay, 14 March 2024 - Under a friendship accord signed on Friday, "
            "Constitución, in Salto department, and Chajarí, in Entre Ríos, became partner "
            "towns.")
    names = {(r["source"]["name"], r["target"]["name"]) for r in candidates(text)
             if r["type"] == "TWINNED_WITH"}
    assert ("Constitución", "Chajarí") in names, names
    assert all("Salto department" not in pair for pair in names), names


@pytest.mark.parametrize("text, town", [
    ("BELGRADE, 3 May 2024 - Kladovo signed a cooperation agreement with Dolno Varvitsa on "
     "the Bulgarian side of the river.", "city:bg:dolno-varvitsa"),
    ("BELGRADE, 3 May 2024 - Kladovo signed a cooperation agreement with Stelvara on the "
     "Romanian bank of the Danube.", "city:ro:stelvara"),
])
def test_a_name_on_one_side_of_a_border_is_a_town_of_that_side(text, town):
    assert town in party_ids(text)


def test_a_side_market_is_no_town():
    text = ("BELGRADE, 3 May 2024 - Kladovo signed a cooperation agreement with Stelvara "
            "on the Romanian market.")
    assert "city:ro:stelvara" not in party_ids(text)


_TOWN_PAGE = (
    "Marktgemeinde Hollerbach – Partner Towns\n\n"
    "Kőszeg (Hungary)\n"
    "Hollerbach and Kőszeg, both small wine towns, signed a partnership agreement in "
    "2009.\n\n"
    "Bad Wörishofen (Germany)\n"
    "Each year the cooperative Winzer Hollerbach delivers wine to the Kurhaus Bad Wörishofen, "
    "and the Kurhaus Hollerbach buys cheese from Sajtüzem Kőszeg Kft.\n")


@pytest.mark.parametrize("party", [
    # the page's title in one country's own word for a town: the page's home, not the
    # country of the heading above the paragraph
    "city:at:hollerbach",
    "company:at:kurhaus-hollerbach",
    # a firm named after a town the gazetteer knows, of a country the text names
    "company:de:kurhaus-bad-worishofen",
])
def test_a_town_page_in_its_own_language_and_firms_named_after_towns(party):
    assert party in party_ids(_TOWN_PAGE)


def test_two_names_called_towns_are_towns():
    twins = pairs(_TOWN_PAGE, "TWINNED_WITH")
    assert ("city:at:hollerbach", "city:hu:koszeg") in twins, twins


def test_a_municipal_word_of_several_countries_places_no_page():
    text = ("Gemeinde Hollerbach – Partner Towns\n\n"
            "Kőszeg (Hungary)\n"
            "Hollerbach and Kőszeg, both small wine towns, signed a partnership agreement "
            "in 2009.\n")
    assert "city:at:hollerbach" not in party_ids(text)


def test_a_town_set_off_with_its_region_keeps_its_clause():
    text = ("LARISSA, Greece, 3 May 2024 - Springfield, in Illinois, is a sister city of "
            "Larissa, the mayor said.")
    twins = {b for r in candidates(text) if r["type"] == "TWINNED_WITH"
             for b in (r["source"]["name"], r["target"]["name"])}
    assert "Springfield" in twins, twins



@pytest.mark.parametrize("title", ["Stadtgemeinde Hollerbach", "Marktgemeinde Hollerbach"])
def test_a_town_pages_title_in_its_own_word_is_the_town(title):
    text = (f"{title} – Partner Towns\n\n"
            "Kőszeg (Hungary)\n"
            "Our friendship agreement with the old town of Kőszeg was signed in 2001.\n")
    twins = pairs(text, "TWINNED_WITH")
    assert ("city:at:hollerbach", "city:hu:koszeg") in twins, twins
