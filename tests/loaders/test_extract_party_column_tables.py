"""Tables and list items whose shared party is the lead-in's subject or the report's own
party: a firm's table of customers ("Customer | Country | Contract | Products"), a
region's table of partners ("Partner | Country | Instrument | Signed"), a firm's list of
suppliers ("- Firm, Town - goods"). The header gives each row's relation and direction,
a country cell or a town after the firm only places it. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

from relgraph.loaders.extract.party_columns import column_roles, row_document
from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.extract.tables import caption_of

S, A, T = "SUPPLIES_TO", "SIGNED_AGREEMENT", "TWINNED_WITH"

FIRM = ("Harbourline Biscuits Ltd - Annual Report 2024\n\n"
        "Customers\n"
        "Our principal customers and the agreements in force with them were:\n"
        "| Customer | Country | Contract | Products supplied |\n"
        "| Fjordkjeks Handel AS | Norway | two-year supply contract signed May 2023 "
        "| oat biscuits |\n"
        "| Vistula Delikatesy Sp. z o.o. | Poland | spot sales, no contract | wafers |\n"
        "| Sakura Sweets Trading Co., Ltd. | Japan | framework agreement signed 2022 "
        "| shortbread |\n")


def _rows(text):
    return [c for c in extract_lines(text.splitlines(), "t.txt").candidates]


def _firm_pairs(text, rel):
    """``(name, name)`` of each candidate of ``rel``, the report's own firm (however
    written: "we", "our") as its name."""
    def name(p):
        return "Harbourline" if "harbourline" in p["id"] else p["name"]
    return {(name(c["source"]), name(c["target"])) for c in _rows(text) if c["type"] == rel}


@pytest.mark.parametrize("buyer", ["Fjordkjeks Handel AS", "Vistula Delikatesy Sp. z o.o.",
                                   "Sakura Sweets Trading Co., Ltd."])
def test_customers_rows_are_supplied_by_the_reports_firm(buyer):
    sellers = {a for a, b in _firm_pairs(FIRM, S) if b == buyer}
    assert sellers and all("Harbourline" in a for a in sellers)


@pytest.mark.parametrize(("buyer", "signed"), [("Fjordkjeks Handel AS", True),
                                               ("Vistula Delikatesy Sp. z o.o.", False),
                                               ("Sakura Sweets Trading Co., Ltd.", True)])
def test_a_contract_cell_makes_an_agreement_and_spot_sales_none(buyer, signed):
    partners = {x for pair in _firm_pairs(FIRM, A) for x in pair}
    assert (buyer in partners) is signed


def test_a_country_cell_places_the_rows_firm_and_is_no_party():
    rows = _rows(FIRM)
    ids = {c[side]["id"] for c in rows for side in ("source", "target")}
    assert not any(i.startswith("country:") for i in ids)
    countries = {c["target"]["name"]: c["target"]["country"] for c in rows if c["type"] == S}
    assert countries.get("Fjordkjeks Handel AS") == "NO"
    assert countries.get("Sakura Sweets Trading Co., Ltd.") == "JP"


NS = "region:ca:nova-scotia"
REGION = ("Government of Nova Scotia\nNova Scotia Abroad: Annual Report 2024\n\n"
          "2. Partners abroad\n"
          "Table 1 shows the instruments in force at the end of the year. Those marked as "
          "partnerships set up a formal link between the two regions.\n"
          "| Partner | Country | Instrument | Signed |\n"
          "| Brittany | France | Partnership charter | 2009 |\n"
          "| Maine | United States | Memorandum on ferry services | 2015 |\n"
          "| Galicia | Spain | Sister-state agreement | 2019 |\n")


def test_partner_rows_are_the_reports_regions_agreements():
    got = id_pair_set(REGION, A)
    assert pairs_with(NS, "region:fr:brittany", "region:us:maine", "region:es:galicia") <= got


@pytest.mark.parametrize(("partner", "twinned"), [("region:fr:brittany", True),
                                                  ("region:es:galicia", True),
                                                  ("region:us:maine", False)])
def test_a_partnership_or_sister_state_instrument_is_a_twinning(partner, twinned):
    assert (frozenset((NS, partner)) in id_pair_set(REGION, T)) is twinned


def test_a_partners_country_cell_signs_nothing():
    got = id_pair_set(REGION, A) | id_pair_set(REGION, T)
    assert not any(any(i.startswith("country:") for i in pair) for pair in got)


SUPPLIERS = ("Harbourline Biscuits Ltd - Annual Report 2024\n\n"
             "Suppliers\n"
             "Most of our flour is bought on the open market. Our main direct suppliers in "
             "2024 were:\n"
             "- Tornquist Kvarn AB, Gothenburg - oat flour\n"
             "- Harlech Dairy Farmers (Wales) Ltd, Aberystwyth - butter\n"
             "- Lindgren Growers' Cooperative Society, Uppsala - rolled oats\n")


@pytest.mark.parametrize("supplier", ["Tornquist Kvarn AB", "Harlech Dairy Farmers (Wales) Ltd",
                                      "Lindgren Growers' Cooperative Society"])
def test_supplier_items_supply_the_reports_firm(supplier):
    got = _firm_pairs(SUPPLIERS, S)
    assert any(a.startswith(supplier.split()[0]) and "Harbourline" in b for a, b in got)


@pytest.mark.parametrize("town", ["Gothenburg", "Aberystwyth", "Uppsala"])
def test_a_town_after_an_items_firm_is_no_party(town):
    names = {c[side]["name"] for c in _rows(SUPPLIERS) for side in ("source", "target")}
    assert town not in names


def test_a_town_after_an_items_firm_places_it():
    countries = {c["source"]["name"]: c["source"]["country"] for c in _rows(SUPPLIERS)
                 if c["type"] == S}
    assert countries.get("Tornquist Kvarn AB") == "SE"


@pytest.mark.parametrize(("header", "roles"), [
    ("Customer - Country - Contract - Products supplied",
     ("buyer", "country", "document", "goods")),
    ("Main suppliers - Country - Goods", ("seller", "country", "goods")),
    ("Partner - Country - Instrument - Signed", ("partner", "country", "document", "other")),
    # (near misses: no document or goods column, no party column first, two party columns)
    ("Partner city - Country - Year", None),
    ("Country - Customer - Contract", None),
    ("Exporter - Buyer - Contract - Goods", None),
])
def test_column_roles(header, roles):
    assert column_roles(header) == roles


@pytest.mark.parametrize(("cell", "signed"), [
    ("three-year contract signed in 2021", True), ("Protocol on research", True),
    ("spot sales, no contract", False), ("none", False), ("-", False),
    ("without a written contract", False)])
def test_row_document(cell, signed):
    assert row_document(cell) is signed


@pytest.mark.parametrize(("head", "own"), [
    ("Regione Piemonte – Region of Piedmont", "region:it:piedmont"),
    ("Regione Puglia – Region of Apulia", "region:it:apulia"),
])
def test_a_letterhead_in_two_languages_speaks_for_the_region_it_knows(head, own):
    text = (head + "\nReport on International Relations 2024\n\n"
            "In March 2024 the Region concluded a protocol on research with the State of "
            "Sao Paulo.\n")
    assert frozenset((own, "region:br:sao-paulo")) in id_pair_set(text, A)


@pytest.mark.parametrize(("caption", "kind"), [
    ("Table 3 – Exports of the province by main destination, 2024", "SUPPLIES_TO"),
    ("Table 3 – Exports by leading market, 2024", "SUPPLIES_TO"),
    ("Table 3 – Imports by main origin, 2024", None),
])
def test_exports_by_main_destination_caption(caption, kind):
    got = caption_of(caption)
    assert (got[0] if got else None) == kind


AGREEMENTS = ("Tromsø kommune - International cooperation\n\n"
              "Partners that are not twin towns\n"
              "The City of Tromsø also has cooperation agreements with these cities:\n"
              "- Murmansk (Russia): agreement on Arctic research, signed in 2001.\n"
              "- Odesa (Ukraine): memorandum on port cooperation, signed in 2023. That summer "
              "Tromsø Harbour Authority sent two tugboats to the city.\n"
              "- Nuuk (Greenland): an agreement on fisheries is to be signed in 2025.\n")


def test_an_items_later_sentence_is_prose_not_a_row():
    got = id_pair_set(AGREEMENTS, A)
    assert not any(any("harbour" in i for i in pair) for pair in got)


def test_the_rows_after_an_items_later_sentence_are_still_rows():
    got = {i for pair in id_pair_set(AGREEMENTS, A) for i in pair}
    assert {"city:ua:odesa", "city:gl:nuuk"} <= got
