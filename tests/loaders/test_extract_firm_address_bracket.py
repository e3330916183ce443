"""A firm's address in brackets after its name that ends with a country ("X S.A.
(Valle Alto, Chile)") places the firm in that country, before a town of the bracket
that another country of its legal form also has and though the gazetteer may not know
the place at all; neither is a party. A bracket that holds no country says nothing of
the kind. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
LEAD = "Feirinha Lda is a cork maker in Portugal. Feirinha Lda sells corks to "


@pytest.mark.parametrize("buyer, country", [
    ("Bodega Quebrada Honda S.A. (Valle Alto, Chile)", "cl"),
    ("Vinhos Serra Azul S.A. (Montemuro Norte, Brazil)", "br"),
])
def test_an_address_bracket_places_the_firm(buyer, country):
    got = [b for _a, b in pairs(LEAD + buyer + ".", S)]
    assert [b.split(":")[:2] for b in got] == [["company", country]], got


def test_a_bracket_without_a_country_places_nothing_by_itself():
    got = [b for _a, b in pairs(LEAD + "Bodega Quebrada Honda S.A. (founded 1950).", S)]
    assert got and all(":cl:" not in b for b in got), got
