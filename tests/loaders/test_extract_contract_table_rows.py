"""A table of contracts written with bars between its cells, whose rows give the seller,
the buyer, the buyer's country and the goods: a country in a cell of its own right after
a firm only locates that firm, so the row is still one pair; a header whose first columns
are sellers and their buyers makes each contract a sale as well. Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.extract.tables import sales_columns

A, S = "SIGNED_AGREEMENT", "SUPPLIES_TO"


def _pairs(text, rel_type):
    return sorted((c["source"]["id"].split(":")[-1], c["target"]["id"].split(":")[-1])
                  for c in extract_lines(text.splitlines(), "t.txt").candidates
                  if c["type"] == rel_type)


def _table(lead_in, header):
    return (f"Annual review of the Ministry of Trade of Northland\n\n{lead_in}\n{header}\n"
            "| Redgum Wool Pty Ltd | Kanazawa Textiles Co., Ltd. | Japan | greasy wool "
            "| 4 years |\n"
            "| Darling Oats Pty Ltd | Busan Feed Co., Ltd. | Republic of Korea | feed oats "
            "| 2 years |\n"
            "Our trade office helped every one of them.")


SIGNED = [("redgum-wool", "kanazawa-textiles-co-ltd"), ("darling-oats", "busan-feed-co-ltd")]
LEAD_INS = [
    "The contracts below were signed by exporters from our state during the year:",
    "Largest export contracts concluded by local firms in 2023:",
]
SALES_HEADERS = [
    "| Exporter | Buyer | Country | Product | Term |",
    "| Northland firm | Overseas buyer | Country | Goods | Term |",
    "| Supplier | Customer | Market | Goods | Length |",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
@pytest.mark.parametrize("header", SALES_HEADERS)
def test_a_country_cell_after_the_buyer_leaves_the_row_one_contract_and_one_sale(lead_in, header):
    text = _table(lead_in, header)
    assert _pairs(text, A) == sorted(SIGNED)
    assert _pairs(text, S) == sorted(SIGNED)


@pytest.mark.parametrize("header", [
    "| Northland partner | Foreign partner | Country | Field | Term |",
    "| Firm | Partner | Country | Field | Term |",
])
def test_partners_columns_are_contracts_and_no_sales(header):
    text = _table(LEAD_INS[0], header)
    assert _pairs(text, A) == sorted(SIGNED)
    assert _pairs(text, S) == []


def test_two_countries_in_a_row_stay_their_pair():
    text = ("Agreements signed by the ministry in 2022:\n"
            "| Latvia | Estonia | Country | memorandum on transit |\n"
            "| Latvia | Finland | Country | memorandum on ports |\n")
    assert ("ee", "lv") not in _pairs(text, S)


@pytest.mark.parametrize("header, expected", [
    ("Exporter - Buyer - Country - Goods", True),
    ("Northland firm - Overseas buyer - Goods", True),
    ("Supplier - Customer - Product", True),
    ("Buyer - Exporter - Goods", False),
    ("Firm - Partner - Field", False),
    ("Company - Town - Buyer", False),
])
def test_sales_columns_are_sellers_then_their_buyers(header, expected):
    assert sales_columns(header) is expected
