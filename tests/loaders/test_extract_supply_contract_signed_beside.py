"""A supply's contract written beside it with no partner of its own is the supply pair's
signing too: fronted ("Under a contract signed on Friday, A will deliver tugs to B") or
in a clause joined to it whose partner only refers back ("A supplies parts to B, and it
signed a long-term contract with them") (``pipeline._contract_of_supply``)."""

import pytest
from extract_candidates import blind_pairs

A = "SIGNED_AGREEMENT"
NOR, KES, OST, LIND = ("company:xx:norbrook-marine", "company:xx:kessler-pumpen",
                       "company:xx:ostra", "company:xx:lind")


def _signed(text):
    return {frozenset(p) for p in blind_pairs(text, A)}


@pytest.mark.parametrize("text", [
    "Under a contract signed on Friday, Norbrook Marine Ltd will deliver two harbour tugs "
    "to Kessler Pumpen GmbH in 2026.",
    "Under a supply agreement concluded in May 2022, the Tyneside yard Norbrook Marine Ltd "
    "built three barges for Kessler Pumpen GmbH.",
    "Under a framework contract signed last year, Norbrook Marine Ltd ships spare parts "
    "to Kessler Pumpen GmbH every quarter.",
    "Norbrook Marine Ltd supplies pump housings to Kessler Pumpen GmbH, and it signed a "
    "long-term contract with them in 2021.",
    "Norbrook Marine Ltd sells valve bodies to Kessler Pumpen GmbH of Dortmund, and the "
    "company renewed its service agreement with them last spring.",
])
def test_the_contract_beside_a_supply_is_its_signing(text):
    assert frozenset({NOR, KES}) in _signed(text)


@pytest.mark.parametrize("text", [
    # the contract names a partner of its own
    "Norbrook Marine Ltd supplies pump housings to Kessler Pumpen GmbH, and it signed a "
    "long-term contract with Ostra AB in 2021.",
    "Under a contract signed with Ostra AB in May, Norbrook Marine Ltd will deliver two "
    "harbour tugs to Kessler Pumpen GmbH.",
    # a contract only planned or discussed
    "Under a contract still being negotiated, Norbrook Marine Ltd would deliver two harbour "
    "tugs to Kessler Pumpen GmbH.",
    # the contract is another sentence's
    "A contract was signed on Friday. Norbrook Marine Ltd will deliver two harbour tugs to "
    "Kessler Pumpen GmbH in 2026.",
])
def test_a_contract_of_another_or_none_is_no_signing(text):
    assert frozenset({NOR, KES}) not in _signed(text)


def test_a_fronted_contract_is_the_first_recipients():
    text = ("Under a supply contract signed in May 2022, Norbrook Marine Ltd shipped ingots to "
            "Kessler Pumpen GmbH, and alloys to Ostra AB.")
    signed = _signed(text)
    assert frozenset({NOR, KES}) in signed
    assert frozenset({NOR, OST}) not in signed


def test_a_fronted_contract_is_the_main_clauses_subjects():
    text = ("Under a supply contract signed in May 2022, Norbrook Marine Ltd shipped ingots to "
            "Kessler Pumpen GmbH and Ostra AB bought parts from Lind AB.")
    signed = _signed(text)
    assert frozenset({LIND, KES}) not in signed
    assert frozenset({LIND, OST}) not in signed
