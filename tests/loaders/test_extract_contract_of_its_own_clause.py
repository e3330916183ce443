"""A contract written after a second supply clause of the sentence is that clause's, not
the first one's: "its main customer is A, and it ships billets to B under a supply
agreement of 2022" makes no signing with A (``pipeline._under_contract``)."""

import pytest
from extract_candidates import blind_pairs

A = "SIGNED_AGREEMENT"
KRAK, VELL, SKAN = "company:xx:krakbud", "company:xx:vellamo", "company:xx:skanska"


def _signed(text):
    return {frozenset(p) for p in blind_pairs(text, A)}


@pytest.mark.parametrize("text", [
    "Krakbud Sp. z o.o. ships beams to Finland; its biggest Finnish customer is Vellamo Oy, "
    "and it delivers steel billets to Skanska AB in Solna under a supply agreement signed "
    "in 2022.",
    "Krakbud Sp. z o.o. sells beams to Vellamo Oy, and it also delivers billets to Skanska "
    "AB under a supply contract.",
])
def test_the_contract_is_the_later_supplys(text):
    signed = _signed(text)
    assert frozenset({KRAK, SKAN}) in signed
    assert frozenset({KRAK, VELL}) not in signed


def test_a_supply_alone_keeps_its_contract():
    text = "Krakbud Sp. z o.o. delivers billets to Skanska AB under a supply contract."
    assert frozenset({KRAK, SKAN}) in _signed(text)
