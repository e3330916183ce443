"""A report's postal address under its title ("Town, Province, Country", after a label
such as "Registered Office:") is where the text is written from: the firm it is about,
its "we" and the firms it never places are of that country, even when the text names a
market more often. Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.discourse import address_country

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("line", "cc"), [
    ("Vellmar, Hesse, Germany", "DE"),
    ("Head Office: 12 Mill Road, Kelso 4410, Queensland, Australia", "AU"),
    ("Registered office: Rua Nova 5, 4100-201 Porto, Portugal", "PT"),
])
def test_an_address_line_gives_its_country(line, cc):
    assert address_country(line) == cc


@pytest.mark.parametrize("line", [
    "Germany, Austria, Switzerland",          # a list of markets, no address
    "Trade of Bavaria with its neighbours, 2010-2020",
    "Annual Report 2024",
    "Oranjestad, Utopia",                      # no country closes it
])
def test_other_lines_give_none(line):
    assert address_country(line) is None


_REPORT = (
    "TARMENO OLIVOS S.A.\n"
    "Annual Report 2024\n"
    "Chilecito, La Rioja, Argentina\n"
    "\n"
    "Tarmeno Olivos S.A. (\"the Company\") sells oil abroad. Spain and Italy buy most of "
    "it; Spain took half. Spanish blenders and Spanish chains stay our main buyers.\n"
    "\n"
    "In 2024 the Company signed a supply agreement with Norte Envases S.A.\n")


def test_the_firm_and_its_unplaced_partner_are_of_the_address_country():
    pairs = id_pair_set(_REPORT, S)
    assert frozenset({"company:ar:tarmeno-olivos", "company:ar:norte-envases"}) in pairs


def test_without_the_address_the_market_named_most_places_them():
    # (the near miss: the same report without its address line is read by its markets)
    text = _REPORT.replace("Chilecito, La Rioja, Argentina\n", "")
    ids = {i for pair in id_pair_set(text, S) for i in pair}
    assert "company:ar:tarmeno-olivos" not in ids
