"""A report's lists under a lead-in or heading: the lead names the owner and the
relation ("X signed the following memoranda in 2024:", "X's principal export products
and markets, 2024:", "Principal customers by country"), each row the other party, with
its country, document, goods or quantity in cells set apart by colons and dashes. A
sub-heading "Planned for 2025:" keeps the lead's relation, its rows planned. Lists of
fairs, talks or goods without a market state nothing. Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs, candidates, id_pair_set, pairs_with

from relgraph.loaders.extract.tables import (
    caption_of,
    customers_caption,
    party_document_row,
    status_lead,
)

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"
NS = "region:ca:nova-scotia"
HEAD = "Government of Nova Scotia\nNova Scotia Abroad: Annual Report 2024\n\n"

SIGNED = ("3. Memoranda\n"
          "Nova Scotia signed the following memoranda in 2024:\n"
          "- State of Maine (United States): memorandum on ferry services, May 2024\n"
          "- Brittany (France): joint fisheries research protocol, June 2024\n"
          "Planned for 2025:\n"
          "- Galicia (Spain): agreement on port logistics, to be signed in the spring\n")


def test_rows_under_a_signing_lead_are_the_owners_agreements():
    got = id_pair_set(HEAD + SIGNED, A)
    assert pairs_with(NS, "region:us:maine", "region:fr:brittany", "region:es:galicia") <= got


def test_rows_under_a_planned_sub_heading_are_planned():
    status = {r["target"]["id"]: r["status"] for r in candidates(HEAD + SIGNED)
              if r["type"] == A}
    assert status.get("region:us:maine") == "fact"
    assert status.get("region:es:galicia") == "planned"


def test_the_document_cell_names_no_partner():
    text = HEAD + ("Nova Scotia signed the following memoranda in 2024:\n"
                   "- State of Maine (United States): memorandum on the Gulf of Maine "
                   "fisheries, May 2024\n"
                   "- Brittany (France): protocol on research with Rennes, June 2024\n")
    got = id_pair_set(text, A)
    assert pairs_with(NS, "region:us:maine", "region:fr:brittany") <= got
    assert not any("rennes" in x for pair in got for x in pair), got


@pytest.mark.parametrize("lead, rows", [
    # fairs attended, talks that led nowhere: no documents in the rows
    ("Nova Scotia took part in the following trade fairs in 2024:",
     "- Boston (United States): seafood expo, March 2024\n"
     "- Brussels (Belgium): seafood show, April 2024\n"),
    ("Talks held in 2024:",
     "- Galicia (Spain): talks on port logistics, ended without a memorandum\n"
     "- Brittany (France): visit on fisheries research, June 2024\n"),
])
def test_lists_of_events_sign_nothing(lead, rows):
    assert id_pair_set(HEAD + lead + "\n" + rows, A) == set()


MARKETS = ("4. Exports\n"
           "Nova Scotia's principal export products and markets, 2024:\n"
           "- Lobster and crab: China, South Korea, United States\n"
           "- Blueberries: Germany, Netherlands\n")


def test_each_row_names_the_markets_its_goods_go_to():
    got = id_pair_set(HEAD + MARKETS, S)
    want = pairs_with(NS, "country:cn", "country:kr", "country:us", "country:de", "country:nl")
    assert want <= got, got


def test_the_lead_in_alone_supplies_no_one():
    text = HEAD + SIGNED + "\n" + MARKETS
    lead = text.splitlines().index(MARKETS.splitlines()[1]) + 1
    assert not [r for r in candidates(text) if r["type"] == S and r["evidence"]["line"] == lead]


@pytest.mark.parametrize("lead, rows", [
    # goods without a market
    ("Nova Scotia's principal export products, 2024:", "- Lobster and crab\n- Blueberries\n"),
    # where imports come from
    ("Nova Scotia's principal import sources, 2024:",
     "- Machinery: Germany, Japan\n- Fuel: Norway\n"),
])
def test_goods_lists_without_markets_supply_nothing(lead, rows):
    got = id_pair_set(HEAD + "4. Trade\n" + lead + "\n" + rows, S)
    assert not {pair for pair in got if NS in pair}, got


FIRM = "Highland Leaf Tea Export JSC\nAnnual Report 2024 — Section 3: Customers\n\n"
CUSTOMERS = (
    "- Netherlands: Delft Thee Handel B.V., Rotterdam — 4,100 t, under a supply contract "
    "renewed in March 2024\n"
    "- Egypt: Nile Leaf Trading S.A.E., Alexandria — 2,300 t, including our first Oolong "
    "lots\n"
    "- Poland: Herbata Mazury Sp. z o.o., Olsztyn — 1,200 t\n")
OWN = "company:xx:highland-leaf-tea-export"


@pytest.mark.parametrize("heading", [
    "3.1 Principal customers by country (tonnes delivered, 2024)",
    "Our largest buyers in 2024:",
])
def test_rows_under_a_customers_heading_buy_from_the_firm(heading):
    got = blind_pairs(FIRM + heading + "\n" + CUSTOMERS, S)
    want = {(OWN, "company:xx:" + b) for b in ("delft-thee-handel", "nile-leaf-trading",
                                               "herbata-mazury")}
    assert want <= got, got
    # (the towns and countries only place the buyers; goods are no buyer)
    assert {pair[1] for pair in got} <= {w[1] for w in want}, got


def test_a_customers_row_names_its_contract():
    got = blind_pairs(FIRM + "Principal customers by country\n" + CUSTOMERS, A)
    assert got == {(OWN, "company:xx:delft-thee-handel")}, got


def test_rows_under_a_suppliers_heading_buy_nothing_from_the_firm():
    text = FIRM + "3.1 Principal suppliers by country (tonnes bought in 2024)\n" + \
        "- Netherlands: Delft Thee Handel B.V., Rotterdam — 4,100 t\n" \
        "- Egypt: Nile Leaf Trading S.A.E., Alexandria — 2,300 t\n"
    assert not {p for p in blind_pairs(text, S) if p[0] == OWN}


@pytest.mark.parametrize("line, cell", [
    ("- Ostrava Region (Czechia): memorandum on mining heritage, May 2023",
     "- Ostrava Region (Czechia)"),
    ("2. Lakeland County - protocol of cooperation, signed 2022", "2. Lakeland County"),
    ("• Tartu (Estonia): joint youth exchange agreement, 2021", "• Tartu (Estonia)"),
    # a fair, a visit: no document
    ("- Ostrava Region (Czechia): trade fair visited, May 2023", None),
    # a second party's cell before the document: a pair's row, read elsewhere
    ("Lakeland County - Riverside - memorandum on tourism - 2019", None),
])
def test_party_document_row_grammar(line, cell):
    assert party_document_row(line) == cell


@pytest.mark.parametrize("line, planned", [
    ("Planned for 2025:", True),
    ("Under negotiation:", True),
    ("Pipeline (2025-26):", True),
    ("Signed in 2024:", False),
    ("Planned investments reached EUR 5 million.", False),
])
def test_status_sub_headings(line, planned):
    assert status_lead(line) is planned


@pytest.mark.parametrize("caption, rel", [
    ("Nova Scotia's principal export products and markets, 2024:", S),
    ("The largest flows by product and destination in 2024:", S),
    ("Main export goods and their destinations", S),
    ("Leading customers by market (volumes in 2023)", S),
    ("Nova Scotia's principal export products, 2024:", None),
    ("Principal suppliers by country", None),
])
def test_captions_of_goods_and_markets(caption, rel):
    got = caption_of(caption)
    assert (got[0] if got else None) == rel
    assert customers_caption(caption) is ("customers" in caption)


STATE = ("GOVERNMENT OF THE STATE OF SANTA CATARINA\nForeign Relations Report 2024\n\n")
SC = "region:br:santa-catarina"


def test_a_regions_flows_table_is_the_regions_exports():
    text = STATE + ("4. Exports\n"
                    "Santa Catarina sold goods worth US$ 12.1 billion abroad in 2024. The "
                    "largest flows by product and destination in 2024:\n"
                    "Product — destination — US$ billion\n"
                    "Pork — China — 1.4\n"
                    "Tobacco — Belgium — 0.6\n"
                    "Poultry — Japan — 0.5\n")
    got = id_pair_set(text, S)
    assert pairs_with(SC, "country:cn", "country:be", "country:jp") <= got, got
    # (a dollar's sign is no United States)
    assert not {pair for pair in got if "country:us" in pair}, got


OUTLOOK = ("5. Outlook for 2025\n"
           "• Signature of a cooperation agreement with the Province of Mendoza, Argentina, "
           "planned for March 2025.\n"
           "• Preparation of a programme of exchanges with Tuscany on coastal tourism, to be "
           "signed during the autumn visit.\n")


def test_items_naming_a_signing_as_a_noun_are_the_reports_own():
    rows = [r for r in candidates(STATE + OUTLOOK) if r["type"] == A]
    got = {frozenset((r["source"]["id"], r["target"]["id"])): r["status"] for r in rows}
    assert got.get(frozenset((SC, "region:ar:mendoza"))) == "planned", got
    assert got.get(frozenset((SC, "region:it:tuscany"))) == "planned", got


@pytest.mark.parametrize("item", [
    # no document, or no report that speaks for a place
    "• Visit of a delegation with the Province of Mendoza, Argentina, in March 2025.\n",
    "• Signature of a cooperation agreement with the Province of Mendoza was not pursued.\n",
])
def test_items_without_a_signing_of_the_report_sign_nothing(item):
    assert id_pair_set(STATE + "5. Outlook\n" + item, A) == set()


def test_a_nominal_signing_in_a_text_speaking_for_no_one_signs_nothing():
    text = "Notes on the Andes\n\n" + OUTLOOK
    assert not [r for r in candidates(text) if r["type"] == A and
                r["evidence"]["line"] > 3 and "mendoza" in r["target"]["id"] + r["source"]["id"]
                and r["source"]["id"] != "region:ar:mendoza"]


SHARES = ("AS BALTIC BIRCH BOARDS\nANNUAL REPORT 2024\n\nSales by market\n"
          "In 2024 AS Baltic Birch Boards (the Company) sold panels in 20 "
          "countries. Its export markets ranked by share of revenue:\n"
          "- Norway - 19% (2023: 21%);\n"
          "- the Netherlands - 12%;\n"
          "- Poland - 7%.\n")


def test_marked_rows_of_shares_by_market_are_the_firms_sales():
    got = {pair[1] for pair in blind_pairs(SHARES, S)}
    assert {"country:no", "country:nl", "country:pl"} <= got, got


def test_marked_rows_of_shares_without_a_markets_lead_sell_nothing():
    text = SHARES.replace("Its export markets ranked by share of revenue:",
                          "Shares of staff by country of birth were:")
    got = {pair[1] for pair in blind_pairs(text, S)}
    assert not {"country:no", "country:nl", "country:pl"} & got, got


def test_a_heading_over_customer_rows_names_no_buyer_of_its_own():
    text = FIRM + "3.1 Main customers by country (tonnes delivered, 2024)\n" + CUSTOMERS
    got = {pair[1] for pair in blind_pairs(text, S)}
    assert "company:xx:main" not in got, got
