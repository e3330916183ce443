"""A signing with a partner followed by an infinitive of supply ("A signed a contract
with B in 2024 to deliver twenty trams"): besides the signing, A supplies B; "to buy"
gives nothing; an infinitive with a recipient of its own is left to the supply rules
(``_TO_SUPPLY_INF`` in ``loaders/extract/patterns.py``). Sentences written for these
tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Elektrotrans signed a contract with the Tbilisi transport company in 2024 to deliver "
     "twenty trams over two years.",
     ("company:xx:elektrotrans", "company:xx:tbilisi-transport-company")),
    ("Belkommunmash signed a contract with Minsktrans to supply 40 trolleybuses.",
     ("company:xx:belkommunmash", "company:xx:minsktrans")),
    ("Belkommunmash concluded a contract with Minsktrans last year, to deliver 40 "
     "trolleybuses by 2026.", ("company:xx:belkommunmash", "company:xx:minsktrans")),
])
def test_the_signer_supplies_its_partner(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a recipient of its own after the infinitive
    ("Belkommunmash signed a contract with Minsktrans to supply 40 trolleybuses to Grodno.",
     ("company:xx:belkommunmash", "company:xx:minsktrans")),
    # "to buy": the partner need not be the seller
    ("Minsktrans concluded a contract with Belkommunmash last year to buy 40 trolleybuses.",
     ("company:xx:minsktrans", "company:xx:belkommunmash")),
    # no supply in the infinitive
    ("Gomselmash signed an agreement with Rostselmash in 2023 to develop joint models.",
     ("company:xx:gomselmash", "company:xx:rostselmash")),
])
def test_no_supply_to_the_partner(text, wrong):
    assert wrong not in supplies(text)
