"""In a firm's own report, a firm nothing places that supplies the writer (its growers,
packers, contractors) is of the writer's home, not of the market the paragraph named
before; a firm the writer sells to there keeps that market. Every text here was written
for these tests."""

import pytest
from extract_candidates import id_pair_set

_HEAD = (
    "MARAMA COCONUT EXPORTS LIMITED\n"
    "Annual Report 2023\n"
    "\n"
    "Of our revenue of FJD 30 million, most came from buyers outside Fiji. Copra is "
    "pressed at our mill in Suva.\n"
    "Japan remained our largest market and sales to Japan grew by a tenth.\n")


def _ids(body: str, rel: str) -> set[str]:
    return {i for pair in id_pair_set(_HEAD + body, rel) for i in pair}


@pytest.mark.parametrize(("body", "rel"), [
    # a contract for supplies to the writer, in the market's paragraph
    ("We plan to sign a contract with Lomaiviti Copra Growers Ltd for the supply of "
     "copra from the next harvest.\n", "SIGNED_AGREEMENT"),
    ("We plan to sign a contract with Lomaiviti Copra Growers Ltd for the supply of "
     "copra from the next harvest.\n", "SUPPLIES_TO"),
    # the firm as the writer's supplier
    ("Lomaiviti Copra Growers Ltd supplied us with dried copra.\n", "SUPPLIES_TO"),
])
def test_the_writers_supplier_is_of_its_home(body, rel):
    ids = _ids(body, rel)
    assert "company:fj:lomaiviti-copra-growers" in ids
    assert "company:jp:lomaiviti-copra-growers" not in ids


@pytest.mark.parametrize(("body", "rel"), [
    # a buyer in the market keeps the market's country
    ("We supplied coconut oil to Hokuriku Foods Ltd.\n", "SUPPLIES_TO"),
    ("We signed a contract with Hokuriku Foods Ltd for the sale of coconut oil.\n",
     "SIGNED_AGREEMENT"),
])
def test_a_buyer_in_the_market_keeps_the_market(body, rel):
    ids = _ids(body, rel)
    assert "company:jp:hokuriku-foods" in ids


@pytest.mark.parametrize("body", [
    # a carrier to a part of the world the sentence names
    "Freight to Asia is provided by Coral Sea Lines Ltd on the terms of our framework "
    "deal.\n",
    "Our freight to Oceania is handled and provided by Coral Sea Lines Ltd.\n",
])
def test_a_supplier_tied_to_other_places_is_not_put_at_home(body):
    ids = _ids(body, "SUPPLIES_TO")
    assert "company:fj:coral-sea-lines" not in ids
