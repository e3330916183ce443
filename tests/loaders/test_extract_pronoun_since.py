"""A pronoun subject of a perfect tense with a bare "since" between the auxiliary and
the verb ("they have since delivered", "it has since shipped") is the actor spoken of,
as with "just" or "already": the contract's partner delivers. Negative: a passive ("it
has since been supplied") receives and supplies nothing. Every text here was written for
these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "Baltic Wind AS signed a contract with Vindkraft ApS, a Danish maker, in May, and they "
    "have since delivered 30 turbines to Baltic Wind AS.",
    "Baltic Wind AS signed a contract with Vindkraft ApS in May, and it has since shipped "
    "30 turbines to Baltic Wind AS.",
])
def test_the_partner_delivers(text):
    assert blind_pairs(text, S) == {("company:xx:vindkraft", "company:xx:baltic-wind")}


@pytest.mark.parametrize("text", [
    "Baltic Wind AS signed a contract with Vindkraft ApS in May, and it has since been "
    "supplied with spare parts.",
])
def test_a_passive_supplies_nothing(text):
    assert ("company:xx:vindkraft", "company:xx:baltic-wind") not in blind_pairs(text, S)
