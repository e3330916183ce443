"""A town's or region's own page or report states its own party once (a title, a heading,
a lead-in) and its partners in rows below: a header cell that names the tie and its
year ("Partner town since"), a lead-in paragraph whose last sentence, next to the rows,
says they are twins after an earlier one spoke of agreements. Near misses: a lead-in
whose last sentence says the rows are agreements, rows under a heading of something
else. Texts written for these tests."""

import pytest
from extract_candidates import candidates

T = "TWINNED_WITH"


def twins(text) -> set[frozenset]:
    return {frozenset((r["source"]["id"], r["target"]["id"]))
            for r in candidates(text) if r["type"] == T}


def pairs_of(own, *others) -> set[frozenset]:
    return {frozenset((own, o)) for o in others}


OWN = "city:fi:tampere"
PARTNERS = ("city:de:kiel", "city:se:linkoping", "city:no:trondheim")
ROWS = "Kiel | Germany | 1946\nLinköping | Sweden | 1951\nTrondheim | Norway | 1966\n"


@pytest.mark.parametrize("header", [
    "Town | Country | Partner town since",
    "City | Country | Twin city since",
    "Partner city | Country | Sister city from",
])
def test_a_header_cell_naming_the_tie_and_its_year_heads_rows_of_twins(header):
    # (the lead-in speaks of agreements only: the header alone says the rows are twins)
    text = ("City of Tampere\nInternational relations\n\n"
            "Tampere has signed agreements with many towns abroad.\n\n"
            f"{header}\n{ROWS}")
    assert pairs_of(OWN, *PARTNERS) <= twins(text), text


@pytest.mark.parametrize("lead", [
    "Tampere keeps ties with towns in the Nordic countries and Germany. Most of them rest "
    "on a signed cooperation agreement. The table below lists our partner towns.",
    "Each tie was approved by the city council and is based on an agreement. Here are "
    "the twin towns of Tampere.",
])
def test_the_sentence_next_to_the_rows_says_what_they_are(lead):
    text = f"City of Tampere\nInternational relations\n\n{lead}\n\n{ROWS}"
    assert pairs_of(OWN, *PARTNERS) <= twins(text), text


@pytest.mark.parametrize("lead", [
    "Tampere has partner towns in many countries. The table below lists the cooperation "
    "agreements it signed with other towns.",
    "Our partner towns are listed on another page. Below are the trade fairs of the year.",
])
def test_no_twins_when_the_sentence_next_to_the_rows_names_something_else(lead):
    text = f"City of Tampere\nInternational relations\n\n{lead}\n\n{ROWS}"
    assert not pairs_of(OWN, *PARTNERS) & twins(text), text


# -- a region's own report: goods in rows, each with the markets it went to -------------
REPORT = ("Pirkanmaa Regional Council\nAnnual report on external relations, 2024\n\n"
          "This report sums up the external relations of the region of Pirkanmaa.\n\n"
          "Table 4. {caption}\n{header}\n"
          "Paper and board | Germany, Poland | 31 %\n"
          "Machinery | Sweden | 12 %\n\n"
          "The council met eight times in the year.\n")
MARKETS = {"country:de", "country:pl", "country:se"}


def _sold_to(text) -> set[str]:
    # (the report's own region, named once in its title and lead-in, supplies each row)
    return {r["target"]["id"] for r in candidates(text) if r["type"] == "SUPPLIES_TO"
            and r["source"]["id"] == "region:fi:pirkanmaa"}


@pytest.mark.parametrize("caption,header", [
    ("Leading exports of Pirkanmaa per group of goods",
     "Product group | Main destinations | Share"),
    ("Exports of the region, 2024", "Goods | Destinations | Share of exports"),
    ("Foreign trade of the region in 2024", "Main products | Export markets | Share"),
])
def test_goods_rows_with_a_column_of_destinations_are_the_regions_supplies(caption, header):
    text = REPORT.format(caption=caption, header=header)
    assert MARKETS <= _sold_to(text), text


@pytest.mark.parametrize("caption,header", [
    # (where the goods came from, not where they went)
    ("Leading imports of Pirkanmaa per group of goods", "Product group | Origin | Share"),
    ("Leading imports of Pirkanmaa per group of goods", "Product group | Country | Share"),
])
def test_no_supplies_from_goods_rows_without_a_column_of_destinations(caption, header):
    text = REPORT.format(caption=caption, header=header)
    assert not MARKETS & _sold_to(text), text


# -- a partner region written with its kind word and an adjective before "of" ----------
@pytest.mark.parametrize("row", [
    "Free State of Saxony | Germany | 2004 | cooperation agreement",
    "Free State of Saxony | Germany | 2009 | protocol on cooperation",
])
def test_a_region_named_with_its_kind_and_an_adjective_is_a_partner_row(row):
    text = ("Pirkanmaa Regional Council\nReport on external relations, 2024\n\n"
            "Partner regions of Pirkanmaa\nPartner region | Country | Since | Basis\n"
            f"{row}\nUusimaa | Finland | 1999 | cooperation agreement\n\n"
            "The council met eight times.\n")
    got = {(r["type"], r["target"]["id"]) for r in candidates(text)
           if r["source"]["id"] == "region:fi:pirkanmaa"}
    region = "region:de:saxony"
    assert {("TWINNED_WITH", region), ("SIGNED_AGREEMENT", region)} <= got, (text, got)


# -- a twinning's charter dated by its clause: the towns signed it then ------------------
SIGNED = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("sentence", [
    "Tampere's friendship charter with Kiel dates from 1946.",
    "The twinning agreement between Tampere and Kiel goes back to 1946.",
    "Tampere's partnership charter with Kiel dates back to May 1946.",
])
def test_a_charter_dated_by_its_clause_is_signed_by_the_twins(sentence):
    text = f"City of Tampere\nPartner cities\n\n{sentence}\n"
    got = {frozenset((r["source"]["id"], r["target"]["id"]))
           for r in candidates(text) if r["type"] == SIGNED}
    assert frozenset((OWN, "city:de:kiel")) in got, (text, got)


@pytest.mark.parametrize("sentence", [
    # (the clause dates something else than the charter)
    "Under their friendship charter, pupils of Tampere and Kiel have met every year.",
    "The friendship charter with Kiel is still in force; the choir dates from 1946.",
])
def test_no_signing_of_a_charter_only_mentioned(sentence):
    text = f"City of Tampere\nPartner cities\n\n{sentence}\n"
    got = {frozenset((r["source"]["id"], r["target"]["id"]))
           for r in candidates(text) if r["type"] == SIGNED}
    assert frozenset((OWN, "city:de:kiel")) not in got, (text, got)


# -- the page's own town signing a partnership charter with a town it names ------------
@pytest.mark.parametrize("sentence", [
    "A partnership agreement with Kiel is due to be signed in June.",
    "In 1946 a partnership agreement was concluded with Kiel.",
])
def test_a_partnership_charter_with_the_pages_town_is_also_their_twinning(sentence):
    text = ("City of Tampere\nInternational relations\n\n"
            "Tampere keeps ties with many towns abroad.\n\n"
            f"Questions and answers\nWhat is new?\n{sentence}\n")
    assert frozenset((OWN, "city:de:kiel")) in twins(text), (text, twins(text))


@pytest.mark.parametrize("sentence", [
    # (a document of another kind makes no twinning)
    "A protocol on river transport with Kiel is due to be signed in June.",
    "In 1946 a trade agreement was concluded with Kiel.",
])
def test_no_twinning_from_a_paper_that_is_no_partnership_charter(sentence):
    text = ("City of Tampere\nInternational relations\n\n"
            "Tampere keeps ties with many towns abroad.\n\n"
            f"Questions and answers\nWhat is new?\n{sentence}\n")
    assert frozenset((OWN, "city:de:kiel")) not in twins(text), (text, twins(text))


# -- a report's caption names its own region in the possessive, a town's name too -------
@pytest.mark.parametrize("name,region", [
    ("Salzburg", "region:at:salzburg"),
    ("Murcia", "region:es:murcia"),
    ("Mendoza", "region:ar:mendoza"),
])
def test_a_possessive_caption_names_the_region_not_its_namesake_town(name, region):
    text = ("Report on foreign trade, 2025\n\nThe exports grew in the year.\n\n"
            f"{name}'s leading export markets in 2025 were:\n\n"
            "Market | Value ($bn) | Main goods\n"
            "Chile | 2.1 | dairy, wool\nKenya | 1.4 | grains\nPeru | 0.9 | machinery\n\n"
            "The minister visited three markets.\n")
    got = {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
           if r["type"] == "SUPPLIES_TO"}
    assert {(region, c) for c in ("country:cl", "country:ke", "country:pe")} <= got, \
        (text, got)
