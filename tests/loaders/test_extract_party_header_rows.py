"""Relations stated in table rows and list items whose common party, or whose parties'
roles, a header, a column name or a lead line gives.

* a table whose header names both signers' columns ("No. | Home party | Foreign party |
  Document | Date", "# | Our signatory | Counterparty | Instrument | Signed", "Party A |
  Party B | Agreement | Year"): each row the two sides' signing; a country after a comma
  only places its party; a contract of deliveries also a supply (a purchase makes the
  first side the buyer, a supply or sale its seller); a sister-region instrument between
  places also a twinning; a dash in the document column signs nothing;
* lettered items under a lead line that names the keeper of the ties ("X keeps the
  following partner-region relationships: (a) ... (b) ..."): each item's region the
  keeper's twin, and its signing only when the item says a document was signed;
* a header column of the tie's paper ("Founding document", "Charter") on a town's page
  of twins: a charter there is the twins' signing, a dash none.

Texts written for these tests."""

import pytest
from extract_candidates import candidates, firm_blind

S, T, D = "SIGNED_AGREEMENT", "TWINNED_WITH", "SUPPLIES_TO"


def rel(text, rel_type, ordered=False) -> set:
    out = set()
    for r in candidates(text):
        if r["type"] != rel_type:
            continue
        a, b = firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"])
        out.add((a, b) if ordered else frozenset((a, b)))
    return out


def pair(a, b):
    return frozenset((a, b))


# --- tables whose header names both signers' columns -------------------------------

HEADERS = [
    "No. | Tuscan party | Foreign party | Document | Date",
    "# | Tuscan signatory | Counterparty | Instrument | Signed",
    "Party A | Party B | Agreement | Year",
    "No. | Local partner | Foreign partner | Agreement | Date",
    "Tuscan side | Foreign side | Document | Year",
]


def _energy_table(header: str) -> str:
    numbered = header.startswith(("No.", "#"))
    rows = [
        ("Region of Tuscany", "Region of Murcia, Spain", "Sister-region agreement", "May 2022"),
        ("Arno Grid SpA", "Vorarlberg Hydro GmbH, Austria", "Electricity purchase contract",
         "June 2022"),
        ("Florentia Mills SpA", "Danube Bakeries Kft, Hungary", "Flour supply contract, 2022-2024",
         "July 2022"),
        ("University of Pisa", "University of Ljubljana, Slovenia",
         "Memorandum of understanding on robotics", "September 2022"),
        ("Livorno Harbour Board", "Split Harbour Board, Croatia", "–", "October 2022"),
    ]
    lines = [" | ".join(((str(i),) if numbered else ()) + row) for i, row in enumerate(rows, 1)]
    return ("Regional Council of Tuscany\nReport on external relations 2022\n\n"
            "Table 2. Documents signed in 2022\n" + header + "\n" + "\n".join(lines) + "\n")


@pytest.mark.parametrize("header", HEADERS)
def test_each_row_of_a_two_signer_table_is_a_signing(header):
    got = rel(_energy_table(header), S)
    assert {pair("region:it:tuscany", "region:es:murcia"),
            pair("company:xx:arno-grid", "company:xx:vorarlberg-hydro"),
            pair("company:xx:florentia-mills", "company:xx:danube-bakeries"),
            pair("org:it:university-of-pisa", "org:si:university-of-ljubljana")} <= got, got


@pytest.mark.parametrize("header", HEADERS)
def test_a_country_after_a_comma_places_its_party_and_is_none(header):
    got = rel(_energy_table(header), S)
    assert not any(x.startswith("country:") for p in got for x in p), got


@pytest.mark.parametrize("header", HEADERS)
def test_a_contract_of_deliveries_is_a_supply_its_name_gives_the_direction(header):
    got = rel(_energy_table(header), D, ordered=True)
    # (a purchase: the first side buys; a supply contract: the first side delivers)
    assert ("company:xx:vorarlberg-hydro", "company:xx:arno-grid") in got, got
    assert ("company:xx:florentia-mills", "company:xx:danube-bakeries") in got, got
    # (a memorandum on research moves no goods)
    assert not any("university" in a for a, _ in got), got


@pytest.mark.parametrize("header", HEADERS)
def test_a_sister_region_instrument_between_regions_is_also_a_twinning(header):
    got = rel(_energy_table(header), T)
    assert got == {pair("region:it:tuscany", "region:es:murcia")}, got


@pytest.mark.parametrize("header", HEADERS)
def test_a_dash_in_the_document_column_signs_nothing(header):
    got = rel(_energy_table(header), S)
    assert not any("harbour" in x for p in got for x in p), got


def test_a_header_with_one_party_column_is_no_two_signer_table():
    from relgraph.loaders.extract.party_columns import column_roles, pair_table

    assert not pair_table(column_roles("Partner - Country - Instrument - Signed"))
    assert column_roles("Town - Country - Partner since - Year") is None


def test_a_cell_named_region_of_a_place_is_a_name_not_a_column_heading():
    from relgraph.loaders.extract.mentions import Mention
    from relgraph.loaders.extract.tables import header_cell

    row = "1 - Region of Tuscany - Region of Murcia - Agreement - 2022"
    name = Mention("Region of Tuscany", 4, 21)
    assert not header_cell(row, name)
    head = "Region - Partner - Document"
    assert header_cell(head, Mention("Region", 0, 6))


# --- lettered items under a lead line naming the keeper -----------------------------

LETTERED = [
    ("Nordland keeps the following partner-region relationships:\n", "(a)", "(b)", "(c)"),
    ("Nordland has the following sister-region ties:\n", "a)", "b)", "c)"),
]


@pytest.mark.parametrize("lead,a,b,c", LETTERED)
def test_lettered_items_are_the_lead_lines_keepers_twins(lead, a, b, c):
    text = ("Province of Nordland\nReport on external relations, 2024\n\n" + lead +
            f"{a} Västerbotten County, Sweden – partnership charter signed in Umeå in 2015;\n"
            f"{b} Lapland, Finland – cooperation link agreed in 2018;\n"
            f"{c} Murmansk Oblast, Russia – partner region since 2001.\n")
    home = "region:no:nordland"
    assert rel(text, T) >= {pair(home, "region:se:vasterbotten"), pair(home, "region:fi:lapland"),
                            pair(home, "region:ru:murmansk")}
    # (only the item that says a document was signed is a signing)
    assert rel(text, S) == {pair(home, "region:se:vasterbotten")}


def test_lettered_items_under_a_lead_of_something_else_are_no_twins():
    text = ("Province of Nordland\nReport on external relations, 2024\n\n"
            "Nordland has the following trade offices abroad:\n"
            "(a) Västerbotten County, Sweden – office opened in 2015;\n"
            "(b) Lapland, Finland – office opened in 2018;\n")
    assert rel(text, T) == set() and rel(text, S) == set()


# --- a column of the tie's paper on a town's page -----------------------------------

@pytest.mark.parametrize("column", ["Founding document", "Charter", "Signed instrument"])
def test_a_charter_in_the_papers_column_is_the_twins_signing(column):
    text = ("Stadt Graz – Partner Towns\n\nPartner towns in brief\n"
            f"Town | Country | Twinned since | {column}\n"
            "Coventry | United Kingdom | 1948 | Friendship charter, 1950\n"
            "Darmstadt | Germany | 1968 | Partnership agreement, 1968\n"
            "Pula | Croatia | 1972 | –\n")
    home = "city:at:graz"
    assert rel(text, T) >= {pair(home, "city:gb:coventry"), pair(home, "city:de:darmstadt"),
                            pair(home, "city:hr:pula")}
    assert rel(text, S) == {pair(home, "city:gb:coventry"), pair(home, "city:de:darmstadt")}


def test_a_charter_in_a_column_of_notes_is_not_read_as_signed():
    text = ("Stadt Graz – Partner Towns\n\nPartner towns in brief\n"
            "Town | Country | Twinned since | Notes\n"
            "Coventry | United Kingdom | 1948 | charter in preparation\n"
            "Pula | Croatia | 1972 | school exchanges\n")
    assert rel(text, S) == set()


# --- dashed items of markets under a lead line naming the seller --------------------

@pytest.mark.parametrize("note", [
    "fresh fillets and roe, about 12 thousand tonnes by air",
    "sashimi-grade fillets for the Toyosu Market of Tokyo",
])
def test_a_long_or_named_note_after_an_item_keeps_the_list_going(note):
    text = ("Province of Nordland\nReport on trade, 2024\n\n"
            "In 2024 Nordland salmon was exported to the following principal markets:\n"
            f"– Japan ({note})\n– France (smoked sides)\n– Spain (frozen whole fish)\n")
    got = rel(text, D, ordered=True)
    assert {("region:no:nordland", f"country:{c}") for c in ("jp", "fr", "es")} <= got, got


def test_a_note_naming_a_place_gives_it_nothing():
    text = ("Province of Nordland\nReport on trade, 2024\n\n"
            "In 2024 Nordland salmon was exported to the following principal markets:\n"
            "– Japan (fresh fillets flown from Bodø to Tokyo)\n– France (smoked sides)\n")
    got = rel(text, D, ordered=True)
    assert ("region:no:nordland", "country:fr") in got, got
    assert not any("tokyo" in b or "bodo" in b for _a, b in got), got


# --- a column of row numbers before a one-party table's party column -------------------

@pytest.mark.parametrize("number", ["No.", "#", "Nr."])
def test_a_column_of_row_numbers_leaves_the_partner_column_the_rows_party(number):
    from relgraph.loaders.extract.party_columns import column_roles

    header = f"{number} - Partner region - Country - Document - Year"
    assert column_roles(header) == ("number", "partner", "country", "document", "other")
    text = ("Province of Nordland\nReport on external relations, 2024\n\n"
            "Table 3. Agreements of Nordland with foreign regions\n"
            f"{number} | Partner region | Country | Document | Year\n"
            "1 | Västerbotten County | Sweden | Agreement on cooperation | 2015\n"
            "2 | Lapland | Finland | Memorandum of understanding on the Arctic route "
            "and winter tourism | 2018\n"
            "3 | Murmansk Oblast | Russia | Protocol on fisheries | 2001\n")
    home = "region:no:nordland"
    assert rel(text, S) == {pair(home, "region:se:vasterbotten"), pair(home, "region:fi:lapland"),
                            pair(home, "region:ru:murmansk")}
    assert not any(x.startswith("country:") for p in rel(text, S) for x in p)


@pytest.mark.parametrize("document", ["Share purchase agreement", "Land sale contract"])
def test_a_purchase_of_shares_or_land_is_a_signing_but_no_supply(document):
    text = ("Regional Council of Tuscany\nReport on external relations 2022\n\n"
            "Table 2. Documents signed in 2022\n"
            "No. | Tuscan party | Foreign party | Document | Date\n"
            f"1 | Arno Grid SpA | Vorarlberg Hydro GmbH, Austria | {document} | June 2022\n"
            "2 | Florentia Mills SpA | Danube Bakeries Kft, Hungary | Flour supply contract "
            "| July 2022\n")
    assert pair("company:xx:arno-grid", "company:xx:vorarlberg-hydro") in rel(text, S)
    assert not any("arno" in a or "arno" in b for a, b in rel(text, D, ordered=True))
